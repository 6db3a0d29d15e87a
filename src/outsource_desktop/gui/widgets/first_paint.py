"""Something to do once a widget's first frame is on screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class OnFirstPaint(QObject):
    """An event filter that calls `_painted` once the watched widget's first frame is on
    screen; subclasses say what then happens."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer set during the first Paint event fires once the whole
            # frame has been painted and flushed.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        raise NotImplementedError

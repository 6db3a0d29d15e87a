"""An export from the window, run a step at a time with progress and Cancel.

A PDF of a long table takes a while (a minute for 100,000 rows), so the work
(a document's `export_steps`, or an Anki deck's `write_steps`) runs in small
steps from a timer on the event loop: the window
stays responsive, a progress dialog shows what is done once the export has run
for a moment, and Cancel stops between two steps. The file is written only
after the last step, through a temporary file, so a cancelled or failed export
leaves any earlier file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from outsource_desktop.export.atomic import ExportError
from outsource_desktop.export.formats import FormatError
from outsource_desktop.export.steps import Steps
from outsource_desktop.gui.widgets.dialogs import show_message
from outsource_desktop.i18n import translate

PROGRESS_STEPS = 1000
# Quicker exports finish before the dialog would show: no flash of a window.
SHOW_PROGRESS_AFTER_MS = 400


class ExportJob(QObject):
    """One export in progress; `finished` says whether the file was written."""

    finished = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        steps: Steps[None],
        label: str,
        path: Path,
        on_written: Callable[[], object],
    ) -> None:
        """`steps` write `path`; `label` says what is being written, e.g. "Exporting …"."""
        super().__init__(parent)
        self.path = path
        self._parent = parent
        self._on_written = on_written
        self._steps = steps
        self.progress = QProgressDialog(
            label,
            translate("ExportJob", "Cancel"),
            0,
            PROGRESS_STEPS,
            parent,
        )
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowTitle(translate("ExportJob", "Exporting"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.done = False
        self.written = False

    def start(self) -> None:
        self.progress.setValue(0)
        self._timer.start()

    def wait(self) -> bool:
        """Run the remaining steps now, without the event loop; whether it was written."""
        while not self.done:
            self._step()
        return self.written

    def cancel(self) -> None:
        if self.done:
            return
        self._steps.close()  # nothing is written: the file comes at the very end
        self._end(False)

    def _step(self) -> None:
        try:
            fraction = next(self._steps)
        except StopIteration:
            self._end(True)
            return
        except (ExportError, FormatError) as error:
            self._end(False)
            show_message(
                self._parent,
                translate("ExportJob", "Export failed"),
                translate("ExportJob", "{error}\n\nNothing was overwritten.").format(error=error),
                icon=QMessageBox.Icon.Warning,
            )
            return
        self.progress.setValue(round(fraction * PROGRESS_STEPS))

    def _end(self, written: bool) -> None:
        self.done = True
        self.written = written
        self._timer.stop()
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()  # stops the timer that would show it after all
        self.progress.close()
        self.progress.deleteLater()
        if written:
            self._on_written()
        self.finished.emit(written)
        self.deleteLater()

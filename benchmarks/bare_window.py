"""The baseline: a bare PySide6 QMainWindow with a QTabWidget of the app's tab count.

Started with --quit-after-show it exits once painted, exactly as the app does,
so the two start-up times compare like with like.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

TAB_COUNT = 4


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for number in range(TAB_COUNT):
        tabs.addTab(QLabel(f"Tab {number + 1}"), f"Tab {number + 1}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    quitter = QuitAfterPaint()
    if "--quit-after-show" in sys.argv:
        window.installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

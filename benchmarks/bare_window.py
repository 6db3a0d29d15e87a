"""The baseline: a bare PySide6 QMainWindow with a QTabWidget of the app's tab count.

    bare_window.py [--tabs N] [--quit-after-show]

benchmarks/run.py passes the app's own tab count with --tabs, so the two stay
equal. Started with --quit-after-show it exits once painted, exactly as the
app does, so the two start-up times compare like with like.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

TAB_COUNT = 6  # the app's tabs when this was written; run.py passes the current count


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tabs", type=int, default=TAB_COUNT)
    parser.add_argument("--quit-after-show", action="store_true")
    arguments = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for number in range(arguments.tabs):
        tabs.addTab(QLabel(f"Tab {number + 1}"), f"Tab {number + 1}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    quitter = QuitAfterPaint()
    if arguments.quit_after_show:
        window.installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

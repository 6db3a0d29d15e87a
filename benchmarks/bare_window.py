"""The baseline: a bare PySide6 QMainWindow with a QTabWidget of the app's tab count.

    bare_window.py [--tabs N] [--quit-after-show]

benchmarks/run.py passes the app's own tab count with --tabs, so the two stay
equal. Started with --quit-after-show it exits once painted, exactly as the
app does, and like the app it writes when its first frame was painted into the
file OUTSOURCE_DESKTOP_START_MARKS names (benchmarks/startup.py reads it). A bare
window is interactive as soon as it is painted, so both marks are written then.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

TAB_COUNT = 7  # the app's tabs when this was written; run.py passes the current count
MARKS_VARIABLE = "OUTSOURCE_DESKTOP_START_MARKS"


def painted() -> None:
    """Runs once the first frame is painted: a zero timer set during its first Paint
    event fires after the whole window has been painted and flushed."""
    marks = os.environ.get(MARKS_VARIABLE)
    if marks:
        now = time.monotonic()
        with Path(marks).open("a", encoding="utf-8") as file:
            file.write(f"first_frame {now}\ninteractive {now}\n")
    QApplication.quit()


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
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

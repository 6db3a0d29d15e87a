"""Save a PNG of every tab of the main window into docs/ (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUTPUT_DIR]

Uses QWidget.grab(), which renders the real widgets; under Xvfb (DISPLAY set)
it shows them as a window manager would.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from outsource_desktop.assets import bundled_content_path
from outsource_desktop.core.loader import load_catalog
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow

TAB_FILE_NAMES = ("overview", "comparison", "services", "careers")


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "docs"
    output.mkdir(parents=True, exist_ok=True)
    application()
    window = MainWindow(load_catalog(bundled_content_path()))
    window.show()
    for index, name in enumerate(TAB_FILE_NAMES):
        window.tabs.setCurrentIndex(index)
        if name == "comparison":
            window.comparison_tab.master_detail.select_row(3)
        elif name in {"services", "careers"}:
            tab = window.services_tab if name == "services" else window.careers_tab
            tab.master_detail.select_row(0)
        QApplication.processEvents()
        path = output / f"screenshot-{name}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of every tab, light and dark, for the README.

    scripts/screenshots.sh            # under Xvfb, writes docs/screenshots/
    .venv/bin/python scripts/screenshots.py OUTPUT_DIR   # on an existing display

Each tab is shown with something selected, so the detail panes have content;
the picture is taken from the screen (QScreen.grabWindow), as a user sees it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow

SIZE = (1280, 820)


def prepare_tabs(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    def comparison() -> None:
        window.comparison_tab.master_detail.select_row(4)

    def services() -> None:
        window.services_tab.master_detail.select_row(0)

    def careers() -> None:
        window.careers_tab.filter_box.setText("analyst")
        window.careers_tab.master_detail.select_row(0)

    def advisor() -> None:
        window.advisor_tab.pick_work("customer-support")

    def nothing() -> None:
        pass

    def study() -> None:
        window.study_tab.flashcards.show_card(2)
        window.study_tab.flashcards.reveal()

    return [
        ("overview", nothing),
        ("comparison", comparison),
        ("services", services),
        ("careers", careers),
        ("advisor", advisor),
        ("study", study),
    ]


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    application()
    window = MainWindow(load_catalog(bundled_content_path()))
    window.resize(*SIZE)
    window.show()
    settle()
    for theme in ("light", "dark"):
        window.set_theme(theme)
        for index, (name, prepare) in enumerate(prepare_tabs(window)):
            window.tabs.setCurrentIndex(index)
            prepare()
            settle()
            screen = window.screen()
            picture = screen.grabWindow(window.winId())
            if picture.isNull():  # offscreen has no screen to read: render the widgets
                picture = window.grab()
            path = output / f"{name}-{theme}.png"
            picture.save(str(path))
            print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

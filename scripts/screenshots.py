"""Screenshots of every tab, light and dark, for the README, and the exam page; and the
Overview, the Comparison and the exam page in Hindi.

    scripts/screenshots.sh            # under Xvfb, writes docs/screenshots/
    .venv/bin/python scripts/screenshots.py OUTPUT_DIR   # on an existing display

Each tab is shown with something selected, so the detail panes have content;
the picture is taken from the screen (QScreen.grabWindow), as a user sees it.
The Overview and Comparison are also taken at a small laptop's 1024x640, and
the exam answer is written as a PDF (and a PNG where pdftoppm is installed).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.documents.views import view_document
from outsource_desktop.export.export_names import EXAM_MODELS
from outsource_desktop.export.write import export_document
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import STUDY, MainWindow
from outsource_desktop.reference.queries import ComparisonOptions

SIZE = (1280, 800)
SMALL_SIZE = (1024, 640)
SMALL_TABS = ("overview", "comparison")


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
        study_tab = window.study_tab
        study_tab.flashcards.show_card(study_tab.study.cards[2].card_id)
        study_tab.flashcards.reveal()

    def glossary() -> None:
        window.glossary_tab.master_detail.select_row(3)

    return [
        ("overview", nothing),
        ("comparison", comparison),
        ("services", services),
        ("careers", careers),
        ("advisor", advisor),
        ("study", study),
        ("glossary", glossary),
    ]


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def take(window: MainWindow, path: Path) -> None:
    settle()
    picture = window.screen().grabWindow(window.winId())
    if picture.isNull():  # offscreen has no screen to read: render the widgets
        picture = window.grab()
    picture.save(str(path))
    print(path)


def exam_page(window: MainWindow, output: Path, name: str = "exam-answer") -> None:
    """A picture of the printed exam answer (the PDF itself where pdftoppm is missing)."""
    document = view_document(
        window.catalog, "exam", ComparisonOptions(EXAM_MODELS), dt.date.today()
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / f"{name}.pdf"
        export_document(document, pdf, "pdf", "a4")
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            shutil.copy(pdf, output / pdf.name)
            print(output / pdf.name)
            return
        picture = output / name
        subprocess.run([pdftoppm, "-png", "-r", "80", "-singlefile", pdf, picture], check=True)
        print(picture.with_suffix(".png"))


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    # The Study tab opens a progress file: a throwaway one, not the user's.
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="outsource-desktop-screenshots-")
    application()
    window = MainWindow(load_catalog(bundled_content_path()), bundled=True)
    window.resize(*SIZE)
    window.show()
    settle()
    tabs = prepare_tabs(window)
    for theme in ("light", "dark"):
        window.set_theme(theme)
        for index, (name, prepare) in enumerate(tabs):
            window.tabs.setCurrentIndex(index)
            prepare()
            take(window, output / f"{name}-{theme}.png")
    window.set_theme("light")
    window.resize(*SMALL_SIZE)
    for index, (name, _prepare) in enumerate(tabs):
        if name in SMALL_TABS:
            window.tabs.setCurrentIndex(index)
            take(window, output / f"{name}-{SMALL_SIZE[0]}x{SMALL_SIZE[1]}.png")
    exam_page(window, output)
    hindi(window, output)
    window.close()
    return 0


def study_quiz(window: MainWindow, path: Path) -> None:
    """The Study tab's quiz, its first question answered (right or wrong, as it falls)."""
    window.tabs.setCurrentIndex(STUDY)
    quiz = window.study_tab.quiz
    window.study_tab.modes.setCurrentWidget(quiz)
    quiz.options.setCurrentRow(0)
    quiz.answer_button.click()
    take(window, path)


def hindi(window: MainWindow, output: Path) -> None:
    """The Overview, the Comparison and a quiz question at 1280x800, and the exam page,
    in Hindi."""
    window.resize(*SIZE)
    window.set_language("hi")
    while window.catalog.title == "BPO, KPO and LPO compared":  # rebuilt once Qt has told it
        QApplication.processEvents()
    tabs = prepare_tabs(window)
    for index, (name, prepare) in enumerate(tabs):
        if name in SMALL_TABS:
            window.tabs.setCurrentIndex(index)
            prepare()
            take(window, output / f"{name}-hi.png")
    study_quiz(window, output / "study-quiz-hi.png")
    exam_page(window, output, "exam-answer-hi")
    window.set_language("system")


if __name__ == "__main__":
    sys.exit(main())

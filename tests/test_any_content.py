"""Any content file that validates gives a working Advisor, career guide, Study and Search.

The minimal files and the generated ones (tests/content_strategies.py) differ
from the bundled content in everything the app may not assume; each is loaded
through full validation into a main window, then every control of the
Advisor, the career guide, Study and Search is moved and each tab's printable
document rendered. Any exception inside a Qt slot would reach the fault
dialog; pytest-qt turns it into a failure here. (The Overview, Comparison and
Service types tabs are tested on odd content by their own tests.)
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import ADVISOR, CAREERS, STUDY, MainWindow
from outsource_desktop.reference.matching import searchable
from outsource_desktop.reference.study.cards import Rating
from outsource_desktop.reference.study.questions import build_quiz
from tests.content_factory import bare_content, minimal_content
from tests.content_strategies import valid_content


def load(data: dict[str, Any]) -> Catalog:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "content.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return load_catalog(path)


def print_tab(window: MainWindow, index: int) -> None:
    window.tabs.setCurrentIndex(index)
    document = window.current_document()
    assert document is not None
    assert render_html(document)


def work_the_advisor(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(ADVISOR)
    tab = window.advisor_tab
    for index in range(tab.work_picker.count()):
        tab.work_picker.setCurrentIndex(index)
        assert tab.advice.toPlainText().strip()
    for box in tab.answer_boxes.values():
        for index in range(box.count()):
            box.setCurrentIndex(index)
            assert tab.advice.toPlainText().strip()
    print_tab(window, ADVISOR)
    tab.reset_button.click()
    assert tab.work_picker.currentIndex() == 0


def work_the_careers(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(CAREERS)
    tab = window.careers_tab
    for row in range(tab.proxy.rowCount()):
        tab.master_detail.select_row(row)
    tab.explorer_toggle.click()
    explorer = tab.explorer
    for index in range(explorer.qualification.count()):
        explorer.qualification.setCurrentIndex(index)
        for row in range(explorer.skills.count()):
            explorer.skills.item(row).setCheckState(Qt.CheckState.Checked)
        assert "Career explorer" in explorer.result.toPlainText()
        print_tab(window, CAREERS)
        explorer.clear_button.click()
    tab.explorer_toggle.click()
    print_tab(window, CAREERS)


def work_study(qtbot: QtBot, window: MainWindow) -> None:
    study = window.study_tab
    window.tabs.setCurrentWidget(study)
    cards = study.flashcards
    study.modes.setCurrentWidget(cards)
    qtbot.waitUntil(lambda: cards.study.loaded)
    for _ in range(3):  # a few cards shown, turned over and rated
        if cards.current is None:
            break
        cards.reveal_button.click()
        cards.rating_buttons[Rating.GOOD].click()
    quiz = study.quiz
    study.modes.setCurrentWidget(quiz)
    quiz.new_button.click()
    for _ in range(len(quiz.quiz.items)):
        quiz.options.setCurrentRow(0)
        quiz.answer_button.click()  # answer
        quiz.answer_button.click()  # next question, or the results
    print_tab(window, STUDY)


def work_search(window: MainWindow, tabs: tuple[str, ...]) -> None:
    dialog = window.show_search()
    for role in window.catalog.roles:
        if not searchable(role.title).strip():
            continue  # a title of no word (":") gives nothing to type: search matches words
        dialog.query.setText(role.title)
        hits = [hit for hit in dialog.hits() if hit.entry.tab in tabs]
        assert hits
        for hit in hits[:3]:
            assert window.jump_to(hit)
    dialog.close()


def has_a_quiz(catalog: Catalog) -> bool:
    return bool(build_quiz(catalog, seed=1).items)


def work_every_control(qtbot: QtBot, catalog: Catalog) -> None:
    application()
    window = MainWindow(catalog)
    qtbot.addWidget(window)
    window.show()
    try:
        work_the_advisor(window)
        work_the_careers(window)
        # A file that makes no quiz at all is left to the Study tab's own tests (issue #18).
        if has_a_quiz(catalog):
            work_study(qtbot, window)
            work_search(window, ("careers", "study"))
        else:
            work_search(window, ("careers",))
    finally:
        window.close()
        QApplication.processEvents()


def test_the_minimal_file_works_in_every_control(qtbot: QtBot) -> None:
    work_every_control(qtbot, load(minimal_content()))


def test_a_file_with_only_the_required_fields_works_in_every_control(qtbot: QtBot) -> None:
    work_every_control(qtbot, load(bare_content()))


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=valid_content())
def test_generated_valid_files_work_in_every_control(qtbot: QtBot, data: dict[str, Any]) -> None:
    work_every_control(qtbot, load(data))

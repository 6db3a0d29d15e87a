"""Study, the career explorer and search as a reader uses them (real widgets)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from outsource_desktop.documents.formatting import salary_text
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.widgets.search_popup import SearchDialog
from outsource_desktop.reference.pay import shown_bands
from outsource_desktop.reference.queries import ComparisonRow


def answer(qtbot: QtBot, window: MainWindow, row: int) -> None:
    quiz = window.study_tab.quiz
    quiz.options.setCurrentRow(row)
    qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)


def test_quiz_scores_answers_and_reviews_the_wrong_one(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.study_tab)
    study = window.study_tab
    study.modes.setCurrentWidget(study.quiz)
    quiz = study.quiz
    quiz.new_quiz(seed=11)
    items = quiz.quiz.items
    wrong = (items[0].correct + 1) % len(items[0].options)
    answer(qtbot, window, wrong)
    assert "Not quite: the answer is" in quiz.feedback.text()
    assert quiz.options.item(wrong).text().endswith("(your answer)")
    qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)  # next question
    for item in items[1:]:
        answer(qtbot, window, item.correct)
        assert quiz.feedback.text() == "Right."
        qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)
    assert quiz.finished
    review = quiz.review.toPlainText()
    assert f"Score: {len(items) - 1} of {len(items)}" in review
    assert "Question 1" in review
    assert "Question 2" not in review
    assert "Your answer:" in review
    assert items[0].correct_text in review


def test_quiz_asks_for_a_choice_and_new_quiz_starts_over(qtbot: QtBot, window: MainWindow) -> None:
    quiz = window.study_tab.quiz
    quiz.new_quiz(seed=4)
    quiz.options.clearSelection()
    quiz.options.setCurrentRow(-1)
    qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)
    assert quiz.feedback.text() == "Choose an answer first."
    assert quiz.chosen == []
    answer(qtbot, window, 0)
    qtbot.mouseClick(quiz.new_button, Qt.MouseButton.LeftButton)
    assert quiz.chosen == []
    assert quiz.progress.text().endswith("question 1 of 10 · score 0")


def test_study_prints_a_question_sheet_and_a_separate_key(window: MainWindow) -> None:
    study = window.study_tab
    study.quiz.new_quiz(seed=2)
    sheet = study.printable_document()
    key = study.answer_key_document()
    assert sheet is not None
    assert key is not None
    assert sheet.title == "Question sheet"
    assert key.title == "Answer key"


def test_explorer_shows_roles_for_llb_and_toggles_back(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.careers_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.explorer_toggle, Qt.MouseButton.LeftButton)
    assert tab.explorer.isVisible()
    assert not tab.master_detail.isVisible()
    explorer = tab.explorer
    explorer.choose("llb", ["Legal research"])
    text = explorer.result.toPlainText()
    llb = next(item.name for item in window.catalog.qualifications if item.id == "llb")
    assert f"For {llb}, with 1 skill ticked." in text
    assert "Roles that fit (1)" in text
    assert "Legal professional (LPO)" in text
    assert "Graphic designer" not in text
    legal = next(role for role in window.catalog.roles if role.id == "lpo-legal-professional")
    for band in shown_bands(window.catalog, legal):
        assert salary_text(band) in text
    assert f"Next steps for {llb}" in text
    qtbot.mouseClick(tab.explorer_toggle, Qt.MouseButton.LeftButton)
    assert tab.master_detail.isVisible()
    assert tab.filter_box.isEnabled()


def test_explorer_follows_the_qualification_box(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.careers_tab
    window.tabs.setCurrentWidget(tab)
    tab.show_explorer(True)
    box = tab.explorer.qualification
    box.setFocus()
    names = {item.id: item.name for item in window.catalog.qualifications}
    box.setCurrentIndex(box.findText(names["school-10-2"]))
    school = tab.explorer.result.toPlainText()
    assert "Telemarketer (BPO)" in school
    assert "(KPO)" not in school.split("Career ladders")[0]
    assert "Associate: Answers calls, chats or emails" in school
    box.setCurrentIndex(box.findText(names["ca"]))
    accountant = tab.explorer.result.toPlainText()
    assert accountant.index("Accountant or bookkeeper (KPO)") < accountant.index("KPO analyst")
    assert "Telemarketer" not in accountant
    assert "Finance and accounting (KPO)" in accountant
    assert f"Next steps for {names['ca']}" in accountant


def open_search(qtbot: QtBot, window: MainWindow, text: str) -> SearchDialog:
    window.menu_actions.search_everywhere.trigger()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, text)
    return dialog


def test_ctrl_k_search_jumps_to_the_comparison_row(qtbot: QtBot, window: MainWindow) -> None:
    assert window.menu_actions.search_everywhere.shortcut() == QKeySequence("Ctrl+K")
    window.comparison_tab.filter_box.setText("nothing matches this")
    dialog = open_search(qtbot, window, "investment")
    assert dialog.hits()[0].entry.place == "Comparison › Investment"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.tabs.currentWidget() is window.comparison_tab
    (item,) = window.comparison_tab.master_detail.selected_items()
    assert isinstance(item, ComparisonRow)
    assert item.aspect.id == "investment"
    assert "Investment" in window.comparison_tab.master_detail.detail.toPlainText()


def test_search_jumps_to_a_role_and_a_study_card(qtbot: QtBot, window: MainWindow) -> None:
    window.careers_tab.show_explorer(True)
    dialog = open_search(qtbot, window, "data scientist")
    hit = next(hit for hit in dialog.hits() if hit.entry.tab == "careers")
    assert window.jump_to(hit)
    assert window.tabs.currentWidget() is window.careers_tab
    assert window.careers_tab.master_detail.isVisible()
    (role,) = window.careers_tab.master_detail.selected_items()
    assert role.id == "kpo-data-scientist"
    question = window.catalog.questions[3]
    dialog = open_search(qtbot, window, question.question)
    dialog.activate_current()
    assert window.tabs.currentWidget() is window.study_tab
    assert window.study_tab.flashcards.front.text() == question.question

"""Quiz answers explained, and exam practice against the model answer, as a student uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.tabs.study import StudyTab
from outsource_desktop.gui.widgets.exam_practice import ExamPractice


def study_tab(window: MainWindow, page: str) -> StudyTab:
    study = window.study_tab
    window.tabs.setCurrentWidget(study)
    study.modes.setCurrentWidget(getattr(study, page))
    return study


def test_an_answered_quiz_question_says_why_and_where_from(
    qtbot: QtBot, window: MainWindow
) -> None:
    quiz = study_tab(window, "quiz").quiz
    quiz.new_quiz(seed=3)
    first, second = quiz.quiz.items[:2]
    assert not quiz.explanation.text()
    quiz.options.setFocus()
    wrong = (first.correct + 1) % len(first.options)
    quiz.options.setCurrentRow(0)
    for _ in range(wrong):
        qtbot.keyClick(quiz.options, Qt.Key.Key_Down)
    qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)
    assert quiz.feedback.text().startswith("Not quite: the answer is ")
    assert quiz.feedback.text().endswith(first.correct_text)
    assert quiz.explanation.text() == first.explanation
    assert quiz.source.text().startswith(("Source: [", "Sources: ["))
    qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)  # next question
    assert not quiz.explanation.text()  # the next question's answer is not shown early
    quiz.options.setCurrentRow(second.correct)
    qtbot.mouseClick(quiz.answer_button, Qt.MouseButton.LeftButton)
    assert quiz.feedback.text() == "Right."
    assert quiz.explanation.text() == second.explanation


def tick(qtbot: QtBot, exam: ExamPractice, rows: list[int]) -> None:
    """Tick points with the keyboard: arrows to the point, Space to tick it."""
    exam.points.setFocus()
    for row in rows:
        exam.points.setCurrentRow(row)
        qtbot.keyClick(exam.points, Qt.Key.Key_Space)


def test_exam_practice_shows_the_model_answer_and_the_marks_of_the_points_made(
    qtbot: QtBot, window: MainWindow
) -> None:
    exam = study_tab(window, "exam").exam
    assert exam.choose("exam-distinguish-bpo-kpo")
    question = exam.current
    assert question is not None
    assert (question.marks, question.points_needed) == (4, 4)  # "any four points"
    assert exam.question.text() == question.question
    assert not exam.answer_panel.isVisible()
    qtbot.keyClicks(exam.answer_box, "BPO is routine work; KPO is research.")
    qtbot.mouseClick(exam.show_button, Qt.MouseButton.LeftButton)
    assert exam.answer_panel.isVisible()
    shown = [exam.points.item(row).text() for row in range(exam.points.count())]
    assert shown == [f"{n}. {point}" for n, point in enumerate(question.points, start=1)]
    total = len(question.points)
    assert exam.score.text() == f"0 of {total} points · about 0 of 4 marks"
    tick(qtbot, exam, [0, 1])
    assert exam.score.text() == f"2 of {total} points · about 2 of 4 marks"
    tick(qtbot, exam, [2, 5, 8])
    # Four points earn the four marks; a fifth earns no more.
    assert exam.score.text() == f"5 of {total} points · about 4 of 4 marks"
    tick(qtbot, exam, [8])  # Space again takes a tick off
    assert exam.score.text().startswith("4 of ")
    assert "sources" in exam.source.text().casefold()


def test_each_exam_question_keeps_its_draft_and_ticks_while_the_app_runs(
    qtbot: QtBot, window: MainWindow
) -> None:
    exam = study_tab(window, "exam").exam
    exam.choose("exam-kpo-types")
    qtbot.keyClicks(exam.answer_box, "Market research, legal process outsourcing")
    exam.show_model_answer()
    tick(qtbot, exam, [1, 2, 5])
    # Eight types for four marks: half a mark each.
    assert exam.score.text() == "3 of 8 points · about 1.5 of 4 marks"
    exam.choose("exam-full-forms")
    assert exam.answer_box.toPlainText() == ""
    assert not exam.answer_panel.isVisible()
    assert exam.show_button.isEnabled()
    exam.choose("exam-kpo-types")
    assert exam.answer_box.toPlainText() == "Market research, legal process outsourcing"
    assert exam.answer_panel.isVisible()
    assert exam.score.text() == "3 of 8 points · about 1.5 of 4 marks"


def test_printing_exam_practice_prints_the_exam_sheet(window: MainWindow) -> None:
    study = study_tab(window, "exam")
    document = study.printable_document()
    assert document is not None
    assert document.title == "Exam practice"
    study.modes.setCurrentWidget(study.quiz)
    document = study.printable_document()
    assert document is not None
    assert document.title == "Question sheet"

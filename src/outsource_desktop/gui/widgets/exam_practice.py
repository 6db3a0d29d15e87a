"""Exam practice: answer a long-answer question, then check it against the model answer.

Pick a question, write (or think through) an answer, and press "Show model
answer": the model answer appears as the points a marker looks for, each
with a box to tick when your answer made it, and the marks those points
would earn. What is typed stays in memory for the session only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.plain_text import make_bold, plain_label, resized
from outsource_desktop.gui.widgets.layouts import fill_with_split
from outsource_desktop.i18n import translate
from outsource_desktop.reference.study.exam import ExamQuestion, marks_text, number_text

QUESTION_LIST_WIDTH = 300
LIST_SPACING = 3


def question_line(question: ExamQuestion) -> str:
    if question.marks is None:
        return question.question
    return f"{question.question}  ({marks_text(question.marks)})"


class ExamPractice(QWidget):
    def __init__(
        self,
        questions: Sequence[ExamQuestion],
        source_line: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """`source_line`: each question's sources, as the flashcards show them, by id."""
        super().__init__(parent)
        self.questions = list(questions)
        self._source_line = source_line
        # Per question id, for this session: the draft typed and the points ticked.
        self._drafts: dict[str, str] = {}
        self._ticked: dict[str, set[int]] = {}
        self._shown: set[str] = set()

        self.question_list = QListWidget()
        self.question_list.setWordWrap(True)
        self.question_list.setSpacing(LIST_SPACING)  # wrapped questions kept apart
        self.question_list.addItems([question_line(question) for question in self.questions])
        describe(
            self.question_list,
            translate("ExamPractice", "Exam questions"),
            translate("ExamPractice", "Choose a question to practise"),
        )

        self.question = resized(plain_label(""), 2)
        make_bold(self.question)
        self.marking = plain_label("")
        self.answer_box = QPlainTextEdit()
        self.answer_box.setPlaceholderText(
            translate(
                "ExamPractice", "Write your answer here, or think it through. It is not saved."
            )
        )
        describe(
            self.answer_box,
            translate("ExamPractice", "Your answer"),
            translate("ExamPractice", "Your own answer; it is not saved"),
        )
        self.show_button = QPushButton(translate("ExamPractice", "&Show model answer"))
        describe(
            self.show_button,
            translate("ExamPractice", "Show model answer"),
            translate("ExamPractice", "See the model answer's points and marks"),
        )

        self.points_title = plain_label(
            translate("ExamPractice", "Model answer: tick each point your answer made.")
        )
        make_bold(self.points_title)
        self.points = QListWidget()
        self.points.setWordWrap(True)
        self.points.setSpacing(LIST_SPACING)
        self.points.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        describe(
            self.points,
            translate("ExamPractice", "Model answer points"),
            translate("ExamPractice", "Space ticks the point your answer made"),
        )
        self.score = plain_label("", wrap=False)
        make_bold(self.score)
        self.source = plain_label("")
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, either theme
        self.answer_panel = QWidget()
        panel = QVBoxLayout(self.answer_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.points_title)
        panel.addWidget(self.points, 1)
        panel.addWidget(self.score)
        panel.addWidget(self.source)

        work = QWidget()
        layout = QVBoxLayout(work)
        layout.addWidget(self.question)
        layout.addWidget(self.marking)
        layout.addWidget(self.answer_box, 2)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.show_button)
        layout.addLayout(button_row)
        layout.addWidget(self.answer_panel, 3)
        splitter = fill_with_split(self, [(self.question_list, 0), (work, 1)])
        splitter.setSizes([QUESTION_LIST_WIDTH, 700])
        chain_focus(self.question_list, self.answer_box, self.show_button, self.points)

        self.question_list.currentRowChanged.connect(self._show_question)
        self.answer_box.textChanged.connect(self._keep_draft)
        self.show_button.clicked.connect(self.show_model_answer)
        self.points.itemChanged.connect(self._tick_changed)
        if self.questions:
            self.question_list.setCurrentRow(0)

    @property
    def current(self) -> ExamQuestion | None:
        row = self.question_list.currentRow()
        return self.questions[row] if 0 <= row < len(self.questions) else None

    def choose(self, question_id: str) -> bool:
        """Turn to the question `question_id`; False when there is none such."""
        for row, question in enumerate(self.questions):
            if question.question_id == question_id:
                self.question_list.setCurrentRow(row)
                return True
        return False

    def _show_question(self) -> None:
        question = self.current
        if question is None:
            return
        self.question.setText(question.question)
        self.marking.setText(
            question.marking_note()
            if question.marks is None
            else translate("ExamPractice", "{marks}. {marking}").format(
                marks=marks_text(question.marks), marking=question.marking_note()
            )
        )
        self.answer_box.blockSignals(True)
        self.answer_box.setPlainText(self._drafts.get(question.question_id, ""))
        self.answer_box.blockSignals(False)
        self.points.blockSignals(True)
        self.points.clear()
        ticked = self._ticked.get(question.question_id, set())
        for index, point in enumerate(question.points):
            item = QListWidgetItem(f"{index + 1}. {point}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if index in ticked else Qt.CheckState.Unchecked
            )
            self.points.addItem(item)
        self.points.blockSignals(False)
        self.source.setText(self._source_line.get(question.question_id, ""))
        shown = question.question_id in self._shown
        self.answer_panel.setVisible(shown)
        self.show_button.setEnabled(not shown)
        self._show_score()

    def _keep_draft(self) -> None:
        question = self.current
        if question is not None:
            self._drafts[question.question_id] = self.answer_box.toPlainText()

    def show_model_answer(self) -> None:
        question = self.current
        if question is None:
            return
        self._shown.add(question.question_id)
        self.answer_panel.show()
        self.show_button.setEnabled(False)
        self.points.setCurrentRow(0)
        self.points.setFocus()

    def _tick_changed(self) -> None:
        question = self.current
        if question is None:
            return
        self._ticked[question.question_id] = {
            row
            for row in range(self.points.count())
            if self.points.item(row).checkState() == Qt.CheckState.Checked
        }
        self._show_score()

    def ticked_count(self) -> int:
        question = self.current
        return 0 if question is None else len(self._ticked.get(question.question_id, set()))

    def _show_score(self) -> None:
        question = self.current
        if question is None:
            return
        made = self.ticked_count()
        text = translate("ExamPractice", "{made} of {count} points").format(
            made=made, count=len(question.points)
        )
        marks = question.marks_for(made)
        if question.marks is not None and marks is not None:
            text = translate("ExamPractice", "{points} · about {marks} of {total}").format(
                points=text, marks=number_text(marks), total=marks_text(question.marks)
            )
        self.score.setText(text)
        self.score.setAccessibleName(
            translate("ExamPractice", "Your score: {score}").format(score=text)
        )

"""The Study tab: flashcards with spaced repetition, quizzes with a score and a review,
exam practice against model answers, and the progress made."""

from __future__ import annotations

import secrets

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.exam_sheet import exam_sheet_document
from outsource_desktop.documents.study_sheets import (
    answer_key_document,
    question_sheet_document,
    review_document,
)
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.plain_text import make_bold, plain_label, resized
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.exam_practice import ExamPractice
from outsource_desktop.gui.widgets.flashcard_review import FlashcardReview
from outsource_desktop.gui.widgets.progress_view import ProgressView
from outsource_desktop.gui.widgets.study_session import StudySession, study_data_folder
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import numbers_of_ids
from outsource_desktop.reference.study.cards import flashcard_deck, source_line
from outsource_desktop.reference.study.exam import exam_questions
from outsource_desktop.reference.study.questions import (
    Quiz,
    build_quiz,
    option_line,
    score_quiz,
)

QUIZ_SEED_RANGE = 1_000_000
OPTIONS_MARGIN = 4  # pixels below the last option, so it never looks cut off


class QuizPage(QWidget):
    """Answer one question at a time; at the end, the score and the wrong answers."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.quiz = Quiz(0, ())
        self.chosen: list[int | None] = []
        self.answered = False
        self.new_button = QPushButton(translate("StudyTab", "New &quiz"))
        self.progress = plain_label("", wrap=False)
        self.prompt = resized(plain_label(""), 2)
        self.options = QListWidget()
        self.options.setWordWrap(True)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        describe(
            self.options,
            translate("StudyTab", "Answer options"),
            translate("StudyTab", "Pick one answer, then press Answer"),
        )
        self.options.setSpacing(2)
        options_font = QFont(self.options.font())
        options_font.setPointSize(options_font.pointSize() + 1)  # read beside the larger question
        self.options.setFont(options_font)
        self.feedback = plain_label("")
        make_bold(self.feedback)
        # Why the answer is right, and where it comes from: shown once answered.
        self.explanation = plain_label("")
        self.source = plain_label("")
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, either theme
        self.answer_button = QPushButton(translate("StudyTab", "&Answer"))
        describe(
            self.new_button,
            translate("StudyTab", "New quiz"),
            translate("StudyTab", "Start a fresh set of questions"),
        )
        describe(
            self.answer_button,
            translate("StudyTab", "Answer"),
            translate("StudyTab", "Check the chosen option"),
        )
        self.review = describe(
            DocumentView(),
            translate("StudyTab", "Review"),
            translate("StudyTab", "Your score and the questions you got wrong, with answers"),
        )
        question_page = QWidget()
        question_layout = QVBoxLayout(question_page)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.prompt)
        # The options take the room they need, so the verdict and why sit right under them.
        question_layout.addWidget(self.options)
        question_layout.addWidget(self.feedback)
        question_layout.addWidget(self.explanation)
        question_layout.addWidget(self.source)
        answer_row = QHBoxLayout()
        answer_row.addStretch(1)
        answer_row.addWidget(self.answer_button)
        question_layout.addLayout(answer_row)
        question_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(question_page)
        self.pages.addWidget(self.review)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.new_button.clicked.connect(lambda: self.new_quiz())
        self.answer_button.clicked.connect(self._answer_or_advance)
        self.options.itemDoubleClicked.connect(lambda _item: self._answer_or_advance())

    @property
    def current(self) -> int:
        return len(self.chosen)

    @property
    def finished(self) -> bool:
        return self.pages.currentWidget() is self.review

    def new_quiz(self, seed: int | None = None) -> None:
        """Start over with the quiz of `seed` (a fresh random one when None)."""
        if seed is None:
            seed = secrets.randbelow(QUIZ_SEED_RANGE)
        self.quiz = build_quiz(self.catalog, seed)
        self.chosen = []
        self.pages.setCurrentIndex(0)
        if self.quiz.items:
            self._show_question()
        else:
            self._show_no_questions()

    def _show_no_questions(self) -> None:
        """Content too small for a quiz says so, rather than failing on the first question."""
        self.prompt.setText(
            translate(
                "StudyTab",
                "This content has no quiz questions: a quiz needs two questions of one kind, "
                "or comparison rows where the models' claims differ.",
            )
        )
        self.options.clear()
        self.feedback.clear()
        self.answer_button.setEnabled(False)
        self.progress.setText(
            translate("StudyTab", "Quiz {seed} · no questions").format(seed=self.quiz.seed)
        )

    def _show_question(self) -> None:
        item = self.quiz.items[self.current]
        self.prompt.setText(f"{self.current + 1}. {item.prompt}")
        self.options.clear()
        self.options.addItems([option_line(i, text) for i, text in enumerate(item.options)])
        self._fit_options()
        self.answered = False
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedback.clear()
        self.explanation.clear()
        self.source.clear()
        self.answer_button.setText(translate("StudyTab", "&Answer"))
        self.answer_button.setEnabled(True)
        self._show_progress()

    def _fit_options(self) -> None:
        rows = sum(
            self.options.sizeHintForRow(row) + 2 * self.options.spacing()
            for row in range(self.options.count())
        )
        self.options.setFixedHeight(rows + 2 * self.options.frameWidth() + OPTIONS_MARGIN)

    def running_score(self) -> int:
        return sum(
            chosen == item.correct
            for item, chosen in zip(self.quiz.items, self.chosen, strict=False)
        )

    def _show_progress(self) -> None:
        total = len(self.quiz.items)
        if self.finished:
            self.progress.setText(
                translate("StudyTab", "Quiz {seed} · finished · score {score}").format(
                    seed=self.quiz.seed, score=self.result_text()
                )
            )
            return
        # Once answered, the question on screen is the last one in `chosen`.
        shown = self.current if self.answered else self.current + 1
        self.progress.setText(
            translate(
                "StudyTab", "Quiz {seed} · question {shown} of {total} · score {score}"
            ).format(seed=self.quiz.seed, shown=shown, total=total, score=self.running_score())
        )

    def _answer_or_advance(self) -> None:
        if self.finished or not self.quiz.items:
            return
        if not self.answered:
            self._answer()
        elif self.current < len(self.quiz.items):
            self._show_question()
        else:
            self._show_review()

    def _answer(self) -> None:
        row = self.options.currentRow()
        if row < 0:
            self.feedback.setText(translate("StudyTab", "Choose an answer first."))
            return
        item = self.quiz.items[self.current]
        self.chosen.append(row)
        self.answered = True
        # Mark the right (and a wrong) answer in words, readable without colour,
        # and stop further choices while the feedback shows.
        self.options.clearSelection()
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.options.item(item.correct).setText(f"✔ {self.options.item(item.correct).text()}")
        if row != item.correct:
            mine = translate("StudyTab", "(your answer)")
            self.options.item(row).setText(f"✘ {self.options.item(row).text()}  {mine}")
        if row == item.correct:
            self.feedback.setText(translate("StudyTab", "Right."))
        else:
            self.feedback.setText(
                translate("StudyTab", "Not quite: the answer is {answer}").format(
                    answer=option_line(item.correct, item.correct_text)
                )
            )
        self.explanation.setText(item.explanation)
        self.source.setText(source_line(self.catalog, item.references))
        last = self.current == len(self.quiz.items)
        self.answer_button.setText(
            translate("StudyTab", "See &results")
            if last
            else translate("StudyTab", "&Next question")
        )
        self._show_progress()

    def _show_review(self) -> None:
        self.review.show_document(review_document(self.catalog, self.quiz, self.chosen))
        self.pages.setCurrentWidget(self.review)
        self._show_progress()

    def result_text(self) -> str:
        result = score_quiz(self.quiz, self.chosen)
        return translate("StudyTab", "{correct} of {total}").format(
            correct=result.correct, total=result.total
        )


class StudyTab(Tab):
    has_study_exports = True

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.study = StudySession(flashcard_deck(catalog), study_data_folder(), parent=self)
        self.flashcards = FlashcardReview(self.study)
        self.quiz = QuizPage(catalog)
        questions = exam_questions(catalog)
        self.exam = ExamPractice(
            questions,
            {
                question.question_id: source_line(
                    catalog, numbers_of_ids(catalog, question.source_ids)
                )
                for question in questions
            },
        )
        self.progress = ProgressView(self.study)
        self.modes = describe(
            QTabWidget(),
            translate("StudyTab", "Study mode"),
            translate("StudyTab", "Flashcards, a quiz, exam practice, or your progress"),
        )
        self.modes.addTab(self.flashcards, translate("StudyTab", "&Flashcards"))
        self.modes.addTab(self.quiz, translate("StudyTab", "Qui&z"))
        self.modes.addTab(self.exam, translate("StudyTab", "E&xam practice"))
        self.modes.addTab(self.progress, translate("StudyTab", "P&rogress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.modes)
        self.quiz.new_quiz()

    def printable_document(self) -> Document | None:
        """The exam practice sheet while exam practice shows, else the current quiz's
        question sheet (its answers come from `answer_key_document`)."""
        if self.modes.currentWidget() is self.exam:
            return exam_sheet_document(self.catalog)
        return question_sheet_document(self.catalog, self.quiz.quiz)

    def answer_key_document(self) -> Document | None:
        return answer_key_document(self.catalog, self.quiz.quiz)

    def reveal(self, item_id: str) -> bool:
        """Turn to exam question `item_id` in exam practice, or to the flashcard of
        question `item_id`, whatever its schedule."""
        if self.exam.choose(item_id):
            self.modes.setCurrentWidget(self.exam)
            return True
        self.modes.setCurrentWidget(self.flashcards)
        return self.flashcards.show_card(f"questions/{item_id}")

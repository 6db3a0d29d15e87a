"""The Study tab: flashcards to revise with, and quizzes with a score and a review."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.core.document import Document, reference_marks
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.study import (
    Quiz,
    answer_key_document,
    build_quiz,
    flashcards,
    option_line,
    question_sheet_document,
    review_document,
    score_quiz,
)
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.document_view import DocumentView
from outsource_desktop.gui.plain_text import make_bold, plain_label

QUIZ_SEED_RANGE = 1_000_000


def _larger(label: QLabel, step: int = 2) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + step)
    label.setFont(font)
    return label


class FlashcardsPage(QWidget):
    """One card at a time: read the question, reveal the answer, move on."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = flashcards(catalog)
        self.position = 0
        self.counter = plain_label("")
        self.front = _larger(plain_label(""), 4)
        make_bold(self.front)
        self.back = _larger(plain_label(""))
        self.reveal_button = QPushButton("&Show answer")
        self.previous_button = QPushButton("&Previous card")
        self.next_button = QPushButton("&Next card")
        describe(self.reveal_button, "Show answer", "Turn the card over")
        describe(self.previous_button, "Previous card", "Go back one card")
        describe(self.next_button, "Next card", "Go on to the next card")
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        # The card sits in the middle of the page, at a comfortable reading width.
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumSize(560, 260)
        card.setMaximumWidth(820)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.addStretch(1)
        card_layout.addWidget(self.front)
        card_layout.addSpacing(16)
        card_layout.addWidget(self.back)
        card_layout.addStretch(1)
        for label in (self.front, self.back):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addLayout(buttons)
        self.reveal_button.clicked.connect(self.reveal)
        self.previous_button.clicked.connect(lambda: self.show_card(self.position - 1))
        self.next_button.clicked.connect(lambda: self.show_card(self.position + 1))
        self.show_card(0)

    def show_card(self, position: int) -> None:
        self.position = position % len(self.cards)
        card = self.cards[self.position]
        self.counter.setText(f"Card {self.position + 1} of {len(self.cards)}")
        self.front.setText(card.front)
        self.back.setText(f"{card.back} {reference_marks(card.references)}")
        self.back.hide()
        self.reveal_button.setEnabled(True)

    def show_origin(self, origin: str) -> bool:
        """Turn to the card drawn from `origin` (a content id); False if there is none."""
        for position, card in enumerate(self.cards):
            if card.origin == origin:
                self.show_card(position)
                return True
        return False

    def reveal(self) -> None:
        self.back.show()
        self.reveal_button.setEnabled(False)


class QuizPage(QWidget):
    """Answer one question at a time; at the end, the score and the wrong answers."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.quiz = Quiz(0, ())
        self.chosen: list[int | None] = []
        self.answered = False
        self.new_button = QPushButton("New &quiz")
        self.progress = plain_label("", wrap=False)
        self.prompt = _larger(plain_label(""))
        self.options = QListWidget()
        self.options.setWordWrap(True)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        describe(self.options, "Answer options", "Pick one answer, then press Answer")
        self.options.setSpacing(2)
        self.feedback = plain_label("")
        self.answer_button = QPushButton("&Answer")
        describe(self.new_button, "New quiz", "Start a fresh set of questions")
        describe(self.answer_button, "Answer", "Check the chosen option")
        self.review = describe(
            DocumentView(), "Review", "Your score and the questions you got wrong, with answers"
        )
        question_page = QWidget()
        question_layout = QVBoxLayout(question_page)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.prompt)
        question_layout.addWidget(self.options, 1)
        question_layout.addWidget(self.feedback)
        answer_row = QHBoxLayout()
        answer_row.addStretch(1)
        answer_row.addWidget(self.answer_button)
        question_layout.addLayout(answer_row)
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
            "This content has no quiz questions: a quiz needs two questions of one kind, "
            "or comparison rows where the models' claims differ."
        )
        self.options.clear()
        self.feedback.clear()
        self.answer_button.setEnabled(False)
        self.progress.setText(f"Quiz {self.quiz.seed} · no questions")

    def _show_question(self) -> None:
        item = self.quiz.items[self.current]
        self.prompt.setText(f"{self.current + 1}. {item.prompt}")
        self.options.clear()
        self.options.addItems([option_line(i, text) for i, text in enumerate(item.options)])
        self.answered = False
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedback.clear()
        self.answer_button.setText("&Answer")
        self.answer_button.setEnabled(True)
        self._show_progress()

    def running_score(self) -> int:
        return sum(
            chosen == item.correct
            for item, chosen in zip(self.quiz.items, self.chosen, strict=False)
        )

    def _show_progress(self) -> None:
        total = len(self.quiz.items)
        if self.finished:
            self.progress.setText(f"Quiz {self.quiz.seed} · finished · score {self.result_text()}")
            return
        # Once answered, the question on screen is the last one in `chosen`.
        shown = self.current if self.answered else self.current + 1
        self.progress.setText(
            f"Quiz {self.quiz.seed} · question {shown} of {total} · score {self.running_score()}"
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
            self.feedback.setText("Choose an answer first.")
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
            self.options.item(row).setText(f"✘ {self.options.item(row).text()}  (your answer)")
        if row == item.correct:
            self.feedback.setText("Right.")
        else:
            self.feedback.setText(
                f"Not quite: the answer is {option_line(item.correct, item.correct_text)}"
            )
        last = self.current == len(self.quiz.items)
        self.answer_button.setText("See &results" if last else "&Next question")
        self._show_progress()

    def _show_review(self) -> None:
        self.review.show_document(review_document(self.catalog, self.quiz, self.chosen))
        self.pages.setCurrentWidget(self.review)
        self._show_progress()

    def result_text(self) -> str:
        result = score_quiz(self.quiz, self.chosen)
        return f"{result.correct} of {result.total}"


class StudyTab(QWidget):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.flashcards = FlashcardsPage(catalog)
        self.quiz = QuizPage(catalog)
        self.modes = describe(QTabWidget(), "Study mode", "Flashcards or a quiz")
        self.modes.addTab(self.flashcards, "&Flashcards")
        self.modes.addTab(self.quiz, "Qui&z")
        layout = QVBoxLayout(self)
        layout.addWidget(self.modes)
        self.quiz.new_quiz()

    def printable_document(self) -> Document | None:
        """The current quiz's question sheet; its answers come from `answer_key_document`."""
        return question_sheet_document(self.catalog, self.quiz.quiz)

    def answer_key_document(self) -> Document | None:
        return answer_key_document(self.catalog, self.quiz.quiz)

    def show_question(self, question_id: str) -> bool:
        self.modes.setCurrentWidget(self.flashcards)
        return self.flashcards.show_origin(f"questions/{question_id}")

"""Flashcards with spaced repetition: read, reveal (Space), rate how well you knew it (1-4).

The cards come in the order the scheduler sets: those due first, then new
ones (a limited number a day), each rated Again / Hard / Good / Easy. Every
rating is saved at once; the counts at the top say what is due today, what
is new and what is learned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.plain_text import make_bold, plain_label, resized
from outsource_desktop.gui.widgets.study_session import StudySession
from outsource_desktop.i18n import translate
from outsource_desktop.reference.study.cards import Rating, StudyCard

if TYPE_CHECKING:
    from outsource_desktop.reference.study.review import Counts

LONG_ANSWER_CHARS = 120
CARD_STRETCH = 4  # the card's share of the row's width, up to its maximum width


def rating_hint(rating: Rating) -> str:
    return {
        Rating.AGAIN: translate("FlashcardReview", "Forgot it: see it again soon"),
        Rating.HARD: translate("FlashcardReview", "Recalled it, with difficulty"),
        Rating.GOOD: translate("FlashcardReview", "Recalled it"),
        Rating.EASY: translate("FlashcardReview", "Knew it at once"),
    }[rating]


def glance_text(counts: Counts) -> str:
    return translate(
        "FlashcardReview", "Due today: {due} · New: {new} · Learned: {learned}"
    ).format(due=counts.due_today, new=counts.new, learned=counts.learned)


def problem_banner() -> QLabel:
    """Where a problem with the progress file is told: in the page, never a blocking box."""
    banner = plain_label("")
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    banner.setContentsMargins(8, 6, 8, 6)
    describe(
        banner,
        translate("FlashcardReview", "Study progress problem"),
        translate("FlashcardReview", "Why study progress is not being saved as usual"),
    )
    banner.hide()
    return banner


class FlashcardReview(QWidget):
    def __init__(self, study: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study = study
        self.current: StudyCard | None = None
        self.revealed = False
        self._shown_for = QElapsedTimer()

        self.banner = problem_banner()
        self.glance = describe(
            plain_label("", wrap=False),
            translate("FlashcardReview", "At a glance"),
            translate("FlashcardReview", "Cards due today, new and learned"),
        )
        self.new_left = plain_label("", wrap=False)
        self.new_left.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.front = resized(
            plain_label(translate("FlashcardReview", "Opening your study progress…")), 4
        )
        make_bold(self.front)
        self.back = resized(plain_label(""), 2)
        self.explanation = plain_label("")
        self.source = resized(plain_label(""), -1)
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, either theme
        for label in (self.front, self.back, self.explanation, self.source):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back.hide()
        self.explanation.hide()
        self.source.hide()
        # The card itself takes the focus, so Space never lands on a rating button.
        self.card = QFrame()
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card.setMinimumSize(560, 260)
        self.card.setMaximumWidth(820)
        describe(
            self.card,
            translate("FlashcardReview", "Flashcard"),
            translate("FlashcardReview", "Space shows the answer; then 1 to 4 rate it"),
        )
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.addStretch(1)
        card_layout.addWidget(self.front)
        card_layout.addSpacing(16)
        card_layout.addWidget(self.back)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.explanation)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.source)
        card_layout.addStretch(1)

        self.done = resized(plain_label(""), 2)
        self.done.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_new_button = QPushButton(translate("FlashcardReview", "Study &more new cards"))
        describe(
            self.more_new_button,
            translate("FlashcardReview", "Study more new cards"),
            translate("FlashcardReview", "Go on with ten more new cards today"),
        )
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addStretch(1)
        done_layout.addWidget(self.done)
        done_layout.addWidget(self.more_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        done_layout.addStretch(2)
        # The card grows with its answer (a model answer runs to a dozen lines), its
        # width set by the row it is centred in, so its height fits that width; a card
        # taller than the window scrolls rather than cutting the answer off.
        card_row = QHBoxLayout()
        card_row.addStretch(1)
        card_row.addWidget(self.card, CARD_STRETCH)
        card_row.addStretch(1)
        centred = QWidget()
        centred_layout = QVBoxLayout(centred)
        centred_layout.setContentsMargins(0, 0, 0, 0)
        centred_layout.addStretch(1)
        centred_layout.addLayout(card_row)
        centred_layout.addStretch(2)
        card_page = QScrollArea()
        card_page.setWidgetResizable(True)
        card_page.setFrameShape(QFrame.Shape.NoFrame)
        card_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays the card's
        card_page.setWidget(centred)
        # setWidget() makes both paint the window colour; the tab's own background shows.
        centred.setAutoFillBackground(False)
        card_page.viewport().setAutoFillBackground(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(card_page)
        self.pages.addWidget(done_page)

        self.reveal_button = QPushButton(translate("FlashcardReview", "&Show answer  (Space)"))
        describe(
            self.reveal_button,
            translate("FlashcardReview", "Show answer"),
            translate("FlashcardReview", "Turn the card over (Space)"),
        )
        self.rating_buttons: dict[Rating, QPushButton] = {}
        rating_row = QHBoxLayout()
        rating_row.setContentsMargins(0, 0, 0, 0)
        rating_row.addStretch(1)
        for rating in Rating:
            button = QPushButton(f"{int(rating)}  {rating.label}")
            describe(
                button,
                rating.label,
                translate("FlashcardReview", "{hint} (key {key})").format(
                    hint=rating_hint(rating), key=int(rating)
                ),
            )
            button.setMinimumWidth(110)
            button.clicked.connect(lambda _checked=False, r=rating: self.rate(r))
            self.rating_buttons[rating] = button
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        reveal_row = QHBoxLayout()
        reveal_row.setContentsMargins(0, 0, 0, 0)
        reveal_row.addStretch(1)
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        self.buttons = QStackedWidget()
        for row in (reveal_row, rating_row):
            holder = QWidget()
            holder.setLayout(row)
            self.buttons.addWidget(holder)

        top = QHBoxLayout()
        top.addWidget(self.glance, 1)
        top.addWidget(self.new_left)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

        # Window-wide while this page shows (Qt ignores a hidden widget's shortcuts),
        # so the keys work straight after switching to it.
        self.reveal_key = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        self.reveal_key.activated.connect(self.reveal)
        self.rating_keys = {}
        for rating in Rating:
            key = QShortcut(QKeySequence(str(int(rating))), self)
            key.activated.connect(lambda r=rating: self.rate(r))
            self.rating_keys[rating] = key
        self.reveal_button.clicked.connect(self.reveal)
        self.more_new_button.clicked.connect(self._study_more_new)
        self._show_buttons(reveal=True, enabled=False)
        study.changed.connect(self.show_next)
        study.open_after_paint(self)

    # Showing cards ---------------------------------------------------------------

    def show_next(self) -> None:
        session = self.study.session()
        self.current = session.next_card()
        self.revealed = False
        counts = session.counts()
        self.glance.setText(glance_text(counts))
        left = session.new_left_today()
        self.new_left.setText(
            translate("FlashcardReview", "New cards left today: {count}").format(count=left)
            if counts.new
            else ""
        )
        self.banner.setText(session.problem or "")
        self.banner.setVisible(session.problem is not None)
        if self.current is None:
            self._show_done()
            return
        self.front.setText(self.current.front)
        self.back.setText(self.current.back)
        # A list or a paragraph reads from the left; a short answer sits in the middle.
        long_answer = "\n" in self.current.back or len(self.current.back) > LONG_ANSWER_CHARS
        self.back.setAlignment(
            Qt.AlignmentFlag.AlignLeft if long_answer else Qt.AlignmentFlag.AlignCenter
        )
        self.explanation.setText(self.current.explanation)
        self.source.setText(self.current.source_line)
        self.back.hide()
        self.explanation.hide()
        self.source.hide()
        self.pages.setCurrentIndex(0)
        self._show_buttons(reveal=True, enabled=True)
        self.card.setAccessibleDescription(
            translate("FlashcardReview", "Question: {front}").format(front=self.current.front)
        )
        self._shown_for.start()

    def _show_done(self) -> None:
        from outsource_desktop.reference.study.review import due_text

        session = self.study.session()
        counts = session.counts()
        lines = [translate("FlashcardReview", "Nothing more to review now.")]
        next_due = session.next_due()
        if next_due is not None:
            when = due_text(next_due, session.now())
            lines.append(
                translate("FlashcardReview", "The next card is due {when}.").format(when=when)
            )
        if counts.new:
            lines.append(
                translate("FlashcardReview", "{count} new cards wait for another day.").format(
                    count=counts.new
                )
            )
        self.done.setText("\n".join(lines))
        self.more_new_button.setVisible(counts.new > 0)
        self.pages.setCurrentIndex(1)
        self._show_buttons(reveal=True, enabled=False)

    def _show_buttons(self, *, reveal: bool, enabled: bool) -> None:
        self.buttons.setCurrentIndex(0 if reveal else 1)
        self.reveal_button.setEnabled(enabled and reveal)
        self.reveal_key.setEnabled(enabled and reveal)
        for key in self.rating_keys.values():
            key.setEnabled(enabled and not reveal)

    def show_card(self, card_id: str) -> bool:
        """Show the card `card_id` now, out of its turn; False when the deck has no such card."""
        if not self.study.session().ask_for(card_id):
            return False
        self.show_next()
        return True

    # What the reader does ------------------------------------------------------------

    def reveal(self) -> None:
        if self.current is None or self.revealed or not self.isVisible():
            return
        from outsource_desktop.reference.study.review import interval_text

        self.revealed = True
        self.back.show()
        self.explanation.setVisible(bool(self.current.explanation))
        self.source.setVisible(bool(self.current.source_line))
        intervals = self.study.session().intervals(self.current.card_id)
        for rating, button in self.rating_buttons.items():
            wait = interval_text(intervals[rating])
            button.setText(f"{int(rating)}  {rating.label}\n{wait}")
            describe(
                button,
                rating.label,
                translate("FlashcardReview", "{hint}; shown again in {wait} (key {key})").format(
                    hint=rating_hint(rating), wait=wait, key=int(rating)
                ),
            )
            button.setToolTip(button.accessibleDescription())
        self._show_buttons(reveal=False, enabled=True)
        self.card.setAccessibleDescription(
            translate("FlashcardReview", "Question: {front} Answer: {back}").format(
                front=self.current.front, back=self.current.back
            )
        )
        self.card.setFocus()

    def rate(self, rating: Rating) -> None:
        if self.current is None or not self.revealed or not self.isVisible():
            return
        self.study.session().rate(self.current.card_id, rating, self._shown_for.elapsed())
        self.study.changed.emit()  # shows the next card here, and updates the progress view
        self.card.setFocus()

    def _study_more_new(self) -> None:
        self.study.session().study_more_new()
        self.show_next()

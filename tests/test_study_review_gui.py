"""Flashcards with spaced repetition, as a student uses them: keys, buttons, ratings that
are remembered after a restart, the progress view, and a damaged or locked progress file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from outsource_desktop.content.models import Catalog
from outsource_desktop.gui import main_window
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.tabs.study import StudyTab
from outsource_desktop.gui.widgets import study_session
from outsource_desktop.gui.widgets.flashcard_review import FlashcardReview
from outsource_desktop.reference.study.cards import Rating
from outsource_desktop.reference.study.progress import open_progress
from tests.study_support import START, Clock, saved_reviews

ShowWindow = Callable[[Catalog], MainWindow]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The study sessions' clock, fixed at local noon of a set day."""
    fixed = Clock()
    monkeypatch.setattr(study_session, "utc_now", fixed)
    return fixed


@pytest.fixture
def open_study(
    qtbot: QtBot, show_window: ShowWindow, catalog: Catalog, clock: Clock, study_database: Path
) -> Callable[[], MainWindow]:
    """A new window on the Study tab's flashcards, active, with its progress opened."""

    def open_window() -> MainWindow:
        window = show_window(catalog)
        window.tabs.setCurrentIndex(main_window.STUDY)
        window.study_tab.modes.setCurrentWidget(window.study_tab.flashcards)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.study_tab.study.loaded)
        return window

    return open_window


def review_of(window: MainWindow) -> FlashcardReview:
    return window.study_tab.flashcards


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key)


def rate_with_keys(qtbot: QtBot, window: MainWindow, rating: Rating) -> str:
    review = review_of(window)
    assert review.current is not None
    card_id = review.current.card_id
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key(Qt.Key.Key_0.value + int(rating)))
    return card_id


def test_space_reveals_and_the_number_keys_rate_only_after(
    qtbot: QtBot, open_study: Callable[[], MainWindow], study_database: Path
) -> None:
    window = open_study()
    review = review_of(window)
    assert review.glance.text() == f"Due today: 0 · New: {len(review.study.cards)} · Learned: 0"
    first = review.front.text()
    press(qtbot, window, Qt.Key.Key_3)  # not revealed yet: nothing happens
    assert review.front.text() == first
    assert review.back.isHidden()
    assert not study_database.exists() or saved_reviews(study_database) == []
    press(qtbot, window, Qt.Key.Key_Space)
    assert review.back.isVisible()
    assert review.back.text() == review.study.cards[0].back
    assert review.source.text().startswith("Source")
    assert review.rating_buttons[Rating.GOOD].isVisible()
    assert not review.reveal_button.isVisible()
    press(qtbot, window, Qt.Key.Key_3)
    assert review.front.text() != first
    assert review.back.isHidden()
    assert review.glance.text().startswith("Due today: 1 · New: ")
    assert saved_reviews(study_database) == [(review.study.cards[0].card_id, int(Rating.GOOD))]
    assert review.front.textFormat() == Qt.TextFormat.PlainText


def test_rating_buttons_are_named_show_the_wait_and_rate_when_clicked(
    qtbot: QtBot, open_study: Callable[[], MainWindow], study_database: Path
) -> None:
    window = open_study()
    review = review_of(window)
    qtbot.mouseClick(review.reveal_button, Qt.MouseButton.LeftButton)
    names = {rating: button.accessibleName() for rating, button in review.rating_buttons.items()}
    assert names == {rating: rating.label for rating in Rating}
    again = review.rating_buttons[Rating.AGAIN]
    assert again.text().startswith("1  Again\n")
    assert "key 1" in again.accessibleDescription()
    assert "1 min" in again.text()
    card_id = review.current.card_id if review.current else ""
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert saved_reviews(study_database) == [(card_id, int(Rating.AGAIN))]


def test_after_a_restart_the_same_cards_are_due(
    qtbot: QtBot, open_study: Callable[[], MainWindow], clock: Clock, study_database: Path
) -> None:
    first = open_study()
    rated = [
        rate_with_keys(qtbot, first, rating)
        for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.HARD, Rating.GOOD)
    ]
    session = first.study_tab.study.session()
    before = (session.counts(), session.progress, review_of(first).front.text())
    first.close()
    clock.advance(minutes=1)
    second = open_study()
    reopened = second.study_tab.study.session()
    assert (reopened.counts(), reopened.progress) == before[:2]
    assert set(reopened.progress) == set(rated)
    # A minute on, the card rated Again is due: it comes before any new card.
    assert review_of(second).current is not None
    assert review_of(second).current.card_id == rated[1]
    assert [card_id for card_id, _rating in saved_reviews(study_database)] == rated


def test_the_progress_view_counts_and_charts_the_ratings(
    qtbot: QtBot, open_study: Callable[[], MainWindow]
) -> None:
    window = open_study()
    for rating in (Rating.EASY, Rating.EASY, Rating.AGAIN):
        rate_with_keys(qtbot, window, rating)
    study = window.study_tab
    study.modes.setCurrentWidget(study.progress)
    view = study.progress
    total = len(study.study.cards)
    assert view.due_today.value.text() == "1"
    assert view.new.value.text() == str(total - 3)
    assert view.learned.value.text() == "2"
    assert view.due_today.accessibleName() == "Due today: 1"
    days = view.chart.days
    assert len(days) == 28
    assert days[-1] == (START.astimezone().date(), 3)
    assert "3 reviews in the last 28 days" in view.summary.text()
    assert "3 reviews" in view.chart.accessibleDescription()
    assert str(study.study.database_path) in view.saved_in.text()


def test_when_nothing_is_due_the_page_says_when_and_offers_more_new_cards(
    qtbot: QtBot, open_study: Callable[[], MainWindow]
) -> None:
    window = open_study()
    review = review_of(window)
    session = review.study.session()
    for _ in range(session.new_left_today()):
        rate_with_keys(qtbot, window, Rating.EASY)  # straight to days away
    assert review.current is None
    assert review.done.isVisible()
    assert "Nothing more to review now." in review.done.text()
    assert "The next card is due on " in review.done.text()
    press(qtbot, window, Qt.Key.Key_Space)  # nothing to reveal
    assert review.current is None
    qtbot.mouseClick(review.more_new_button, Qt.MouseButton.LeftButton)
    assert review.current is not None
    assert review.card.isVisible()


def test_search_shows_a_faq_on_its_card_and_an_exam_question_in_exam_practice(
    open_study: Callable[[], MainWindow], catalog: Catalog
) -> None:
    window = open_study()
    study = window.study_tab
    faq = catalog.questions[3]
    assert faq.kind == "faq"
    assert study.reveal(faq.id)
    assert study.modes.currentWidget() is study.flashcards
    assert review_of(window).front.text() == faq.question
    exam = catalog.questions[-1]
    assert exam.kind == "exam"
    assert study.reveal(exam.id)
    assert study.modes.currentWidget() is study.exam
    assert study.exam.question.text() == exam.question
    assert not study.exam.answer_panel.isVisible()  # the model answer waits to be asked for


def no_message_boxes() -> bool:
    return not any(isinstance(widget, QMessageBox) for widget in QApplication.topLevelWidgets())


def test_a_damaged_progress_file_is_set_aside_with_a_message_and_study_goes_on(
    qtbot: QtBot, open_study: Callable[[], MainWindow], study_database: Path
) -> None:
    study_database.parent.mkdir(parents=True, exist_ok=True)
    study_database.write_bytes(b"\x00garbage\xff" * 500)
    window = open_study()
    review = review_of(window)
    assert review.banner.isVisible()
    (kept,) = study_database.parent.glob(f"{study_database.name}.corrupt-*")
    assert kept.name in review.banner.text()
    assert "damaged" in review.banner.text()
    assert no_message_boxes()  # told in the page, not in a box that stops study
    rated = rate_with_keys(qtbot, window, Rating.GOOD)
    assert saved_reviews(study_database) == [(rated, int(Rating.GOOD))]


@pytest.fixture
def locked_database(study_database: Path) -> Iterator[Path]:
    """A progress file with another program's exclusive lock on it."""
    now = START
    opened = open_progress(study_database, now, now)
    opened.store.close()
    other = sqlite3.connect(study_database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield study_database
    other.execute("ROLLBACK")
    other.close()


def test_a_locked_progress_file_leaves_study_in_memory_with_a_message(
    qtbot: QtBot, open_study: Callable[[], MainWindow], locked_database: Path
) -> None:
    window = open_study()
    review = review_of(window)
    assert review.banner.isVisible()
    assert "in use by another program" in review.banner.text()
    assert no_message_boxes()
    rate_with_keys(qtbot, window, Rating.GOOD)
    assert review.glance.text().startswith("Due today: 1 ·")
    progress = window.study_tab.progress
    window.study_tab.modes.setCurrentWidget(progress)
    assert progress.saved_in.text() == "Progress is kept in memory only this time."
    assert progress.banner.isVisible()


def test_the_study_tab_opens_its_progress_only_once_painted(
    qtbot: QtBot, catalog: Catalog, study_database: Path
) -> None:
    tab = StudyTab(catalog)
    qtbot.addWidget(tab)
    assert not tab.study.loaded
    assert not study_database.exists()
    tab.show()
    qtbot.waitUntil(lambda: tab.study.loaded)
    assert study_database.exists()


def test_the_keys_belong_to_the_flashcards_only_while_they_show(
    qtbot: QtBot, open_study: Callable[[], MainWindow], study_database: Path
) -> None:
    window = open_study()
    study = window.study_tab
    press(qtbot, window, Qt.Key.Key_Space)
    assert study.flashcards.revealed
    study.modes.setCurrentWidget(study.quiz)
    press(qtbot, window, Qt.Key.Key_3)
    assert saved_reviews(study_database) == []
    quiz = study.quiz
    quiz.options.clearSelection()
    quiz.options.setCurrentRow(-1)
    quiz.answer_button.setFocus()
    qtbot.keyClick(quiz.answer_button, Qt.Key.Key_Space)  # Space presses the quiz's button
    assert quiz.feedback.text() == "Choose an answer first."


def test_a_revealed_card_gives_the_answer_why_and_where_from(
    qtbot: QtBot, open_study: Callable[[], MainWindow], study_database: Path
) -> None:
    window = open_study()
    review = review_of(window)
    card = next(card for card in review.study.cards if card.card_id == "value/investment/kpo")
    assert review.show_card(card.card_id)
    assert review.front.text() == "KPO: investment?"
    assert review.explanation.isHidden()
    press(qtbot, window, Qt.Key.Key_Space)
    assert review.back.text() == card.back
    assert review.explanation.isVisible()
    assert review.explanation.text() == card.explanation
    assert review.source.text().startswith(("Source: [", "Sources: ["))
    press(qtbot, window, Qt.Key.Key_3)
    assert saved_reviews(study_database) == [("value/investment/kpo", int(Rating.GOOD))]

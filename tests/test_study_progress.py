"""Spaced repetition in the core: FSRS scheduling, the session's order, and saved progress
that survives restarts, new content, damage and locks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.study.cards import Phase, Rating, StudyCard, flashcard_deck
from outsource_desktop.reference.study.progress import (
    DATABASE_FILE_NAME,
    SCHEMA_VERSION,
    open_progress,
)
from outsource_desktop.reference.study.review import (
    CHART_DAYS,
    ReviewSession,
    due_text,
    interval_text,
)
from outsource_desktop.reference.study.scheduler import CardScheduler
from tests.study_support import Clock, deck, saved_reviews


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "study" / DATABASE_FILE_NAME


@pytest.fixture
def sessions() -> Iterator[list[ReviewSession]]:
    """Every session a test opens, closed after it."""
    opened: list[ReviewSession] = []
    yield opened
    for session in opened:
        session.close()


def open_session(
    sessions: list[ReviewSession],
    path: Path,
    cards: Sequence[StudyCard],
    clock: Clock,
    new_per_day: int = 20,
) -> ReviewSession:
    now = clock()
    opened = open_progress(path, now - dt.timedelta(days=CHART_DAYS), now)
    session = ReviewSession(cards, opened, CardScheduler(), clock, new_per_day)
    sessions.append(session)
    return session


def rate_next(session: ReviewSession, rating: Rating) -> str:
    card = session.next_card()
    assert card is not None
    session.rate(card.card_id, rating)
    return card.card_id


# Cards ---------------------------------------------------------------------------


def test_the_deck_is_keyed_by_content_ids_and_names_its_sources(catalog: Catalog) -> None:
    cards = flashcard_deck(catalog)
    ids = [card.card_id for card in cards]
    assert len(set(ids)) == len(ids)
    first = catalog.questions[0]
    by_id = {card.card_id: card for card in cards}
    card = by_id[f"questions/{first.id}"]
    assert (card.front, card.back) == (first.question, first.answer)
    for source_id in first.sources:
        source = catalog.source_by_id(source_id)
        assert f"[{catalog.source_number(source_id)}] {source.title}" in card.source_line


# Scheduling ----------------------------------------------------------------------


def test_better_recall_waits_longer_and_a_rated_card_is_due_later() -> None:
    scheduler = CardScheduler()
    clock = Clock()
    waits = scheduler.intervals(None, clock())
    assert waits[Rating.AGAIN] < waits[Rating.HARD] <= waits[Rating.GOOD] < waits[Rating.EASY]
    learning = scheduler.rate(None, Rating.GOOD, clock())
    assert learning.phase == Phase.LEARNING
    assert learning.due > clock()
    assert learning.first_review == clock()
    clock.advance(minutes=15)
    learned = scheduler.rate(learning, Rating.GOOD, clock())
    assert learned.phase == Phase.REVIEW
    assert learned.due - clock() >= dt.timedelta(days=1)
    assert learned.first_review == learning.first_review


def test_due_cards_come_first_then_new_ones_up_to_the_daily_limit(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    session = open_session(sessions, database, deck(4), clock, new_per_day=2)
    assert [rate_next(session, Rating.GOOD) for _ in range(2)] == ["card-0", "card-1"]
    assert session.new_left_today() == 0
    # Nothing is due yet, and no new card is left for today: a card in its
    # learning steps is shown a little early rather than ending the session.
    assert session.next_card() == session.cards[0]
    clock.advance(minutes=11)
    assert [rate_next(session, Rating.GOOD) for _ in range(2)] == ["card-0", "card-1"]
    assert session.next_card() is None
    counts = session.counts()
    assert (counts.due_today, counts.new, counts.learned) == (0, 2, 2)
    next_due = session.next_due()
    assert next_due is not None
    assert next_due > clock()
    session.study_more_new(1)
    assert rate_next(session, Rating.EASY) == "card-2"
    clock.at = next_due
    assert session.next_card() in session.cards[:2]  # due again before the last new card


def test_counts_split_the_deck_into_due_today_new_and_learned(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    session = open_session(sessions, database, deck(5), clock)
    rate_next(session, Rating.AGAIN)  # back in a minute: due today
    rate_next(session, Rating.EASY)  # days away: learned
    counts = session.counts()
    assert (counts.due_today, counts.new, counts.learned) == (1, 3, 1)
    assert counts.total == 5


# Saved progress --------------------------------------------------------------------


def test_progress_is_the_same_after_reopening(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    first = open_session(sessions, database, deck(6), clock)
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.HARD):
        rate_next(first, rating)
    first.close()
    clock.advance(minutes=2)
    again = open_session(sessions, database, deck(6), clock)
    assert again.progress == first.progress
    assert again.counts() == first.counts()
    assert again.next_card() == first.next_card()
    assert again.reviews_per_day()[-1] == first.reviews_per_day()[-1]
    connection = sqlite3.connect(database)
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    connection.close()
    assert version == SCHEMA_VERSION


def test_progress_follows_card_ids_through_new_content(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    old_deck = deck(2)
    session = open_session(sessions, database, old_deck, clock)
    rate_next(session, Rating.EASY)
    kept = session.progress["card-0"]
    session.close()
    # New content: card-0 is gone, card-1 reworded, card-9 added.
    reworded = StudyCard("card-1", "Reworded?", "New wording.", "")
    newer = open_session(sessions, database, [reworded, *deck(1, "extra")], clock)
    assert newer.counts().new == 2
    assert "card-0" not in newer.progress
    newer.close()
    back = open_session(sessions, database, old_deck, clock)
    assert back.progress["card-0"] == kept


def test_reviews_are_counted_on_the_local_day_they_were_made(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    session = open_session(sessions, database, deck(5), clock)
    rate_next(session, Rating.EASY)
    clock.advance(days=2)
    rate_next(session, Rating.EASY)
    rate_next(session, Rating.EASY)
    days = session.reviews_per_day()
    assert len(days) == CHART_DAYS
    today = clock().astimezone().date()
    assert days[-1] == (today, 2)
    assert days[-3] == (today - dt.timedelta(days=2), 1)
    assert sum(count for _day, count in days) == 3


# When the file cannot be used ------------------------------------------------------


def test_a_damaged_file_is_set_aside_and_study_starts_afresh(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    garbage = b"this is not a database" * 100
    for round_number in (1, 2):  # a second damaged file within the same second is kept too
        database.parent.mkdir(parents=True, exist_ok=True)
        database.write_bytes(garbage)
        session = open_session(sessions, database, deck(3), clock)
        kept = sorted(database.parent.glob(f"{DATABASE_FILE_NAME}.corrupt-*"))
        assert len(kept) == round_number
        assert all(path.read_bytes() == garbage for path in kept)
        assert session.problem is not None
        assert "damaged" in session.problem
        assert kept[-1].name in session.problem
        assert session.saving
        rate_next(session, Rating.GOOD)
        assert saved_reviews(database) == [("card-0", int(Rating.GOOD))]
        session.close()


def test_a_locked_file_is_left_alone_and_study_goes_on_in_memory(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    first = open_session(sessions, database, deck(3), clock)
    rate_next(first, Rating.EASY)
    first.close()
    before = database.read_bytes()
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        session = open_session(sessions, database, deck(3), clock)
        assert session.problem is not None
        assert "in use by another program" in session.problem
        assert not session.saving
        rate_next(session, Rating.GOOD)
        assert session.counts().new == 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert database.read_bytes() == before
    assert not list(database.parent.glob("*.corrupt-*"))


def test_a_file_that_locks_during_study_leaves_study_in_memory(
    sessions: list[ReviewSession], database: Path
) -> None:
    clock = Clock()
    session = open_session(sessions, database, deck(3), clock)
    rate_next(session, Rating.EASY)
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        rate_next(session, Rating.EASY)
        assert session.problem is not None
        assert "could no longer be saved" in session.problem
        assert not session.saving
        rate_next(session, Rating.EASY)
        counts = session.counts()
        assert (counts.new, counts.learned) == (0, 3)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert saved_reviews(database) == [("card-0", int(Rating.EASY))]


def test_a_file_from_a_newer_app_is_left_unchanged(
    sessions: list[ReviewSession], database: Path
) -> None:
    database.parent.mkdir(parents=True)
    connection = sqlite3.connect(database)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = database.read_bytes()
    session = open_session(sessions, database, deck(2), Clock())
    assert session.problem is not None
    assert "newer version" in session.problem
    rate_next(session, Rating.GOOD)
    assert database.read_bytes() == before


def test_a_folder_that_cannot_be_made_leaves_study_in_memory(
    sessions: list[ReviewSession], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    session = open_session(sessions, blocker / DATABASE_FILE_NAME, deck(2), Clock())
    assert session.problem is not None
    assert str(blocker) in session.problem
    rate_next(session, Rating.GOOD)
    assert session.counts().new == 1


# Words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wait", "text"),
    [
        (dt.timedelta(seconds=20), "1 min"),
        (dt.timedelta(minutes=10), "10 min"),
        (dt.timedelta(hours=5), "5 h"),
        (dt.timedelta(days=3), "3 d"),
        (dt.timedelta(days=62), "2 mo"),
        (dt.timedelta(days=365), "1 y"),
        (dt.timedelta(days=548), "1.5 y"),
    ],
)
def test_waits_are_shown_in_words(wait: dt.timedelta, text: str) -> None:
    assert interval_text(wait) == text


def test_due_times_are_told_as_a_time_today_or_a_day() -> None:
    now = Clock()()
    local_now = now.astimezone()
    assert due_text(now + dt.timedelta(minutes=30), now) == (
        f"at {(local_now + dt.timedelta(minutes=30)):%H:%M}"
    )
    assert due_text(now + dt.timedelta(days=1), now) == "tomorrow"
    later = (now + dt.timedelta(days=5)).astimezone()
    assert due_text(now + dt.timedelta(days=5), now) == f"on {later.day} {later:%B}"

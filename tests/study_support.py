"""A settable clock and small decks for the spaced-repetition tests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from outsource_desktop.reference.study.cards import StudyCard

# Local noon, so a test's minutes and hours never cross into another day.
START = dt.datetime(2026, 3, 10, 12, 0).astimezone().astimezone(dt.UTC)


class Clock:
    def __init__(self, at: dt.datetime = START) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **amount: float) -> None:
        self.at += dt.timedelta(**amount)


def deck(size: int, prefix: str = "card") -> list[StudyCard]:
    return [
        StudyCard(f"{prefix}-{n}", f"Question {n}?", f"Answer {n}.", f"Source: [1] Article {n}")
        for n in range(size)
    ]


def saved_reviews(path: Path) -> list[tuple[str, int]]:
    """The (card id, rating) rows of the progress file, read with a connection of our own."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT card_id, rating FROM reviews ORDER BY review_id"
        ).fetchall()
    finally:
        connection.close()

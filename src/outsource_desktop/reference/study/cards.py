"""What spaced repetition schedules: a card, a rating, and a card's saved progress.

These types import nothing heavy, so the study widgets can name them before
the scheduler (fsrs) and the progress store (sqlite3) are loaded, after the
first paint. Any question builder plugs in by producing `StudyCard`s: the
scheduler, the store and the Anki export need nothing more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from outsource_desktop.content.models import Catalog
from outsource_desktop.i18n import translate


@dataclass(frozen=True, slots=True)
class StudyCard:
    # Derived from content ids (e.g. "questions/faq-01-full-form", "value/investment/kpo"),
    # so saved progress follows the card through restarts and new content versions.
    card_id: str
    front: str
    back: str
    source_line: str  # the sources by title, readable away from the app (e.g. in Anki)
    explanation: str = ""  # a line on why the answer is right, shown under it


class Rating(IntEnum):
    """How well the answer was recalled; the values are FSRS's and the keys 1-4."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """The rating's name, as Anki names it: Again, Hard, Good, Easy."""
        return {
            1: translate("Study", "Again"),
            2: translate("Study", "Hard"),
            3: translate("Study", "Good"),
            4: translate("Study", "Easy"),
        }[self.value]


class Phase(IntEnum):
    """Where a card is in its schedule; the values are FSRS's `State`."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True, slots=True)
class CardProgress:
    """A card's schedule after at least one rating. Times are aware, in UTC."""

    phase: Phase
    step: int | None  # learning step, None once in review
    stability: float | None
    difficulty: float | None
    due: dt.datetime
    last_review: dt.datetime | None
    first_review: dt.datetime  # when the card stopped being new: counts new cards per day


def source_line(catalog: Catalog, numbers: Sequence[int]) -> str:
    """'Sources: [2] Title; [5] Title' for the source numbers of a card."""
    titles = [f"[{number}] {catalog.sources[number - 1].title}" for number in numbers]
    if not titles:
        return ""
    if len(titles) == 1:
        return translate("Study", "Source: {titles}").format(titles=titles[0])
    return translate("Study", "Sources: {titles}").format(titles="; ".join(titles))


def flashcard_deck(catalog: Catalog) -> tuple[StudyCard, ...]:
    """The content's flashcards as cards to schedule, in the order they are first met."""
    # Here, not at the top: the widgets name a StudyCard before any question is built.
    from outsource_desktop.reference.study.questions import deck_questions

    return tuple(
        StudyCard(
            question.item_id,
            question.question,
            question.answer,
            source_line(catalog, question.references),
            question.explanation,
        )
        for question in deck_questions(catalog)
    )

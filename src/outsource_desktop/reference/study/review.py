"""A study session: which card comes next, rating it, and the figures at a glance.

Works on any deck of `StudyCard`s with the progress read from the store. The
store only writes: everything shown is worked out from the progress held here,
so when saving fails (the file got locked or the disk filled up) the session
goes on in memory and says so through `problem`.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from outsource_desktop.i18n import day_and_month, translate
from outsource_desktop.reference.study.cards import Phase, Rating, StudyCard
from outsource_desktop.reference.study.progress import NOT_KEPT, OpenedProgress, ProgressStore
from outsource_desktop.reference.study.scheduler import CardScheduler

# Anki's defaults: a day's new cards are limited so that reviews stay manageable,
# and a card in its first steps may be shown up to 20 minutes early when nothing
# else is left, rather than ending the session for a few minutes' wait.
NEW_CARDS_PER_DAY = 20
MORE_NEW_CARDS = 10
LEARN_AHEAD = dt.timedelta(minutes=20)
CHART_DAYS = 28

Clock = Callable[[], dt.datetime]  # aware datetimes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Counts:
    due_today: int  # seen before and due again by the end of today
    new: int  # never rated
    learned: int  # seen, and not due again today

    @property
    def total(self) -> int:
        return self.due_today + self.new + self.learned


def local_day_start(moment: dt.datetime) -> dt.datetime:
    local = moment.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


class ReviewSession:
    def __init__(
        self,
        cards: Sequence[StudyCard],
        opened: OpenedProgress,
        scheduler: CardScheduler,
        clock: Clock,
        new_per_day: int = NEW_CARDS_PER_DAY,
    ) -> None:
        self.cards = tuple(cards)
        self._by_id = {card.card_id: card for card in self.cards}
        self.store: ProgressStore = opened.store
        self.problem = opened.problem
        # Progress of cards the content no longer has stays in the store, unused here.
        self.progress = {key: value for key, value in opened.progress.items() if key in self._by_id}
        self._scheduler = scheduler
        self._clock = clock
        self._new_per_day = new_per_day
        self._review_days = Counter(local_day_start(at).date() for at in opened.review_times)
        self._asked_for: str | None = None

    def now(self) -> dt.datetime:
        return self._clock()

    # What is shown ---------------------------------------------------------------

    def counts(self) -> Counts:
        end_of_today = local_day_start(self.now()) + dt.timedelta(days=1)
        due = sum(progress.due < end_of_today for progress in self.progress.values())
        seen = len(self.progress)
        return Counts(due_today=due, new=len(self.cards) - seen, learned=seen - due)

    def new_left_today(self) -> int:
        today = local_day_start(self.now())
        started_today = sum(progress.first_review >= today for progress in self.progress.values())
        return max(0, self._new_per_day - started_today)

    def next_card(self) -> StudyCard | None:
        """A card asked for, else the most overdue, else a new one, else one in learning."""
        if self._asked_for is not None:
            return self._by_id[self._asked_for]
        now = self.now()
        due = [(p.due, card_id) for card_id, p in self.progress.items() if p.due <= now]
        if due:
            return self._by_id[min(due)[1]]
        if self.new_left_today():
            new = next((card for card in self.cards if card.card_id not in self.progress), None)
            if new is not None:
                return new
        soon = [
            (p.due, card_id)
            for card_id, p in self.progress.items()
            if p.phase != Phase.REVIEW and p.due <= now + LEARN_AHEAD
        ]
        return self._by_id[min(soon)[1]] if soon else None

    def next_due(self) -> dt.datetime | None:
        """When the next seen card falls due, for "come back at…" when none is due now."""
        return min((progress.due for progress in self.progress.values()), default=None)

    def intervals(self, card_id: str) -> dict[Rating, dt.timedelta]:
        return self._scheduler.intervals(self.progress.get(card_id), self.now())

    def reviews_per_day(self, days: int = CHART_DAYS) -> list[tuple[dt.date, int]]:
        """Ratings made on each of the last `days` local days, today last."""
        today = local_day_start(self.now()).date()
        return [
            (day, self._review_days[day])
            for day in (today - dt.timedelta(days=back) for back in range(days - 1, -1, -1))
        ]

    @property
    def saving(self) -> bool:
        return self.store.path is not None

    # What the reader does ----------------------------------------------------------

    def ask_for(self, card_id: str) -> bool:
        """Show the card `card_id` next, whatever its schedule; False if the deck lacks it."""
        if card_id not in self._by_id:
            return False
        self._asked_for = card_id
        return True

    def study_more_new(self, count: int = MORE_NEW_CARDS) -> None:
        self._new_per_day += count

    def rate(self, card_id: str, rating: Rating, duration_ms: int | None = None) -> None:
        at = self.now()
        progress = self._scheduler.rate(self.progress.get(card_id), rating, at)
        self.progress[card_id] = progress
        self._review_days[local_day_start(at).date()] += 1
        if self._asked_for == card_id:
            self._asked_for = None
        try:
            self.store.record(card_id, progress, rating, at, duration_ms)
        except sqlite3.Error as error:
            self._go_on_in_memory(error)

    def _go_on_in_memory(self, error: sqlite3.Error) -> None:
        log.warning("Could not save study progress to %s: %s", self.store.path, error)
        where = self.store.path
        self.store.close()
        self.store = ProgressStore.in_memory()
        self.store.save_all(self.progress)
        self.problem = (
            f"Your study progress could no longer be saved to {where} ({error}). {NOT_KEPT}"
        )

    def close(self) -> None:
        self.store.close()


def interval_text(interval: dt.timedelta) -> str:
    """A wait as the rating buttons show it: '1 min', '10 min', '3 h', '4 d', '2 mo', '1.5 y'."""
    minutes = max(1, round(interval.total_seconds() / 60))
    if minutes < 60:
        return translate("Study", "{count} min").format(count=minutes)
    hours = minutes / 60
    if hours < 24:
        return translate("Study", "{count} h").format(count=round(hours))
    days = hours / 24
    if days < 31:
        return translate("Study", "{count} d").format(count=round(days))
    if days < 365:
        return translate("Study", "{count} mo").format(count=round(days / 30))
    years = f"{days / 365:.1f}".removesuffix(".0")
    return translate("Study", "{count} y").format(count=years)


def due_text(due: dt.datetime, now: dt.datetime) -> str:
    """When a card is due, in the reader's local time: 'at 14:05', 'tomorrow', 'on 3 December'."""
    local = due.astimezone()
    days_ahead = (local.date() - now.astimezone().date()).days
    if days_ahead <= 0:
        return translate("Study", "at {time}").format(time=f"{local:%H:%M}")
    if days_ahead == 1:
        return translate("Study", "tomorrow")
    return translate("Study", "on {date}").format(date=day_and_month(local.date()))

"""When each card is due next, by FSRS (the scheduler Anki uses), through py-fsrs.

Only this module knows fsrs: the rest of the app speaks `CardProgress` and
`Rating` (reference/study/cards.py), so the store keeps plain values and the
widgets need not import fsrs before the first paint.
"""

from __future__ import annotations

import datetime as dt

import fsrs

from outsource_desktop.reference.study.cards import CardProgress, Phase, Rating

# fsrs.Card makes up an id from the clock when given none, sleeping 1 ms to keep
# ids apart; ours are strings kept by the store, so every fsrs card gets this one.
UNUSED_FSRS_ID = 0


class CardScheduler:
    def __init__(self) -> None:
        # Fuzz spreads cards learned together over nearby days, as Anki does.
        self._fsrs = fsrs.Scheduler(enable_fuzzing=True)
        # The intervals shown on the rating buttons are the unfuzzed ones.
        self._nominal = fsrs.Scheduler(enable_fuzzing=False)

    def rate(self, progress: CardProgress | None, rating: Rating, at: dt.datetime) -> CardProgress:
        """The card's schedule after `rating` at `at` (aware); None for a new card."""
        return self._review(self._fsrs, progress, rating, at)

    def intervals(
        self, progress: CardProgress | None, at: dt.datetime
    ) -> dict[Rating, dt.timedelta]:
        """For each rating, how long until the card would be due again."""
        return {
            rating: self._review(self._nominal, progress, rating, at).due - at for rating in Rating
        }

    @staticmethod
    def _review(
        scheduler: fsrs.Scheduler, progress: CardProgress | None, rating: Rating, at: dt.datetime
    ) -> CardProgress:
        at = at.astimezone(dt.UTC)  # fsrs insists on UTC
        card = fsrs.Card(card_id=UNUSED_FSRS_ID, due=at)
        if progress is not None:
            card = fsrs.Card(
                card_id=UNUSED_FSRS_ID,
                state=fsrs.State(progress.phase),
                step=progress.step,
                stability=progress.stability,
                difficulty=progress.difficulty,
                due=progress.due,
                last_review=progress.last_review,
            )
        reviewed, _log = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=at)
        return CardProgress(
            phase=Phase(reviewed.state),
            step=reviewed.step,
            stability=reviewed.stability,
            difficulty=reviewed.difficulty,
            due=reviewed.due,
            last_review=reviewed.last_review,
            first_review=at if progress is None else progress.first_review,
        )

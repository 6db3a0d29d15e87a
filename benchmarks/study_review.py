"""Spaced repetition's costs: time per rating, opening the session, importing the stack.

    .venv/bin/python benchmarks/study_review.py [--ratings N] [--runs N] [--folder DIR]

1. Rating: N ratings (default 100) of the bundled flashcards through the
   study session (FSRS scheduling + the progress row and review saved in one
   committed transaction), against a baseline of one bare sqlite3 INSERT and
   commit per rating in a file in the same folder. Prints ms per rating
   (median and worst) and the ratio of the medians.
2. Opening: open_progress + ReviewSession on a file already holding the N
   ratings, as the Study tab does after its first paint.
3. Importing: fresh processes that import the scheduler and the progress store
   against ones that import nothing, timed from spawn to exit, alternately.

Commits are synced to disk, so the figures depend on the folder's disk:
--folder picks one (default: the system's temporary folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.bundled import load_content
from outsource_desktop.reference.study.cards import Rating, StudyCard, flashcard_deck
from outsource_desktop.reference.study.progress import DATABASE_FILE_NAME, open_progress
from outsource_desktop.reference.study.review import CHART_DAYS, ReviewSession
from outsource_desktop.reference.study.scheduler import CardScheduler

# Ratings as a student gives them: mostly Good, some Again, Hard and Easy.
RATING_MIX = (Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.HARD, Rating.EASY)
# The cards module (and the content model under it) is what the Study tab has
# before its first paint; the scheduler and the store are what it defers.
CARDS_IMPORT = "import outsource_desktop.reference.study.cards"
STUDY_IMPORTS = (
    f"{CARDS_IMPORT}, outsource_desktop.reference.study.scheduler, "
    "outsource_desktop.reference.study.progress"
)


class SteppingClock:
    """A minute per rating, so learning cards fall due and come round again."""

    def __init__(self) -> None:
        self.at = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at


def open_session(path: Path, cards: tuple[StudyCard, ...], clock: SteppingClock) -> ReviewSession:
    now = clock()
    opened = open_progress(path, now - dt.timedelta(days=CHART_DAYS), now)
    # A limit as large as the deck: the run rates new and due cards alike.
    return ReviewSession(cards, opened, CardScheduler(), clock, new_per_day=len(cards))


def time_side_by_side(
    folder: Path, cards: tuple[StudyCard, ...], count: int
) -> tuple[list[float], list[float]]:
    """Each rating, then a bare insert + commit: turn about, so disk noise hits both alike."""
    clock = SteppingClock()
    session = open_session(folder / DATABASE_FILE_NAME, cards, clock)
    bare = sqlite3.connect(folder / "baseline.sqlite3")
    bare.execute("CREATE TABLE reviews (card_id TEXT, rating INTEGER, reviewed_ms INTEGER)")
    bare.commit()
    ratings: list[float] = []
    baseline: list[float] = []
    try:
        for number, rating in enumerate(itertools.islice(itertools.cycle(RATING_MIX), count)):
            card = session.next_card()
            assert card is not None, "the deck ran out of cards to rate"
            started = time.perf_counter()
            session.rate(card.card_id, rating, duration_ms=4000)
            ratings.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare.execute("INSERT INTO reviews VALUES (?, ?, ?)", (card.card_id, rating, number))
            bare.commit()
            baseline.append(time.perf_counter() - started)
            clock.at += dt.timedelta(minutes=1)
        assert session.problem is None, session.problem
    finally:
        session.close()
        bare.close()
    return ratings, baseline


def time_opening(folder: Path, cards: tuple[StudyCard, ...], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        session = open_session(folder / DATABASE_FILE_NAME, cards, SteppingClock())
        samples.append(time.perf_counter() - started)
        session.close()
    return samples


def time_process(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    return time.perf_counter() - started


def time_imports(runs: int) -> dict[str, list[float]]:
    codes = {"nothing": "pass", "cards": CARDS_IMPORT, "study": STUDY_IMPORTS}
    samples: dict[str, list[float]] = {name: [] for name in codes}
    time_process(STUDY_IMPORTS)  # warm the disk cache and the bytecode
    for _ in range(runs):
        for name, code in codes.items():
            samples[name].append(time_process(code))
    return samples


def line(name: str, samples: list[float], summary: Callable[[list[float]], str]) -> str:
    return f"{name:<44} {summary(samples)}"


def median_worst(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples) * 1000:7.3f} ms   worst {max(samples) * 1000:7.3f} ms"
    )


def median_range(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples) * 1000:7.1f} ms   "
        f"range {min(samples) * 1000:.1f}-{max(samples) * 1000:.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", type=int, default=100)
    parser.add_argument("--runs", type=int, default=15, help="processes and openings timed")
    parser.add_argument("--folder", type=Path, default=None, help="where the test files go")
    arguments = parser.parse_args()
    cards = flashcard_deck(load_content(bundled_content_path()))
    with tempfile.TemporaryDirectory(dir=arguments.folder) as name:
        folder = Path(name)
        ratings, baseline = time_side_by_side(folder, cards, arguments.ratings)
        opening = time_opening(folder, cards, arguments.runs)
        print(f"{len(cards)} cards, {arguments.ratings} ratings, files in {folder.parent}")
        print(line("rating (FSRS + progress saved)", ratings, median_worst))
        print(line("baseline: bare sqlite insert + commit", baseline, median_worst))
        ratio = statistics.median(ratings) / statistics.median(baseline)
        print(f"{'ratio of medians, rating / baseline':<44} {ratio:.2f}")
        print(
            line(f"opening the session ({arguments.ratings} reviews saved)", opening, median_range)
        )
    imports = time_imports(arguments.runs)
    print(line("fresh process importing nothing", imports["nothing"], median_range))
    print(line("... the cards (what the tab has at paint)", imports["cards"], median_range))
    print(line("... the cards + scheduler + progress", imports["study"], median_range))
    medians = {name: statistics.median(samples) for name, samples in imports.items()}
    for name, since in (("nothing", "the bare interpreter"), ("cards", "the cards")):
        extra = (medians["study"] - medians[name]) * 1000
        print(f"{'study stack over ' + since:<44} {extra:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

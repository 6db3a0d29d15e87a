"""Study progress in a SQLite file: each rated card's schedule and every rating.

Cards are keyed by their stable card id, so progress outlives restarts and
new versions of the content (a card the content drops keeps its row, unused).
The schema's version is the database's `user_version`.

Progress must never stop study. `open_progress` always returns a usable store:
- a damaged file is set aside as `<name>.corrupt-<time>` (earlier ones kept)
  and a fresh one started;
- a file that is locked by another program, read-only, or written by a newer
  version of the app is left untouched, and study goes on in memory.
Either way `problem` says so in plain words, for the reader.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from outsource_desktop.reference.study.cards import CardProgress, Phase, Rating

SCHEMA_VERSION = 1
DATABASE_FILE_NAME = "study-progress.sqlite3"
# Waiting longer for a lock would freeze the window; nothing of ours holds one for long.
BUSY_TIMEOUT_SECONDS = 0.25
DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
LOCK_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
READ_ONLY_CODES = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM})
NOT_KEPT = "Study goes on, but ratings made now will not be kept after the app closes."

_SCHEMA = f"""
BEGIN;
CREATE TABLE cards (
    card_id TEXT PRIMARY KEY,
    phase INTEGER NOT NULL CHECK (phase IN (1, 2, 3)),
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due_ms INTEGER NOT NULL,
    last_review_ms INTEGER,
    first_review_ms INTEGER NOT NULL
);
CREATE TABLE reviews (
    review_id INTEGER PRIMARY KEY,
    card_id TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_ms INTEGER NOT NULL,
    duration_ms INTEGER
);
CREATE INDEX reviews_by_time ON reviews (reviewed_ms);
PRAGMA user_version = {SCHEMA_VERSION};
COMMIT;
"""

log = logging.getLogger(__name__)


def _milliseconds(moment: dt.datetime) -> int:
    return round(moment.timestamp() * 1000)


def _moment(milliseconds: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(milliseconds / 1000, dt.UTC)


class NewerSchemaError(Exception):
    pass


class ProgressStore:
    """One SQLite connection: to the progress file, or to memory when the file is unusable."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._connection = connection
        self.path = path  # None: in memory

    @classmethod
    def in_memory(cls) -> ProgressStore:
        connection = sqlite3.connect(":memory:")
        connection.executescript(_SCHEMA)
        return cls(connection, None)

    @classmethod
    def open_file(cls, path: Path) -> ProgressStore:
        """Raises sqlite3.Error, or NewerSchemaError for a file of a newer app."""
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            (version,) = connection.execute("PRAGMA user_version").fetchone()
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(version)
            if version == 0:
                connection.executescript(_SCHEMA)
        except BaseException:
            connection.close()
            raise
        return cls(connection, path)

    def card_progress(self) -> dict[str, CardProgress]:
        progress = {}
        for card_id, *values in self._connection.execute("SELECT * FROM cards"):
            try:
                progress[card_id] = _progress_of(*values)
            except (TypeError, ValueError, OverflowError) as error:
                # One odd row (hand-edited?) costs that card its history, not the rest.
                log.warning("Ignored the saved progress of card %r: %s", card_id, error)
        return progress

    def review_times(self, since: dt.datetime) -> list[dt.datetime]:
        rows = self._connection.execute(
            "SELECT reviewed_ms FROM reviews WHERE reviewed_ms >= ? ORDER BY reviewed_ms",
            (_milliseconds(since),),
        )
        return [_moment(milliseconds) for (milliseconds,) in rows]

    def record(
        self,
        card_id: str,
        progress: CardProgress,
        rating: Rating,
        at: dt.datetime,
        duration_ms: int | None,
    ) -> None:
        """Save a rating and the schedule it led to, together or not at all."""
        with self._connection:
            self._save(card_id, progress)
            self._connection.execute(
                "INSERT INTO reviews (card_id, rating, reviewed_ms, duration_ms)"
                " VALUES (?, ?, ?, ?)",
                (card_id, int(rating), _milliseconds(at), duration_ms),
            )

    def save_all(self, progress: Mapping[str, CardProgress]) -> None:
        with self._connection:
            for card_id, card in progress.items():
                self._save(card_id, card)

    def _save(self, card_id: str, progress: CardProgress) -> None:
        self._connection.execute(
            "INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                card_id,
                int(progress.phase),
                progress.step,
                progress.stability,
                progress.difficulty,
                _milliseconds(progress.due),
                None if progress.last_review is None else _milliseconds(progress.last_review),
                _milliseconds(progress.first_review),
            ),
        )

    def close(self) -> None:
        self._connection.close()


def _progress_of(
    phase: int,
    step: int | None,
    stability: float | None,
    difficulty: float | None,
    due_ms: int,
    last_review_ms: int | None,
    first_review_ms: int,
) -> CardProgress:
    return CardProgress(
        phase=Phase(phase),
        step=None if step is None else int(step),
        stability=None if stability is None else float(stability),
        difficulty=None if difficulty is None else float(difficulty),
        due=_moment(due_ms),
        last_review=None if last_review_ms is None else _moment(last_review_ms),
        first_review=_moment(first_review_ms),
    )


@dataclass(frozen=True)
class OpenedProgress:
    store: ProgressStore
    progress: dict[str, CardProgress]
    review_times: list[dt.datetime]  # since the `since` asked for, oldest first
    problem: str | None = None  # a plain-words message when the file could not be used


def open_progress(path: Path, since: dt.datetime, now: dt.datetime) -> OpenedProgress:
    """The progress kept at `path`, with the ratings made `since` then; never raises."""
    try:
        return _open(path, since)
    except NewerSchemaError:
        return _in_memory(
            f"Your study progress in {path} was saved by a newer version of this app, "
            f"so it is left as it is. {NOT_KEPT}"
        )
    except sqlite3.DatabaseError as error:
        if _code(error) not in DAMAGE_CODES:
            return _in_memory(f"Your study progress in {path} {_reason(error)}. {NOT_KEPT}")
        log.warning("Progress file %s is damaged: %s", path, error)
    except OSError as error:
        return _in_memory(
            f"Your study progress cannot be kept in {path}: {error.strerror or error}. {NOT_KEPT}"
        )
    return _start_afresh(path, since, now)


def _open(path: Path, since: dt.datetime) -> OpenedProgress:
    path.parent.mkdir(parents=True, exist_ok=True)
    return _read(ProgressStore.open_file(path), since)


def _start_afresh(path: Path, since: dt.datetime, now: dt.datetime) -> OpenedProgress:
    try:
        kept = set_aside(path, now)
    except OSError as error:
        return _in_memory(
            f"Your study progress file {path} is damaged and could not be moved aside "
            f"({error.strerror or error}). {NOT_KEPT}"
        )
    damaged = f"Your study progress file was damaged; it was kept as {kept.name} in {kept.parent}."
    try:
        opened = _open(path, since)
    except (sqlite3.Error, NewerSchemaError, OSError) as error:
        return _in_memory(f"{damaged} A new one could not be started ({error}). {NOT_KEPT}")
    return replace(
        opened,
        problem=f"{damaged} A new one was started: every card begins again as new, "
        "and ratings from now on are saved.",
    )


def _read(store: ProgressStore, since: dt.datetime) -> OpenedProgress:
    try:
        return OpenedProgress(store, store.card_progress(), store.review_times(since))
    except BaseException:
        store.close()
        raise


def _in_memory(problem: str) -> OpenedProgress:
    log.warning("%s", problem)
    return OpenedProgress(ProgressStore.in_memory(), {}, [], problem)


def _code(error: sqlite3.Error) -> int:
    """SQLite's primary result code (the low byte of the extended one); 0 when not SQLite's."""
    code: int = getattr(error, "sqlite_errorcode", 0)
    return code & 0xFF


def _reason(error: sqlite3.Error) -> str:
    code = _code(error)
    if code in LOCK_CODES:
        return "is in use by another program"
    if code in READ_ONLY_CODES:
        return "is read-only"
    return f"could not be opened ({error})"


def set_aside(path: Path, now: dt.datetime) -> Path:
    """Move a damaged database to a new `.corrupt-<time>` name.

    A journal beside it needs no moving: SQLite has already rolled it back or
    discarded it by the time it reports the damage.
    """
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    attempt = 1
    while kept.exists():  # an earlier damaged file of the same second is kept too
        attempt += 1
        kept = path.with_name(f"{path.name}.corrupt-{stamp}-{attempt}")
    path.replace(kept)
    return kept

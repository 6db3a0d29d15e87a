"""The study session shared by the flashcard and progress widgets, opened after the first paint.

Opening it imports fsrs and sqlite3 and reads the progress file (together
~tens of ms, see benchmarks/study_review.py). The Study tab may be the one the
window opens on, so the widgets ask for it only once they have been painted,
or when the reader acts on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from outsource_desktop.gui.widgets.first_paint import OnFirstPaint
from outsource_desktop.reference.study.cards import StudyCard

if TYPE_CHECKING:
    from outsource_desktop.reference.study.review import Clock, ReviewSession


def utc_now() -> dt.datetime:
    """The session's clock; tests set the study day by replacing it."""
    return dt.datetime.now(dt.UTC)


def study_data_folder() -> Path:
    """The platform's app data folder (on Linux under $XDG_DATA_HOME)."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


class StudySession(QObject):
    changed = Signal()  # the session was opened, or a card was rated

    def __init__(
        self,
        cards: Sequence[StudyCard],
        data_folder: Path,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cards = tuple(cards)
        self.data_folder = data_folder
        self._clock = clock
        self._session: ReviewSession | None = None
        # The session's store is closed with this object; a plain function,
        # since no Python method may run on an object Qt is deleting.
        holder: list[ReviewSession] = []
        self._holder = holder

        def close_sessions() -> None:
            for session in holder:
                session.close()

        self.destroyed.connect(close_sessions)

    @property
    def database_path(self) -> Path:
        from outsource_desktop.reference.study.progress import DATABASE_FILE_NAME

        return self.data_folder / DATABASE_FILE_NAME

    @property
    def loaded(self) -> bool:
        return self._session is not None

    def session(self) -> ReviewSession:
        """The open session, opened now if it is not yet."""
        if self._session is None:
            from outsource_desktop.reference.study.progress import open_progress
            from outsource_desktop.reference.study.review import (
                CHART_DAYS,
                ReviewSession,
                local_day_start,
            )
            from outsource_desktop.reference.study.scheduler import CardScheduler

            clock = self._clock or utc_now
            now = clock()
            since = local_day_start(now) - dt.timedelta(days=CHART_DAYS)
            opened = open_progress(self.database_path, since, now)
            self._session = ReviewSession(self.cards, opened, CardScheduler(), clock)
            self._holder.append(self._session)
            self.changed.emit()
        return self._session

    def open_after_paint(self, widget: QWidget) -> None:
        """Open the session once `widget` has been painted (at once if it is open)."""
        if self._session is None:
            widget.installEventFilter(_OpenAfterPaint(self, widget))


class _OpenAfterPaint(OnFirstPaint):
    def __init__(self, study: StudySession, widget: QWidget) -> None:
        super().__init__(widget)
        self._study = study

    def _painted(self) -> None:
        self._study.session()
        self.deleteLater()

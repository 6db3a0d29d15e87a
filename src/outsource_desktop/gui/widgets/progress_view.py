"""Study progress at a glance: cards due today, new and learned, and ratings per day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.plain_text import make_bold, plain_label, resized
from outsource_desktop.gui.widgets.flashcard_review import problem_banner
from outsource_desktop.gui.widgets.progress_chart import ReviewChart, reviews_text
from outsource_desktop.gui.widgets.study_session import StudySession
from outsource_desktop.i18n import translate

FIGURE_POINT_STEP = 10
CHART_MAX_HEIGHT = 240  # a glance, not a dashboard


class Figure(QFrame):
    """One number in large type over its caption."""

    def __init__(self, caption: str, description: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = resized(plain_label("–", wrap=False), FIGURE_POINT_STEP)
        make_bold(self.value)
        self.caption = plain_label(caption, wrap=False)
        for label in (self.value, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        describe(self, caption, description)

    def set_value(self, value: int) -> None:
        self.value.setText(str(value))
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class ProgressView(QWidget):
    def __init__(self, study: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study = study
        self.banner = problem_banner()
        self.due_today = Figure(
            translate("ProgressView", "Due today"),
            translate("ProgressView", "Cards seen before that are due again today"),
        )
        self.new = Figure(
            translate("ProgressView", "New"), translate("ProgressView", "Cards not studied yet")
        )
        self.learned = Figure(
            translate("ProgressView", "Learned"),
            translate("ProgressView", "Cards studied and not due again today"),
        )
        figures = QGridLayout()
        for column, figure in enumerate((self.due_today, self.new, self.learned)):
            figures.addWidget(figure, 0, column)
        self.chart_title = plain_label(
            translate("ProgressView", "Reviews per day, last 4 weeks"), wrap=False
        )
        make_bold(self.chart_title)
        self.chart = ReviewChart()
        self.chart.setMaximumHeight(CHART_MAX_HEIGHT)
        self.summary = plain_label("")
        self.saved_in = plain_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(figures)
        layout.addSpacing(12)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addWidget(self.saved_in)
        layout.addStretch(1)
        study.changed.connect(self.refresh)
        study.open_after_paint(self)

    def refresh(self) -> None:
        session = self.study.session()
        counts = session.counts()
        self.due_today.set_value(counts.due_today)
        self.new.set_value(counts.new)
        self.learned.set_value(counts.learned)
        days = session.reviews_per_day()
        self.chart.set_days(days)
        today = translate("ProgressView", "Today: {reviews}.").format(
            reviews=reviews_text(days[-1][1])
        )
        self.summary.setText(f"{self.chart.summary()} {today}")
        self.banner.setText(session.problem or "")
        self.banner.setVisible(session.problem is not None)
        self.saved_in.setText(
            translate("ProgressView", "Progress is saved in {path}").format(path=session.store.path)
            if session.saving
            else translate("ProgressView", "Progress is kept in memory only this time.")
        )

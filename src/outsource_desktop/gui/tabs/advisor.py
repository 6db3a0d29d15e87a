"""The Advisor tab: questions about the work on the left, the ranked advice on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.advice import advice_document
from outsource_desktop.documents.document import Document
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.plain_text import make_bold, plain_label
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.layouts import fill_with_split
from outsource_desktop.reference.advisor import (
    DEFAULT_WEIGHT,
    FACTORS,
    NEUTRAL_ANSWER,
    SCALE_MAX,
    WEIGHT_MAX,
    Factor,
)

# Short labels with mnemonics, so each question is one Alt+key away.
LABELS = {
    "core": "Co&re work",
    "expertise": "E&xpertise",
    "volume": "Vol&ume",
    "budget": "&Budget",
    "sensitivity": "&Sensitive data",
    "legal": "&Legal work",
    "control": "Co&ntrol",
    "duration": "&Duration",
    "capacity": "Ca&pacity",
}


class FactorInput:
    """One question's row: its slider, the answer in words and its weight."""

    def __init__(self, factor: Factor, grid: QGridLayout, row: int) -> None:
        self.factor = factor
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SCALE_MAX)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setValue(NEUTRAL_ANSWER)
        describe(self.slider, factor.question, "0 to 4; the middle counts for nothing")
        self.answer = plain_label(factor.answers[NEUTRAL_ANSWER], wrap=False)
        self.answer.setMinimumWidth(170)
        self.weight = QSpinBox()
        self.weight.setRange(0, WEIGHT_MAX)
        self.weight.setValue(DEFAULT_WEIGHT)
        self.weight.setPrefix("weight ")
        describe(
            self.weight,
            f"Weight of: {factor.question}",
            "0 ignores this question; 3 makes it count three times as much.",
        )
        label = QLabel(LABELS.get(factor.id, factor.id))
        label.setBuddy(self.slider)
        make_bold(label)
        question = plain_label(factor.question)
        grid.addWidget(label, 2 * row, 0)
        grid.addWidget(question, 2 * row, 1, 1, 3)
        grid.addWidget(self.slider, 2 * row + 1, 1)
        grid.addWidget(self.answer, 2 * row + 1, 2)
        grid.addWidget(self.weight, 2 * row + 1, 3)
        self.slider.valueChanged.connect(lambda value: self.answer.setText(factor.answers[value]))

    def reset(self) -> None:
        self.slider.setValue(NEUTRAL_ANSWER)
        self.weight.setValue(DEFAULT_WEIGHT)


class AdvisorTab(Tab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        questions = QWidget()
        grid = QGridLayout(questions)
        grid.setColumnStretch(1, 1)
        self.inputs = {
            factor.id: FactorInput(factor, grid, row) for row, factor in enumerate(FACTORS)
        }
        grid.setRowStretch(2 * len(FACTORS), 1)
        scroll = QScrollArea()
        scroll.setWidget(questions)
        scroll.setWidgetResizable(True)
        intro = plain_label(
            "Describe the work you are thinking of outsourcing. The middle of each scale "
            "counts for nothing; raise a weight to make a question count more."
        )
        self.reset_button = QPushButton("R&eset answers")
        self.reset_button.clicked.connect(self.reset)
        describe(self.reset_button, "Reset answers", "Put every answer and weight back")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(intro)
        left_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        left_layout.addLayout(buttons)
        self.advice = describe(
            DocumentView(), "Advice", "The options ranked, with the reasons and their sources"
        )
        fill_with_split(self, [(left, 2), (self.advice, 3)])
        for factor_input in self.inputs.values():
            factor_input.slider.valueChanged.connect(self._update)
            factor_input.weight.valueChanged.connect(self._update)
        self._update()

    def answers(self) -> dict[str, int]:
        return {key: item.slider.value() for key, item in self.inputs.items()}

    def weights(self) -> dict[str, int]:
        return {key: item.weight.value() for key, item in self.inputs.items()}

    def set_answers(self, answers: dict[str, int], weights: dict[str, int] | None = None) -> None:
        for key, value in answers.items():
            self.inputs[key].slider.setValue(value)
        for key, value in (weights or {}).items():
            self.inputs[key].weight.setValue(value)

    def reset(self) -> None:
        for item in self.inputs.values():
            item.reset()

    def printable_document(self) -> Document | None:
        return advice_document(self.catalog, self.answers(), self.weights())

    def _update(self) -> None:
        # Keep the reader's place in a long explanation while they adjust answers.
        position = self.advice.verticalScrollBar().value()
        self.advice.show_document(self.printable_document())
        self.advice.verticalScrollBar().setValue(position)

"""The Advisor tab: pick the work (or describe it) on the left, read the advice on the right.

The questions, answers and typical pieces of work all come from the content
file's advisor block. Without one, the reader picks a type of work and the
advice says where the sources file it, and that it can weigh nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.content.advisor_model import Advisor, AdvisorQuestion
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.advice import advice_document, plain_advice_document
from outsource_desktop.documents.document import Document
from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.plain_text import make_bold, plain_label, plain_tooltip
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.layouts import fill_with_split
from outsource_desktop.i18n import translate
from outsource_desktop.reference.advisor import answers_for_work, default_answers, work_item

# Letters Alt already opens elsewhere in the window: the menus (File, Edit, View,
# Help), the tabs (O, C, T, A, D, U) and this tab's own picker and button.
TAKEN_MNEMONICS = frozenset("fevhoctaduwr")
# Answers can be long; the box shows this many characters and the list shows all.
ANSWER_BOX_CHARACTERS = 34


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` as a label with an Alt+letter on its first letter still free ('&' kept literal).

    A label without a free Latin letter (one in Hindi) gets the first free key after
    it, "(&K)", as translated menus have theirs.
    """
    escaped = text.replace("&", "&&")
    for position, char in enumerate(escaped):
        key = char.casefold()
        if char.isascii() and char.isalnum() and key not in taken:
            taken.add(key)
            return escaped[:position] + "&" + escaped[position:]
    for key in "abcdefghijklmnopqrstuvwxyz0123456789":
        if key not in taken:
            taken.add(key)
            return f"{escaped} (&{key.upper()})"
    return escaped


class AnswerBox(QComboBox):
    """One question's answers; the item data are the answer ids."""

    def __init__(self, question: AdvisorQuestion) -> None:
        super().__init__()
        self.question = question
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(ANSWER_BOX_CHARACTERS)
        for answer in question.answers:
            self.addItem(answer.label, answer.id)  # combo box items are never rich text
        self.setToolTip(plain_tooltip(question.question))
        describe(self, question.label, question.question)
        self.currentIndexChanged.connect(self.show_answer_tip)
        self.choose(question.default_answer.id)

    def answer_id(self) -> str:
        return str(self.currentData())

    def choose(self, answer_id: str) -> None:
        self.setCurrentIndex(self.findData(answer_id))

    def show_answer_tip(self) -> None:
        # The box may be narrower than the answer: its tooltip carries all of it.
        self.setToolTip(plain_tooltip(f"{self.question.question}\n{self.currentText()}"))


class AdvisorTab(Tab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.advisor: Advisor | None = catalog.advisor
        self.work_picker = QComboBox()
        self.work_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.work_picker.setMinimumContentsLength(ANSWER_BOX_CHARACTERS)
        picker_label = QLabel(translate("AdvisorTab", "&What do you want to outsource?"))
        picker_label.setBuddy(self.work_picker)
        make_bold(picker_label)
        describe(
            self.work_picker,
            translate("AdvisorTab", "What do you want to outsource?"),
            translate(
                "AdvisorTab",
                "Pick the work to fill in typical answers, then change any that differ for you",
            ),
        )
        self.work_description = plain_label("")
        self.answer_boxes: dict[str, AnswerBox] = {}
        questions = QWidget()
        grid = QGridLayout(questions)
        grid.setColumnStretch(1, 1)
        if self.advisor is not None:
            self.work_picker.addItem(
                translate("AdvisorTab", "Describe it with the questions below"), ""
            )
            for item in self.advisor.work_items:
                self.work_picker.addItem(item.name, item.id)
            intro_text = translate(
                "AdvisorTab",
                "Pick the work to fill in typical answers, or answer the questions yourself; "
                "change any answer that is different for your business.",
            )
            self._add_questions(self.advisor, grid)
        else:
            self.work_picker.addItem(translate("AdvisorTab", "Choose a type of work"), "")
            for service in catalog.service_types:
                self.work_picker.addItem(service.name, service.id)
            intro_text = translate(
                "AdvisorTab",
                "This content file has no advisor questions: pick a type of work to see "
                "where the sources file it.",
            )
        grid.setRowStretch(2 * len(self.answer_boxes), 1)
        scroll = QScrollArea()
        scroll.setWidget(questions)
        scroll.setWidgetResizable(True)
        self.reset_button = QPushButton(translate("AdvisorTab", "&Reset answers"))
        self.reset_button.clicked.connect(self.reset)
        describe(
            self.reset_button,
            translate("AdvisorTab", "Reset answers"),
            translate("AdvisorTab", "Clear the picked work and every answer"),
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(plain_label(intro_text))
        left_layout.addWidget(picker_label)
        left_layout.addWidget(self.work_picker)
        left_layout.addWidget(self.work_description)
        left_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        left_layout.addLayout(buttons)
        self.advice = describe(
            DocumentView(),
            translate("AdvisorTab", "Advice"),
            translate("AdvisorTab", "Which option fits best and why, what to watch, next steps"),
        )
        fill_with_split(self, [(left, 2), (self.advice, 3)])
        chain_focus(self.work_picker, *self.answer_boxes.values(), self.reset_button, self.advice)
        self.work_picker.currentIndexChanged.connect(self._work_picked)
        for box in self.answer_boxes.values():
            box.currentIndexChanged.connect(self._update)
        self._update()

    def _add_questions(self, advisor: Advisor, grid: QGridLayout) -> None:
        taken = set(TAKEN_MNEMONICS)
        for row, question in enumerate(advisor.questions):
            box = AnswerBox(question)
            label = QLabel(with_mnemonic(question.label, taken))
            label.setTextFormat(Qt.TextFormat.PlainText)  # content text, never markup
            label.setBuddy(box)
            make_bold(label)
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(plain_label(question.question), 2 * row, 1)
            grid.addWidget(box, 2 * row + 1, 0, 1, 2)
            self.answer_boxes[question.id] = box

    # What the reader chose -------------------------------------------------------

    def picked_id(self) -> str:
        return str(self.work_picker.currentData() or "")

    def answers(self) -> dict[str, str]:
        return {question_id: box.answer_id() for question_id, box in self.answer_boxes.items()}

    def pick_work(self, item_id: str) -> None:
        """Pick a piece of work (or, without an advisor block, a type of work) by its id."""
        index = self.work_picker.findData(item_id)
        if index < 0:
            raise ValueError(f"nothing to pick with the id '{item_id}'")
        self.work_picker.setCurrentIndex(index)

    def set_answers(self, answers: dict[str, str]) -> None:
        for question_id, answer_id in answers.items():
            self.answer_boxes[question_id].choose(answer_id)

    def reset(self) -> None:
        self.work_picker.setCurrentIndex(0)
        if self.advisor is not None:
            self._show_answers(default_answers(self.advisor))

    def _work_picked(self) -> None:
        picked = self.picked_id()
        if self.advisor is None:
            self._update()
            return
        item = work_item(self.advisor, picked) if picked else None
        self.work_description.setText((item.description or "") if item else "")
        if item is not None:  # picking "describe it" keeps the answers as they are
            self._show_answers(answers_for_work(self.advisor, item))
        self._update()

    def _show_answers(self, answers: dict[str, str]) -> None:
        """Set every answer box at once, then work out the advice once."""
        for question_id, answer_id in answers.items():
            box = self.answer_boxes[question_id]
            was_blocked = box.blockSignals(True)
            box.choose(answer_id)
            box.show_answer_tip()
            box.blockSignals(was_blocked)
        self._update()

    # The advice ------------------------------------------------------------------

    def printable_document(self) -> Document | None:
        picked = self.picked_id()
        if self.advisor is None:
            services = {service.id: service for service in self.catalog.service_types}
            return plain_advice_document(self.catalog, services.get(picked))
        item = work_item(self.advisor, picked) if picked else None
        return advice_document(self.catalog, self.advisor, self.answers(), item)

    def _update(self) -> None:
        # Keep the reader's place in a long explanation while they change answers.
        position = self.advice.verticalScrollBar().value()
        self.advice.show_document(self.printable_document())
        self.advice.verticalScrollBar().setValue(position)

"""A study question, whatever it is built from: one kind of question, one shape.

Flashcards, quizzes, sheets and the Anki deck all read `StudyQuestion`; the
builders (from_*.py) make them from the content, each keeping to the rules
in reference/study/wording.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class QuestionKind(Enum):
    """What a question is built from and how it asks; the value is its label in reports."""

    MODEL_FOR_VALUE = "Which model, from a comparison value"
    VALUE_FOR_MODEL = "A model's value in a comparison row"
    MODEL_FOR_EXAMPLE = "Which model, from an example of its work"
    NAME_POINTS = "Name advantages, disadvantages or examples"
    TERM_FOR_MEANING = "Which term, from its meaning"
    TERM_STANDS_FOR = "What an abbreviation stands for"
    FAQ = "Frequently asked question"
    EXAM = "Exam question"
    PRACTICE_CHOICE = "Hand-written: choose the answer"
    PRACTICE_TRUE_FALSE = "Hand-written: true or false"
    PRACTICE_RECALL = "Hand-written: answer from memory"

    @property
    def label(self) -> str:
        return self.value


# Kinds kept out of the flashcard deck: each asks the same fact as a card of
# another kind the other way round ("Which model? Investment: Medium to high"
# beside "KPO: investment?", an example beside "Name two examples of KPO
# work"), which on a card would be answered twice.
QUIZ_ONLY_KINDS = frozenset({QuestionKind.MODEL_FOR_VALUE, QuestionKind.MODEL_FOR_EXAMPLE})


@dataclass(frozen=True)
class StudyQuestion:
    # Derived from content ids ("value/investment/kpo", "term/ites", "questions/faq-01…"),
    # so saved progress follows the question through restarts and new content.
    item_id: str
    kind: QuestionKind
    question: str
    answer: str
    explanation: str  # one line on why; empty only where the answer is a full model answer
    references: tuple[int, ...]  # source numbers, [n]
    options: tuple[str, ...] = ()  # choice questions: the right one among them
    # The options have an order of their own (models as the content lists them,
    # True before False), which a quiz keeps instead of shuffling.
    ordered_options: bool = False

    @property
    def is_choice(self) -> bool:
        return bool(self.options)

    @property
    def in_deck(self) -> bool:
        return self.kind not in QUIZ_ONLY_KINDS

"""Study questions from the content, and quizzes made of them.

Every question is about an idea, not a source: built from the comparison's
short values, the glossary, the models' advantages, disadvantages and
examples, the FAQs and exam questions, and the hand-written practice
questions (see the from_*.py builders and wording.py for what keeps each
fair). The flashcard deck takes the ones worth a card; a quiz takes the
ones with options, mixing the kinds.

Everything random goes through one `random.Random(seed)`, so a seed always
gives the same quiz (stable tests, and a sheet can be reprinted).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.study.from_comparison import comparison_questions
from outsource_desktop.reference.study.from_content import content_questions, practice_questions
from outsource_desktop.reference.study.from_glossary import glossary_questions
from outsource_desktop.reference.study.from_models import model_questions
from outsource_desktop.reference.study.items import QuestionKind, StudyQuestion

DEFAULT_QUIZ_SIZE = 10
LETTERS = "ABCDEFGH"
# The order new flashcards are met in: the FAQs a student starts from, the
# hand-written questions, the comparison, the lists exams ask for, the terms,
# and the long exam answers last.
DECK_ORDER = (
    QuestionKind.FAQ,
    QuestionKind.PRACTICE_CHOICE,
    QuestionKind.PRACTICE_TRUE_FALSE,
    QuestionKind.PRACTICE_RECALL,
    QuestionKind.VALUE_FOR_MODEL,
    QuestionKind.NAME_POINTS,
    QuestionKind.TERM_STANDS_FOR,
    QuestionKind.TERM_FOR_MEANING,
    QuestionKind.EXAM,
)


class _LastBuilt:
    """The questions of the catalog asked for last: the Study tab asks for its deck, a
    quiz and every new quiz of the same catalog, and building them takes ~35 ms."""

    catalog: Catalog | None = None
    questions: tuple[StudyQuestion, ...] = ()


def study_questions(catalog: Catalog) -> tuple[StudyQuestion, ...]:
    """Every question the content gives, by source: comparison, models, glossary, content."""
    if _LastBuilt.catalog is not catalog:
        _LastBuilt.questions = (
            *comparison_questions(catalog),
            *model_questions(catalog),
            *glossary_questions(catalog),
            *content_questions(catalog),
            *practice_questions(catalog),
        )
        _LastBuilt.catalog = catalog
    return _LastBuilt.questions


def deck_questions(catalog: Catalog) -> list[StudyQuestion]:
    """The questions the flashcards ask, in the order they are first met."""
    cards = [question for question in study_questions(catalog) if question.in_deck]
    return sorted(cards, key=lambda question: DECK_ORDER.index(question.kind))


def kind_counts(questions: Sequence[StudyQuestion]) -> Counter[QuestionKind]:
    return Counter(question.kind for question in questions)


@dataclass(frozen=True)
class QuizItem:
    origin: str  # the question's id
    prompt: str
    options: tuple[str, ...]
    correct: int
    explanation: str
    references: tuple[int, ...]

    @property
    def correct_text(self) -> str:
        return self.options[self.correct]


@dataclass(frozen=True)
class Quiz:
    seed: int
    items: tuple[QuizItem, ...]


@dataclass(frozen=True)
class WrongAnswer:
    number: int  # 1-based position in the quiz
    item: QuizItem
    chosen: int | None  # None when left unanswered


@dataclass(frozen=True)
class QuizResult:
    correct: int
    total: int
    wrong: tuple[WrongAnswer, ...]


def _quiz_item(question: StudyQuestion, rng: random.Random) -> QuizItem:
    options = list(question.options)
    if not question.ordered_options:
        rng.shuffle(options)
    return QuizItem(
        origin=question.item_id,
        prompt=question.question,
        options=tuple(options),
        correct=options.index(question.answer),
        explanation=question.explanation,
        references=question.references,
    )


def build_quiz(catalog: Catalog, seed: int, size: int = DEFAULT_QUIZ_SIZE) -> Quiz:
    """A quiz of `size` choice questions, taking the kinds in turn so that each quiz
    mixes them; the same seed gives the same quiz."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible quiz, not a secret
    by_kind: dict[QuestionKind, list[StudyQuestion]] = {}
    for question in study_questions(catalog):
        if question.is_choice:
            by_kind.setdefault(question.kind, []).append(question)
    piles = list(by_kind.values())
    for pile in piles:
        rng.shuffle(pile)
    rng.shuffle(piles)
    chosen: list[StudyQuestion] = []
    while len(chosen) < size and any(piles):
        for pile in piles:
            if pile and len(chosen) < size:
                chosen.append(pile.pop())
    return Quiz(seed, tuple(_quiz_item(question, rng) for question in chosen))


def score_quiz(quiz: Quiz, chosen: Sequence[int | None]) -> QuizResult:
    """Compare the chosen option indexes (None: unanswered) with the right answers."""
    answers = list(chosen) + [None] * (len(quiz.items) - len(chosen))
    wrong = tuple(
        WrongAnswer(number, item, answer)
        for number, (item, answer) in enumerate(zip(quiz.items, answers, strict=False), start=1)
        if answer != item.correct
    )
    return QuizResult(len(quiz.items) - len(wrong), len(quiz.items), wrong)


def option_line(index: int, text: str) -> str:
    return f"{LETTERS[index]}. {text}"

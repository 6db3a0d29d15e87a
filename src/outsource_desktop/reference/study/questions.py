"""Study mode: flashcards and multiple-choice quizzes from the content.

Two sources of questions:

* the content's own FAQs and sample exam questions; the wrong options of a
  quiz question are answers to other questions of the same kind;
* generated ones: for every comparison row where the models' claims differ, a
  model's own claim with its name blanked out, and the models as options
  ("which model is this said of?"). Claims naming another model are skipped,
  since blanking one name would leave the answer in the text; a model that
  only inherits the same claim is left out of the options, as it would be
  right too.

Everything random goes through one `random.Random(seed)`, so a seed always
gives the same quiz (stable tests, and a sheet can be reprinted).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from outsource_desktop.content.models import Catalog, Question
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import (
    ComparisonRow,
    comparison_rows,
    numbers_of,
    numbers_of_ids,
)

BLANK = "___"
DEFAULT_QUIZ_SIZE = 10
MAX_OPTIONS = 4
LETTERS = "ABCDEFGH"


@dataclass(frozen=True)
class Flashcard:
    origin: str  # content id, e.g. "questions/faq-01-full-form"
    front: str
    back: str
    references: tuple[int, ...]


@dataclass(frozen=True)
class QuizItem:
    origin: str
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


def flashcards(catalog: Catalog) -> list[Flashcard]:
    """The FAQs and sample questions, then each model's own claim on every aspect."""
    cards = [
        Flashcard(
            f"questions/{question.id}",
            question.question,
            question.answer,
            numbers_of_ids(catalog, question.sources),
        )
        for question in catalog.questions
    ]
    for aspect in catalog.aspects:
        for model_id, claim in aspect.claims.items():
            cards.append(
                Flashcard(
                    f"aspects/{aspect.id}/{model_id}",
                    translate("Quiz", "{aspect}: what do the articles say about {model}?").format(
                        aspect=aspect.label, model=catalog.model_by_id(model_id).short_name
                    ),
                    claim.text,
                    numbers_of(catalog, claim),
                )
            )
    return cards


def _name_pattern(names: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def comparison_items(catalog: Catalog) -> list[QuizItem]:
    """Generated "which model is this said of?" questions, in comparison order."""
    model_ids = [model.id for model in catalog.models]
    names = {
        model.id: _name_pattern([model.short_name, model.full_name]) for model in catalog.models
    }
    items = []
    for row in comparison_rows(catalog, model_ids):
        if row.differs:
            items.extend(_row_items(catalog, row, names))
    return items


def _row_items(
    catalog: Catalog, row: ComparisonRow, names: dict[str, re.Pattern[str]]
) -> list[QuizItem]:
    items: list[QuizItem] = []
    for cell in row.cells:
        claim = cell.claim
        if claim is None or cell.inherited_from is not None:
            continue
        if any(names[other].search(claim.text) for other in names if other != cell.model_id):
            continue
        options = [
            other.model_id
            for other in row.cells
            if other.model_id == cell.model_id
            or other.claim is None
            or other.claim.text != claim.text
        ]
        if len(options) < 2:
            continue
        masked = {
            other.model_id: names[other.model_id].sub(BLANK, other.claim.text)
            for other in row.cells
            if other.claim is not None
        }
        prompt = masked[cell.model_id]
        # "___ is short for ___." would fit every model: such a row asks nothing.
        if any(masked.get(other) == prompt for other in options if other != cell.model_id):
            continue
        short_names = tuple(catalog.model_by_id(option).short_name for option in options)
        items.append(
            QuizItem(
                origin=f"aspects/{row.aspect.id}/{cell.model_id}",
                prompt=translate("Quiz", "{aspect}: which model is this said of? “{claim}”").format(
                    aspect=row.aspect.label, claim=prompt
                ),
                options=short_names,
                correct=options.index(cell.model_id),
                explanation=claim.text,
                references=numbers_of(catalog, claim),
            )
        )
    return items


def _question_item(catalog: Catalog, question: Question, rng: random.Random) -> QuizItem:
    others = [
        other.answer
        for other in catalog.questions
        if other.kind == question.kind and other.id != question.id
    ]
    options = [question.answer, *rng.sample(others, min(MAX_OPTIONS - 1, len(others)))]
    rng.shuffle(options)
    return QuizItem(
        origin=f"questions/{question.id}",
        prompt=question.question,
        options=tuple(options),
        correct=options.index(question.answer),
        explanation=question.answer,
        references=numbers_of_ids(catalog, question.sources),
    )


def build_quiz(catalog: Catalog, seed: int, size: int = DEFAULT_QUIZ_SIZE) -> Quiz:
    """A quiz of `size` questions drawn from both sources; the same seed gives the same quiz."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible quiz, not a secret
    # A content question needs other answers of its kind to serve as wrong options.
    pool: list[Question | QuizItem] = [
        question
        for question in catalog.questions
        if any(other.kind == question.kind and other is not question for other in catalog.questions)
    ]
    pool.extend(comparison_items(catalog))
    chosen = rng.sample(pool, min(size, len(pool)))
    items = tuple(
        _question_item(catalog, entry, rng) if isinstance(entry, Question) else entry
        for entry in chosen
    )
    return Quiz(seed, items)


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

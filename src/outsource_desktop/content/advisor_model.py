"""The content file's `advisor` block: the Advisor's questions, typical pieces of work and tips.

The block is optional, so a content file without it still loads (the Advisor
tab then says what it lacks). Like the rest of the content these are frozen
records that pydantic validates; `advisor_problems` checks that every id
the block names exists, with a JSON path for each problem.

In short: each *question* has *answers*; each answer has *effects*, one per
option it bears on (a model id or `IN_HOUSE`), of -3 to +3 points with the
plain reason a reader is shown and the sources behind it (none means general
practice, which the app says in words). *Work items* are typical pieces of work
an owner can pick; each names its service types and the answers it implies.
*Tips* are the watch-outs and next steps, each shown when its conditions hold.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Annotated, Literal

from outsource_desktop.content.base import (
    ContentModel,
    Described,
    Id,
    Limits,
    NonEmpty,
    ShortText,
    Sources,
    Text,
)
from outsource_desktop.content.cross_references import (
    Finding,
    duplicate_ids,
    duplicates,
    unknown,
    unknown_sources,
)
from outsource_desktop.content.frozen_record import field, frozen_record

# The option of keeping the work in-house. It is no model, so no model may take its id.
IN_HOUSE = "in-house"
MAX_POINTS = 3

Points = Annotated[int, Limits(ge=-MAX_POINTS, le=MAX_POINTS)]


@frozen_record
class Effect(ContentModel):
    """How one answer bears on one option: points for (+) or against (-) it, and why."""

    option: Annotated[Id, Described("A model id, or 'in-house' for keeping the work in-house.")]
    points: Points
    reason: ShortText
    sources: Sources = field(default_factory=list)


@frozen_record
class AdvisorAnswer(ContentModel):
    id: Id
    label: ShortText
    effects: list[Effect] = field(default_factory=list)


@frozen_record
class AdvisorQuestion(ContentModel):
    id: Id
    label: Annotated[ShortText, Described("A short name for the question, e.g. 'Kind of work'.")]
    question: ShortText
    answers: Annotated[list[AdvisorAnswer], Limits(min_length=2)]
    default: Annotated[Id | None, Described("The answer chosen at first; None: the first.")] = None

    def answer(self, answer_id: str) -> AdvisorAnswer:
        for answer in self.answers:
            if answer.id == answer_id:
                return answer
        raise ValueError(f"the question '{self.id}' has no answer '{answer_id}'")

    @property
    def default_answer(self) -> AdvisorAnswer:
        return self.answer(self.default) if self.default else self.answers[0]


@frozen_record
class WorkItem(ContentModel):
    """A typical piece of work an owner can pick; picking it sets the answers it implies."""

    id: Id
    name: ShortText
    description: ShortText | None = None
    service_types: list[Id] = field(default_factory=list)
    answers: Annotated[
        dict[Id, Id], Described("Question id to answer id; questions left out keep their default.")
    ] = field(default_factory=dict)


TipKind = Literal["watch-out", "pricing", "vendor-question", "pilot", "keep-in-house"]


@frozen_record
class AdvisorTip(ContentModel):
    """A watch-out or next step, shown when every one of its conditions holds."""

    id: Id
    kind: TipKind
    text: Text
    sources: Sources = field(default_factory=list)
    when_best: Annotated[
        list[Id], Described("Shown only when one of these options fits best; empty: any.")
    ] = field(default_factory=list)
    when_answers: Annotated[
        dict[Id, list[Id]],
        Described("Question id to answers; shown only when each such question has one of them."),
    ] = field(default_factory=dict)


@frozen_record
class Advisor(ContentModel):
    questions: Annotated[list[AdvisorQuestion], NonEmpty]
    work_items: list[WorkItem] = field(default_factory=list)
    tips: list[AdvisorTip] = field(default_factory=list)

    def question(self, question_id: str) -> AdvisorQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise ValueError(f"no advisor question '{question_id}'")


def _answer_problems(
    path: str, question_id: str, answer_id: str, answers: Mapping[str, set[str]]
) -> Iterator[Finding]:
    if question_id not in answers:
        yield path, f"refers to the unknown advisor question '{question_id}'"
    elif answer_id not in answers[question_id]:
        yield path, f"the question '{question_id}' has no answer '{answer_id}'"


def _question_problems(
    path: str, question: AdvisorQuestion, options: set[str], sources: set[str]
) -> Iterator[Finding]:
    answer_ids = {answer.id for answer in question.answers}
    yield from duplicate_ids(f"{path}.answers", (answer.id for answer in question.answers))
    if question.default is not None and question.default not in answer_ids:
        yield f"{path}.default", f"this question has no answer '{question.default}'"
    for answer_index, answer in enumerate(question.answers):
        answer_path = f"{path}.answers[{answer_index}]"
        for duplicate in duplicates(effect.option for effect in answer.effects):
            yield f"{answer_path}.effects", f"the option '{duplicate}' is given more than once"
        for effect_index, effect in enumerate(answer.effects):
            effect_path = f"{answer_path}.effects[{effect_index}]"
            yield from unknown(f"{effect_path}.option", "option", effect.option, options)
            yield from unknown_sources(effect_path, effect.sources, sources)


def advisor_problems(
    advisor: Advisor, *, models: set[str], sources: set[str], service_types: set[str]
) -> Iterator[Finding]:
    """(JSON path, plain words) for every id the advisor block names that does not exist."""
    options = models | {IN_HOUSE}
    yield from duplicate_ids("advisor.questions", (question.id for question in advisor.questions))
    answers = {
        question.id: {answer.id for answer in question.answers} for question in advisor.questions
    }
    for index, question in enumerate(advisor.questions):
        yield from _question_problems(f"advisor.questions[{index}]", question, options, sources)
    yield from duplicate_ids("advisor.work_items", (item.id for item in advisor.work_items))
    for index, item in enumerate(advisor.work_items):
        path = f"advisor.work_items[{index}]"
        for service_index, service_id in enumerate(item.service_types):
            service_path = f"{path}.service_types[{service_index}]"
            yield from unknown(service_path, "service type", service_id, service_types)
        for question_id, answer_id in item.answers.items():
            yield from _answer_problems(
                f"{path}.answers.{question_id}", question_id, answer_id, answers
            )
    yield from duplicate_ids("advisor.tips", (tip.id for tip in advisor.tips))
    for index, tip in enumerate(advisor.tips):
        path = f"advisor.tips[{index}]"
        yield from unknown_sources(path, tip.sources, sources)
        for option_index, option in enumerate(tip.when_best):
            yield from unknown(f"{path}.when_best[{option_index}]", "option", option, options)
        for question_id, answer_ids in tip.when_answers.items():
            answers_path = f"{path}.when_answers.{question_id}"
            if not answer_ids:
                yield answers_path, "list at least one answer, or leave the question out"
            for answer_index, answer_id in enumerate(answer_ids):
                yield from _answer_problems(
                    f"{answers_path}[{answer_index}]", question_id, answer_id, answers
                )

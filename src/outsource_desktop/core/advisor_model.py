"""The content file's knowledge for the Advisor and the career guide.

Both blocks are optional, so a content file without them still loads (the tabs
then say what they lack). Like the rest of the content they are frozen
dataclasses that pydantic validates and core/trusted.py rebuilds from sealed
data; `advisor_problems` and `career_track_problems` check that every id they
name exists, with a JSON path for each problem.

The Advisor block, in short: each *question* has *answers*; each answer has
*effects*, one per option it bears on (a model id or `IN_HOUSE`), of -3 to +3
points with the plain reason a reader is shown and the sources behind it (none
means general practice, which the app says in words). *Work items* are typical
pieces of work an owner can pick; each names its service types and the answers
it implies. *Tips* are the watch-outs and next steps, each shown when its
conditions hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Literal

from outsource_desktop.core.models import (
    ContentModel,
    Described,
    Id,
    Limits,
    NonEmpty,
    SalaryBand,
    ShortText,
    Text,
    salary_band_problems,
)

# The option of keeping the work in-house. It is no model, so no model may take its id.
IN_HOUSE = "in-house"
MAX_POINTS = 3

Points = Annotated[int, Limits(ge=-MAX_POINTS, le=MAX_POINTS)]
Sources = Annotated[
    list[Id],
    Described("Sources that support this; leave empty for general practice, which the app says."),
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Effect(ContentModel):
    """How one answer bears on one option: points for (+) or against (-) it, and why."""

    option: Annotated[Id, Described("A model id, or 'in-house' for keeping the work in-house.")]
    points: Points
    reason: ShortText
    sources: Sources = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdvisorAnswer(ContentModel):
    id: Id
    label: ShortText
    effects: list[Effect] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class Advisor(ContentModel):
    questions: Annotated[list[AdvisorQuestion], NonEmpty]
    work_items: list[WorkItem] = field(default_factory=list)
    tips: list[AdvisorTip] = field(default_factory=list)

    def question(self, question_id: str) -> AdvisorQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise ValueError(f"no advisor question '{question_id}'")


Fit = Literal["core", "related"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TrackQualification(ContentModel):
    """How well a qualification suits a track: what it is built for, or a related route in."""

    qualification: Id
    fit: Fit


@dataclass(frozen=True, slots=True, kw_only=True)
class Rung(ContentModel):
    """One step of a career ladder, lowest first, with its pay where a source gives it."""

    title: ShortText
    text: ShortText
    roles: Annotated[list[Id], Described("Roles of the content at this step.")] = field(
        default_factory=list
    )
    sources: Sources = field(default_factory=list)
    salary_bands: list[SalaryBand] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class TrackStep(ContentModel):
    """A next step on a track for readers with one of `qualifications` (empty: anyone)."""

    qualifications: list[Id] = field(default_factory=list)
    text: Text
    sources: Sources = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class CareerTrack(ContentModel):
    id: Id
    name: ShortText
    model: Id
    roles: Annotated[list[Id], NonEmpty]
    qualifications: list[TrackQualification] = field(default_factory=list)
    ladder: list[Rung] = field(default_factory=list)
    next_steps: list[TrackStep] = field(default_factory=list)


Problem = tuple[str, str]


def _duplicates(ids: Iterable[str]) -> list[str]:
    return sorted(item for item, count in Counter(ids).items() if count > 1)


def _unknown(path: str, kind: str, reference: str, known: Iterable[str]) -> Iterator[Problem]:
    if reference not in known:
        yield path, f"refers to the unknown {kind} '{reference}'"


def _unknown_sources(path: str, source_ids: list[str], sources: set[str]) -> Iterator[Problem]:
    for index, source_id in enumerate(source_ids):
        yield from _unknown(f"{path}.sources[{index}]", "source", source_id, sources)


def _answer_problems(
    path: str, question_id: str, answer_id: str, answers: Mapping[str, set[str]]
) -> Iterator[Problem]:
    if question_id not in answers:
        yield path, f"refers to the unknown advisor question '{question_id}'"
    elif answer_id not in answers[question_id]:
        yield path, f"the question '{question_id}' has no answer '{answer_id}'"


def advisor_problems(
    advisor: Advisor, *, models: set[str], sources: set[str], service_types: set[str]
) -> Iterator[Problem]:
    """(JSON path, plain words) for every id the advisor block names that does not exist."""
    options = models | {IN_HOUSE}
    for duplicate in _duplicates(question.id for question in advisor.questions):
        yield "advisor.questions", f"the id '{duplicate}' is used more than once"
    answers = {
        question.id: {answer.id for answer in question.answers} for question in advisor.questions
    }
    for index, question in enumerate(advisor.questions):
        path = f"advisor.questions[{index}]"
        for duplicate in _duplicates(answer.id for answer in question.answers):
            yield f"{path}.answers", f"the id '{duplicate}' is used more than once"
        if question.default is not None and question.default not in answers[question.id]:
            yield f"{path}.default", f"this question has no answer '{question.default}'"
        for answer_index, answer in enumerate(question.answers):
            answer_path = f"{path}.answers[{answer_index}]"
            for duplicate in _duplicates(effect.option for effect in answer.effects):
                yield f"{answer_path}.effects", f"the option '{duplicate}' is given more than once"
            for effect_index, effect in enumerate(answer.effects):
                effect_path = f"{answer_path}.effects[{effect_index}]"
                yield from _unknown(f"{effect_path}.option", "option", effect.option, options)
                yield from _unknown_sources(effect_path, effect.sources, sources)
    for duplicate in _duplicates(item.id for item in advisor.work_items):
        yield "advisor.work_items", f"the id '{duplicate}' is used more than once"
    for index, item in enumerate(advisor.work_items):
        path = f"advisor.work_items[{index}]"
        for service_index, service_id in enumerate(item.service_types):
            service_path = f"{path}.service_types[{service_index}]"
            yield from _unknown(service_path, "service type", service_id, service_types)
        for question_id, answer_id in item.answers.items():
            yield from _answer_problems(
                f"{path}.answers.{question_id}", question_id, answer_id, answers
            )
    for duplicate in _duplicates(tip.id for tip in advisor.tips):
        yield "advisor.tips", f"the id '{duplicate}' is used more than once"
    for index, tip in enumerate(advisor.tips):
        path = f"advisor.tips[{index}]"
        yield from _unknown_sources(path, tip.sources, sources)
        for option_index, option in enumerate(tip.when_best):
            yield from _unknown(f"{path}.when_best[{option_index}]", "option", option, options)
        for question_id, answer_ids in tip.when_answers.items():
            answers_path = f"{path}.when_answers.{question_id}"
            if not answer_ids:
                yield answers_path, "list at least one answer, or leave the question out"
            for answer_index, answer_id in enumerate(answer_ids):
                yield from _answer_problems(
                    f"{answers_path}[{answer_index}]", question_id, answer_id, answers
                )


def career_track_problems(
    tracks: list[CareerTrack],
    *,
    models: set[str],
    sources: set[str],
    roles: set[str],
    qualifications: set[str],
) -> Iterator[Problem]:
    """(JSON path, plain words) for every id the career tracks name that does not exist."""
    for duplicate in _duplicates(track.id for track in tracks):
        yield "career_tracks", f"the id '{duplicate}' is used more than once"
    for index, track in enumerate(tracks):
        path = f"career_tracks[{index}]"
        yield from _unknown(f"{path}.model", "model", track.model, models)
        for role_index, role_id in enumerate(track.roles):
            yield from _unknown(f"{path}.roles[{role_index}]", "role", role_id, roles)
        for duplicate in _duplicates(item.qualification for item in track.qualifications):
            yield f"{path}.qualifications", f"the qualification '{duplicate}' is listed twice"
        for item_index, item in enumerate(track.qualifications):
            item_path = f"{path}.qualifications[{item_index}].qualification"
            yield from _unknown(item_path, "qualification", item.qualification, qualifications)
        for rung_index, rung in enumerate(track.ladder):
            rung_path = f"{path}.ladder[{rung_index}]"
            for role_index, role_id in enumerate(rung.roles):
                yield from _unknown(f"{rung_path}.roles[{role_index}]", "role", role_id, roles)
            yield from _unknown_sources(rung_path, rung.sources, sources)
            for band_index, band in enumerate(rung.salary_bands):
                band_path = f"{rung_path}.salary_bands[{band_index}]"
                yield from _unknown(f"{band_path}.source", "source", band.source, sources)
                yield from salary_band_problems(band_path, band)
        for step_index, step in enumerate(track.next_steps):
            step_path = f"{path}.next_steps[{step_index}]"
            for item_index, qualification in enumerate(step.qualifications):
                yield from _unknown(
                    f"{step_path}.qualifications[{item_index}]",
                    "qualification",
                    qualification,
                    qualifications,
                )
            yield from _unknown_sources(step_path, step.sources, sources)

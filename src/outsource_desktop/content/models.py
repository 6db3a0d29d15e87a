"""The content's models: sources, outsourcing models, comparison, careers.

Pydantic v2 validates content files straight into these frozen dataclasses
(its TypeAdapter builds the validator from the annotations below: constraints,
`extra="forbid"`, no NaN), and is the only thing that builds them. The classes
themselves do not import pydantic, so the app starts without it: its bundled
content comes from a cache of what validation built (content/cache.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal


class Limits:
    """`Annotated` marker: the bounds pydantic checks when validating a field.

    Keys are pydantic-core's own (`min_length`, `max_length`, `pattern`, `ge`,
    `le`), added to the field's core schema, so the errors and the JSON Schema
    are pydantic's usual ones. The app's start never imports pydantic, so this
    stands in for `annotated_types` and `Field`, which would.
    """

    __slots__ = ("bounds",)

    def __init__(self, **bounds: object) -> None:
        self.bounds = bounds

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema.update(self.bounds)
        return schema


class Described:
    """`Annotated` marker: a field's description in the JSON Schema."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> Any:
        schema = handler(core_schema)
        schema["description"] = self.text
        return schema


Id = Annotated[str, Limits(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Text = Annotated[str, Limits(min_length=1, max_length=20_000)]
ShortText = Annotated[str, Limits(min_length=1, max_length=500)]
# What a comparison cell shows at a glance: a few words, never a paragraph.
MAX_VALUE_CHARS = 60
CellValue = Annotated[
    str,
    Limits(min_length=1, max_length=MAX_VALUE_CHARS),
    Described("The short value read at a glance, e.g. 'Low to medium'."),
]
WebAddress = Annotated[
    str,
    Limits(pattern=r"^https?://[^\s]+$", max_length=2000),
    Described("The page's http(s) address."),
]

# The format this app reads; a file of another version is refused with a message
# naming both (content/validation.py), rather than with every field that changed.
SCHEMA_VERSION = 2
# Pydantic's settings for every content class: a misspelt field is an error,
# not silently dropped, and NaN or Infinity is no number a reader can use.
CONTENT_CONFIG = {"extra": "forbid", "allow_inf_nan": False}


class ContentModel:
    """Base of all content classes; each is a frozen, keyword-only dataclass."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, object]] = CONTENT_CONFIG


NonEmpty = Limits(min_length=1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Source(ContentModel):
    """A published page the content is drawn from; its position is its citation number."""

    id: Id
    title: Annotated[ShortText, Described("The page's own title.")]
    site: Annotated[ShortText | None, Described("The site or publisher, e.g. 'Vedantu'.")] = None
    author: ShortText | None = None
    date: dt.date | None = None
    url: WebAddress | None = None
    seed: Annotated[bool, Described("True for the five articles the reference began from.")] = False
    note: Annotated[
        ShortText | None,
        Described("Anything else worth knowing, e.g. that the date is the last-modified date."),
    ] = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim(ContentModel):
    """A statement drawn from one or more articles.

    `opinion` marks a judgement (for example that KPO is "better") so the app
    shows it as the article's view rather than as fact.
    """

    text: Text
    sources: Annotated[list[Id], NonEmpty]
    opinion: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class DisputedClaim(Claim):
    """A claim with the claims of other articles that say something different."""

    disagreements: list[Claim] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class CellClaim(DisputedClaim):
    """One model's cell in a comparison row: a short value, and `text` explaining it."""

    value: CellValue


@dataclass(frozen=True, slots=True, kw_only=True)
class OutsourcingModel(ContentModel):
    id: Id
    short_name: ShortText
    full_name: ShortText
    parent: Annotated[
        Id | None,
        Described("The model this one specialises; its cells stand in where this one has none."),
    ] = None
    definition: Annotated[
        DisputedClaim, Described("One sentence a student could write in an exam.")
    ]
    key_points: list[Claim] = field(default_factory=list)
    examples: Annotated[
        list[ShortText], Described("Typical examples of the work, a few words each.")
    ] = field(default_factory=list)
    who_does_it: Annotated[Claim, Described("Who does the work: staff and providers.")]
    advantages: list[Claim] = field(default_factory=list)
    disadvantages: list[Claim] = field(default_factory=list)


RelationKind = Literal["part_of", "specialisation_of", "separate_from"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation(ContentModel):
    """How a model relates to another, or to outsourcing as a whole; drawn as a diagram.

    Sources that disagree each get a relation: two relations of one pair with
    different kinds are a dispute, and the diagram shows it as one.
    """

    subject: Id
    object: Annotated[Id | None, Described("None: outsourcing as a whole.")] = None
    kind: RelationKind
    claim: Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class Section(ContentModel):
    id: Id
    title: ShortText


@dataclass(frozen=True, slots=True, kw_only=True)
class Aspect(ContentModel):
    """One row of the comparison: what each model is like in one respect.

    A model missing from `claims` takes its parent's cell; the comparison shows
    "Same as" the parent, so the reader sees the relation, not a copied text.
    """

    id: Id
    section: Id
    label: Annotated[ShortText, Described("The basis of comparison, e.g. 'Investment'.")]
    claims: Annotated[dict[Id, CellClaim], NonEmpty]


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceType(ContentModel):
    id: Id
    model: Id
    name: ShortText
    description: DisputedClaim
    examples: list[ShortText] = field(default_factory=list)
    sectors: list[ShortText] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Qualification(ContentModel):
    """A level of education a reader can pick in the career explorer."""

    id: Id
    name: ShortText
    rank: Annotated[int, Limits(ge=0, le=100), Described("Higher means more advanced schooling.")]


SalaryLevel = Literal["entry", "mid", "senior"]
SalaryScope = Literal["role", "sector"]
Salary = Annotated[float, Limits(ge=0)]


@dataclass(frozen=True, slots=True, kw_only=True)
class SalaryBand(ContentModel):
    """A pay range; `find_reference_problems` checks it has a bound and is in order."""

    level: SalaryLevel
    minimum: Salary | None = None
    maximum: Salary | None = None
    currency: Annotated[str, Limits(pattern=r"^[A-Z]{3}$")]
    unit: Annotated[ShortText, Described("For example 'lakh per year'.")]
    year: Annotated[
        Annotated[int, Limits(ge=1990, le=2100)] | None,
        Described("None when the article gives no year."),
    ] = None
    source: Id
    scope: Annotated[
        SalaryScope, Described("'sector': a band for the whole sector, shown as such.")
    ] = "role"
    note: ShortText | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Role(ContentModel):
    id: Id
    model: Id
    title: ShortText
    description: Claim
    eligibility: Annotated[list[Claim], NonEmpty]
    qualifications: Annotated[list[Id], Described("Qualifications that fit the role (ids).")] = (
        field(default_factory=list)
    )
    skills: Annotated[list[ShortText], NonEmpty]
    skills_sources: Annotated[list[Id], NonEmpty]
    salary_bands: list[SalaryBand] = field(default_factory=list)
    training: Claim
    companies: list[Id] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Company(ContentModel):
    id: Id
    name: ShortText
    models: Annotated[list[Id], NonEmpty]
    country: ShortText | None = None
    description: Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class EngagementStep(ContentModel):
    number: Annotated[int, Limits(ge=1)]
    text: Text
    sources: Annotated[list[Id], NonEmpty]


@dataclass(frozen=True, slots=True, kw_only=True)
class Guidance(ContentModel):
    """Practical points for a business that buys outsourced work."""

    id: Id
    title: ShortText
    claim: Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class Term(ContentModel):
    """A glossary entry."""

    id: Id
    term: Annotated[ShortText, Described("The term as written, e.g. 'ITES'.")]
    stands_for: Annotated[ShortText | None, Described("What an abbreviation stands for.")] = None
    definition: Claim
    models: Annotated[list[Id], Described("The models the term belongs to (may be none).")] = field(
        default_factory=list
    )


IndustryTopic = Literal["history", "size", "pay", "trend"]


@dataclass(frozen=True, slots=True, kw_only=True)
class IndustryFact(ContentModel):
    """A dated fact about the industry: its history, size, pay or a trend."""

    id: Id
    topic: IndustryTopic
    year: Annotated[
        Annotated[int, Limits(ge=1900, le=2100)] | None,
        Described("The year the figure or event refers to."),
    ] = None
    text: Text
    sources: Annotated[list[Id], NonEmpty]


QuestionKind = Literal["faq", "exam"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Question(ContentModel):
    id: Id
    kind: QuestionKind
    question: Text
    answer: Text
    sources: Annotated[list[Id], NonEmpty]
    marks: Annotated[
        Annotated[int, Limits(ge=1, le=100)] | None,
        Described("For exam questions: the marks the answer earns."),
    ] = None


PracticeKind = Literal["choice", "true_false", "recall"]
TRUE_FALSE = ("True", "False")
# A quiz option is read at a glance, like a comparison cell's short value.
Option = Annotated[ShortText, Limits(max_length=MAX_VALUE_CHARS)]


@dataclass(frozen=True, slots=True, kw_only=True)
class PracticeQuestion(ContentModel):
    """A hand-written study question, for what the other content cannot ask by itself.

    "choice": `options` holds the right answer and the wrong ones; "true_false":
    the answer is "True" or "False"; "recall": a flashcard, answered from memory.
    `practice_problems` checks that the kinds and options fit together.
    """

    id: Id
    kind: PracticeKind
    question: ShortText
    answer: Annotated[ShortText, Described("For choice questions, one of the options.")]
    options: Annotated[list[Option], Described("Choice questions only: 2 to 4 options.")] = field(
        default_factory=list
    )
    explanation: Annotated[ShortText, Described("One sentence on why the answer is right.")]
    sources: Annotated[list[Id], NonEmpty]


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalog(ContentModel):
    """The root of a content file.

    Cross-references (ids that must exist, ids used twice, salary bands) are
    checked by `find_reference_problems` after validation, with a JSON path each.
    """

    schema_version: Literal[2]
    data_version: Annotated[str, Limits(pattern=r"^\d{4}\.\d{2}\.\d+$")]
    title: ShortText
    sources: Annotated[list[Source], NonEmpty]
    models: Annotated[list[OutsourcingModel], NonEmpty]
    relations: list[Relation] = field(default_factory=list)
    sections: Annotated[list[Section], NonEmpty]
    aspects: Annotated[list[Aspect], NonEmpty]
    service_types: Annotated[list[ServiceType], NonEmpty]
    qualifications: list[Qualification] = field(default_factory=list)
    roles: Annotated[list[Role], NonEmpty]
    companies: list[Company] = field(default_factory=list)
    engagement_steps: list[EngagementStep] = field(default_factory=list)
    guidance: list[Guidance] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)
    industry: list[IndustryFact] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    practice: list[PracticeQuestion] = field(default_factory=list)

    # Look-ups used by the queries and views. They are cheap (content is small),
    # and computing them keeps the frozen model free of derived state.
    def model_by_id(self, model_id: str) -> OutsourcingModel:
        return next(model for model in self.models if model.id == model_id)

    def source_by_id(self, source_id: str) -> Source:
        return next(source for source in self.sources if source.id == source_id)

    def source_number(self, source_id: str) -> int:
        """1-based position of a source, used for [n] reference markers."""
        return [source.id for source in self.sources].index(source_id) + 1


def _duplicates(ids: Iterable[str]) -> list[str]:
    return sorted(item for item, count in Counter(ids).items() if count > 1)


def _claims_of(catalog: Catalog) -> Iterator[tuple[str, Claim]]:
    """Every claim in the catalog with a readable JSON path, for source checks."""
    for index, model in enumerate(catalog.models):
        yield f"models[{index}].definition", model.definition
        for other_index, other in enumerate(model.definition.disagreements):
            yield f"models[{index}].definition.disagreements[{other_index}]", other
        yield f"models[{index}].who_does_it", model.who_does_it
        for kind in ("key_points", "advantages", "disadvantages"):
            for claim_index, claim in enumerate(getattr(model, kind)):
                yield f"models[{index}].{kind}[{claim_index}]", claim
    for index, relation in enumerate(catalog.relations):
        yield f"relations[{index}].claim", relation.claim
    for index, aspect in enumerate(catalog.aspects):
        for model_id, disputed in aspect.claims.items():
            path = f"aspects[{index}].claims.{model_id}"
            yield path, disputed
            for other_index, other in enumerate(disputed.disagreements):
                yield f"{path}.disagreements[{other_index}]", other
    for index, service in enumerate(catalog.service_types):
        yield f"service_types[{index}].description", service.description
        for other_index, other in enumerate(service.description.disagreements):
            yield f"service_types[{index}].description.disagreements[{other_index}]", other
    for index, role in enumerate(catalog.roles):
        yield f"roles[{index}].description", role.description
        yield f"roles[{index}].training", role.training
        for claim_index, claim in enumerate(role.eligibility):
            yield f"roles[{index}].eligibility[{claim_index}]", claim
    for index, company in enumerate(catalog.companies):
        yield f"companies[{index}].description", company.description
    for index, guidance in enumerate(catalog.guidance):
        yield f"guidance[{index}].claim", guidance.claim
    for index, term in enumerate(catalog.glossary):
        yield f"glossary[{index}].definition", term.definition


def salary_band_problems(path: str, band: SalaryBand) -> Iterator[tuple[str, str]]:
    if band.minimum is None and band.maximum is None:
        yield path, "a salary band needs a minimum, a maximum or both"
    elif band.minimum is not None and band.maximum is not None and band.minimum > band.maximum:
        yield path, "the minimum salary is above the maximum"


def practice_problems(path: str, practice: PracticeQuestion) -> Iterator[tuple[str, str]]:
    if practice.kind == "choice":
        if not 2 <= len(practice.options) <= 4:
            yield f"{path}.options", "a choice question needs 2 to 4 options"
        if practice.answer not in practice.options:
            yield f"{path}.answer", "the answer must be one of the options, written the same way"
        for duplicate in _duplicates(practice.options):
            yield f"{path}.options", f"the option '{duplicate}' is given more than once"
    elif practice.options:
        yield f"{path}.options", "only choice questions have options"
    if practice.kind == "true_false" and practice.answer not in TRUE_FALSE:
        yield f"{path}.answer", "the answer to a true or false question is 'True' or 'False'"


def find_reference_problems(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """Yield (JSON path, plain-words message) for each problem that spans fields:
    broken cross-references, ids used twice, salary bands out of order."""
    groups: dict[str, list[str]] = {
        "sources": [item.id for item in catalog.sources],
        "models": [item.id for item in catalog.models],
        "sections": [item.id for item in catalog.sections],
        "aspects": [item.id for item in catalog.aspects],
        "service_types": [item.id for item in catalog.service_types],
        "qualifications": [item.id for item in catalog.qualifications],
        "roles": [item.id for item in catalog.roles],
        "companies": [item.id for item in catalog.companies],
        "guidance": [item.id for item in catalog.guidance],
        "glossary": [item.id for item in catalog.glossary],
        "industry": [item.id for item in catalog.industry],
        "questions": [item.id for item in catalog.questions],
        "practice": [item.id for item in catalog.practice],
    }
    for group, ids in groups.items():
        for duplicate in _duplicates(ids):
            yield group, f"the id '{duplicate}' is used more than once"
    steps = [step.number for step in catalog.engagement_steps]
    for duplicate in _duplicates(str(number) for number in steps):
        yield "engagement_steps", f"step number {duplicate} is used more than once"

    sources = set(groups["sources"])
    models = set(groups["models"])
    sections = set(groups["sections"])
    qualifications = set(groups["qualifications"])
    companies = set(groups["companies"])

    def unknown(path: str, kind: str, reference: str, known: set[str]) -> Iterator[tuple[str, str]]:
        if reference not in known:
            yield path, f"refers to the unknown {kind} '{reference}'"

    for path, claim in _claims_of(catalog):
        for source_index, source_id in enumerate(claim.sources):
            yield from unknown(f"{path}.sources[{source_index}]", "source", source_id, sources)
    for index, model in enumerate(catalog.models):
        if model.parent is not None:
            yield from unknown(f"models[{index}].parent", "model", model.parent, models)
            if model.parent == model.id:
                yield f"models[{index}].parent", "a model cannot be its own parent"
    for index, relation in enumerate(catalog.relations):
        yield from unknown(f"relations[{index}].subject", "model", relation.subject, models)
        if relation.object is not None:
            yield from unknown(f"relations[{index}].object", "model", relation.object, models)
            if relation.object == relation.subject:
                yield f"relations[{index}].object", "a model cannot relate to itself"
    for index, aspect in enumerate(catalog.aspects):
        yield from unknown(f"aspects[{index}].section", "section", aspect.section, sections)
        for model_id in aspect.claims:
            yield from unknown(f"aspects[{index}].claims.{model_id}", "model", model_id, models)
    for index, service in enumerate(catalog.service_types):
        yield from unknown(f"service_types[{index}].model", "model", service.model, models)
    for index, role in enumerate(catalog.roles):
        yield from unknown(f"roles[{index}].model", "model", role.model, models)
        for item_index, qualification in enumerate(role.qualifications):
            path = f"roles[{index}].qualifications[{item_index}]"
            yield from unknown(path, "qualification", qualification, qualifications)
        for item_index, company_id in enumerate(role.companies):
            path = f"roles[{index}].companies[{item_index}]"
            yield from unknown(path, "company", company_id, companies)
        for item_index, source_id in enumerate(role.skills_sources):
            path = f"roles[{index}].skills_sources[{item_index}]"
            yield from unknown(path, "source", source_id, sources)
        for band_index, band in enumerate(role.salary_bands):
            path = f"roles[{index}].salary_bands[{band_index}]"
            yield from unknown(f"{path}.source", "source", band.source, sources)
            yield from salary_band_problems(path, band)
    for index, company in enumerate(catalog.companies):
        for item_index, model_id in enumerate(company.models):
            path = f"companies[{index}].models[{item_index}]"
            yield from unknown(path, "model", model_id, models)
    for index, step in enumerate(catalog.engagement_steps):
        for item_index, source_id in enumerate(step.sources):
            path = f"engagement_steps[{index}].sources[{item_index}]"
            yield from unknown(path, "source", source_id, sources)
    for index, question in enumerate(catalog.questions):
        for item_index, source_id in enumerate(question.sources):
            path = f"questions[{index}].sources[{item_index}]"
            yield from unknown(path, "source", source_id, sources)
    for index, practice in enumerate(catalog.practice):
        for item_index, source_id in enumerate(practice.sources):
            path = f"practice[{index}].sources[{item_index}]"
            yield from unknown(path, "source", source_id, sources)
        yield from practice_problems(f"practice[{index}]", practice)
    for index, term in enumerate(catalog.glossary):
        for item_index, model_id in enumerate(term.models):
            path = f"glossary[{index}].models[{item_index}]"
            yield from unknown(path, "model", model_id, models)
    for index, fact in enumerate(catalog.industry):
        for item_index, source_id in enumerate(fact.sources):
            path = f"industry[{index}].sources[{item_index}]"
            yield from unknown(path, "source", source_id, sources)

"""The content's models: sources, outsourcing models, comparison, careers, and the root Catalog.

The Catalog also holds the blocks kept in modules of their own: pay ranges
(content/salary.py), the Advisor's (content/advisor_model.py) and the career
tracks (content/career_tracks.py). Each builds on content/base.py alone and is
imported here, never the other way, so the classes form no circle.

Pydantic v2 validates content files straight into these frozen records, described
to it as the dataclasses they stand for (content/frozen_record.py; its TypeAdapter
builds the validator from the annotations below: constraints,
`extra="forbid"`, no NaN), and is the only thing that builds them. The classes
themselves do not import pydantic, so the app starts without it: its bundled
content comes from a cache of what validation built (content/cache.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Literal

from outsource_desktop.content.advisor_model import IN_HOUSE, Advisor, advisor_problems
from outsource_desktop.content.base import (
    SHORT_TEXT_PATTERN,
    ContentModel,
    Described,
    ExactInteger,
    Id,
    IsoDate,
    Limits,
    NonEmpty,
    ShortText,
    Text,
)
from outsource_desktop.content.career_tracks import CareerTrack, career_track_problems
from outsource_desktop.content.cross_references import (
    Finding,
    duplicate_ids,
    duplicates,
    unknown,
    unknown_sources,
)
from outsource_desktop.content.frozen_record import (
    FrozenRecord,
    field,
    frozen_record,
    is_record_class,
)
from outsource_desktop.content.salary import SalaryBand, salary_band_problems

if TYPE_CHECKING:
    import datetime as dt

# What a comparison cell shows at a glance: a few words, never a paragraph.
MAX_VALUE_CHARS = 60
CellValue = Annotated[
    str,
    Limits(min_length=1, max_length=MAX_VALUE_CHARS, pattern=SHORT_TEXT_PATTERN),
    Described("The short value read at a glance, e.g. 'Low to medium'."),
]
# No blank and no control character: an address is shown and printed as text.
WebAddress = Annotated[
    str,
    Limits(pattern=r"^https?://[^\s\x00-\x1f\x7f-\x9f]+$", max_length=2000),
    Described("The page's http(s) address."),
]

# The format this app reads; a file of another version is refused with a message
# naming both (content/validation.py), rather than with every field that changed.
SCHEMA_VERSION = 2


@frozen_record
class Source(ContentModel):
    """A published page the content is drawn from; its position is its citation number."""

    id: Id
    title: Annotated[ShortText, Described("The page's own title.")]
    site: Annotated[ShortText | None, Described("The site or publisher, e.g. 'Vedantu'.")] = None
    author: ShortText | None = None
    date: Annotated[str, IsoDate()] | None = None  # YYYY-MM-DD
    url: WebAddress | None = None
    seed: Annotated[bool, Described("True for the five articles the reference began from.")] = False
    note: Annotated[
        ShortText | None,
        Described("Anything else worth knowing, e.g. that the date is the last-modified date."),
    ] = None

    def published(self) -> dt.date | None:
        """The date as a date: the record keeps its text (content/base.py, `IsoDate`)."""
        import datetime as dt

        return None if self.date is None else dt.date.fromisoformat(self.date)


@frozen_record
class Claim(ContentModel):
    """A statement drawn from one or more articles.

    `opinion` marks a judgement (for example that KPO is "better") so the app
    shows it as the article's view rather than as fact.
    """

    text: Text
    sources: Annotated[list[Id], NonEmpty]
    opinion: bool = False


@frozen_record
class DisputedClaim(Claim):
    """A claim with the claims of other articles that say something different."""

    disagreements: list[Claim] = field(default_factory=list)


@frozen_record
class CellClaim(DisputedClaim):
    """One model's cell in a comparison row: a short value, and `text` explaining it."""

    value: CellValue


@frozen_record
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


@frozen_record
class Relation(ContentModel):
    """How a model relates to another, or to outsourcing as a whole; drawn as a diagram.

    Sources that disagree each get a relation: two relations of one pair with
    different kinds are a dispute, and the diagram shows it as one.
    """

    subject: Id
    object: Annotated[Id | None, Described("None: outsourcing as a whole.")] = None
    kind: RelationKind
    claim: Claim


@frozen_record
class Section(ContentModel):
    id: Id
    title: ShortText


@frozen_record
class Aspect(ContentModel):
    """One row of the comparison: what each model is like in one respect.

    A model missing from `claims` takes its parent's cell, unless that cell is an
    opinion; the comparison shows "Same as" the parent, so the reader sees the
    relation, not a copied text.
    """

    id: Id
    section: Id
    label: Annotated[ShortText, Described("The basis of comparison, e.g. 'Investment'.")]
    claims: Annotated[dict[Id, CellClaim], NonEmpty]


@frozen_record
class ServiceType(ContentModel):
    id: Id
    model: Id
    name: ShortText
    description: DisputedClaim
    examples: list[ShortText] = field(default_factory=list)
    sectors: list[ShortText] = field(default_factory=list)


@frozen_record
class Qualification(ContentModel):
    """A level of education a reader can pick in the career explorer."""

    id: Id
    name: ShortText
    rank: Annotated[int, Limits(ge=0, le=100), Described("Higher means more advanced schooling.")]
    level_only: Annotated[
        bool,
        Described(
            "True for a level of schooling rather than a subject ('Any graduate', '10+2'): "
            "any qualification ranked at least as high meets it."
        ),
    ] = False


@frozen_record
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


@frozen_record
class Company(ContentModel):
    id: Id
    name: ShortText
    models: Annotated[list[Id], NonEmpty]
    country: ShortText | None = None
    description: Claim


@frozen_record
class EngagementStep(ContentModel):
    number: Annotated[int, Limits(ge=1)]
    text: Text
    sources: Annotated[list[Id], NonEmpty]


@frozen_record
class Guidance(ContentModel):
    """Practical points for a business that buys outsourced work."""

    id: Id
    title: ShortText
    claim: Claim


@frozen_record
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


@frozen_record
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


@frozen_record
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


@frozen_record
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


@frozen_record
class Catalog(ContentModel):
    """The root of a content file.

    Cross-references (ids that must exist, ids used twice, salary bands) are
    checked by `find_reference_problems` after validation, with a JSON path each.
    """

    schema_version: Annotated[Literal[2], ExactInteger()]
    data_version: Annotated[str, Limits(pattern=r"^[0-9]{4}\.[0-9]{2}\.[0-9]+$")]
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
    advisor: Annotated[
        Advisor | None,
        Described(
            "The Advisor's questions, typical work and tips; without it the Advisor is plainer."
        ),
    ] = None
    career_tracks: Annotated[
        list[CareerTrack],
        Described(
            "Career ladders and next steps; without them roles are matched by qualification alone."
        ),
    ] = field(default_factory=list)
    practice: list[PracticeQuestion] = field(default_factory=list)

    # Look-ups used by the queries and views, through indexes built once per
    # catalog (see `_indexes`); an unknown id raises KeyError.
    def model_by_id(self, model_id: str) -> OutsourcingModel:
        return _indexes(self).models[model_id]

    def ancestors(self, model_id: str) -> list[str]:
        """The models `model_id` specialises, nearest first (its parent, then that one's);
        a loop of parents, which validation does not rule out, ends the list."""
        found: list[str] = []
        parent = self.model_by_id(model_id).parent
        while parent is not None and parent != model_id and parent not in found:
            found.append(parent)
            parent = self.model_by_id(parent).parent
        return found

    def source_by_id(self, source_id: str) -> Source:
        return self.sources[self.source_number(source_id) - 1]

    def source_number(self, source_id: str) -> int:
        """1-based position of a source, used for [n] reference markers."""
        return _indexes(self).source_numbers[source_id]


@frozen_record
class _Indexes(FrozenRecord):
    catalog: Catalog  # held, so the id it is filed under stays this catalog's
    models: dict[str, OutsourcingModel]
    source_numbers: dict[str, int]


# Indexes of the last few catalogs, by id(catalog). The catalog is frozen and has
# slots, so it cannot hold them itself; looking a source up by scanning the list
# made every citation cost as much as the whole list (35 s for 20,000 sources).
_INDEXES: dict[int, _Indexes] = {}
_INDEXED_CATALOGS = 4


def _indexes(catalog: Catalog) -> _Indexes:
    found = _INDEXES.get(id(catalog))
    if found is not None and found.catalog is catalog:
        return found
    numbered_sources = enumerate(catalog.sources, start=1)
    built = _Indexes(
        catalog=catalog,
        models={model.id: model for model in catalog.models},
        source_numbers={source.id: number for number, source in numbered_sources},
    )
    while len(_INDEXES) >= _INDEXED_CATALOGS:
        del _INDEXES[next(iter(_INDEXES))]
    _INDEXES[id(catalog)] = built
    return built


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


def practice_problems(path: str, practice: PracticeQuestion) -> Iterator[Finding]:
    if practice.kind == "choice":
        if not 2 <= len(practice.options) <= 4:
            yield f"{path}.options", "a choice question needs 2 to 4 options"
        if practice.answer not in practice.options:
            yield f"{path}.answer", "the answer must be one of the options, written the same way"
        for duplicate in duplicates(practice.options):
            yield f"{path}.options", f"the option '{duplicate}' is given more than once"
    elif practice.options:
        yield f"{path}.options", "only choice questions have options"
    if practice.kind == "true_false" and practice.answer not in TRUE_FALSE:
        yield f"{path}.answer", "the answer to a true or false question is 'True' or 'False'"


def find_reference_problems(catalog: Catalog) -> Iterator[Finding]:
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
        yield from duplicate_ids(group, ids)
    steps = [step.number for step in catalog.engagement_steps]
    for duplicate in duplicates(str(number) for number in steps):
        yield "engagement_steps", f"step number {duplicate} is used more than once"

    sources = set(groups["sources"])
    models = set(groups["models"])
    sections = set(groups["sections"])
    qualifications = set(groups["qualifications"])
    companies = set(groups["companies"])

    for path, claim in _claims_of(catalog):
        yield from unknown_sources(path, claim.sources, sources)
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
            yield from salary_band_problems(path, band, sources)
    for index, company in enumerate(catalog.companies):
        for item_index, model_id in enumerate(company.models):
            path = f"companies[{index}].models[{item_index}]"
            yield from unknown(path, "model", model_id, models)
    for index, step in enumerate(catalog.engagement_steps):
        yield from unknown_sources(f"engagement_steps[{index}]", step.sources, sources)
    for index, question in enumerate(catalog.questions):
        yield from unknown_sources(f"questions[{index}]", question.sources, sources)
    for index, practice in enumerate(catalog.practice):
        yield from unknown_sources(f"practice[{index}]", practice.sources, sources)
        yield from practice_problems(f"practice[{index}]", practice)
    for index, term in enumerate(catalog.glossary):
        for item_index, model_id in enumerate(term.models):
            path = f"glossary[{index}].models[{item_index}]"
            yield from unknown(path, "model", model_id, models)
    for index, fact in enumerate(catalog.industry):
        yield from unknown_sources(f"industry[{index}]", fact.sources, sources)
    for index, model in enumerate(catalog.models):
        if model.id == IN_HOUSE:
            yield (
                f"models[{index}].id",
                (f"the id '{model.id}' is kept for the Advisor's option of keeping work in-house"),
            )
    if catalog.advisor is not None:
        yield from advisor_problems(
            catalog.advisor,
            models=models,
            sources=sources,
            service_types=set(groups["service_types"]),
        )
    yield from career_track_problems(
        catalog.career_tracks,
        models=models,
        sources=sources,
        roles=set(groups["roles"]),
        qualifications=qualifications,
    )


def content_classes() -> list[type[ContentModel]]:
    """Every content class, in whichever module: each builds on `ContentModel`, and
    this module imports every module that defines one."""
    found: list[type[ContentModel]] = []
    waiting: list[type[ContentModel]] = [ContentModel]
    while waiting:
        kind = waiting.pop()
        found.append(kind)
        waiting.extend(kind.__subclasses__())
    # Only the app's own classes, as their modules name them: `@frozen_record` makes
    # a new class and leaves the one it replaced among the subclasses.
    return [
        kind
        for kind in found
        if kind.__module__.startswith(f"{__package__}.")
        and getattr(sys.modules[kind.__module__], kind.__qualname__, None) is kind
        and is_record_class(kind)
    ]

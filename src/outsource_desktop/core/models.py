"""Pydantic models of the bundled content: sources, outsourcing models, comparison, careers.

Every model forbids unknown fields and validates its cross-references in
`Catalog`, so a typo in a content file is reported instead of silently ignored.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=500)]

SCHEMA_VERSION = 1
REFERENCE_ERROR = "content_references"


class ContentModel(BaseModel):
    """Base for all content: strict about unknown fields, immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Source(ContentModel):
    """One of the articles the content is drawn from."""

    id: Id
    title: ShortText
    author: ShortText | None = None
    publisher: ShortText | None = None
    date: dt.date | None = None
    note: ShortText | None = Field(
        default=None, description="Anything else the article states about itself."
    )


class Claim(ContentModel):
    """A statement drawn from one or more articles.

    `opinion` marks a judgement (for example that KPO is "better") so the app
    shows it as the article's view rather than as fact.
    """

    text: Text
    sources: list[Id] = Field(min_length=1)
    opinion: bool = False


class DisputedClaim(Claim):
    """A claim with the claims of other articles that say something different."""

    disagreements: list[Claim] = Field(default_factory=list)


class OutsourcingModel(ContentModel):
    id: Id
    short_name: ShortText
    full_name: ShortText
    parent: Id | None = Field(
        default=None,
        description="The model this one specialises; its claims stand in where this one has none.",
    )
    definition: list[Claim] = Field(min_length=1)
    key_points: list[Claim] = Field(default_factory=list)


class Relation(ContentModel):
    """How two models relate, in the words of the articles (which do not always agree)."""

    subject: Id
    object: Id
    claim: Claim


class Section(ContentModel):
    id: Id
    title: ShortText


class Aspect(ContentModel):
    """One row of the comparison: what each model is like in one respect.

    A model missing from `claims` has nothing specific in the articles; the
    comparison then shows its parent's claim, marked as inherited.
    """

    id: Id
    section: Id
    label: ShortText
    claims: dict[Id, DisputedClaim] = Field(min_length=1)


class ServiceType(ContentModel):
    id: Id
    model: Id
    name: ShortText
    description: DisputedClaim
    examples: list[ShortText] = Field(default_factory=list)
    sectors: list[ShortText] = Field(default_factory=list)


class Qualification(ContentModel):
    """A level of education a reader can pick in the career explorer."""

    id: Id
    name: ShortText
    rank: int = Field(ge=0, le=100, description="Higher means more advanced schooling.")


SalaryLevel = Literal["entry", "mid", "senior"]


class SalaryBand(ContentModel):
    level: SalaryLevel
    minimum: float | None = Field(default=None, ge=0)
    maximum: float | None = Field(default=None, ge=0)
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    unit: ShortText = Field(description="For example 'lakh per year'.")
    year: int | None = Field(
        default=None, ge=1990, le=2100, description="None when the article gives no year."
    )
    source: Id
    note: ShortText | None = None

    @model_validator(mode="after")
    def _range_is_ordered(self) -> SalaryBand:
        if self.minimum is None and self.maximum is None:
            raise ValueError("a salary band needs a minimum, a maximum or both")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError("the minimum salary is above the maximum")
        return self


class Role(ContentModel):
    id: Id
    model: Id
    title: ShortText
    description: Claim
    eligibility: list[Claim] = Field(min_length=1)
    qualifications: list[Id] = Field(
        default_factory=list, description="Qualifications that fit the role (ids)."
    )
    skills: list[ShortText] = Field(min_length=1)
    skills_sources: list[Id] = Field(min_length=1)
    salary_bands: list[SalaryBand] = Field(default_factory=list)
    training: Claim
    companies: list[Id] = Field(default_factory=list)


class Company(ContentModel):
    id: Id
    name: ShortText
    models: list[Id] = Field(min_length=1)
    country: ShortText | None = None
    description: Claim


class EngagementStep(ContentModel):
    number: int = Field(ge=1)
    text: Text
    sources: list[Id] = Field(min_length=1)


class Guidance(ContentModel):
    """Practical points for a business that buys outsourced work."""

    id: Id
    title: ShortText
    claim: Claim


QuestionKind = Literal["faq", "exam"]


class Question(ContentModel):
    id: Id
    kind: QuestionKind
    question: Text
    answer: Text
    sources: list[Id] = Field(min_length=1)


class Catalog(ContentModel):
    """The root of a content file."""

    schema_version: Literal[1]
    data_version: Annotated[str, StringConstraints(pattern=r"^\d{4}\.\d{2}\.\d+$")]
    title: ShortText
    sources: list[Source] = Field(min_length=1)
    models: list[OutsourcingModel] = Field(min_length=1)
    relations: list[Relation] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)
    aspects: list[Aspect] = Field(min_length=1)
    service_types: list[ServiceType] = Field(min_length=1)
    qualifications: list[Qualification] = Field(default_factory=list)
    roles: list[Role] = Field(min_length=1)
    companies: list[Company] = Field(default_factory=list)
    engagement_steps: list[EngagementStep] = Field(default_factory=list)
    guidance: list[Guidance] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_resolve(self) -> Catalog:
        problems = list(find_reference_problems(self))
        if problems:
            # The loader expands `problems` into one report line each.
            raise PydanticCustomError(
                REFERENCE_ERROR,
                "{count} broken cross-reference(s)",
                {"count": len(problems), "problems": problems},
            )
        return self

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
        for kind in ("definition", "key_points"):
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


def find_reference_problems(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """Yield (JSON path, plain-words message) for each broken cross-reference."""
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
        "questions": [item.id for item in catalog.questions],
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
        yield from unknown(f"relations[{index}].object", "model", relation.object, models)
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
            path = f"roles[{index}].salary_bands[{band_index}].source"
            yield from unknown(path, "source", band.source, sources)
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

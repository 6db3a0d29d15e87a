"""Questions asked of the content: comparison rows, inherited cells, differences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from outsource_desktop.content.models import (
    Aspect,
    Catalog,
    CellClaim,
    Claim,
    Section,
)
from outsource_desktop.reference.matching import Term, has_terms, query_terms, searchable


@dataclass(frozen=True)
class Cell:
    """One model's cell in a comparison row, possibly its parent's ("Same as KPO")."""

    model_id: str
    claim: CellClaim | None
    inherited_from: str | None = None

    @property
    def is_disputed(self) -> bool:
        return bool(self.claim and self.claim.disagreements)

    def all_claims(self) -> list[Claim]:
        if self.claim is None:
            return []
        return [self.claim, *self.claim.disagreements]


@dataclass(frozen=True)
class ComparisonRow:
    aspect: Aspect
    section: Section
    cells: tuple[Cell, ...]

    @cached_property
    def differs(self) -> bool:
        """True when the chosen models' short values are not all the same."""
        return len({_comparable(cell) for cell in self.cells}) > 1

    def differing_models(self) -> frozenset[str]:
        """Models whose claim differs from what most of the chosen models say.

        With two models that differ, or three that all differ, every cell
        differs; with two alike and one apart, only the odd one out does.
        """
        return self._differing_models

    # Worked out once per row: a table asks for it for every cell it paints.
    @cached_property
    def _differing_models(self) -> frozenset[str]:
        if not self.differs:
            return frozenset()
        counts = Counter(_comparable(cell) for cell in self.cells)
        top = max(counts.values())
        majority = [text for text, count in counts.items() if count == top]
        if len(majority) > 1:
            return frozenset(cell.model_id for cell in self.cells)
        return frozenset(cell.model_id for cell in self.cells if _comparable(cell) != majority[0])

    def cell_for(self, model_id: str) -> Cell:
        return next(cell for cell in self.cells if cell.model_id == model_id)

    # Built once per row: the filter asks for it on every keystroke. cached_property
    # stores into the instance __dict__ directly, so it works on a frozen dataclass.
    @cached_property
    def searchable_text(self) -> str:
        parts = [self.section.title, self.aspect.label]
        for cell in self.cells:
            if cell.claim is not None:
                parts.append(cell.claim.value)
            parts.extend(claim.text for claim in cell.all_claims())
        # A claim shared by several models (one inherits it) is kept once: a
        # filter word never spans two parts, so matches are the same, and the
        # filter has less text to search on each keystroke.
        return searchable(*dict.fromkeys(parts))


def _comparable(cell: Cell) -> str:
    """The short value as compared: "Low to medium" and "low to  medium" are alike."""
    if cell.claim is None:
        return ""
    return " ".join(cell.claim.value.casefold().split())


def resolve_cell(catalog: Catalog, aspect: Aspect, model_id: str) -> Cell:
    """The model's own claim, or the nearest ancestor's marked as inherited.

    An ancestor's opinion is not inherited: a verdict on KPO is no verdict on LPO.
    """
    if model_id in aspect.claims:
        return Cell(model_id, aspect.claims[model_id])
    for parent in catalog.ancestors(model_id):
        if parent in aspect.claims:
            claim = aspect.claims[parent]
            if claim.opinion:
                return Cell(model_id, None)
            return Cell(model_id, claim, inherited_from=parent)
    return Cell(model_id, None)


def comparison_rows(catalog: Catalog, model_ids: Sequence[str]) -> list[ComparisonRow]:
    """Every aspect as a row of the chosen models' cells, in section order."""
    sections = {section.id: section for section in catalog.sections}
    section_order = {section.id: index for index, section in enumerate(catalog.sections)}
    aspects = sorted(catalog.aspects, key=lambda aspect: section_order[aspect.section])
    return [
        ComparisonRow(
            aspect=aspect,
            section=sections[aspect.section],
            cells=tuple(resolve_cell(catalog, aspect, model_id) for model_id in model_ids),
        )
        for aspect in aspects
    ]


@dataclass(frozen=True)
class ComparisonOptions:
    """What the reader chose to see: models in order, a filter, only differences,
    and whether cells show their explanations as well as their short values."""

    model_ids: tuple[str, ...]
    filter_text: str = ""
    differences_only: bool = False
    collapsed_sections: frozenset[str] = field(default_factory=frozenset)
    details: bool = False

    def accepts(self, row: ComparisonRow) -> bool:
        if row.section.id in self.collapsed_sections:
            return False
        if self.differences_only and not row.differs:
            return False
        return has_terms(row.searchable_text, self.filter_terms)

    @cached_property
    def filter_terms(self) -> list[Term]:
        # Split once per choice of options, not once per row tested.
        return query_terms(self.filter_text)


def select_comparison_rows(catalog: Catalog, options: ComparisonOptions) -> list[ComparisonRow]:
    """The rows the comparison view shows for `options`, in section order."""
    return [row for row in comparison_rows(catalog, options.model_ids) if options.accepts(row)]


def exam_rows(catalog: Catalog, model_ids: Sequence[str]) -> list[ComparisonRow]:
    """The rows an exam answer lists: the two models differ, and neither value is an opinion."""
    return [
        row
        for row in comparison_rows(catalog, model_ids)
        if row.differs
        and all(cell.claim is not None and not cell.claim.opinion for cell in row.cells)
    ]


def cited_source_ids(claims: Sequence[Claim]) -> list[str]:
    """Source ids cited by `claims`, first-cited first, without repeats."""
    seen: dict[str, None] = {}
    for claim in claims:
        for source_id in claim.sources:
            seen.setdefault(source_id, None)
    return list(seen)


def numbers_of(catalog: Catalog, claim: Claim) -> tuple[int, ...]:
    """The [n] numbers citing `claim`: each source's place in the content's list."""
    return numbers_of_ids(catalog, claim.sources)


def numbers_of_ids(catalog: Catalog, source_ids: Sequence[str]) -> tuple[int, ...]:
    return tuple(catalog.source_number(source_id) for source_id in source_ids)

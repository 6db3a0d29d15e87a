"""Short texts shared by the documents, tables and views: names, cells, pay, citations.

Content put together with other text is `isolated`, so text that could reorder
(an override, a right-to-left sentence) cannot pull its neighbours along.
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.core.document import isolated, reference_marks
from outsource_desktop.core.models import Catalog, Claim, SalaryBand, Source
from outsource_desktop.core.queries import Cell

DIFFERENCE_MARK = "≠"


def source_citation(source: Source) -> str:
    """A reference line: author, title, publisher, date (whatever the article states)."""
    author = isolated(source.author) if source.author else "Author not stated"
    parts = [author, f"“{isolated(source.title)}”"]
    if source.publisher:
        parts.append(isolated(source.publisher))
    parts.append(source.date.strftime("%d %B %Y").lstrip("0") if source.date else "undated")
    citation = ". ".join(parts) + "."
    return f"{citation} {isolated(source.note)}" if source.note else citation


def numbers_of(catalog: Catalog, claim: Claim) -> tuple[int, ...]:
    return tuple(catalog.source_number(source_id) for source_id in claim.sources)


def model_name(catalog: Catalog, model_id: str) -> str:
    return catalog.model_by_id(model_id).short_name


def cell_summary(catalog: Catalog, cell: Cell, *, differs: bool = False) -> str:
    """A comparison cell as tables show it: markers, text, notes and [n] sources.

    `differs` adds a mark that needs no colour, for colour-blind readers and
    grey printers; the views add colour on top.
    """
    mark = f"{DIFFERENCE_MARK} " if differs else ""
    if cell.claim is None:
        return f"{mark}—"
    text = isolated(cell.claim.text)
    if differs:
        text = f"{DIFFERENCE_MARK} {text}"
    if cell.inherited_from:
        text = f"{text} (inherited from {model_name(catalog, cell.inherited_from)})"
    if cell.claim.opinion:
        text = f"{text} (opinion)"
    if cell.is_disputed:
        text = f"{text} (sources differ)"
    return f"{text} {reference_marks(numbers_of(catalog, cell.claim))}"


def numbers_of_ids(catalog: Catalog, source_ids: Sequence[str]) -> tuple[int, ...]:
    return tuple(catalog.source_number(source_id) for source_id in source_ids)


def salary_text(band: SalaryBand) -> str:
    if band.minimum is not None and band.maximum is not None:
        amount = f"{band.minimum:g}–{band.maximum:g}"
    elif band.minimum is not None:
        amount = f"over {band.minimum:g}"
    else:
        amount = f"up to {band.maximum:g}"
    year = str(band.year) if band.year else "year not stated"
    return f"{band.level.capitalize()}: {band.currency} {amount} {isolated(band.unit)} ({year})"

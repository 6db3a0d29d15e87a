"""Short texts shared by the documents, tables and views: names, cells, pay, citations."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog, Source
from outsource_desktop.content.salary import SalaryBand
from outsource_desktop.documents.document import reference_marks
from outsource_desktop.reference.queries import Cell, numbers_of

DIFFERENCE_MARK = "≠"


def source_citation(source: Source) -> str:
    """A reference line: author, title, publisher, date (whatever the article states)."""
    parts = [source.author or "Author not stated", f"“{source.title}”"]
    if source.publisher:
        parts.append(source.publisher)
    parts.append(source.date.strftime("%d %B %Y").lstrip("0") if source.date else "undated")
    citation = ". ".join(parts) + "."
    return f"{citation} {source.note}" if source.note else citation


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
    text = cell.claim.text
    if differs:
        text = f"{DIFFERENCE_MARK} {text}"
    if cell.inherited_from:
        text = f"{text} (inherited from {model_name(catalog, cell.inherited_from)})"
    if cell.claim.opinion:
        text = f"{text} (opinion)"
    if cell.is_disputed:
        text = f"{text} (sources differ)"
    return f"{text} {reference_marks(numbers_of(catalog, cell.claim))}"


def salary_text(band: SalaryBand) -> str:
    if band.minimum is not None and band.minimum == band.maximum:
        amount = f"about {band.minimum:g}"
    elif band.minimum is not None and band.maximum is not None:
        amount = f"{band.minimum:g}–{band.maximum:g}"
    elif band.minimum is not None:
        amount = f"over {band.minimum:g}"
    else:
        amount = f"up to {band.maximum:g}"
    year = str(band.year) if band.year else "year not stated"
    # A sector's band is no figure for the role it is listed with; say so wherever it shows.
    scope = "; sector-wide" if band.scope == "sector" else ""
    return f"{band.level.capitalize()}: {band.currency} {amount} {band.unit} ({year}{scope})"

"""Short texts shared by the documents, tables and views: names, cells, pay, citations.

Content put together with other text is `isolated`, so text that could reorder
(an override, a right-to-left sentence) cannot pull its neighbours along.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from outsource_desktop.content.models import Catalog, Source
from outsource_desktop.content.salary import SalaryBand
from outsource_desktop.documents.bidi import isolated
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.reference.queries import Cell, numbers_of

DIFFERENCE_MARK = "≠"


def long_date(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def source_citation(source: Source) -> str:
    """A reference line: title, site, author, date and address (whatever is known)."""
    parts = [f"“{isolated(source.title)}”"]
    if source.site:
        parts.append(isolated(source.site))
    if source.author:
        parts.append(f"By {isolated(source.author)}")
    parts.append(long_date(source.date) if source.date else "Undated")
    if source.url:
        parts.append(isolated(source.url))
    citation = ". ".join(parts) + "."
    return f"{citation} {isolated(source.note)}" if source.note else citation


def model_name(catalog: Catalog, model_id: str) -> str:
    return catalog.model_by_id(model_id).short_name


def same_as(catalog: Catalog, model_id: str) -> str:
    return f"Same as {isolated(model_name(catalog, model_id))}"


def cell_summary(
    catalog: Catalog, cell: Cell, *, differs: bool = False, details: bool = False
) -> str:
    """A comparison cell as tables show it: its short value with [n] sources.

    `details` adds the explanation (and any other source's view) on the lines
    below. `differs` adds a mark that needs no colour, for colour-blind
    readers and grey printers; the views add colour on top. A cell taken from
    the parent model says so ("Same as KPO") rather than repeat its text.
    """
    mark = f"{DIFFERENCE_MARK} " if differs else ""
    claim = cell.claim
    if claim is None:
        return f"{mark}—"
    if cell.inherited_from:
        return f"{mark}{same_as(catalog, cell.inherited_from)}"
    # A value may already say it ("BPO (disputed)"); the flag is then not repeated.
    flags = [
        flag
        for flag, shown in (("opinion", claim.opinion), ("disputed", cell.is_disputed))
        if shown and flag not in claim.value.casefold()
    ]
    summary = f"{mark}{isolated(claim.value)} {reference_marks(numbers_of(catalog, claim))}"
    if flags:
        summary += f" ({', '.join(flags)})"
    if not details:
        return summary
    lines = [summary, isolated(claim.text)]
    lines += [
        f"Another view: {isolated(other.text)} {reference_marks(numbers_of(catalog, other))}"
        for other in claim.disagreements
    ]
    return "\n".join(lines)


def _range_parts(minimum: float | None, maximum: float | None) -> tuple[str, str]:
    """A pay range as its qualifier and figure: ('about', '3'), ('', '2.5–4'), ('over', '15')."""
    if minimum is not None and minimum == maximum:
        return "about", f"{minimum:g}"
    if minimum is not None and maximum is not None:
        return "", f"{minimum:g}–{maximum:g}"
    if minimum is not None:
        return "over", f"{minimum:g}"
    return "up to", f"{maximum:g}"


def amount_text(minimum: float | None, maximum: float | None) -> str:
    """A pay range as the sources give it: '2.5–4', 'about 3', 'over 15' or 'up to 6'."""
    return " ".join(filter(None, _range_parts(minimum, maximum)))


def money_text(currency: str, minimum: float | None, maximum: float | None, unit: str) -> str:
    """A pay range with its currency and unit, the qualifier first as a reader says it:
    'about INR 3 lakh per year', not 'INR about 3 lakh per year'."""
    qualifier, figure = _range_parts(minimum, maximum)
    # The currency is a three-letter code; the unit is content text, so isolated.
    return " ".join(filter(None, (qualifier, currency, figure, isolated(unit))))


def salary_text(band: SalaryBand) -> str:
    """A band as every view shows it, e.g. 'Entry: INR 2.5–4 lakh per year (2024)'."""
    year = str(band.year) if band.year else "year not stated"
    # A sector's band is no figure for the role it is listed with; say so wherever it shows.
    scope = "; sector-wide" if band.scope == "sector" else ""
    amount = money_text(band.currency, band.minimum, band.maximum, band.unit)
    return f"{band.level.capitalize()}: {amount} ({year}{scope})"


def entry_pay(bands: Sequence[SalaryBand]) -> str:
    """Entry pay in short: lowest to highest figure and the years, e.g.
    'INR 2–6 lakh per year (2007–2026)'; the sources give several for some roles."""
    entry = [band for band in bands if band.level == "entry"]
    if not entry:
        return "Not given in the sources"
    lows = [band.minimum for band in entry if band.minimum is not None]
    highs = [band.maximum for band in entry if band.maximum is not None]
    # One role's bands are in one currency and unit in the content as written.
    amount = money_text(
        entry[0].currency, min(lows, default=None), max(highs, default=None), entry[0].unit
    )
    years = sorted({band.year for band in entry if band.year is not None})
    when = [f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"] if years else []
    if any(band.year is None for band in entry):
        when.append("undated" if not years else "some undated")
    if all(band.scope == "sector" for band in entry):
        when.append("sector-wide")  # as salary_text says it
    return f"{amount} ({', '.join(when)})"

"""Short texts shared by the documents, tables and views: names, cells, pay, citations.

Content put together with other text is `isolated`, so text that could reorder
(an override, a right-to-left sentence) cannot pull its neighbours along.
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.models import Catalog, Source
from outsource_desktop.content.salary import SalaryBand
from outsource_desktop.documents.bidi import isolated
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.i18n import long_date, translate
from outsource_desktop.reference.queries import Cell, numbers_of

DIFFERENCE_MARK = "≠"


def source_citation(source: Source) -> str:
    """A reference line: title, site, author, date and address (whatever is known)."""
    parts = [f"“{isolated(source.title)}”"]
    if source.site:
        parts.append(isolated(source.site))
    if source.author:
        parts.append(translate("Formatting", "By {author}").format(author=isolated(source.author)))
    published = source.published()
    parts.append(long_date(published) if published else translate("Formatting", "Undated"))
    if source.url:
        parts.append(isolated(source.url))
    citation = ". ".join(parts) + "."
    return f"{citation} {isolated(source.note)}" if source.note else citation


def model_name(catalog: Catalog, model_id: str) -> str:
    return catalog.model_by_id(model_id).short_name


def same_as(catalog: Catalog, model_id: str) -> str:
    model = isolated(model_name(catalog, model_id))
    return translate("Formatting", "Same as {model}").format(model=model)


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
        for flag, shown in (
            (translate("Formatting", "opinion"), claim.opinion),
            (translate("Formatting", "disputed"), cell.is_disputed),
        )
        if shown and flag.casefold() not in claim.value.casefold()
    ]
    summary = f"{mark}{isolated(claim.value)} {reference_marks(numbers_of(catalog, claim))}"
    if flags:
        summary += f" ({', '.join(flags)})"
    if not details:
        return summary
    lines = [summary, isolated(claim.text)]
    lines += [
        translate("Formatting", "Another view: {text} {sources}").format(
            text=isolated(other.text), sources=reference_marks(numbers_of(catalog, other))
        )
        for other in claim.disagreements
    ]
    return "\n".join(lines)


def _range_parts(minimum: float | None, maximum: float | None) -> tuple[str, str]:
    """A pay range as its wording and figure: ('about {amount}', '3'), ('{amount}',
    '2.5–4'), ('over {amount}', '15'); the wording puts the qualifier where the
    language does ("15 से अधिक")."""
    if minimum is not None and minimum == maximum:
        return translate("Formatting", "about {amount}"), f"{minimum:g}"
    if minimum is not None and maximum is not None:
        return "{amount}", f"{minimum:g}–{maximum:g}"
    if minimum is not None:
        return translate("Formatting", "over {amount}"), f"{minimum:g}"
    return translate("Formatting", "up to {amount}"), f"{maximum:g}"


def amount_text(minimum: float | None, maximum: float | None) -> str:
    """A pay range as the sources give it: '2.5–4', 'about 3', 'over 15' or 'up to 6'."""
    wording, figure = _range_parts(minimum, maximum)
    return wording.format(amount=figure)


def money_text(currency: str, minimum: float | None, maximum: float | None, unit: str) -> str:
    """A pay range with its currency and unit, the qualifier first as a reader says it:
    'about INR 3 lakh per year', not 'INR about 3 lakh per year'."""
    wording, figure = _range_parts(minimum, maximum)
    # The currency is a three-letter code; the unit is content text, so isolated.
    return wording.format(amount=f"{currency} {figure} {isolated(unit)}")


def salary_text(band: SalaryBand) -> str:
    """A band as every view shows it, e.g. 'Entry: INR 2.5–4 lakh per year (2024)'."""
    year = str(band.year) if band.year else translate("Formatting", "year not stated")
    # A sector's band is no figure for the role it is listed with; say so wherever it shows.
    scope = translate("Formatting", "; sector-wide") if band.scope == "sector" else ""
    amount = money_text(band.currency, band.minimum, band.maximum, band.unit)
    return f"{level_name(band.level)}: {amount} ({year}{scope})"


def level_name(level: str) -> str:
    """A salary level as the pay tables head it: Entry, Mid, Senior."""
    names = {
        "entry": translate("Formatting", "Entry"),
        "mid": translate("Formatting", "Mid"),
        "senior": translate("Formatting", "Senior"),
    }
    return names.get(level, level.capitalize())


def entry_pay(bands: Sequence[SalaryBand]) -> str:
    """Entry pay in short: lowest to highest figure and the years, e.g.
    'INR 2–6 lakh per year (2007–2026)'; the sources give several for some roles."""
    entry = [band for band in bands if band.level == "entry"]
    if not entry:
        return translate("Formatting", "Not given in the sources")
    lows = [band.minimum for band in entry if band.minimum is not None]
    highs = [band.maximum for band in entry if band.maximum is not None]
    # One role's bands are in one currency and unit in the content as written.
    amount = money_text(
        entry[0].currency, min(lows, default=None), max(highs, default=None), entry[0].unit
    )
    years = sorted({band.year for band in entry if band.year is not None})
    when = [f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"] if years else []
    if any(band.year is None for band in entry):
        when.append(
            translate("Formatting", "undated")
            if not years
            else translate("Formatting", "some undated")
        )
    if all(band.scope == "sector" for band in entry):
        when.append(translate("Formatting", "sector-wide"))  # as salary_text says it
    return f"{amount} ({', '.join(when)})"

"""Pay compared across the models: entry pay per model, each role's figures, sector figures.

Pay figures come from different sources and years, so every figure carries
its year and source, and the page says how far apart the years are and how
many figures are undated. The figures are picked out by reference/pay.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.content.models import Catalog, Claim, Role
from outsource_desktop.content.salary import SalaryBand
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.formatting import amount_text, model_name
from outsource_desktop.documents.pages import claim_paragraph, references_for
from outsource_desktop.reference.pay import (
    LEVELS,
    all_bands,
    band_key,
    entry_bands,
    latest_and_earlier,
    own_bands,
    parent_sector_keys,
    pay_fact,
    pay_facts,
    roles_in_model_order,
    sector_bands,
)

LEVEL_NAMES = {"entry": "entry", "mid": "mid-career", "senior": "senior"}
UNIT = "INR lakh a year"


def figure(band: SalaryBand) -> str:
    """A band's amount and year, in lakh a year, e.g. '2.5–4 (2023)' or 'over 15 (undated)'."""
    return f"{amount_text(band.minimum, band.maximum)} ({band.year or 'undated'})"


def _cited(catalog: Catalog, bands: Sequence[SalaryBand]) -> str:
    return "; ".join(
        f"{figure(band)} {reference_marks([catalog.source_number(band.source)])}" for band in bands
    )


def _years(bands: Sequence[SalaryBand]) -> str:
    years = sorted({band.year for band in bands if band.year is not None})
    undated = sum(band.year is None for band in bands)
    parts = []
    if years:
        parts.append(str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}")
    if undated:
        parts.append(f"{undated} undated")
    return ", ".join(parts)


def _span(bands: Sequence[SalaryBand]) -> str:
    """Lowest to highest figure of `bands`, e.g. '2–5.5'."""
    lows = [band.minimum for band in bands if band.minimum is not None]
    highs = [band.maximum for band in bands if band.maximum is not None]
    low = f"{min(lows):g}" if lows else "?"
    high = f"{max(highs):g}" if highs else "?"
    return f"{low}–{high}"


def _group(catalog: Catalog, bands: Sequence[SalaryBand]) -> str:
    """A range of figures, how many and their [n] marks: '3–6 (3 figures) [93][104]'."""
    marks = reference_marks(catalog.source_number(band.source) for band in bands)
    noun = "figure" if len(bands) == 1 else "figures"
    return f"{_span(bands)} ({len(bands)} {noun}) {marks}"


def entry_summary(catalog: Catalog, model_id: str) -> str | None:
    """Entry pay for a model's roles: the most recent year's figures as one range, the
    earlier and the undated ones apart, since figures years apart are not one range."""
    latest, earlier, undated = latest_and_earlier(entry_bands(catalog, model_id))
    parts = []
    if latest:
        parts.append(f"in {latest[0].year}, the latest year given, {_group(catalog, latest)}")
    if earlier:
        parts.append(f"earlier ({_years(earlier)}), {_group(catalog, earlier)}")
    if undated:
        parts.append(f"undated, {_group(catalog, undated)}")
    return f"INR lakh a year: {'; '.join(parts)}." if parts else None


def role_rows(catalog: Catalog, roles: Sequence[Role]) -> tuple[tuple[str, ...], ...]:
    """Each role with figures of its own, one column per level."""
    rows = []
    for role in roles:
        own = own_bands(role)
        if own:
            rows.append(
                (
                    role.title,
                    catalog.model_by_id(role.model).short_name,
                    *(
                        _cited(catalog, [band for band in own if band.level == level]) or "—"
                        for level in LEVELS
                    ),
                )
            )
    return tuple(rows)


def sector_lines(catalog: Catalog) -> list[Paragraph]:
    """Figures for a whole sector, said once per model rather than under every role."""
    lines = []
    for model in catalog.models:
        borrowed = parent_sector_keys(catalog, model.id)
        all_sector = sector_bands(catalog, model.id)
        bands = [band for band in all_sector if band_key(band) not in borrowed]
        if all_sector and not bands and model.parent is not None:
            parent = model_name(catalog, model.parent)
            lines.append(
                Paragraph(
                    f"none of its own; {parent}'s are shown above for comparison.",
                    lead=f"{model.short_name}, any role:",
                )
            )
        if bands:
            text = "; ".join(
                f"{LEVEL_NAMES[band.level]} {_cited(catalog, [band])}"
                for level in LEVELS
                for band in bands
                if band.level == level
            )
            lines.append(Paragraph(f"{text}.", lead=f"{model.short_name}, any role:"))
    return lines


def pay_document(catalog: Catalog, meta: str = "") -> Document:
    """BPO against KPO (and LPO) pay: a summary per model, every role, the industry's figures."""
    blocks: list[Block] = [Heading("Entry pay by model")]
    summary = [
        Paragraph(text, lead=f"{model.short_name}:")
        for model in catalog.models
        if (text := entry_summary(catalog, model.id)) is not None
    ]
    blocks.append(
        BulletList(tuple(summary))
        if summary
        else Paragraph("The sources give no entry-level pay figures.")
    )
    facts = pay_facts(catalog)
    claims = [Claim(text=fact.text, sources=fact.sources) for fact in facts]
    if facts:
        blocks.append(Heading("How the models' pay compares"))
        blocks.append(
            BulletList(
                tuple(
                    claim_paragraph(catalog, claim, lead=f"{fact.year or 'Undated'}:")
                    for fact, claim in zip(facts, claims, strict=True)
                )
            )
        )
    rows = role_rows(catalog, roles_in_model_order(catalog))
    if rows:
        blocks.append(Heading("Each role's pay"))
        blocks.append(Paragraph(f"Figures in {UNIT}, with the year each refers to."))
        blocks.append(
            Table(
                headers=("Role", "Model", "Entry", "Mid-career", "Senior"),
                rows=rows,
                widths=(22, 7, 24, 24, 23),
            )
        )
    sector = sector_lines(catalog)
    if sector:
        blocks.append(Heading("Figures for a whole sector"))
        blocks.append(BulletList(tuple(sector)))
    bands = all_bands(catalog)
    years = sorted(
        {band.year for band in bands if band.year} | {fact.year for fact in facts if fact.year}
    )
    if years:
        blocks.append(
            Paragraph(
                f"The figures date from {years[0]} to {years[-1]}, and "
                f"{sum(band.year is None for band in bands)} give no year. They come from "
                "different sources, and pay varies with city, employer and year: compare "
                "them with care.",
                lead="Note:",
            )
        )
    source_ids = [band.source for band in bands]
    source_ids += [source for claim in claims for source in claim.sources]
    return Document(
        title="Pay compared",
        subtitle="What BPO, KPO and LPO roles pay in India, with years and sources.",
        meta=meta,
        blocks=tuple(blocks),
        references=references_for(catalog, source_ids),
    )


def pay_anchor(catalog: Catalog, item_id: str) -> str | None:
    """Text that finds the pay fact `item_id` (as the search names it) in pay compared."""
    fact = pay_fact(catalog, item_id)
    # A text view finds within one paragraph: a line break in the text would end the match.
    return fact.text.splitlines()[0] if fact is not None and fact.text else None

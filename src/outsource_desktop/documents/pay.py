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
from outsource_desktop.i18n import translate
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


def level_words(level: str) -> str:
    """A level as a sector's line names it: entry, mid-career, senior."""
    return {
        "entry": translate("Pay", "entry"),
        "mid": translate("Pay", "mid-career"),
        "senior": translate("Pay", "senior"),
    }[level]


def figure(band: SalaryBand) -> str:
    """A band's amount and year, in lakh a year, e.g. '2.5–4 (2023)' or 'over 15 (undated)'."""
    year = band.year or translate("Pay", "undated")
    return f"{amount_text(band.minimum, band.maximum)} ({year})"


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
        parts.append(translate("Pay", "{count} undated").format(count=undated))
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
    wording = (
        translate("Pay", "{span} (1 figure) {sources}")
        if len(bands) == 1
        else translate("Pay", "{span} ({count} figures) {sources}")
    )
    return wording.format(span=_span(bands), count=len(bands), sources=marks)


def entry_summary(catalog: Catalog, model_id: str) -> str | None:
    """Entry pay for a model's roles: the most recent year's figures as one range, the
    earlier and the undated ones apart, since figures years apart are not one range."""
    latest, earlier, undated = latest_and_earlier(entry_bands(catalog, model_id))
    parts = []
    if latest:
        parts.append(
            translate("Pay", "in {year}, the latest year given, {figures}").format(
                year=latest[0].year, figures=_group(catalog, latest)
            )
        )
    if earlier:
        parts.append(
            translate("Pay", "earlier ({years}), {figures}").format(
                years=_years(earlier), figures=_group(catalog, earlier)
            )
        )
    if undated:
        parts.append(
            translate("Pay", "undated, {figures}").format(figures=_group(catalog, undated))
        )
    if not parts:
        return None
    return translate("Pay", "INR lakh a year: {parts}.").format(parts="; ".join(parts))


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
                    translate(
                        "Pay", "none of its own; {parent}'s are shown above for comparison."
                    ).format(parent=parent),
                    lead=translate("Pay", "{model}, any role:").format(model=model.short_name),
                )
            )
        if bands:
            text = "; ".join(
                f"{level_words(band.level)} {_cited(catalog, [band])}"
                for level in LEVELS
                for band in bands
                if band.level == level
            )
            lead = translate("Pay", "{model}, any role:").format(model=model.short_name)
            lines.append(Paragraph(f"{text}.", lead=lead))
    return lines


def pay_document(catalog: Catalog, meta: str = "") -> Document:
    """BPO against KPO (and LPO) pay: a summary per model, every role, the industry's figures."""
    blocks: list[Block] = [Heading(translate("Pay", "Entry pay by model"))]
    summary = [
        Paragraph(text, lead=f"{model.short_name}:")
        for model in catalog.models
        if (text := entry_summary(catalog, model.id)) is not None
    ]
    blocks.append(
        BulletList(tuple(summary))
        if summary
        else Paragraph(translate("Pay", "The sources give no entry-level pay figures."))
    )
    facts = pay_facts(catalog)
    claims = [Claim(text=fact.text, sources=fact.sources) for fact in facts]
    if facts:
        undated = translate("Pay", "Undated")
        blocks.append(Heading(translate("Pay", "How the models' pay compares")))
        blocks.append(
            BulletList(
                tuple(
                    claim_paragraph(catalog, claim, lead=f"{fact.year or undated}:")
                    for fact, claim in zip(facts, claims, strict=True)
                )
            )
        )
    rows = role_rows(catalog, roles_in_model_order(catalog))
    if rows:
        blocks.append(Heading(translate("Pay", "Each role's pay")))
        blocks.append(
            Paragraph(translate("Pay", "Figures in INR lakh a year, with the year each refers to."))
        )
        blocks.append(
            Table(
                headers=(
                    translate("Pay", "Role"),
                    translate("Pay", "Model"),
                    translate("Pay", "Entry"),
                    translate("Pay", "Mid-career"),
                    translate("Pay", "Senior"),
                ),
                rows=rows,
                widths=(22, 7, 24, 24, 23),
            )
        )
    sector = sector_lines(catalog)
    if sector:
        blocks.append(Heading(translate("Pay", "Figures for a whole sector")))
        blocks.append(BulletList(tuple(sector)))
    bands = all_bands(catalog)
    years = sorted(
        {band.year for band in bands if band.year} | {fact.year for fact in facts if fact.year}
    )
    if years:
        blocks.append(
            Paragraph(
                translate(
                    "Pay",
                    "The figures date from {first} to {last}, and "
                    "{undated} give no year. They come from "
                    "different sources, and pay varies with city, employer and year: compare "
                    "them with care.",
                ).format(
                    first=years[0], last=years[-1], undated=sum(band.year is None for band in bands)
                ),
                lead=translate("Pay", "Note:"),
            )
        )
    source_ids = [band.source for band in bands]
    source_ids += [source for claim in claims for source in claim.sources]
    return Document(
        title=translate("Pay", "Pay compared"),
        subtitle=translate(
            "Pay", "What BPO, KPO and LPO roles pay in India, with years and sources."
        ),
        meta=meta,
        blocks=tuple(blocks),
        references=references_for(catalog, source_ids),
    )


def pay_anchor(catalog: Catalog, item_id: str) -> str | None:
    """Text that finds the pay fact `item_id` (as the search names it) in pay compared."""
    fact = pay_fact(catalog, item_id)
    # A text view finds within one paragraph: a line break in the text would end the match.
    return fact.text.splitlines()[0] if fact is not None and fact.text else None

"""Pay compared across the models: each role's bands, the sector's figures, with years.

Pay figures come from different sources and years, so every figure carries
its year and source, and the page says how far apart the years are.
"""

from __future__ import annotations

from collections.abc import Sequence

from outsource_desktop.core.document import Block, BulletList, Document, Heading, Paragraph, Table
from outsource_desktop.core.formatting import model_name, salary_text
from outsource_desktop.core.models import Catalog, Claim, Role, SalaryBand, SalaryLevel
from outsource_desktop.core.pages import claim_paragraph, references_for

LEVELS: tuple[SalaryLevel, ...] = ("entry", "mid", "senior")


def _band_text(catalog: Catalog, bands: Sequence[SalaryBand]) -> str:
    """A role's pay at one level: the figure without the level name, with its source."""
    return "; ".join(
        f"{salary_text(band).split(': ', 1)[1]} [{catalog.source_number(band.source)}]"
        for band in bands
    )


def _model_range(catalog: Catalog, model_id: str) -> str | None:
    """Entry pay across a model's roles: lowest minimum to highest maximum, and the years."""
    bands = [
        band
        for role in catalog.roles
        if role.model == model_id
        for band in role.salary_bands
        if band.level == "entry"
    ]
    if not bands:
        return None
    lows = [band.minimum for band in bands if band.minimum is not None]
    highs = [band.maximum for band in bands if band.maximum is not None]
    low = f"{min(lows):g}" if lows else "?"
    high = f"{max(highs):g}" if highs else "?"
    years = sorted({band.year for band in bands if band.year is not None})
    when = (
        (
            f"figures from {years[0]}"
            if len(years) == 1
            else f"figures from {years[0]} to {years[-1]}"
        )
        if years
        else "years not stated"
    )
    sources = sorted({catalog.source_number(band.source) for band in bands})
    marks = "".join(f"[{number}]" for number in sources)
    return (
        f"INR {low}–{high} {bands[0].unit} across {len(bands)} entry-level band(s) ({when}) {marks}"
    )


def pay_rows(catalog: Catalog, roles: Sequence[Role]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            role.title,
            model_name(catalog, role.model),
            *(
                _band_text(catalog, [band for band in role.salary_bands if band.level == level])
                or "—"
                for level in LEVELS
            ),
        )
        for role in roles
        if role.salary_bands
    )


def pay_document(catalog: Catalog, meta: str = "") -> Document:
    """BPO against KPO (and LPO) pay: a summary per model, every role, the sector's trends."""
    summary = [
        Paragraph(text, lead=f"{model.short_name}:")
        for model in catalog.models
        if (text := _model_range(catalog, model.id)) is not None
    ]
    blocks: list[Block] = [Heading("Entry pay by model")]
    if summary:
        blocks.append(BulletList(tuple(summary)))
    else:
        blocks.append(Paragraph("The sources give no entry-level pay figures."))
    roles = sorted(catalog.roles, key=lambda role: [m.id for m in catalog.models].index(role.model))
    rows = pay_rows(catalog, roles)
    if rows:
        blocks.append(Heading("Each role's pay"))
        blocks.append(Table(headers=("Role", "Model", "Entry", "Mid-career", "Senior"), rows=rows))
    facts = sorted(
        (fact for fact in catalog.industry if fact.topic == "pay"),
        key=lambda fact: (fact.year is None, fact.year or 0),
    )
    claims = [Claim(text=fact.text, sources=fact.sources) for fact in facts]
    if facts:
        blocks.append(Heading("Pay across the industry"))
        blocks.append(
            BulletList(
                tuple(
                    claim_paragraph(
                        catalog, claim, lead=f"{fact.year}:" if fact.year else "Undated:"
                    )
                    for fact, claim in zip(facts, claims, strict=True)
                )
            )
        )
    years = sorted(
        {band.year for role in catalog.roles for band in role.salary_bands if band.year}
        | {fact.year for fact in facts if fact.year}
    )
    if years:
        blocks.append(
            Paragraph(
                f"The figures date from {years[0]} to {years[-1]} and come from different "
                "sources; pay changes with city, employer and year, so compare them with care.",
                lead="Note:",
            )
        )
    source_ids = [band.source for role in catalog.roles for band in role.salary_bands]
    source_ids += [source for claim in claims for source in claim.sources]
    return Document(
        title="Pay compared",
        subtitle="What BPO, KPO and LPO roles pay in India, with years and sources.",
        meta=meta,
        blocks=tuple(blocks),
        references=references_for(catalog, source_ids),
    )

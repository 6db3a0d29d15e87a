"""Documents built from the content: the overview, detail panes and their sources.

Each builder returns a `Document`; the GUI shows it and the exports write it,
so what is printed matches what is on screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from outsource_desktop.content.models import Catalog, Claim, Role, ServiceType
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Reference,
    Table,
)
from outsource_desktop.documents.formatting import model_name, salary_text, source_citation
from outsource_desktop.documents.tables import comparison_table
from outsource_desktop.reference.pay import shown_bands
from outsource_desktop.reference.queries import (
    Cell,
    ComparisonRow,
    cited_source_ids,
    numbers_of,
    numbers_of_ids,
)

# Aspects that the overview puts side by side "at a glance".
AT_A_GLANCE = ("key-difference", "nature-of-work", "skills-required", "investment", "qualification")


def references_for(catalog: Catalog, source_ids: Iterable[str]) -> tuple[Reference, ...]:
    numbers = sorted({catalog.source_number(source_id) for source_id in source_ids})
    return tuple(
        Reference(number, source_citation(catalog.sources[number - 1])) for number in numbers
    )


# Said of advice no article supports (the Advisor's and career guide's general practice).
GENERAL_PRACTICE = "general practice, not from the articles"


def sourced_paragraph(
    catalog: Catalog, text: str, sources: Sequence[str], lead: str = ""
) -> Paragraph:
    """A paragraph with its sources as [n], or labelled general practice when it has none."""
    return Paragraph(
        text,
        lead=lead,
        references=tuple(sorted(numbers_of_ids(catalog, sources))),
        note="" if sources else GENERAL_PRACTICE,
    )


def claim_paragraph(catalog: Catalog, claim: Claim, lead: str = "", note: str = "") -> Paragraph:
    if claim.opinion:
        note = "; ".join(filter(None, ["the article's opinion, not an established fact", note]))
    return Paragraph(claim.text, lead=lead, references=numbers_of(catalog, claim), note=note)


def cell_note(catalog: Catalog, cell: Cell) -> str:
    if cell.inherited_from:
        return f"no specific claim; inherited from {model_name(catalog, cell.inherited_from)}"
    return ""


def cell_blocks(catalog: Catalog, cell: Cell) -> list[Block]:
    blocks: list[Block] = [Heading(model_name(catalog, cell.model_id), level=3)]
    if cell.claim is None:
        blocks.append(Paragraph("The articles say nothing about this."))
        return blocks
    blocks.append(claim_paragraph(catalog, cell.claim, note=cell_note(catalog, cell)))
    for other in cell.claim.disagreements:
        blocks.append(claim_paragraph(catalog, other, lead="Another article differs:"))
    return blocks


def aspect_document(catalog: Catalog, row: ComparisonRow) -> Document:
    blocks: list[Block] = []
    claims: list[Claim] = []
    for cell in row.cells:
        blocks.extend(cell_blocks(catalog, cell))
        claims.extend(cell.all_claims())
    return Document(
        title=row.aspect.label,
        subtitle=row.section.title,
        blocks=tuple(blocks),
        references=references_for(catalog, cited_source_ids(claims)),
    )


def overview_document(catalog: Catalog, glance_rows: Sequence[ComparisonRow]) -> Document:
    blocks: list[Block] = []
    claims: list[Claim] = []
    for model in catalog.models:
        blocks.append(Heading(f"{model.short_name}: {model.full_name}"))
        for claim in model.definition:
            blocks.append(claim_paragraph(catalog, claim))
        if model.key_points:
            blocks.append(
                BulletList(tuple(claim_paragraph(catalog, claim) for claim in model.key_points))
            )
        claims.extend([*model.definition, *model.key_points])
    if catalog.relations:
        blocks.append(Heading("How the models relate"))
        items = []
        for relation in catalog.relations:
            lead = (
                f"{model_name(catalog, relation.subject)} and "
                f"{model_name(catalog, relation.object)}:"
            )
            items.append(claim_paragraph(catalog, relation.claim, lead=lead))
            claims.append(relation.claim)
        blocks.append(BulletList(tuple(items)))
    glance = [row for row in glance_rows if row.aspect.id in AT_A_GLANCE]
    if glance:
        blocks.append(Heading("Key differences at a glance"))
        table = comparison_table(catalog, glance)
        blocks.append(
            Table(
                headers=table.headers,
                rows=tuple(
                    row for index, row in enumerate(table.rows) if index not in table.group_rows
                ),
            )
        )
        for row in glance:
            for cell in row.cells:
                claims.extend(cell.all_claims())
    if catalog.engagement_steps:
        blocks.append(Heading("How a KPO engagement runs"))
        steps = sorted(catalog.engagement_steps, key=lambda step: step.number)
        blocks.append(
            BulletList(
                tuple(
                    Paragraph(step.text, references=numbers_of_ids(catalog, step.sources))
                    for step in steps
                ),
                numbered=True,
            )
        )
        claims.extend(Claim(text=step.text, sources=step.sources) for step in steps)
    if catalog.guidance:
        blocks.append(Heading("Buying outsourced work"))
        blocks.append(
            BulletList(
                tuple(
                    claim_paragraph(catalog, item.claim, lead=f"{item.title}:")
                    for item in catalog.guidance
                )
            )
        )
        claims.extend(item.claim for item in catalog.guidance)
    return Document(
        title=catalog.title,
        subtitle="What each model is, how they relate, and where the articles differ.",
        blocks=tuple(blocks),
        references=references_for(catalog, cited_source_ids(claims)),
    )


def overview_anchor(catalog: Catalog, item_id: str) -> str | None:
    """Text that finds the overview item `item_id` (as the search names it) in the overview.

    Ids: a model's id, `relations/<index>`, `steps/<number>`, `guidance/<id>`.
    """
    kind, _, key = item_id.partition("/")
    text: str | None = None
    if not key:
        text = next(
            (f"{m.short_name}: {m.full_name}" for m in catalog.models if m.id == kind), None
        )
    elif kind == "relations" and key.isdigit() and int(key) < len(catalog.relations):
        text = catalog.relations[int(key)].claim.text
    elif kind == "steps":
        text = next((s.text for s in catalog.engagement_steps if str(s.number) == key), None)
    elif kind == "guidance":
        text = next((f"{g.title}:" for g in catalog.guidance if g.id == key), None)
    # A text view finds within one paragraph: a line break in the text would end the match.
    return text.splitlines()[0] if text else None


def service_document(catalog: Catalog, service: ServiceType) -> Document:
    description = service.description
    blocks: list[Block] = [claim_paragraph(catalog, description)]
    for other in description.disagreements:
        blocks.append(claim_paragraph(catalog, other, lead="Another article differs:"))
    if service.examples:
        blocks.append(Heading("Examples", level=3))
        blocks.append(BulletList(tuple(Paragraph(example) for example in service.examples)))
    if service.sectors:
        blocks.append(Heading("Sectors", level=3))
        blocks.append(BulletList(tuple(Paragraph(sector) for sector in service.sectors)))
    return Document(
        title=service.name,
        subtitle=f"A type of {catalog.model_by_id(service.model).full_name}",
        blocks=tuple(blocks),
        references=references_for(
            catalog, cited_source_ids([description, *description.disagreements])
        ),
    )


def salary_list(catalog: Catalog, role: Role) -> BulletList:
    """The role's pay, one band a line, each with its source (sector-wide bands labelled)."""
    return BulletList(
        tuple(
            Paragraph(
                salary_text(band),
                references=(catalog.source_number(band.source),),
                note=band.note or "",
            )
            for band in shown_bands(catalog, role)
        )
    )


def role_document(catalog: Catalog, role: Role) -> Document:
    claims: list[Claim] = [role.description, *role.eligibility, role.training]
    qualification_names = {item.id: item.name for item in catalog.qualifications}
    company_names = {item.id: item.name for item in catalog.companies}
    blocks: list[Block] = [claim_paragraph(catalog, role.description)]
    blocks.append(Heading("Eligibility", level=3))
    blocks.append(BulletList(tuple(claim_paragraph(catalog, claim) for claim in role.eligibility)))
    if role.qualifications:
        blocks.append(Heading("Qualifications that fit", level=3))
        blocks.append(
            Paragraph(
                ", ".join(qualification_names[item] for item in role.qualifications),
                note="matched to the articles' requirements by the editors",
            )
        )
    blocks.append(Heading("Skills", level=3))
    blocks.append(
        Paragraph(", ".join(role.skills), references=numbers_of_ids(catalog, role.skills_sources))
    )
    blocks.append(Heading("Salary", level=3))
    bands = shown_bands(catalog, role)
    if bands:
        blocks.append(salary_list(catalog, role))
    else:
        blocks.append(Paragraph("No source gives pay for this role or its sector."))
    blocks.append(Heading("Training", level=3))
    blocks.append(claim_paragraph(catalog, role.training))
    if role.companies:
        blocks.append(Heading("Companies named in the articles", level=3))
        blocks.append(Paragraph(", ".join(company_names[item] for item in role.companies)))
    else:
        model = catalog.model_by_id(role.model).short_name
        in_model = [company.name for company in catalog.companies if role.model in company.models]
        blocks.append(Heading(f"Companies named for {model}", level=3))
        blocks.append(
            Paragraph(
                ", ".join(in_model) or f"This content names no {model} company.",
                note="named for the model, not for this role" if in_model else "",
            )
        )
    source_ids = cited_source_ids(claims) + list(role.skills_sources)
    source_ids += [band.source for band in bands]
    return Document(
        title=role.title,
        subtitle=f"A {catalog.model_by_id(role.model).short_name} role",
        blocks=tuple(blocks),
        references=references_for(catalog, source_ids),
    )


def sources_document(catalog: Catalog) -> Document:
    return Document(
        title="Sources",
        subtitle="The articles this reference is drawn from, in citation order.",
        blocks=(),
        references=references_for(catalog, [source.id for source in catalog.sources]),
    )

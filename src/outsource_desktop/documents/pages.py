"""Documents built from the content: the overview, detail panes and their sources.

Each builder returns a `Document`; the GUI shows it and the exports write it,
so what is printed matches what is on screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from outsource_desktop.content.models import (
    Catalog,
    Claim,
    DisputedClaim,
    OutsourcingModel,
    Role,
    ServiceType,
)
from outsource_desktop.content.salary import SalaryBand
from outsource_desktop.documents.bidi import isolated, joined
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.diagram import relation_diagram
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Figure,
    Heading,
    Paragraph,
    Reference,
    Table,
)
from outsource_desktop.documents.formatting import model_name, salary_text, same_as, source_citation
from outsource_desktop.documents.tables import comparison_table
from outsource_desktop.i18n import translate
from outsource_desktop.reference.careers import role_companies
from outsource_desktop.reference.pay import pay_facts, shown_bands
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


def general_practice() -> str:
    """Said of advice no source supports (the Advisor's and career guide's general practice)."""
    return translate("Pages", "general practice, not from the sources")


def sourced_paragraph(
    catalog: Catalog, text: str, sources: Sequence[str], lead: str = ""
) -> Paragraph:
    """A paragraph with its sources as [n], or labelled general practice when it has none."""
    return Paragraph(
        text,
        lead=lead,
        references=tuple(sorted(numbers_of_ids(catalog, sources))),
        note="" if sources else general_practice(),
    )


def claim_paragraph(catalog: Catalog, claim: Claim, lead: str = "", note: str = "") -> Paragraph:
    if claim.opinion:
        opinion = translate("Pages", "the article's opinion, not an established fact")
        note = "; ".join(filter(None, [opinion, note]))
    return Paragraph(claim.text, lead=lead, references=numbers_of(catalog, claim), note=note)


def disputed_blocks(catalog: Catalog, claim: DisputedClaim, lead: str = "") -> list[Block]:
    """A claim, then each source's other view, each with its own sources."""
    blocks: list[Block] = [claim_paragraph(catalog, claim, lead=lead)]
    blocks += [
        claim_paragraph(catalog, other, lead=translate("Pages", "Another source differs:"))
        for other in claim.disagreements
    ]
    return blocks


def cell_blocks(catalog: Catalog, cell: Cell) -> list[Block]:
    """One model's cell in full: its short value, the explanation, other views."""
    blocks: list[Block] = [Heading(model_name(catalog, cell.model_id), level=3)]
    claim = cell.claim
    if claim is None:
        blocks.append(Paragraph(translate("Pages", "The sources say nothing about this.")))
        return blocks
    lead = f"{isolated(claim.value)}."
    if cell.inherited_from:
        blocks.append(
            Paragraph(
                translate(
                    "Pages", "{same_as}: {model} takes its parent model's value here."
                ).format(
                    same_as=same_as(catalog, cell.inherited_from),
                    model=isolated(model_name(catalog, cell.model_id)),
                )
            )
        )
    blocks += disputed_blocks(catalog, claim, lead=lead)
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


def model_blocks(catalog: Catalog, model: OutsourcingModel) -> tuple[list[Block], list[Claim]]:
    """What a model is: definition, key points, examples, who does it, pros and cons."""
    blocks: list[Block] = [Heading(f"{model.short_name}: {model.full_name}")]
    blocks += disputed_blocks(catalog, model.definition, lead=translate("Pages", "Definition:"))
    claims: list[Claim] = [model.definition, *model.definition.disagreements, model.who_does_it]
    if model.key_points:
        blocks.append(Heading(translate("Pages", "Key points"), level=3))
        blocks.append(
            BulletList(tuple(claim_paragraph(catalog, claim) for claim in model.key_points))
        )
    if model.examples:
        # Each example is its own phrase, capitalised: a list, not a sentence.
        blocks.append(
            Paragraph(joined(" · ", model.examples), lead=translate("Pages", "Typical work:"))
        )
    blocks.append(
        claim_paragraph(catalog, model.who_does_it, lead=translate("Pages", "Who does it:"))
    )
    for title, points in (
        (translate("Pages", "Advantages"), model.advantages),
        (translate("Pages", "Disadvantages"), model.disadvantages),
    ):
        if points:
            blocks.append(Heading(title, level=3))
            blocks.append(BulletList(tuple(claim_paragraph(catalog, claim) for claim in points)))
    claims += [*model.key_points, *model.advantages, *model.disadvantages]
    return blocks, claims


def relation_blocks(catalog: Catalog) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Pages", "How the models relate"))]
    diagram = relation_diagram(catalog)
    if diagram is not None:
        caption = translate("Pages", "How BPO, KPO and LPO relate to outsourcing and each other.")
        blocks.append(Figure(diagram, caption))
    items = []
    for relation in catalog.relations:
        subject = model_name(catalog, relation.subject)
        other = (
            translate("Pages", "outsourcing")
            if relation.object is None
            else model_name(catalog, relation.object)
        )
        lead = translate("Pages", "{subject} and {other}:").format(subject=subject, other=other)
        items.append(claim_paragraph(catalog, relation.claim, lead=lead))
    blocks.append(BulletList(tuple(items)))
    return blocks


# The industry's topics the overview shows (pay is in Careers).
INDUSTRY_TOPICS = ("history", "size", "trend")


def industry_topic_name(topic: str) -> str:
    names = {
        "history": translate("Pages", "History"),
        "size": translate("Pages", "Size"),
        "trend": translate("Pages", "Trend"),
    }
    return names[topic]


def industry_blocks(catalog: Catalog) -> list[Block]:
    """The industry's history, size and trends, year by year (pay is in Careers)."""
    facts = [fact for fact in catalog.industry if fact.topic in INDUSTRY_TOPICS]
    if not facts:
        return []
    facts.sort(key=lambda fact: (fact.year is None, fact.year or 0))
    rows = tuple(
        (
            # No year: the fact may still give a period ("in the 1980s") itself.
            str(fact.year) if fact.year is not None else "—",
            industry_topic_name(fact.topic),
            f"{fact.text} {reference_marks(numbers_of_ids(catalog, fact.sources))}",
        )
        for fact in facts
    )
    return [
        Heading(translate("Pages", "The industry: how it grew and how large it is")),
        Table(
            headers=(
                translate("Pages", "Year"),
                translate("Pages", "Topic"),
                translate("Pages", "Fact"),
            ),
            rows=rows,
            widths=(8, 9, 83),
        ),
    ]


def company_blocks(catalog: Catalog) -> list[Block]:
    """The companies named for each model, in the models' order, with what each does."""
    if not catalog.companies:
        return []
    order = {model.id: index for index, model in enumerate(catalog.models)}
    companies = sorted(
        catalog.companies,
        key=lambda company: min(order.get(model_id, len(order)) for model_id in company.models),
    )
    rows = tuple(
        (
            company.name,
            joined(", ", (model_name(catalog, model_id) for model_id in company.models)),
            f"{isolated(company.description.text)} "
            f"{reference_marks(numbers_of(catalog, company.description))}",
        )
        for company in companies
    )
    return [
        Heading(translate("Pages", "Leading companies")),
        Paragraph(
            translate("Pages", "Firms that do this work in India, whether based there or abroad.")
        ),
        Table(
            headers=(
                translate("Pages", "Company"),
                translate("Pages", "Models"),
                translate("Pages", "About the company"),
            ),
            rows=rows,
            widths=(18, 10, 72),
        ),
    ]


def overview_document(catalog: Catalog, glance_rows: Sequence[ComparisonRow]) -> Document:
    blocks: list[Block] = []
    claims: list[Claim] = []
    # The big picture first: the models and how they relate, then each in turn.
    if catalog.relations:
        blocks += relation_blocks(catalog)
        claims += [relation.claim for relation in catalog.relations]
    for model in catalog.models:
        model_part, model_claims = model_blocks(catalog, model)
        blocks += model_part
        claims += model_claims
    glance = [row for row in glance_rows if row.aspect.id in AT_A_GLANCE]
    if glance:
        blocks.append(Heading(translate("Pages", "Key differences at a glance")))
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
    industry = industry_blocks(catalog)
    if industry:
        blocks += industry
        claims += [
            Claim(text=fact.text, sources=fact.sources)
            for fact in catalog.industry
            if fact.topic in INDUSTRY_TOPICS
        ]
    blocks += company_blocks(catalog)
    claims += [company.description for company in catalog.companies]
    if catalog.engagement_steps:
        blocks.append(Heading(translate("Pages", "How a KPO engagement runs")))
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
        blocks.append(Heading(translate("Pages", "Buying outsourced work")))
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
        subtitle=translate("Pages", "What each model is, how they relate, and how they differ."),
        blocks=tuple(blocks),
        references=references_for(catalog, cited_source_ids(claims)),
    )


def overview_anchor(catalog: Catalog, item_id: str) -> str | None:
    """Text that finds the overview item `item_id` (as the search names it) in the overview.

    Ids: a model's id, `<model id>/advantages` or `/disadvantages`, `relations/<index>`,
    `industry/<fact id>`, `companies/<company id>`, `steps/<number>`, `guidance/<id>`.
    """
    kind, _, key = item_id.partition("/")
    models = {model.id: model for model in catalog.models}
    text: str | None = None
    if kind in models:
        model = models[kind]
        # A list of points is found by its first point: its heading recurs under every model.
        points = {"advantages": model.advantages, "disadvantages": model.disadvantages}
        if not key:
            text = f"{model.short_name}: {model.full_name}"
        elif points.get(key):
            text = points[key][0].text
    elif kind == "relations" and key.isdigit() and int(key) < len(catalog.relations):
        text = catalog.relations[int(key)].claim.text
    elif kind == "industry":
        text = next(
            (f.text for f in catalog.industry if f.id == key and f.topic in INDUSTRY_TOPICS), None
        )
    elif kind == "companies":
        # By what it does: its name may be mentioned earlier, in a model's key points.
        text = next((c.description.text for c in catalog.companies if c.id == key), None)
    elif kind == "steps":
        text = next((s.text for s in catalog.engagement_steps if str(s.number) == key), None)
    elif kind == "guidance":
        text = next((f"{g.title}:" for g in catalog.guidance if g.id == key), None)
    # A text view finds within one paragraph: a line break in the text would end the match.
    return text.splitlines()[0] if text else None


def service_document(catalog: Catalog, service: ServiceType) -> Document:
    description = service.description
    blocks = disputed_blocks(catalog, description)
    if service.examples:
        blocks.append(Heading(translate("Pages", "Examples"), level=3))
        blocks.append(BulletList(tuple(Paragraph(example) for example in service.examples)))
    if service.sectors:
        blocks.append(Heading(translate("Pages", "Sectors"), level=3))
        blocks.append(BulletList(tuple(Paragraph(sector) for sector in service.sectors)))
    return Document(
        title=service.name,
        subtitle=translate("Pages", "A type of {model}").format(
            model=catalog.model_by_id(service.model).full_name
        ),
        blocks=tuple(blocks),
        references=references_for(
            catalog, cited_source_ids([description, *description.disagreements])
        ),
    )


def no_pay_text(catalog: Catalog) -> str:
    """What a role without figures says: where the industry's pay facts are, if any."""
    if pay_facts(catalog):
        return translate(
            "Pages",
            "No source gives a figure for this role; Careers › Pay compared has the industry's.",
        )
    return translate("Pages", "No source gives pay for this role or its sector.")


def salary_list(catalog: Catalog, bands: Sequence[SalaryBand]) -> BulletList:
    """A role's pay, one band a line, each with its source (sector-wide bands labelled)."""
    return BulletList(
        tuple(
            Paragraph(
                salary_text(band),
                references=(catalog.source_number(band.source),),
                note=band.note or "",
            )
            for band in bands
        )
    )


def role_source_ids(catalog: Catalog, role: Role) -> list[str]:
    """Every source a role's page cites: its claims, its skills and the pay it shows."""
    claims = [role.description, *role.eligibility, role.training]
    return [
        *cited_source_ids(claims),
        *role.skills_sources,
        *(band.source for band in shown_bands(catalog, role)),
    ]


def role_document(catalog: Catalog, role: Role) -> Document:
    qualification_names = {item.id: item.name for item in catalog.qualifications}
    blocks: list[Block] = [claim_paragraph(catalog, role.description)]
    blocks.append(Heading(translate("Pages", "Eligibility"), level=3))
    blocks.append(BulletList(tuple(claim_paragraph(catalog, claim) for claim in role.eligibility)))
    if role.qualifications:
        blocks.append(Heading(translate("Pages", "Qualifications that fit"), level=3))
        blocks.append(
            Paragraph(
                joined(", ", (qualification_names[item] for item in role.qualifications)),
                note=translate("Pages", "matched to the sources' requirements by the editors"),
            )
        )
    blocks.append(Heading(translate("Pages", "Skills"), level=3))
    blocks.append(
        Paragraph(
            joined(", ", role.skills), references=numbers_of_ids(catalog, role.skills_sources)
        )
    )
    blocks.append(Heading(translate("Pages", "Salary"), level=3))
    bands = shown_bands(catalog, role)
    if bands:
        blocks.append(salary_list(catalog, bands))
    else:
        blocks.append(Paragraph(no_pay_text(catalog)))
    blocks.append(Heading(translate("Pages", "Training"), level=3))
    blocks.append(claim_paragraph(catalog, role.training))
    companies, for_model = role_companies(catalog, role)
    names = joined(", ", (company.name for company in companies))
    if not for_model:
        blocks.append(Heading(translate("Pages", "Companies"), level=3))
        blocks.append(Paragraph(names))
    else:
        model = isolated(catalog.model_by_id(role.model).short_name)
        heading = translate("Pages", "Companies named for {model}").format(model=model)
        blocks.append(Heading(heading, level=3))
        none = translate("Pages", "This content names no {model} company.").format(model=model)
        blocks.append(
            Paragraph(
                names or none,
                note=translate("Pages", "named for the model, not for this role") if names else "",
            )
        )
    return Document(
        title=role.title,
        subtitle=translate("Pages", "A {model} role").format(
            model=catalog.model_by_id(role.model).short_name
        ),
        blocks=tuple(blocks),
        references=references_for(catalog, role_source_ids(catalog, role)),
    )


def sources_document(catalog: Catalog) -> Document:
    """Every source: title, site, author, date and address, numbered as cited."""
    seeds = sum(source.seed for source in catalog.sources)
    addressed = sum(source.url is not None for source in catalog.sources)
    summary = translate("Pages", "{count} sources, {addressed} with a web address.").format(
        count=len(catalog.sources), addressed=addressed
    )
    if seeds:
        summary += " " + translate(
            "Pages",
            "{seeds} of them are the articles this reference began from; "
            "the others add what those articles lack.",
        ).format(seeds=seeds)
    return Document(
        title=translate("Pages", "Sources"),
        subtitle=translate(
            "Pages", "Every page this reference cites, numbered as the [n] markers are."
        ),
        blocks=(Paragraph(summary),),
        references=references_for(catalog, [source.id for source in catalog.sources]),
    )

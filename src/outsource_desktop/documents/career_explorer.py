"""The career explorer's findings as a document: the roles that fit, their pay and training,
and what to learn next. The matching rules are `reference.careers`."""

from __future__ import annotations

from collections.abc import Iterable

from outsource_desktop.content.models import Catalog, Claim, Role
from outsource_desktop.documents.bidi import isolated, joined
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.formatting import model_name, salary_text
from outsource_desktop.documents.pages import claim_paragraph, references_for, salary_list
from outsource_desktop.reference.careers import NextStep, RoleMatch, match_roles, next_steps
from outsource_desktop.reference.queries import cited_source_ids, numbers_of_ids


def role_heading(catalog: Catalog, role: Role) -> str:
    """The role's title with its model, unless the title already names it."""
    model = model_name(catalog, role.model)
    title = isolated(role.title)
    return title if f"({model})" in role.title else f"{title} ({isolated(model)})"


def _entry_pay(role: Role) -> str:
    entry = next((band for band in role.salary_bands if band.level == "entry"), None)
    return salary_text(entry) if entry else "not given in the articles"


def _match_blocks(catalog: Catalog, match: RoleMatch) -> list[Block]:
    role = match.role
    blocks: list[Block] = [
        Heading(role_heading(catalog, role), level=3),
        Paragraph(
            joined(", ", match.skills_held) or "none of them yet",
            lead=f"Skills you have ({len(match.skills_held)} of {len(role.skills)}):",
            references=numbers_of_ids(catalog, role.skills_sources),
        ),
    ]
    if match.skills_missing:
        blocks.append(Paragraph(joined(", ", match.skills_missing), lead="Skills to build:"))
    if role.salary_bands:
        blocks.append(salary_list(catalog, role, lead="Salary:"))
    else:
        blocks.append(
            Paragraph("The articles give no salary figures for this role.", lead="Salary:")
        )
    blocks.append(claim_paragraph(catalog, role.training, lead="Training expected:"))
    return blocks


def _step_paragraph(catalog: Catalog, step: NextStep) -> Paragraph:
    parts = [f"learn {joined(', ', step.skills_missing)}" if step.skills_missing else ""]
    if step.qualifications_needed:
        parts.append(f"qualify with one of: {joined(', ', step.qualifications_needed)}")
    text = "; ".join(filter(None, parts)) or "you already have what it asks for"
    lead = f"{role_heading(catalog, step.role)}:"
    return Paragraph(text[0].upper() + text[1:] + ".", lead=lead)


def explorer_document(
    catalog: Catalog, qualification_id: str | None, skills: Iterable[str]
) -> Document:
    """What fits the reader; `qualification_id` None when the content lists none to choose."""
    chosen = set(skills)
    qualification = next(
        (item for item in catalog.qualifications if item.id == qualification_id), None
    )
    if qualification is None:
        return Document(
            title="Career explorer",
            subtitle="This content lists no qualifications, so no role can be matched to one.",
            blocks=(),
        )
    matches = match_roles(catalog, qualification.id, chosen)
    blocks: list[Block] = [Heading(f"Roles that fit ({len(matches)})")]
    if not matches:
        blocks.append(Paragraph("No role in the articles lists this qualification."))
    else:
        # A one-screen summary first; each role follows in full.
        blocks.append(
            Table(
                headers=("Role", "Your skills", "Entry pay"),
                rows=tuple(
                    (
                        role_heading(catalog, match.role),
                        f"{len(match.skills_held)} of {len(match.role.skills)}",
                        _entry_pay(match.role),
                    )
                    for match in matches
                ),
            )
        )
    for match in matches:
        blocks.extend(_match_blocks(catalog, match))
    blocks.append(Heading("What to learn for the next level"))
    steps = next_steps(catalog, qualification.id, chosen)
    if steps:
        blocks.append(BulletList(tuple(_step_paragraph(catalog, step) for step in steps)))
    else:
        blocks.append(
            Paragraph(
                "The articles name no better-paid or more senior role of the same model; "
                "the next salary level of a role comes with experience."
            )
        )
    claims: list[Claim] = [match.role.training for match in matches]
    source_ids = cited_source_ids(claims)
    for match in matches:
        source_ids += [*match.role.skills_sources, *(b.source for b in match.role.salary_bands)]
    return Document(
        title="Career explorer",
        subtitle=f"For {qualification.name}, with {len(chosen)} skill(s) ticked.",
        blocks=tuple(blocks),
        references=references_for(catalog, source_ids),
    )

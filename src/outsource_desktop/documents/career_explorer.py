"""The career explorer's findings as a document: the roles that fit, their pay and training,
the career ladders and the next steps. The matching rules are `reference.careers`."""

from __future__ import annotations

from collections.abc import Iterable

from outsource_desktop.content.career_tracks import CareerTrack
from outsource_desktop.content.models import Catalog, Claim, Qualification, Role
from outsource_desktop.documents.bidi import isolated, joined
from outsource_desktop.documents.citations import reference_marks
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.documents.formatting import entry_pay, model_name, salary_text
from outsource_desktop.documents.pages import (
    claim_paragraph,
    general_practice,
    no_pay_text,
    references_for,
    sourced_paragraph,
)
from outsource_desktop.i18n import translate
from outsource_desktop.reference.careers import (
    Fit,
    RoleMatch,
    companies_for_model,
    eligible_roles,
    levels_met,
    match_roles,
    qualification_by_id,
    steps_for,
)
from outsource_desktop.reference.pay import shown_bands
from outsource_desktop.reference.queries import cited_source_ids, numbers_of_ids


def fit_words(fit: Fit) -> str:
    return {
        Fit.EXACT: translate("CareerExplorer", "Built on your qualification"),
        Fit.RELATED: translate("CareerExplorer", "Related to your qualification"),
        Fit.LEVEL: translate("CareerExplorer", "Open to your level of education"),
    }[fit]


def role_heading(catalog: Catalog, role: Role) -> str:
    """The role's title with its model, unless the title already names it."""
    model = model_name(catalog, role.model)
    title = isolated(role.title)
    return title if f"({model})" in role.title else f"{title} ({isolated(model)})"


def pay_blocks(catalog: Catalog, role: Role) -> list[Block]:
    """The role's pay: its own bands, else the sector's, labelled; or that no source gives any."""
    bands = shown_bands(catalog, role)
    if not bands:
        return [Paragraph(no_pay_text(catalog), lead=translate("CareerExplorer", "Pay:"))]
    model = isolated(model_name(catalog, role.model))
    own = sum(band.scope == "role" for band in bands)
    if own == len(bands):
        intro = translate("CareerExplorer", "figures a source gives for this role.")
    elif own:
        intro = translate(
            "CareerExplorer",
            "the role's own figures where a source gives them; the others are for {model} "
            "jobs in general.",
        ).format(model=model)
    else:
        intro = translate(
            "CareerExplorer",
            "no source gives figures for this role; these are for {model} jobs in general, "
            "so its own pay may differ.",
        ).format(model=model)
    items = tuple(
        Paragraph(
            salary_text(band),
            references=(catalog.source_number(band.source),),
            note=band.note or "",
        )
        for band in bands
    )
    return [Paragraph(intro, lead=translate("CareerExplorer", "Pay:")), BulletList(items)]


def _match_blocks(catalog: Catalog, match: RoleMatch) -> list[Block]:
    role = match.role
    blocks: list[Block] = [
        Heading(role_heading(catalog, role), level=3),
        Paragraph(fit_words(match.fit) + ".", lead=translate("CareerExplorer", "Fit:")),
        # The sources are cited on the skills they name, never on "none of them yet".
        Paragraph(
            joined(", ", match.skills_held) or translate("CareerExplorer", "none of them yet"),
            lead=translate("CareerExplorer", "Skills you have ({held} of {all}):").format(
                held=len(match.skills_held), all=len(role.skills)
            ),
            references=numbers_of_ids(catalog, role.skills_sources) if match.skills_held else (),
        ),
    ]
    if match.skills_missing:
        blocks.append(
            Paragraph(
                joined(", ", match.skills_missing),
                lead=translate("CareerExplorer", "Skills to build:"),
                references=numbers_of_ids(catalog, role.skills_sources),
            )
        )
    blocks.extend(pay_blocks(catalog, role))
    if role.companies:
        names = {company.id: company.name for company in catalog.companies}
        blocks.append(
            Paragraph(
                joined(", ", (names[item] for item in role.companies)),
                lead=translate("CareerExplorer", "Companies named:"),
            )
        )
    blocks.append(
        claim_paragraph(
            catalog, role.training, lead=translate("CareerExplorer", "Training expected:")
        )
    )
    return blocks


def _ladder(catalog: Catalog, track: CareerTrack) -> BulletList:
    """The track's steps, lowest first. Sources are cited inline: a step's pay has its own."""
    titles = {role.id: role.title for role in catalog.roles}
    steps = []
    for rung in track.ladder:
        roles = joined(", ", (titles[role_id] for role_id in rung.roles))
        here = translate("CareerExplorer", "Roles here: {roles}.").format(roles=roles)
        text = f"{isolated(rung.text)} {here}" if roles else isolated(rung.text)
        pay = "; ".join(
            f"{salary_text(band)} [{catalog.source_number(band.source)}]"
            + (f" ({isolated(band.note)})" if band.note else "")
            for band in rung.salary_bands
        )
        numbers = tuple(sorted(numbers_of_ids(catalog, rung.sources)))
        basis = reference_marks(numbers) if numbers else f"({general_practice()})"
        paid = translate("CareerExplorer", "Pay: {pay}.").format(pay=pay)
        text = f"{text} {basis}" + (f" {paid}" if pay else "")
        steps.append(Paragraph(text, lead=f"{isolated(rung.title)}:"))
    return BulletList(tuple(steps), numbered=True)


def _track_blocks(
    catalog: Catalog, track: CareerTrack, qualification: Qualification
) -> tuple[list[Block], list[str]]:
    model = model_name(catalog, track.model)
    blocks: list[Block] = [Heading(f"{isolated(track.name)} ({isolated(model)})", level=3)]
    cited: list[str] = []
    if track.ladder:
        blocks.append(
            Heading(translate("CareerExplorer", "Career ladder, from the first job up"), level=4)
        )
        blocks.append(_ladder(catalog, track))
        for rung in track.ladder:
            cited += [*rung.sources, *(band.source for band in rung.salary_bands)]
    steps = steps_for(track, qualification)
    if steps:
        heading = translate("CareerExplorer", "Next steps for {qualification}").format(
            qualification=isolated(qualification.name)
        )
        blocks.append(Heading(heading, level=4))
        blocks.append(
            BulletList(tuple(sourced_paragraph(catalog, s.text, s.sources) for s in steps))
        )
        cited += [source for step in steps for source in step.sources]
    return blocks, cited


def _companies_blocks(catalog: Catalog, model_ids: Iterable[str]) -> list[Block]:
    items = []
    for model_id in model_ids:
        companies = companies_for_model(catalog, model_id)
        text = joined(", ", (company.name for company in companies)) or translate(
            "CareerExplorer", "none named in this content"
        )
        items.append(Paragraph(text + ".", lead=f"{isolated(model_name(catalog, model_id))}:"))
    if not items:
        return []
    heading = translate("CareerExplorer", "Companies named for these models")
    return [Heading(heading), BulletList(tuple(items))]


def explorer_document(
    catalog: Catalog, qualification_id: str | None, skills: Iterable[str]
) -> Document:
    """The roles that suit the reader, their pay, the ladders and the next steps."""
    chosen = set(skills)
    if qualification_id is None or not catalog.qualifications:
        return Document(
            title=translate("CareerExplorer", "Career explorer"),
            subtitle=translate(
                "CareerExplorer",
                "This content file lists no qualifications, so roles cannot be matched.",
            ),
            blocks=(),
        )
    qualification = qualification_by_id(catalog, qualification_id)
    eligible = eligible_roles(catalog, qualification, chosen)
    matches = match_roles(catalog, qualification, chosen)
    blocks: list[Block] = [
        Heading(translate("CareerExplorer", "Roles that fit ({count})").format(count=len(matches)))
    ]
    hidden = len(eligible) - len(matches)
    if not matches:
        blocks.append(
            Paragraph(
                translate("CareerExplorer", "No role in this content is built on or related to it.")
            )
        )
    else:
        blocks.append(
            Table(
                headers=(
                    translate("CareerExplorer", "Role"),
                    translate("CareerExplorer", "Fit"),
                    translate("CareerExplorer", "Your skills"),
                    translate("CareerExplorer", "Entry pay"),
                ),
                rows=tuple(
                    (
                        role_heading(catalog, match.role),
                        fit_words(match.fit),
                        translate("CareerExplorer", "{held} of {all}").format(
                            held=len(match.skills_held), all=len(match.role.skills)
                        ),
                        entry_pay(shown_bands(catalog, match.role)),
                    )
                    for match in matches
                ),
            )
        )
    if hidden:
        levels = levels_met(catalog, qualification)
        blocks.append(
            Paragraph(
                (
                    translate(
                        "CareerExplorer",
                        "1 more role takes anyone at your level of education without "
                        "building on your subject; choose “{level}” as your "
                        "qualification to see it.",
                    )
                    if hidden == 1
                    else translate(
                        "CareerExplorer",
                        "{count} more roles take anyone at your level of education without "
                        "building on your subject; choose “{level}” as your "
                        "qualification to see them.",
                    )
                ).format(count=hidden, level=isolated(levels[0].name))
            )
        )
    for match in matches:
        blocks.extend(_match_blocks(catalog, match))
    blocks.append(Heading(translate("CareerExplorer", "Career ladders and next steps")))
    offered = {match.role.id for match in matches}
    tracks = [track for track in catalog.career_tracks if offered.intersection(track.roles)]
    cited: list[str] = []
    if not catalog.career_tracks:
        blocks.append(
            Paragraph(
                translate(
                    "CareerExplorer",
                    "This content file has no career tracks, so there is no ladder or next step "
                    "to show.",
                )
            )
        )
    elif not tracks:
        blocks.append(
            Paragraph(
                translate(
                    "CareerExplorer",
                    "None of the roles above is on a career track in this content.",
                )
            )
        )
    for track in tracks:
        track_blocks, track_cited = _track_blocks(catalog, track, qualification)
        blocks.extend(track_blocks)
        cited += track_cited
    blocks.extend(_companies_blocks(catalog, dict.fromkeys(m.role.model for m in matches)))
    claims: list[Claim] = [match.role.training for match in matches]
    source_ids = cited_source_ids(claims) + cited
    for match in matches:
        bands = shown_bands(catalog, match.role)
        source_ids += [*match.role.skills_sources, *(band.source for band in bands)]
    return Document(
        title=translate("CareerExplorer", "Career explorer"),
        subtitle=(
            translate("CareerExplorer", "For {qualification}, with 1 skill ticked.")
            if len(chosen) == 1
            else translate("CareerExplorer", "For {qualification}, with {count} skills ticked.")
        ).format(qualification=isolated(qualification.name), count=len(chosen)),
        blocks=tuple(blocks),
        references=references_for(catalog, source_ids),
    )

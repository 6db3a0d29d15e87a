"""The career guide's matching: which roles suit a reader's qualification, and what comes next.

Matching rules (pure functions over the content; no content id is named here):

* A reader is *eligible* for a role when the role names their qualification,
  or names a level-only qualification ("Any graduate", "10+2") ranked no
  higher than theirs.
* How well an eligible role *fits* comes from the content's career tracks:
  a qualification a role's track is built on fits exactly; one the track calls
  related, or one the role names itself, is related. A role open to the reader
  only through a level ("any graduate") is no real fit for someone with a
  subject degree, so it is counted but not offered; for a reader whose own
  qualification is a level, it is what they fit.
* Fitting roles rank by fit, then by how many of the role's skills the reader
  ticked, then by how close the least the role asks for is to the reader's
  level, then in the content's order.
* Next steps and career ladders come from the tracks of the roles offered,
  filtered to the reader's qualification.
* Pay: a role's own bands where a source gives them; otherwise bands a source
  gives for the whole sector (reference/pay.py).

The findings as a document, to show and print, are documents/career_explorer.py.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple

from outsource_desktop.content.career_tracks import CareerTrack, TrackStep
from outsource_desktop.content.models import Catalog, Company, Qualification, Role


class Fit(IntEnum):
    NONE = 0
    LEVEL = 1  # open to the reader's level of schooling, not built on their subject
    RELATED = 2
    EXACT = 3


@dataclass(frozen=True)
class RoleMatch:
    role: Role
    fit: Fit
    skills_held: tuple[str, ...]
    skills_missing: tuple[str, ...]

    @property
    def coverage(self) -> float:
        return len(self.skills_held) / len(self.role.skills)


def all_skills(catalog: Catalog) -> list[str]:
    """Every skill any role names, alphabetically, for the reader to tick."""
    return sorted({skill for role in catalog.roles for skill in role.skills}, key=str.casefold)


def qualification_by_id(catalog: Catalog, qualification_id: str) -> Qualification:
    for item in catalog.qualifications:
        if item.id == qualification_id:
            return item
    raise ValueError(f"no qualification '{qualification_id}'")


def is_eligible(catalog: Catalog, role: Role, qualification: Qualification) -> bool:
    if qualification.id in role.qualifications:
        return True
    levels = {item.id: item for item in catalog.qualifications if item.level_only}
    return any(
        item in levels and levels[item].rank <= qualification.rank for item in role.qualifications
    )


def levels_met(catalog: Catalog, qualification: Qualification) -> list[Qualification]:
    """The level-only qualifications the reader's meets, highest first."""
    return [
        item
        for item in sorted(catalog.qualifications, key=lambda item: -item.rank)
        if item.level_only and item.rank <= qualification.rank
    ]


def tracks_of(catalog: Catalog, role: Role) -> list[CareerTrack]:
    return [track for track in catalog.career_tracks if role.id in track.roles]


def fit_of(catalog: Catalog, role: Role, qualification: Qualification) -> Fit:
    if not is_eligible(catalog, role, qualification):
        return Fit.NONE
    fit = Fit.RELATED if qualification.id in role.qualifications else Fit.LEVEL
    for track in tracks_of(catalog, role):
        for item in track.qualifications:
            if item.qualification == qualification.id:
                fit = max(fit, Fit.EXACT if item.fit == "core" else Fit.RELATED)
    return fit


def shown_fits(qualification: Qualification) -> frozenset[Fit]:
    """The fits offered: a level is a real fit only for a reader whose qualification is one."""
    if qualification.level_only:
        return frozenset({Fit.EXACT, Fit.RELATED, Fit.LEVEL})
    return frozenset({Fit.EXACT, Fit.RELATED})


def _match(role: Role, fit: Fit, skills: Collection[str]) -> RoleMatch:
    held = tuple(skill for skill in role.skills if skill in skills)
    missing = tuple(skill for skill in role.skills if skill not in skills)
    return RoleMatch(role, fit, held, missing)


def level_gap(catalog: Catalog, role: Role, qualification: Qualification) -> int:
    """How far the reader's schooling is above the least the role asks for: a role that
    asks for nearly the reader's level makes more of their qualification."""
    ranks = [item.rank for item in catalog.qualifications if item.id in role.qualifications]
    return abs(qualification.rank - min(ranks)) if ranks else 0


def eligible_roles(
    catalog: Catalog, qualification: Qualification, skills: Collection[str]
) -> list[RoleMatch]:
    """Every role the reader may apply for: best fit first, then skill coverage, then the
    roles that make most of their qualification, then in the content's order."""
    order = {role.id: index for index, role in enumerate(catalog.roles)}
    matches = [
        _match(role, fit, skills)
        for role in catalog.roles
        if (fit := fit_of(catalog, role, qualification)) is not Fit.NONE
    ]
    return sorted(
        matches,
        key=lambda m: (
            -m.fit,
            -m.coverage,
            level_gap(catalog, m.role, qualification),
            order[m.role.id],
        ),
    )


def match_roles(
    catalog: Catalog, qualification: Qualification, skills: Collection[str]
) -> list[RoleMatch]:
    """The roles offered to the reader: real fits only, best first."""
    shown = shown_fits(qualification)
    return [match for match in eligible_roles(catalog, qualification, skills) if match.fit in shown]


def companies_for_model(catalog: Catalog, model_id: str) -> list[Company]:
    return [company for company in catalog.companies if model_id in company.models]


class RoleCompanies(NamedTuple):
    companies: list[Company]
    for_model: bool  # True: named for the role's model, the role itself names none


def role_companies(catalog: Catalog, role: Role) -> RoleCompanies:
    """The companies the role names; where it names none, those named for its model."""
    if role.companies:
        by_id = {company.id: company for company in catalog.companies}
        return RoleCompanies([by_id[item] for item in role.companies], for_model=False)
    return RoleCompanies(companies_for_model(catalog, role.model), for_model=True)


def steps_for(track: CareerTrack, qualification: Qualification) -> list[TrackStep]:
    return [
        step
        for step in track.next_steps
        if not step.qualifications or qualification.id in step.qualifications
    ]

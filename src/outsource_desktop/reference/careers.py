"""The career explorer: which roles fit a reader's qualification and skills, and what comes next.

Matching rules (pure functions over the content):

* A reader fits a role when their qualification is one the role lists, or when
  the role lists an *open* qualification (`OPEN_QUALIFICATIONS`: 10+2 and
  "any graduate") and the reader's qualification ranks at least as high. Any
  degree satisfies "any graduate"; a specific degree (B.Com, LLB...) must match.
* Skills do not decide whether a role fits (the articles say training follows
  hiring); they order the fitting roles, best skill coverage first.
* A role is *higher* than another of the same model when it pays at least as
  much at the top of its bands and asks for at least as advanced a
  qualification, and is strictly ahead on one of the two. "What to learn next"
  lists, per model the reader fits, the roles above the reader's best fitting
  role: the skills the reader lacks for them and the qualifications they need.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from outsource_desktop.content.models import Catalog, Role

# Qualifications the articles state as a floor ("10+2", "any graduate"), not a subject.
OPEN_QUALIFICATIONS = frozenset({"school-10-2", "graduate"})


@dataclass(frozen=True)
class RoleMatch:
    role: Role
    skills_held: tuple[str, ...]
    skills_missing: tuple[str, ...]

    @property
    def coverage(self) -> float:
        return len(self.skills_held) / len(self.role.skills)


@dataclass(frozen=True)
class NextStep:
    role: Role
    skills_missing: tuple[str, ...]
    qualifications_needed: tuple[str, ...]  # names; empty when the reader already qualifies


def all_skills(catalog: Catalog) -> list[str]:
    """Every skill any role names, alphabetically, for the reader to tick."""
    return sorted({skill for role in catalog.roles for skill in role.skills}, key=str.casefold)


def _rank(catalog: Catalog, qualification_id: str) -> int:
    return next(item.rank for item in catalog.qualifications if item.id == qualification_id)


def fits(catalog: Catalog, role: Role, qualification_id: str) -> bool:
    if qualification_id in role.qualifications:
        return True
    reader_rank = _rank(catalog, qualification_id)
    return any(
        item in OPEN_QUALIFICATIONS and _rank(catalog, item) <= reader_rank
        for item in role.qualifications
    )


def role_level(catalog: Catalog, role: Role) -> tuple[float, int]:
    """(top of the best-paid band or 0 when none is given, entry qualification rank)."""
    top_pay = (
        max(
            (band.maximum if band.maximum is not None else band.minimum or 0.0)
            for band in role.salary_bands
        )
        if role.salary_bands
        else 0.0
    )
    entry_rank = min((_rank(catalog, item) for item in role.qualifications), default=0)
    return top_pay, entry_rank


def is_above(higher: tuple[float, int], lower: tuple[float, int]) -> bool:
    return higher[0] >= lower[0] and higher[1] >= lower[1] and higher != lower


def _match(role: Role, skills: Collection[str]) -> RoleMatch:
    held = tuple(skill for skill in role.skills if skill in skills)
    missing = tuple(skill for skill in role.skills if skill not in skills)
    return RoleMatch(role, held, missing)


def match_roles(
    catalog: Catalog, qualification_id: str, skills: Collection[str]
) -> list[RoleMatch]:
    """Roles the reader fits, best skill coverage first, then the higher role first."""
    matches = [
        _match(role, skills) for role in catalog.roles if fits(catalog, role, qualification_id)
    ]
    order = {role.id: index for index, role in enumerate(catalog.roles)}
    return sorted(
        matches,
        key=lambda match: (
            -match.coverage,
            tuple(-value for value in role_level(catalog, match.role)),
            order[match.role.id],
        ),
    )


def next_steps(catalog: Catalog, qualification_id: str, skills: Collection[str]) -> list[NextStep]:
    """Roles above the reader's best fitting role of each model, with what they would need."""
    names = {item.id: item.name for item in catalog.qualifications}
    fitting = [role for role in catalog.roles if fits(catalog, role, qualification_id)]
    steps: list[NextStep] = []
    for model_id in dict.fromkeys(role.model for role in fitting):
        best = max(role_level(catalog, role) for role in fitting if role.model == model_id)
        for role in catalog.roles:
            if role.model != model_id or not is_above(role_level(catalog, role), best):
                continue
            needed: tuple[str, ...] = ()
            if not fits(catalog, role, qualification_id):
                needed = tuple(names[item] for item in role.qualifications)
            missing = tuple(skill for skill in role.skills if skill not in skills)
            steps.append(NextStep(role, missing, needed))
    return steps

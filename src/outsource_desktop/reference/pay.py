"""What a role pays, as every view shows it: the role's own figures, else its sector's.

For each level (entry, mid, senior) the role's own bands are shown where a
source gives them; for a level it has none of, the sector-wide bands that any
role of the same model carries stand in, each once. `salary_text` labels a
sector-wide band as such wherever it appears.
"""

from __future__ import annotations

from typing import get_args

from outsource_desktop.content.models import Catalog, Role
from outsource_desktop.content.salary import SalaryBand, SalaryLevel

LEVELS: tuple[SalaryLevel, ...] = get_args(SalaryLevel)


def _sector_bands(catalog: Catalog, role: Role) -> list[SalaryBand]:
    """The sector-wide bands of the role's model, the role's own first, each once."""
    others = [other for other in catalog.roles if other.model == role.model and other is not role]
    found: dict[tuple[object, ...], SalaryBand] = {}
    for holder in (role, *others):
        for band in holder.salary_bands:
            if band.scope == "sector":
                key = (band.level, band.minimum, band.maximum, band.year, band.source)
                found.setdefault(key, band)
    return list(found.values())


def shown_bands(catalog: Catalog, role: Role) -> list[SalaryBand]:
    """The bands shown for `role`, level by level."""
    own = [band for band in role.salary_bands if band.scope == "role"]
    sector = _sector_bands(catalog, role)
    shown: list[SalaryBand] = []
    for level in LEVELS:
        at_level = [band for band in own if band.level == level]
        shown += at_level or [band for band in sector if band.level == level]
    return shown

"""Questions about pay: each model's entry figures, each role's own, the sectors', the facts.

Pay figures come from different sources and years; these only pick them out.
documents/pay.py lays them out with their years and sources, and every view of
a role shows `shown_bands`: for each level (entry, mid, senior) the role's own
bands where a source gives them, else the sector-wide bands of its model, each
once. `salary_text` (documents/formatting.py) labels a sector-wide band as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from outsource_desktop.content.models import Catalog, IndustryFact, Role
from outsource_desktop.content.salary import SalaryBand, SalaryLevel

LEVELS: tuple[SalaryLevel, ...] = get_args(SalaryLevel)
# Search item ids of pay facts (`pay/<fact id>`): the Careers tab shows them in pay compared.
PAY_PREFIX = "pay/"


def entry_bands(catalog: Catalog, model_id: str) -> list[SalaryBand]:
    """Every entry-level figure given for a model's roles, each once, less its parent's
    sector figures."""
    borrowed = parent_sector_keys(catalog, model_id)
    # A sector's figure is listed under each of its roles but is one figure.
    found: dict[tuple[object, ...], SalaryBand] = {}
    for role in catalog.roles:
        if role.model != model_id:
            continue
        for band in role.salary_bands:
            if band.level != "entry" or (band.scope == "sector" and band_key(band) in borrowed):
                continue
            key = band_key(band) if band.scope == "sector" else (role.id, *band_key(band))
            found.setdefault(key, band)
    return list(found.values())


def latest_and_earlier(
    bands: Sequence[SalaryBand],
) -> tuple[list[SalaryBand], list[SalaryBand], list[SalaryBand]]:
    """The figures of the most recent year given, the earlier dated ones, the undated ones:
    figures years apart are not one range."""
    dated = [band for band in bands if band.year is not None]
    latest_year = max((band.year for band in dated if band.year is not None), default=None)
    latest = [band for band in dated if band.year == latest_year]
    earlier = [band for band in dated if band.year != latest_year]
    return latest, earlier, [band for band in bands if band.year is None]


def own_bands(role: Role) -> list[SalaryBand]:
    """The role's figures for the role itself, not for its whole sector."""
    return [band for band in role.salary_bands if band.scope == "role"]


def sector_bands(catalog: Catalog, model_id: str, *, first: Role | None = None) -> list[SalaryBand]:
    """Figures for a model's whole sector, each once though several roles repeat it.

    The bands `first` carries itself come first: a role is shown its own sector's word first.
    """
    holders = sorted(
        (role for role in catalog.roles if role.model == model_id),
        key=lambda role: role is not first,
    )
    seen: dict[tuple[object, ...], SalaryBand] = {}
    for role in holders:
        for band in role.salary_bands:
            if band.scope == "sector":
                seen.setdefault(band_key(band), band)
    return list(seen.values())


def parent_sector_keys(catalog: Catalog, model_id: str) -> set[tuple[object, ...]]:
    """The parent model's sector-wide figures: a child's roles may repeat them (LPO's
    roles carry KPO's), but they are no figures for the child's own sector."""
    parent = catalog.model_by_id(model_id).parent
    if parent is None:
        return set()
    return {band_key(band) for band in sector_bands(catalog, parent)}


def band_key(band: SalaryBand) -> tuple[object, ...]:
    return (band.level, band.minimum, band.maximum, band.year, band.source)


def shown_bands(catalog: Catalog, role: Role) -> list[SalaryBand]:
    """The bands shown for `role`, level by level: its own, else its sector's."""
    own = own_bands(role)
    sector = sector_bands(catalog, role.model, first=role)
    shown: list[SalaryBand] = []
    for level in LEVELS:
        at_level = [band for band in own if band.level == level]
        shown += at_level or [band for band in sector if band.level == level]
    return shown


def roles_in_model_order(catalog: Catalog) -> list[Role]:
    """The roles grouped by model, in the models' order."""
    order = {model.id: position for position, model in enumerate(catalog.models)}
    return sorted(catalog.roles, key=lambda role: order[role.model])


def pay_facts(catalog: Catalog) -> list[IndustryFact]:
    """The industry's facts about pay, oldest first, undated last."""
    return sorted(
        (fact for fact in catalog.industry if fact.topic == "pay"),
        key=lambda fact: (fact.year is None, fact.year or 0),
    )


def pay_fact(catalog: Catalog, item_id: str) -> IndustryFact | None:
    """The pay fact a search item id (`pay/<fact id>`) names; None if it names none."""
    prefix, _, fact_id = item_id.partition(PAY_PREFIX)
    if prefix:
        return None
    return next((fact for fact in pay_facts(catalog) if fact.id == fact_id), None)


def all_bands(catalog: Catalog) -> Sequence[SalaryBand]:
    """Every figure of every role."""
    return [band for role in catalog.roles for band in role.salary_bands]

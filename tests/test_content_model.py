"""The content model: the bundled file loads strictly; broken files are reported by path."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.frozen_record import is_record_class, record_fields
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.content.problems import ContentError
from outsource_desktop.content.validation import catalog_json_schema


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    return caught.value.lines()


def test_bundled_content_loads_strictly() -> None:
    # Validated in full, never from the cache, with extra="forbid" everywhere: a typo cannot ship.
    catalog = load_catalog(bundled_content_path())
    assert [model.id for model in catalog.models] == ["bpo", "kpo", "lpo"]


def test_the_comparison_cites_every_seed_article(catalog: Catalog) -> None:
    cited = {
        source_id
        for aspect in catalog.aspects
        for claim in aspect.claims.values()
        for source_id in claim.sources
    }
    seeds = {source.id for source in catalog.sources if source.seed}
    assert len(seeds) == 5
    assert seeds <= cited


def cited_ids(item: object) -> Iterator[str]:
    """Every source id the item cites, in any of its fields, however deep."""
    if isinstance(item, list | tuple):
        for element in item:
            yield from cited_ids(element)
    elif isinstance(item, dict):
        for element in item.values():
            yield from cited_ids(element)
    elif is_record_class(type(item)):
        for field in record_fields(item):
            value = getattr(item, field.name)
            if field.name in {"sources", "skills_sources"}:
                yield from value
            elif field.name == "source":
                yield value
            else:
                yield from cited_ids(value)


def test_every_source_is_cited_by_something_the_app_shows(catalog: Catalog) -> None:
    # Pay, companies, the Advisor's reasons and the ladders' pay cite the sources beyond the seeds.
    cited = {
        source_id
        for name in (field.name for field in record_fields(catalog))
        if name != "sources"
        for source_id in cited_ids(getattr(catalog, name))
    }
    assert cited == {source.id for source in catalog.sources}


def test_bundled_content_keeps_disagreements_and_opinions(catalog: Catalog) -> None:
    disputed = [a for a in catalog.aspects if any(c.disagreements for c in a.claims.values())]
    assert len(disputed) >= 3
    opinions = [a for a in catalog.aspects if any(c.opinion for c in a.claims.values())]
    assert opinions, "the article's verdict that KPO is better must be marked as opinion"


def test_bundled_content_has_the_table_of_the_first_article(catalog: Catalog) -> None:
    labels = " | ".join(aspect.label.casefold() for aspect in catalog.aspects)
    for row in (
        "full form",
        "subset",
        "skills",
        "investment",
        "qualification",
        "training",
        "research",
        "challenge",
        "period",
        "revenue",
    ):
        assert row in labels, row


def test_kpo_salary_bands_carry_currency_unit_and_source(catalog: Catalog) -> None:
    bands = [band for role in catalog.roles for band in role.salary_bands]
    assert bands
    assert {band.currency for band in bands} == {"INR"}
    assert all(band.unit and band.source for band in bands)


def test_small_content_is_valid(small_data: dict[str, Any], write_json: Any) -> None:
    catalog = load_catalog(write_json(small_data))
    assert catalog.title == "Test content"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["models"][0].pop("full_name"), "models[0].full_name: this required field"),
        (lambda d: d["models"][0].update(colour="red"), "models[0].colour: this field is not part"),
        (
            lambda d: d["aspects"][0].update(label=5),
            "aspects[0].label: expected text, found a number",
        ),
        (lambda d: d.update(roles=[]), "roles: this may not be empty"),
        (lambda d: d["sources"].append(copy.deepcopy(d["sources"][0])), "the id 'a' is used more"),
        (
            lambda d: d["aspects"][0]["claims"]["bpo"].update(sources=["zz"]),
            "aspects[0].claims.bpo.sources[0]: refers to the unknown source 'zz'",
        ),
        (
            lambda d: d["aspects"][1].update(section="nowhere"),
            "aspects[1].section: refers to the unknown section 'nowhere'",
        ),
        (
            lambda d: d["roles"][0].update(companies=["ghost"]),
            "roles[0].companies[0]: refers to the unknown company 'ghost'",
        ),
        (lambda d: d["models"][2].update(parent="xpo"), "models[2].parent: refers to the unknown"),
        (
            lambda d: d["roles"][0]["salary_bands"][0].update(minimum=9),
            "the minimum salary is above the maximum",
        ),
        (
            lambda d: d["roles"][0]["salary_bands"][0].update(currency="rupees"),
            "currency: the text 'rupees' does not have the expected form",
        ),
    ],
)
def test_broken_content_is_reported_by_file_and_path(
    small_data: dict[str, Any], write_json: Any, mutate: Any, expected: str
) -> None:
    mutate(small_data)
    path = write_json(small_data)
    lines = problems_of(path)
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(str(path)) for line in lines)


def test_several_problems_are_listed_not_only_the_first(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["models"][0].pop("full_name")
    small_data["aspects"][0]["label"] = ""
    small_data["questions"][0]["kind"] = "riddle"
    lines = problems_of(write_json(small_data))
    assert len(lines) == 3


def test_schema_describes_the_content_format() -> None:
    schema = catalog_json_schema()
    assert schema["additionalProperties"] is False
    assert {"sources", "models", "aspects", "roles"} <= set(schema["required"])
    band = schema["$defs"]["SalaryBand"]["properties"]
    assert band["currency"]["pattern"] == "^[A-Z]{3}$"
    assert "lakh per year" in band["unit"]["description"]
    json.dumps(schema)

"""Format version 2: short values, relations, glossary, industry; older files told plainly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.cli import main
from outsource_desktop.content.loader import ContentError, load_catalog
from outsource_desktop.content.models import MAX_VALUE_CHARS, SCHEMA_VERSION


def test_a_version_1_file_is_told_its_version_and_the_one_read(
    small_data: dict[str, Any], write_json: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # A real version 1 file: citations as lists of definitions, no short values.
    small_data["schema_version"] = 1
    small_data["models"][0]["definition"] = [small_data["models"][0]["definition"]]
    for cell in small_data["aspects"][0]["claims"].values():
        del cell["value"]
    path = write_json(small_data)
    with pytest.raises(ContentError) as raised:
        load_catalog(path)
    # One line saying it all, not a line for every field that changed since.
    assert raised.value.lines() == [
        f"{path}: this content file is format version 1; this app reads version 2"
    ]
    assert main(["validate", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == raised.value.lines()


def test_a_newer_file_says_a_newer_app_reads_it(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ContentError) as raised:
        load_catalog(write_json(small_data))
    (line,) = raised.value.lines()
    assert f"format version {SCHEMA_VERSION + 1}; this app reads version 2" in line
    assert "newer version of the app" in line


def test_a_version_that_is_not_a_number_is_an_ordinary_problem(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["schema_version"] = "two"
    with pytest.raises(ContentError) as raised:
        load_catalog(write_json(small_data))
    assert any("schema_version: must be one of" in line for line in raised.value.lines())


def test_the_published_schema_describes_version_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    definitions = schema["$defs"]
    assert schema["properties"]["schema_version"]["const"] == 2
    cell = definitions["CellClaim"]["properties"]["value"]
    assert cell["maxLength"] == MAX_VALUE_CHARS
    assert "at a glance" in cell["description"]
    assert {"glossary", "industry"} <= set(schema["properties"])
    assert definitions["Relation"]["properties"]["kind"]["enum"] == [
        "part_of",
        "specialisation_of",
        "separate_from",
    ]
    assert {"url", "site", "seed"} <= set(definitions["Source"]["properties"])
    assert {"examples", "who_does_it", "advantages", "disadvantages"} <= set(
        definitions["OutsourcingModel"]["properties"]
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["glossary"][0].update(models=["zz"]),
            "glossary[0].models[0]: refers to the unknown model 'zz'",
        ),
        (
            lambda d: d["industry"][0].update(sources=["zz"]),
            "industry[0].sources[0]: refers to the unknown source 'zz'",
        ),
        (
            lambda d: d["industry"][0].update(topic="gossip"),
            "industry[0].topic: must be one of",
        ),
        (
            lambda d: d["relations"][0].update(object="bpo"),
            "relations[0].object: a model cannot relate to itself",
        ),
        (
            lambda d: (
                d["models"][0]["definition"]
                .setdefault("disagreements", [])
                .append({"text": "Other view.", "sources": ["zz"]})
            ),
            "models[0].definition.disagreements[0].sources[0]: refers to the unknown source 'zz'",
        ),
        (
            lambda d: d["models"][1].pop("who_does_it"),
            "models[1].who_does_it: this required field is missing",
        ),
        (
            lambda d: d["roles"][0]["salary_bands"][0].update(scope="planet"),
            "roles[0].salary_bands[0].scope: must be one of",
        ),
    ],
)
def test_new_fields_are_checked_with_their_json_path(
    small_data: dict[str, Any], write_json: Any, change: Any, expected: str
) -> None:
    change(small_data)
    path: Path = write_json(small_data)
    with pytest.raises(ContentError) as raised:
        load_catalog(path)
    assert any(line.startswith(f"{path}: {expected}") for line in raised.value.lines()), (
        raised.value.lines()
    )


def test_a_value_of_exactly_the_limit_is_accepted(
    small_data: dict[str, Any], write_json: Any
) -> None:
    small_data["aspects"][0]["claims"]["bpo"]["value"] = "x" * MAX_VALUE_CHARS
    catalog = load_catalog(write_json(small_data))
    assert catalog.aspects[0].claims["bpo"].value == "x" * MAX_VALUE_CHARS

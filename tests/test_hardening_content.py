"""Validation as issue #18 asked: strict types, no control characters, bounded reports."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import MAX_OBJECT_FIELDS, load_catalog
from outsource_desktop.content.problems import MAX_REPORTED_PROBLEMS, ContentError

# Pydantic's lax mode turned each of these into the type wanted.
LOOSE_TYPES: dict[str, tuple[Callable[[dict[str, Any]], object], str]] = {
    "schema_version true": (
        lambda d: d.update(schema_version=True),
        "schema_version: expected a whole number, found true/false",
    ),
    "schema_version 2.0": (
        lambda d: d.update(schema_version=2.0),
        "schema_version: expected a whole number, found a decimal number",
    ),
    "rank as text": (
        lambda d: d["qualifications"][0].update(rank="5"),
        "qualifications[0].rank: expected a whole number, found text",
    ),
    "opinion as text": (
        lambda d: d["models"][0]["definition"].update(opinion="yes"),
        "models[0].definition.opinion: expected true or false, found text",
    ),
    "seed as a number": (
        lambda d: d["sources"][0].update(seed=1),
        "sources[0].seed: expected true or false, found a number",
    ),
    "fact year as a decimal": (
        lambda d: d["industry"][0].update(year=1999.0),
        "industry[0].year: expected a whole number, found a decimal number",
    ),
    "year as text": (
        lambda d: d["roles"][0]["salary_bands"][0].update(year="2020"),
        "roles[0].salary_bands[0].year: expected a whole number, found text",
    ),
    "salary as text": (
        lambda d: d["roles"][0]["salary_bands"][0].update(minimum="2.5"),
        "roles[0].salary_bands[0].minimum: expected a number, found text",
    ),
    "date as seconds": (
        lambda d: d["sources"][1].update(date=1580688000),
        "sources[1].date: expected a date (YYYY-MM-DD), found a number",
    ),
}


def problems(data: Any, folder: Path) -> list[str]:
    path = folder / "content.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    prefix = f"{path}: "
    assert all(line.startswith(prefix) for line in caught.value.lines())
    return [line.removeprefix(prefix) for line in caught.value.lines()]


@pytest.mark.parametrize("case", list(LOOSE_TYPES))
def test_values_of_the_wrong_json_type_are_refused(
    case: str, small_data: dict[str, Any], tmp_path: Path
) -> None:
    change, expected = LOOSE_TYPES[case]
    change(small_data)
    assert problems(small_data, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("   ", "this may not be blank: it holds only spaces"),
        ("\u3000\t", "holds a tab (U+0009) at character 2"),
        ("Work\x00", "holds a NUL byte (U+0000) at character 5"),
        ("\x1b[31mred", "holds an escape character (U+001B) at character 1"),
        ("one\rtwo", "holds a carriage return (U+000D) at character 4"),
        ("one\ntwo", "holds a line break (U+000A) at character 4"),
        ("one\u2028two", "holds a line separator (U+2028) at character 4"),
        ("del\x7f", "holds a control character (U+007F) at character 4"),
    ],
)
def test_a_short_text_with_control_characters_or_only_blanks_is_refused(
    text: str, expected: str, small_data: dict[str, Any], tmp_path: Path
) -> None:
    small_data["aspects"][0]["label"] = text
    (line,) = problems(small_data, tmp_path)
    assert line.startswith(f"aspects[0].label: {expected}")


@pytest.mark.parametrize(
    ("place", "where"),
    [
        (lambda d: d["aspects"][0]["claims"]["bpo"], "aspects[0].claims.bpo.value"),
        (lambda d: d["sources"][0], "sources[0].site"),
        (lambda d: d["glossary"][0], "glossary[0].stands_for"),
    ],
    ids=["cell value", "source site", "glossary abbreviation"],
)
def test_the_format_v2_short_texts_refuse_control_characters_too(
    place: Callable[[dict[str, Any]], dict[str, Any]],
    where: str,
    small_data: dict[str, Any],
    tmp_path: Path,
) -> None:
    place(small_data)[where.rsplit(".", 1)[1]] = "Low\x1b[2J"
    (line,) = problems(small_data, tmp_path)
    assert line.startswith(f"{where}: holds an escape character (U+001B) at character 4")


@pytest.mark.parametrize("address", ["https://example.org/a\x1b[2J", "https://exa mple.org"])
def test_a_web_address_with_a_control_character_or_a_space_is_refused(
    address: str, small_data: dict[str, Any], tmp_path: Path
) -> None:
    small_data["sources"][0]["url"] = address
    (line,) = problems(small_data, tmp_path)
    assert line.startswith("sources[0].url: the text ")
    assert line.endswith("does not have the expected form")


def test_long_text_may_hold_tabs_and_line_breaks_but_no_other_control(
    small_data: dict[str, Any], write_json: Any, tmp_path: Path
) -> None:
    small_data["questions"][0]["answer"] = "Knowledge work:\n\tresearch,\n\tanalysis."
    assert load_catalog(write_json(small_data)).questions[0].answer.count("\n") == 2
    small_data["questions"][0]["answer"] = "Knowledge\x1b[2J work"
    (line,) = problems(small_data, tmp_path)
    assert line.startswith("questions[0].answer: holds an escape character (U+001B)")
    assert "tabs and line breaks" in line


def test_optional_text_of_spaces_is_refused_too(small_data: dict[str, Any], tmp_path: Path) -> None:
    small_data["sources"][0]["author"] = " \u00a0 "
    assert problems(small_data, tmp_path) == [
        "sources[0].author: this may not be blank: it holds only spaces"
    ]


def test_the_bundled_content_still_validates() -> None:
    assert load_catalog(bundled_content_path()).models


def test_a_million_empty_items_stop_the_report_early(
    bundled_data: dict[str, Any], tmp_path: Path
) -> None:
    bundled_data["aspects"] = [{}] * 200_000
    lines = problems(bundled_data, tmp_path)
    assert len(lines) == MAX_REPORTED_PROBLEMS + 1
    assert lines[0] == "aspects[0].id: this required field is missing"
    assert lines[-1] == (
        f"... and more problems: the check stopped after the first {MAX_REPORTED_PROBLEMS}"
    )


def test_the_check_stops_collecting_once_the_report_is_full(
    bundled_data: dict[str, Any], tmp_path: Path
) -> None:
    bundled_data["aspects"] = [{}] * 200_000
    path = tmp_path / "content.json"
    path.write_text(json.dumps(bundled_data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    # Four problems an aspect: 800,000 were collected before, to show fifty.
    assert MAX_REPORTED_PROBLEMS < len(caught.value.problems) <= 2 * MAX_REPORTED_PROBLEMS
    assert caught.value.summary().endswith(f"(more than {MAX_REPORTED_PROBLEMS} problems).")


def test_a_long_list_of_bad_texts_inside_one_item_stops_early_too(
    bundled_data: dict[str, Any], tmp_path: Path
) -> None:
    bundled_data["service_types"][0]["examples"] = [""] * 200_000
    path = tmp_path / "content.json"
    path.write_text(json.dumps(bundled_data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    assert MAX_REPORTED_PROBLEMS < len(caught.value.problems) <= 2 * MAX_REPORTED_PROBLEMS
    assert caught.value.lines()[0].endswith("service_types[0].examples[0]: this may not be empty")


def test_an_object_with_more_fields_than_any_content_is_refused_unchecked(
    bundled_data: dict[str, Any], tmp_path: Path
) -> None:
    fields = 5 * MAX_OBJECT_FIELDS
    bundled_data["aspects"][3].update({f"k{number}": 0 for number in range(fields)})
    lines = problems(bundled_data, tmp_path)
    assert lines[0] == (
        f"aspects[3]: this object has {fields + 4:,} fields; no content object has more "
        f"than {MAX_OBJECT_FIELDS:,}, so the file was not checked further"
    )
    assert len(lines) <= MAX_REPORTED_PROBLEMS + 1


def test_many_keys_written_twice_are_reported_up_to_the_limit(
    small_data: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(small_data)
    # 400 different keys each written twice in one object (the content's first
    # aspect): before, each repeat was looked up in a list, a quadratic search.
    aspect_start = text.index('{"id": "work"') + 1
    repeats = "".join(f'"k{number}": 0, "k{number}": 0, ' for number in range(400))
    lines = problems(text[:aspect_start] + repeats + text[aspect_start:], tmp_path)
    assert len(lines) == MAX_REPORTED_PROBLEMS + 1
    assert "aspects[0].k0: this field is not part of the content format (misspelt?)" in lines
    assert lines[-1].startswith("... and more problems")


def test_repeated_keys_are_still_reported_with_their_path(
    small_data: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(small_data).replace('"label": "Work"', '"label": "Work", "label": "Job"')
    assert problems(text, tmp_path) == [
        "aspects[0].label: this field is written more than once; keep only one"
    ]


def test_fifty_problems_are_listed_then_the_rest_summed_up(
    small_data: dict[str, Any], tmp_path: Path
) -> None:
    small_data["aspects"] = [
        {**small_data["aspects"][0], "id": f"a{number}", "label": 5} for number in range(60)
    ]
    lines = problems(small_data, tmp_path)
    assert len(lines) == MAX_REPORTED_PROBLEMS + 1
    assert lines[49] == "aspects[49].label: expected text, found a number"
    assert lines[-1] == "... and more problems: the check stopped after the first 50"


def test_unknown_ids_raise_key_error_not_stop_iteration(
    small_data: dict[str, Any], write_json: Any
) -> None:
    catalog = load_catalog(write_json(small_data))
    assert catalog.source_number("b") == 2
    assert catalog.model_by_id("lpo").short_name == "LPO"
    with pytest.raises(KeyError):
        catalog.model_by_id("xpo")
    with pytest.raises(KeyError):
        catalog.source_number("zz")

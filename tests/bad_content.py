"""Every kind of bad content file, each with a fragment its report must contain.

Shared by the GUI and command-line tests, so both are checked against the
same list. Each maker writes into a folder and returns the path to open.
"""

from __future__ import annotations

import codecs
import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outsource_desktop.content.reading import MAX_CONTENT_BYTES
from tests.content_factory import minimal_content, small_advisor


@dataclass(frozen=True)
class BadFile:
    make: Callable[[Path], Path]
    expected: str  # a fragment of the report: JSON path and plain words


def _json(mutate: Callable[[dict[str, Any]], object]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        data = minimal_content()
        mutate(data)
        path = folder / "content.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return make


def _text(transform: Callable[[str], str | bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        content = transform(json.dumps(minimal_content()))
        path = folder / "content.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


def _sparse(folder: Path) -> Path:
    path = folder / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(max(MAX_CONTENT_BYTES + 1, 100 * 1024 * 1024))
    return path


def _set(data: dict[str, Any], *keys_then_value: Any) -> None:
    *keys, last, value = keys_then_value
    target: Any = data
    for key in keys:
        target = target[key]
    target[last] = value


BAD_FILES: dict[str, BadFile] = {
    "not JSON": BadFile(_text(lambda _: "BPO vs KPO: my notes"), "not valid JSON"),
    "truncated": BadFile(_text(lambda text: text[:250]), "truncated"),
    "not UTF-8": BadFile(
        _text(lambda text: text.replace("Test content", "Caf\u00e9").encode("latin-1")),
        "not UTF-8",
    ),
    "UTF-16": BadFile(_text(lambda text: text.encode("utf-16")), "UTF-16"),
    "byte-order mark and a repeated key": BadFile(
        _text(lambda text: codecs.BOM_UTF8 + (text[:-1] + ', "title": "Other"}').encode()),
        "title: this field is written more than once",
    ),
    "wrong type": BadFile(
        _json(lambda d: _set(d, "aspects", 0, "label", 5)),
        "aspects[0].label: expected text, found a number",
    ),
    "missing field": BadFile(
        _json(lambda d: d["models"][0].pop("full_name")),
        "models[0].full_name: this required field is missing",
    ),
    "unknown field": BadFile(
        _json(lambda d: _set(d, "models", 0, "colour", "red")),
        "models[0].colour: this field is not part of the content format",
    ),
    "duplicate id": BadFile(
        _json(lambda d: d["sources"].append(copy.deepcopy(d["sources"][0]))),
        "sources: the id 'a' is used more than once",
    ),
    "dangling reference": BadFile(
        _json(lambda d: _set(d, "aspects", 0, "claims", "bpo", "sources", ["zz"])),
        "aspects[0].claims.bpo.sources[0]: refers to the unknown source 'zz'",
    ),
    "advisor work naming an unknown service type": BadFile(
        _json(
            lambda d: d.update(
                advisor={
                    **small_advisor(),
                    "work_items": [{"id": "x", "name": "X", "service_types": ["ghost"]}],
                }
            )
        ),
        "advisor.work_items[0].service_types[0]: refers to the unknown service type 'ghost'",
    ),
    "empty list": BadFile(_json(lambda d: _set(d, "roles", [])), "roles: this may not be empty"),
    "an older format version": BadFile(
        _json(lambda d: _set(d, "schema_version", 1)),
        "this content file is format version 1; this app reads version 2",
    ),
    "a comparison value that is a paragraph": BadFile(
        _json(lambda d: _set(d, "aspects", 0, "claims", "bpo", "value", "Routine " * 10)),
        "aspects[0].claims.bpo.value: is too long (at most 60 characters)",
    ),
    "a web address that is not one": BadFile(
        _json(lambda d: _set(d, "sources", 0, "url", "javascript:alert(1)")),
        "sources[0].url: the text 'javascript:alert(1)' does not have the expected form",
    ),
    "a relation to an unknown model": BadFile(
        _json(lambda d: _set(d, "relations", 1, "object", "zz")),
        "relations[1].object: refers to the unknown model 'zz'",
    ),
    "NaN": BadFile(
        _json(lambda d: _set(d, "roles", 0, "salary_bands", 0, "minimum", float("nan"))),
        "roles[0].salary_bands[0].minimum: numbers must be finite",
    ),
    "Infinity": BadFile(
        _json(lambda d: _set(d, "roles", 0, "salary_bands", 0, "maximum", float("inf"))),
        "roles[0].salary_bands[0].maximum: numbers must be finite",
    ),
    "number with thousands of digits": BadFile(
        _text(lambda text: text.replace('"rank": 20', '"rank": ' + "7" * 5000)),
        "too large or has too many digits",
    ),
    "nested 100,000 levels deep": BadFile(
        _text(lambda _: "[" * 100_000 + "]" * 100_000), "nested too deeply"
    ),
    "100 MB": BadFile(_sparse, "was not read"),
    "a folder": BadFile(lambda folder: folder, "this is a folder"),
    "missing file": BadFile(lambda folder: folder / "absent.json", "does not exist"),
}

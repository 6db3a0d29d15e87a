"""Content files larger than the bundled one, generated from it, for the scale benchmarks.

Copies keep the bundled texts and source ids (so rows read and filter like
real ones) but get fresh ids, numbered labels and claims drawn from other
aspects, so no two copies of a row are alike.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from outsource_desktop.content.assets import bundled_content_path

# The lists that hold the bulk of a content file; the rest (sources, models,
# sections, qualifications...) is what the bulk refers to and stays as it is.
SCALED_LISTS = ("aspects", "service_types", "roles", "guidance", "questions")


def bundled_content() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_content_path().read_text(encoding="utf-8"))
    return data


def _copy_item(item: dict[str, Any], number: int) -> dict[str, Any]:
    duplicate = copy.deepcopy(item)
    duplicate["id"] = f"{item['id']}-{number}"
    for label in ("label", "title", "name"):
        if label in duplicate:
            duplicate[label] = f"{item[label]} ({number})"
    return duplicate


def _aspect_copy(aspects: list[dict[str, Any]], index: int) -> dict[str, Any]:
    """The `index`th generated aspect: one aspect's label, another's claims."""
    count = len(aspects)
    number, position = divmod(index, count)
    aspect = _copy_item(aspects[position], number)
    # Step through the aspects at a stride coprime with their count so each
    # copy of a row pairs its label with another row's claims.
    donor = aspects[(position + number * 7) % count]
    aspect["claims"] = copy.deepcopy(donor["claims"])
    return aspect


def with_aspects(data: dict[str, Any], count: int) -> dict[str, Any]:
    """The content with exactly `count` aspects, spread over its sections."""
    scaled = dict(data)
    scaled["aspects"] = [_aspect_copy(data["aspects"], index) for index in range(count)]
    return scaled


def scaled(data: dict[str, Any], factor: int) -> dict[str, Any]:
    """The content with every bulk list `factor` times as long."""
    result = dict(data)
    for key in SCALED_LISTS:
        items = data[key]
        result[key] = [
            item if number == 0 else _copy_item(item, number)
            for number in range(factor)
            for item in items
        ]
    return result


def write_content(data: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path

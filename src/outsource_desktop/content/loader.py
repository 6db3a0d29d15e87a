"""Reading a content file into a `Catalog`: bytes, text, validation, object shapes.

Every failure, whatever its cause, raises one `ContentError` (content/problems.py).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from outsource_desktop.content.frozen_record import FrozenRecord, frozen_record
from outsource_desktop.content.models import Catalog
from outsource_desktop.content.problems import (
    MAX_REPORTED_PROBLEMS,
    ContentError,
    Problem,
    json_path,
)
from outsource_desktop.content.reading import read_content_bytes

# No content object has more than a few dozen fields (a claim per model at most);
# an object with more is not content, and checking each field of a million
# would only waste time and memory on one error per field.
MAX_OBJECT_FIELDS = 1000


def load_catalog(path: Path) -> Catalog:
    """Read and validate a content file in full, raising `ContentError` on any problem."""
    return catalog_from_bytes(read_content_bytes(path), path)


def catalog_from_bytes(data: bytes, path: Path) -> Catalog:
    """Validate `data`, the bytes of `path`, in full; `ContentError` lists every problem."""
    return parse_catalog(decode_content_bytes(data, path), path)


def decode_content_bytes(data: bytes, path: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ContentError(
            path,
            [
                Problem(
                    location="(file)",
                    message="the file is UTF-16; save it as UTF-8 and try again",
                )
            ],
        )
    # Editors on Windows often write a UTF-8 byte-order mark; it carries no
    # content, so accept it rather than reject an otherwise good file.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(
            path,
            [
                Problem(
                    location=f"(byte {error.start})",
                    message="the file is not UTF-8 text; save it as UTF-8 and try again",
                )
            ],
        ) from None


def parse_catalog(text: str, path: Path) -> Catalog:
    """Validate `text` in full (with pydantic), raising `ContentError` listing its problems.

    The report stops at a little over MAX_REPORTED_PROBLEMS, so a file of a
    million mistakes is refused as quickly and in as little memory as one.
    """
    # Imported here: pydantic costs ~130 ms, and the app's start never validates.
    from outsource_desktop.content.validation import validate_catalog_json

    limit = MAX_REPORTED_PROBLEMS
    shape = scan_objects(text)  # None when it is not JSON: pydantic says where
    if shape is not None and shape.widest > MAX_OBJECT_FIELDS:
        raise ContentError(path, object_problems(text, limit + 1))
    try:
        catalog, problems = validate_catalog_json(text, limit)
    except RecursionError:
        raise ContentError(
            path, [Problem(location="(file)", message="the JSON is nested too deeply")]
        ) from None
    if shape is not None and shape.repeated and len(problems) <= limit:
        problems += object_problems(text, limit + 1 - len(problems))
    if problems or catalog is None:
        raise ContentError(path, problems)
    return catalog


@frozen_record
class ObjectShape(FrozenRecord):
    repeated: bool  # some object writes a key more than once
    widest: int  # the most fields of any one object


def scan_objects(text: str) -> ObjectShape | None:
    """One cheap pass over the JSON's objects, before pydantic sees it; None if not JSON."""
    repeated = False
    widest = 0

    def note(pairs: list[tuple[str, Any]]) -> None:
        nonlocal repeated, widest
        widest = max(widest, len(pairs))
        if len(pairs) > 1 and len({key for key, _value in pairs}) != len(pairs):
            repeated = True
        # Nothing is kept: each object is dropped as soon as it is checked, so
        # the pass reuses the same memory instead of building a second tree
        # (which made large files cost more per megabyte than small ones).

    try:
        json.loads(text, object_pairs_hook=note)
    except (ValueError, RecursionError):
        return None
    return ObjectShape(repeated=repeated, widest=widest)


class _KeyedObject(dict[str, Any]):
    """A JSON object that remembers which of its keys were written more than once,
    or, when it has too many fields to be content, only how many it had."""

    repeated: list[str]
    fields: int

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _KeyedObject:
        if len(pairs) > MAX_OBJECT_FIELDS:
            wide = cls()  # its fields are not kept: they will not be checked
            wide.repeated = []
            wide.fields = len(pairs)
            return wide
        keyed = cls(pairs)
        keyed.fields = len(pairs)
        keyed.repeated = []
        if len(keyed) != len(pairs):
            seen: set[str] = set()
            repeated: dict[str, None] = {}  # ordered, and a set for speed
            for key, _value in pairs:
                if key in seen:
                    repeated[key] = None
                seen.add(key)
            keyed.repeated = list(repeated)
        return keyed


def object_problems(text: str, limit: int) -> list[Problem]:
    """Objects too wide to be content, and keys written twice, each with its JSON path.

    A key written twice in one object: JSON readers keep only the last value;
    an editor shows the first, the app would use the second, so the file would
    say two things. Only called on text `scan_objects` could read; stops after
    `limit` problems.
    """
    try:
        tree = json.loads(text, object_pairs_hook=_KeyedObject.from_pairs)
    except (ValueError, RecursionError):  # numbers json refuses; pydantic reported them
        return []
    problems: list[Problem] = []
    # Depth first, in file order, without recursion: the tree may be deep.
    stack: list[tuple[Any, tuple[int | str, ...]]] = [(tree, ())]
    while stack and len(problems) < limit:
        node, location = stack.pop()
        if isinstance(node, _KeyedObject):
            if node.fields > MAX_OBJECT_FIELDS:
                problems.append(
                    Problem(
                        location=json_path(location),
                        message=f"this object has {node.fields:,} fields; no content object has "
                        f"more than {MAX_OBJECT_FIELDS:,}, so the file was not checked further",
                    )
                )
                continue
            problems.extend(
                Problem(
                    location=json_path((*location, key)),
                    message="this field is written more than once; keep only one",
                )
                for key in node.repeated
            )
            stack.extend((value, (*location, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(
                (value, (*location, index)) for index, value in reversed(list(enumerate(node)))
            )
    return problems[:limit]

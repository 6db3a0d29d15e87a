"""Reading a content file into a `Catalog`: bytes, text, validation, repeated keys.

Every failure, whatever its cause, raises one `ContentError` (content/problems.py).
"""

from __future__ import annotations

import codecs
import json
import stat
from pathlib import Path
from typing import Any

from outsource_desktop.content.models import Catalog
from outsource_desktop.content.problems import ContentError, Problem, json_path

# Content files are a few hundred kilobytes; anything this large is not one,
# and reading it would only waste memory before failing.
MAX_CONTENT_BYTES = 32 * 1024 * 1024


def load_catalog(path: Path) -> Catalog:
    """Read and validate a content file in full, raising `ContentError` on any problem."""
    return catalog_from_bytes(read_content_bytes(path), path)


def catalog_from_bytes(data: bytes, path: Path) -> Catalog:
    """Validate `data`, the bytes of `path`, in full; `ContentError` lists every problem."""
    return parse_catalog(decode_content_bytes(data, path), path)


def read_content_bytes(path: Path) -> bytes:
    def fail(message: str) -> ContentError:
        return ContentError(path, [Problem("(file)", message)])

    try:
        status = path.stat()
    except FileNotFoundError:
        raise fail("the file does not exist") from None
    except OSError as error:
        raise fail(f"the file cannot be read ({error.strerror or error})") from None
    except ValueError:  # a name with a NUL byte, which no file system allows
        raise fail("this is not a valid file name") from None
    if stat.S_ISDIR(status.st_mode):
        raise fail("this is a folder, not a content file")
    if not stat.S_ISREG(status.st_mode):
        # A pipe or device would block the app on open() or never end.
        raise fail("this is not a regular file (a pipe, device or socket?)")
    size = status.st_size
    if size > MAX_CONTENT_BYTES:
        limit_mib = MAX_CONTENT_BYTES // (1024 * 1024)
        raise fail(
            f"the file is {size / (1024 * 1024):.0f} MiB; content files may be at most "
            f"{limit_mib} MiB, so it was not read"
        )
    try:
        # Read at most one byte past the limit in case the file grew after stat().
        with path.open("rb") as stream:
            data = stream.read(MAX_CONTENT_BYTES + 1)
    except PermissionError:
        raise fail("permission to read the file was denied") from None
    except OSError as error:
        raise fail(f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_CONTENT_BYTES:
        raise fail("the file is larger than content files may be, so it was not read")
    return data


def decode_content_bytes(data: bytes, path: Path) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ContentError(
            path, [Problem("(file)", "the file is UTF-16; save it as UTF-8 and try again")]
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
                    f"(byte {error.start})",
                    "the file is not UTF-8 text; save it as UTF-8 and try again",
                )
            ],
        ) from None


def parse_catalog(text: str, path: Path) -> Catalog:
    """Validate `text` in full (with pydantic), raising `ContentError` listing every problem."""
    # Imported here: pydantic costs ~130 ms, and the app's start never validates.
    from outsource_desktop.content.validation import validate_catalog_json

    try:
        catalog, problems, syntax_ok = validate_catalog_json(text)
    except RecursionError:
        raise ContentError(path, [Problem("(file)", "the JSON is nested too deeply")]) from None
    if syntax_ok:
        problems.extend(repeated_key_problems(text))
    if problems or catalog is None:
        raise ContentError(path, problems)
    return catalog


class _KeyedObject(dict[str, Any]):
    """A JSON object that remembers which of its keys were written more than once."""

    repeated: list[str]

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _KeyedObject:
        keyed = cls(pairs)
        seen: set[str] = set()
        keyed.repeated = []
        for key, _value in pairs:
            if key in seen and key not in keyed.repeated:
                keyed.repeated.append(key)
            seen.add(key)
        return keyed


def has_repeated_keys(text: str) -> bool:
    repeated = False

    def note_repeats(pairs: list[tuple[str, Any]]) -> None:
        nonlocal repeated
        if len(pairs) > 1 and len({key for key, _value in pairs}) != len(pairs):
            repeated = True
        # Nothing is kept: each object is dropped as soon as it is checked, so
        # the pass reuses the same memory instead of building a second tree
        # (which made large files cost more per megabyte than small ones).

    try:
        json.loads(text, object_pairs_hook=note_repeats)
    except (ValueError, RecursionError):
        return False
    return repeated


def repeated_key_problems(text: str) -> list[Problem]:
    """A key written twice in one object: JSON readers keep only the last value.

    An editor shows the first, the app would use the second: report it rather
    than let the file say two things. Only called on syntactically valid JSON,
    which the pydantic parser has already bounded in depth.
    """
    if not has_repeated_keys(text):  # the usual case: one cheap pass, no paths built
        return []
    try:
        tree = json.loads(text, object_pairs_hook=_KeyedObject.from_pairs)
    except (ValueError, RecursionError):  # numbers json refuses; pydantic reported them
        return []
    problems: list[Problem] = []

    def visit(node: Any, location: tuple[int | str, ...]) -> None:
        if isinstance(node, _KeyedObject):
            problems.extend(
                Problem(
                    json_path((*location, key)),
                    "this field is written more than once; keep only one",
                )
                for key in node.repeated
            )
            for key, value in node.items():
                visit(value, (*location, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, (*location, index))

    visit(tree, ())
    return problems

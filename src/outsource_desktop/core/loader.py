"""Reading a content file into a `Catalog`, with problems reported in plain words.

Every failure, whatever its cause, surfaces as one `ContentError` that lists
each problem with the file and the JSON path, so the GUI and the command line
can show the same messages and never a traceback.
"""

from __future__ import annotations

import codecs
import gc
import json
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outsource_desktop.core.models import Catalog
from outsource_desktop.core.seal import is_sealed
from outsource_desktop.core.trusted import UntrustedShapeError, build_trusted

# Content files are a few hundred kilobytes; anything this large is not one,
# and reading it would only waste memory before failing.
MAX_CONTENT_BYTES = 32 * 1024 * 1024
# More problems than this are summarised: a wholly wrong file would otherwise
# bury the first, most useful lines.
MAX_REPORTED_PROBLEMS = 50
# Names and values quoted in a problem line are cut to this many characters, so
# a hostile 10,000-character key cannot swamp the report.
MAX_QUOTED_CHARS = 60


@dataclass(frozen=True)
class Problem:
    location: str  # a JSON path, or "" for the file as a whole
    message: str

    def line(self, file_name: str) -> str:
        return ": ".join(filter(None, (file_name, self.location, self.message)))


class ContentError(Exception):
    """A content file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(self.summary())

    def lines(self) -> list[str]:
        """One line per problem: file, JSON path, what is wrong."""
        name = printable(str(self.path), limit=None)
        shown = self.problems[:MAX_REPORTED_PROBLEMS]
        lines = [problem.line(name) for problem in shown]
        hidden = len(self.problems) - len(shown)
        if hidden > 0:
            lines.append(f"{name}: ... and {hidden} more problem(s)")
        return lines

    def summary(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        name = printable(str(self.path), limit=None)
        return f"{name} is not a valid content file ({count} {noun})."


def printable(text: str, limit: int | None = MAX_QUOTED_CHARS) -> str:
    """`text` with invisible and layout-changing characters written as escapes.

    Problem lines go to terminals and dialogs; a newline, an escape sequence or
    a right-to-left override inside a file name or key could otherwise forge
    lines or reorder what the reader sees.
    """
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return "".join(
        f"\\u{ord(char):04x}" if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char
        for char in text
    )


def load_catalog(path: Path, *, trust_seal: bool = False) -> Catalog:
    """Read a content file, raising `ContentError` on any problem.

    With `trust_seal`, a file whose seal vouches for these very bytes (see
    core/seal.py) is built without validation. Only the app's own bundled
    content is loaded so: anyone can write a seal beside a file they hand out,
    so every other file is validated in full.
    """
    data = read_content_bytes(path)
    if trust_seal and is_sealed(path, data):
        try:
            with cyclic_gc_paused():
                return build_trusted(Catalog, json.loads(data))
        except (UntrustedShapeError, ValueError, RecursionError):
            pass  # a seal forged or gone stale: validate, and report what is wrong
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


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Validation allocates millions of objects and none of them form cycles; the
    collector's full passes over an ever larger heap made load time grow faster
    than the file (36 against 19 ms per MB at 100 times the bundled content)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_catalog(text: str, path: Path) -> Catalog:
    """Validate `text` in full (with pydantic), raising `ContentError` listing every problem."""
    from outsource_desktop.core.validation import validate_catalog_json

    try:
        with cyclic_gc_paused():
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
        with cyclic_gc_paused():  # a large file makes many objects; see cyclic_gc_paused
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


def json_path(location: tuple[int | str, ...]) -> str:
    """Turn pydantic's location tuple into a path such as `aspects[3].claims.kpo`."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            key = printable(part)
            path += f".{key}" if path else key
    return path or "(top level)"

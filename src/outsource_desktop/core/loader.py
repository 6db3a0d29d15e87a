"""Reading a content file into a `Catalog`, with problems reported in plain words.

Every failure, whatever its cause, surfaces as one `ContentError` that lists
each problem with the file and the JSON path, so the GUI and the command line
can show the same messages and never a traceback.
"""

from __future__ import annotations

import codecs
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from outsource_desktop.core.models import REFERENCE_ERROR, Catalog

# Content files are a few hundred kilobytes; anything this large is not one,
# and reading it would only waste memory before failing.
MAX_CONTENT_BYTES = 32 * 1024 * 1024
# More problems than this are summarised: a wholly wrong file would otherwise
# bury the first, most useful lines.
MAX_REPORTED_PROBLEMS = 50


@dataclass(frozen=True)
class Problem:
    location: str
    message: str


class ContentError(Exception):
    """A content file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(self.summary())

    def lines(self) -> list[str]:
        """One line per problem: file, JSON path, what is wrong."""
        shown = self.problems[:MAX_REPORTED_PROBLEMS]
        lines = [f"{self.path}: {problem.location}: {problem.message}" for problem in shown]
        hidden = len(self.problems) - len(shown)
        if hidden > 0:
            lines.append(f"{self.path}: ... and {hidden} more problem(s)")
        return lines

    def summary(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        return f"{self.path} is not a valid content file ({count} {noun})."


def load_catalog(path: Path) -> Catalog:
    """Read and validate a content file, raising `ContentError` on any problem."""
    text = read_content_text(path)
    return parse_catalog(text, path)


def read_content_text(path: Path) -> str:
    def fail(message: str) -> ContentError:
        return ContentError(path, [Problem("(file)", message)])

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise fail("the file does not exist") from None
    except OSError as error:
        raise fail(f"the file cannot be read ({error.strerror or error})") from None
    if path.is_dir():
        raise fail("this is a folder, not a content file")
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
    return decode_content_bytes(data, path)


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
    try:
        with cyclic_gc_paused():
            return Catalog.model_validate_json(text)
    except ValidationError as error:
        raise ContentError(path, problems_from_validation(error)) from None
    except RecursionError:
        raise ContentError(path, [Problem("(file)", "the JSON is nested too deeply")]) from None


def problems_from_validation(error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for detail in error.errors(include_url=False):
        if detail["type"] == REFERENCE_ERROR:
            context: dict[str, Any] = detail.get("ctx") or {}
            problems.extend(Problem(where, what) for where, what in context.get("problems", []))
            continue
        problems.append(Problem(json_path(detail["loc"]), plain_message(detail)))
    return problems


def json_path(location: tuple[int | str, ...]) -> str:
    """Turn pydantic's location tuple into a path such as `aspects[3].claims.kpo`."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "(top level)"


def _describe_input(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "text"
    return "a number"


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "date_type": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
}


def plain_message(detail: Any) -> str:
    """Pydantic's message reworded for someone editing a content file by hand."""
    kind: str = detail["type"]
    context: dict[str, Any] = detail.get("ctx") or {}
    if kind == "json_invalid":
        reason = str(context.get("error", "")).strip()
        if "recursion limit" in reason:
            return "the JSON is nested too deeply to be content"
        if "EOF while parsing" in reason:
            return f"the file ends too early: it looks truncated ({reason})"
        return f"this is not valid JSON ({reason})"
    if kind == "missing":
        return "this required field is missing"
    if kind == "extra_forbidden":
        return "this field is not part of the content format (misspelt?)"
    if kind == "finite_number":
        return "numbers must be finite: NaN and Infinity are not allowed"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, found {_describe_input(detail.get('input'))}"
    if kind == "too_short":
        if context.get("min_length") == 1:
            return "this may not be empty"
        return f"needs at least {context.get('min_length')} item(s) or character(s)"
    if kind == "too_long":
        return f"is too long (at most {context.get('max_length')})"
    if kind == "string_pattern_mismatch":
        return f"the text '{str(detail.get('input'))[:60]}' does not have the expected form"
    if kind in {"literal_error", "enum"}:
        return f"must be one of {context.get('expected')}"
    if kind.startswith(("greater_than", "less_than")):
        return str(detail["msg"]).lower()
    message = str(detail["msg"])
    return message.removeprefix("Value error, ")

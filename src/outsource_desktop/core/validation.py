"""Validating content with pydantic, and its errors put in plain words.

Only this module imports pydantic (about 130 ms and 20 MiB), so the app's
start, which loads sealed content (core/trusted.py), never does.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import CoreSchema, SchemaValidator, core_schema

from outsource_desktop.core.loader import Problem, json_path, printable
from outsource_desktop.core.models import (
    LONG_TEXT_PATTERN,
    TEXT_PATTERNS,
    Catalog,
    find_reference_problems,
)


@cache
def catalog_adapter() -> TypeAdapter[Catalog]:
    return TypeAdapter(Catalog)


def catalog_json_schema() -> dict[str, Any]:
    return catalog_adapter().json_schema()


@dataclass
class _Budget:
    """How many problems one validation may collect before it stops looking."""

    limit: int
    collected: int = 0

    @property
    def spent(self) -> bool:
        return self.collected >= self.limit


_BUDGET: ContextVar[_Budget | None] = ContextVar("problem_budget", default=None)


def within_problem_budget(schema: CoreSchema) -> CoreSchema:
    """`schema`, skipped once the running validation has collected enough problems.

    Pydantic collects every error and has no limit; a file of a million empty
    items made millions of errors (36 s and 5.6 GB) to show fifty. Each content
    object's validation goes through `_validate_within_budget`, which counts the
    errors raised and, once the budget is spent, lets the remaining objects by
    unchecked: the file is refused anyway, since errors were raised.
    """
    return core_schema.no_info_wrap_validator_function(_validate_within_budget, schema)


def _validate_within_budget(value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Any:
    budget = _BUDGET.get()
    if budget is None:
        return handler(value)
    if budget.spent:
        return value
    before = budget.collected
    try:
        return handler(value)
    except ValidationError as error:
        # The count includes what nested objects counted already.
        budget.collected = before + error.error_count()
        raise


@contextmanager
def _problem_budget(limit: int) -> Iterator[None]:
    token = _BUDGET.set(_Budget(limit))
    try:
        yield
    finally:
        _BUDGET.reset(token)


@cache
def quick_validator() -> SchemaValidator:
    """The catalog's validator without the budget's wrappers, each list and
    object stopping at its first bad item.

    The wrappers hand each object to Python (40% slower, half as much memory
    again on a large good file); without them pydantic-core checks the JSON
    alone. Stopping early bounds the errors a bad file makes; such a file is
    then checked again, within the budget, for its report.
    """
    return SchemaValidator(_quick(catalog_adapter().core_schema))


def _quick(node: Any) -> Any:
    if isinstance(node, list):
        return [_quick(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "function-wrap" and (
        node["function"]["function"] is _validate_within_budget
    ):
        return _quick(node["schema"])
    quick = {key: _quick(value) for key, value in node.items()}
    if quick.get("type") in {"list", "dict"}:
        quick["fail_fast"] = True
    return quick


def validate_catalog_json(text: str, limit: int) -> tuple[Catalog | None, list[Problem]]:
    """Validate `text` in full: the catalog, or None and its problems.

    Problems are collected until more than `limit` are found, and no further.
    """
    try:
        catalog: Catalog = quick_validator().validate_json(text)
    except ValidationError:
        with _problem_budget(limit + 1):
            try:
                catalog = catalog_adapter().validate_json(text)
            except ValidationError as error:
                return None, problems_from_details(error.errors(include_url=False))
    found = itertools.islice(find_reference_problems(catalog), limit + 1)
    references = [Problem(where, what) for where, what in found]
    return (None if references else catalog), references


def problems_from_details(details: list[Any]) -> list[Problem]:
    problems: list[Problem] = []
    for detail in details:
        if detail["type"] == "json_invalid":
            problems.append(syntax_problem(detail))
            continue
        problems.append(Problem(json_path(detail["loc"]), plain_message(detail)))
    return problems


_POSITION = re.compile(r"\s*at line (\d+) column (\d+)$")


def syntax_problem(detail: Any) -> Problem:
    """A JSON syntax error has no JSON path; its line and column locate it instead."""
    context: dict[str, Any] = detail.get("ctx") or {}
    reason = str(context.get("error", "")).strip()
    position = _POSITION.search(reason)
    where = "(top level)"
    if position:
        where = f"(line {position.group(1)}, column {position.group(2)})"
        reason = reason[: position.start()]
    if "recursion limit" in reason:
        return Problem(where, "the JSON is nested too deeply to be content")
    if "EOF while parsing" in reason:
        return Problem(where, f"the file ends too early: it looks truncated ({reason})")
    if "number out of range" in reason:
        return Problem(where, "a number here is too large or has too many digits to be read")
    return Problem(where, f"this is not valid JSON ({reason})")


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
    if isinstance(value, float):
        return "a decimal number"
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
    "dataclass_type": "an object",
    "dataclass_exact_type": "an object",
    "date_type": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
}


def plain_message(detail: Any) -> str:
    """Pydantic's message reworded for someone editing a content file by hand."""
    kind: str = detail["type"]
    context: dict[str, Any] = detail.get("ctx") or {}
    if kind in {"missing", "missing_keyword_argument"}:
        return "this required field is missing"
    if kind in {"extra_forbidden", "unexpected_keyword_argument"}:
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
    if kind == "string_pattern_mismatch" and context.get("pattern") in TEXT_PATTERNS:
        return text_problem(str(detail.get("input")), long=context["pattern"] == LONG_TEXT_PATTERN)
    if kind == "string_pattern_mismatch":
        return f"the text '{printable(str(detail.get('input')))}' does not have the expected form"
    if kind in {"literal_error", "enum"}:
        return f"must be one of {context.get('expected')}"
    if kind.startswith(("greater_than", "less_than")):
        return str(detail["msg"]).lower()
    message = str(detail["msg"])
    return message.removeprefix("Value error, ")


_CHARACTER_NAMES = {
    "\x00": "a NUL byte",
    "\t": "a tab",
    "\n": "a line break",
    "\r": "a carriage return",
    "\x1b": "an escape character",
    "\u2028": "a line separator",
    "\u2029": "a paragraph separator",
}


def text_problem(text: str, *, long: bool) -> str:
    """Why a text a reader would see was refused: a control character, or only blanks."""
    allowed = "\t\n" if long else ""
    for position, char in enumerate(text, start=1):
        if unicodedata.category(char) in {"Cc", "Zl", "Zp"} and char not in allowed:
            name = _CHARACTER_NAMES.get(char, "a control character")
            rule = (
                "text may hold tabs and line breaks but no other control characters"
                if long
                else "this text is one line, without control characters"
            )
            return f"holds {name} (U+{ord(char):04X}) at character {position}; remove it: {rule}"
    return "this may not be blank: it holds only spaces"

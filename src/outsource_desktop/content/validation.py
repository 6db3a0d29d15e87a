"""Validating content with pydantic, and its errors put in plain words.

Only this module imports pydantic (about 130 ms and 20 MiB), so the app's
start, which reads its bundled content from a cache (content/cache.py), never does."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import SchemaValidator, core_schema

from outsource_desktop.content.base import LONG_TEXT_PATTERN, TEXT_PATTERNS
from outsource_desktop.content.frozen_record import as_dataclass
from outsource_desktop.content.models import (
    SCHEMA_VERSION,
    Catalog,
    content_classes,
    find_reference_problems,
)
from outsource_desktop.content.problems import Problem, json_path, printable


@cache
def catalog_adapter() -> TypeAdapter[Catalog]:
    # Pydantic validates dataclasses: the records are described to it as the ones they
    # stand for (content/frozen_record.py), here, where the start never comes.
    as_dataclass(content_classes())
    return TypeAdapter(Catalog)


def catalog_json_schema() -> dict[str, Any]:
    return catalog_adapter().json_schema()


# Pydantic collects every error and has no limit: a file of a million empty
# items made millions of errors (36 s and 5.6 GB) to show fifty. So content is
# checked in two passes, each with its own validator built from the one schema:
#
# * `quick_validator` stops each list and object at its first bad item. It is
#   pydantic-core on the JSON alone, as fast as can be for a good file, and a
#   bad file makes few errors in it.
# * A file it refuses is checked again by `reporting_validator`, where every
#   item of a list or object goes through `_validate_within_budget`: it counts
#   the errors raised and, once the report has more than it shows, lets the
#   remaining items by unchecked. The file is refused anyway, since errors were
#   raised; the wrappers hand each item to Python, which is why good files do
#   not take this pass.


@dataclass
class _Budget:
    """How many problems one validation may collect before it stops looking."""

    limit: int
    collected: int = 0


_BUDGET: ContextVar[_Budget] = ContextVar("problem_budget")


def _validate_within_budget(value: Any, handler: core_schema.ValidatorFunctionWrapHandler) -> Any:
    budget = _BUDGET.get()
    if budget.collected >= budget.limit:
        return None  # not checked, and not kept: the item is dropped at once
    before = budget.collected
    try:
        return handler(value)
    except ValidationError as error:
        # The count includes what nested items counted already.
        budget.collected = before + error.error_count()
        raise


def _rebuilt(node: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """A copy of the core schema `node` with `change` applied to every schema in it."""
    if isinstance(node, list):
        return [_rebuilt(item, change) for item in node]
    if not isinstance(node, dict):
        return node
    return change({key: _rebuilt(value, change) for key, value in node.items()})


def _failing_fast(node: dict[str, Any]) -> dict[str, Any]:
    if node.get("type") in {"list", "dict"}:
        node["fail_fast"] = True
    return node


_ITEMS = {"list": "items_schema", "dict": "values_schema"}


def _budgeted(node: dict[str, Any]) -> dict[str, Any]:
    items = _ITEMS.get(node.get("type", ""))
    if items is not None and items in node:
        node[items] = core_schema.no_info_wrap_validator_function(
            _validate_within_budget, node[items]
        )
    return node


@cache
def quick_validator() -> SchemaValidator:
    return SchemaValidator(_rebuilt(catalog_adapter().core_schema, _failing_fast))


@cache
def reporting_validator() -> SchemaValidator:
    return SchemaValidator(_rebuilt(catalog_adapter().core_schema, _budgeted))


def validate_catalog_json(text: str, limit: int) -> tuple[Catalog | None, list[Problem]]:
    """Validate `text` in full: the catalog, or None and its problems.

    Problems are collected until more than `limit` are found, and no further.
    """
    try:
        catalog: Catalog = quick_validator().validate_json(text)
    except ValidationError:
        token = _BUDGET.set(_Budget(limit + 1))
        try:
            catalog = reporting_validator().validate_json(text)
        except ValidationError as error:
            details = error.errors(include_url=False)
            other_version = version_problem(details)
            if other_version is not None:
                return None, [other_version]
            return None, problems_from_details(details)
        finally:
            _BUDGET.reset(token)
    found = itertools.islice(find_reference_problems(catalog), limit + 1)
    references = [Problem(location=where, message=what) for where, what in found]
    return (None if references else catalog), references


def version_problem(details: list[Any]) -> Problem | None:
    """A file of another format version, said in one line.

    Its other differences would each be reported, dozens of lines that all
    have this one cause; the version is what the reader needs to know.
    """
    for detail in details:
        found = detail.get("input")
        if detail["loc"] == ("schema_version",) and type(found) is int:
            advice = " (a newer version of the app reads it)" if found > SCHEMA_VERSION else ""
            return Problem(
                location="",
                message=f"this content file is format version {found}; "
                f"this app reads version {SCHEMA_VERSION}{advice}",
            )
    return None


def problems_from_details(details: list[Any]) -> list[Problem]:
    problems: list[Problem] = []
    for detail in details:
        if detail["type"] == "json_invalid":
            problems.append(syntax_problem(detail))
            continue
        problems.append(Problem(location=json_path(detail["loc"]), message=plain_message(detail)))
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
        return Problem(location=where, message="the JSON is nested too deeply to be content")
    if "EOF while parsing" in reason:
        return Problem(
            location=where, message=f"the file ends too early: it looks truncated ({reason})"
        )
    if "number out of range" in reason:
        return Problem(
            location=where,
            message="a number here is too large or has too many digits to be read",
        )
    return Problem(location=where, message=f"this is not valid JSON ({reason})")


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
    if kind in {"too_short", "string_too_short"}:
        if context.get("min_length") == 1:
            return "this may not be empty"
        return f"needs at least {context.get('min_length')} item(s) or character(s)"
    if kind == "too_long":
        return f"is too long (at most {context.get('max_length')} items)"
    if kind == "string_too_long":
        return f"is too long (at most {context.get('max_length'):,} characters)"
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

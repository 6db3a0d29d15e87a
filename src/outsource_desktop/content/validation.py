"""Validating content with pydantic, and its errors put in plain words.

Only this module imports pydantic (about 130 ms and 20 MiB), so the app's
start, which reads its bundled content from a cache (content/cache.py), never does."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from outsource_desktop.content.models import Catalog, find_reference_problems
from outsource_desktop.content.problems import Problem, json_path, printable


@cache
def catalog_adapter() -> TypeAdapter[Catalog]:
    return TypeAdapter(Catalog)


def catalog_json_schema() -> dict[str, Any]:
    return catalog_adapter().json_schema()


def validate_catalog_json(text: str) -> tuple[Catalog | None, list[Problem], bool]:
    """(catalog or None, problems, whether the JSON syntax was good)."""
    try:
        catalog = catalog_adapter().validate_json(text)
    except ValidationError as error:
        problems = problems_from_validation(error)
        syntax_ok = not any(detail["type"] == "json_invalid" for detail in error.errors())
        return None, problems, syntax_ok
    references = [Problem(where, what) for where, what in find_reference_problems(catalog)]
    return (None if references else catalog), references, True


def problems_from_validation(error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for detail in error.errors(include_url=False):
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
    if kind == "string_pattern_mismatch":
        return f"the text '{printable(str(detail.get('input')))}' does not have the expected form"
    if kind in {"literal_error", "enum"}:
        return f"must be one of {context.get('expected')}"
    if kind.startswith(("greater_than", "less_than")):
        return str(detail["msg"]).lower()
    message = str(detail["msg"])
    return message.removeprefix("Value error, ")

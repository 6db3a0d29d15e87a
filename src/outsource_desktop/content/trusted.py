"""Content objects built from data that has already passed validation, without pydantic.

Importing and running pydantic costs the app about 130 ms and 20 MiB at every
start; the bundled content is the same bytes each time, validated once when it
was sealed. This builds the same frozen dataclasses pydantic would, from the
annotations in core/models.py: nested classes, lists, dicts, optional fields,
whole numbers given for decimal ones and ISO dates. Constraints are not
checked here: that is what the seal vouches for. Data of the wrong shape, or
of a JSON type validation would have converted ("false" for false), raises
`UntrustedShapeError`, and the loader then validates the file in full.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from collections.abc import Callable
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")
Convert = Callable[[Any], Any]


class UntrustedShapeError(Exception):
    """The data does not have the shape the classes describe."""


def build_trusted(kind: type[T], data: Any) -> T:
    """An instance of the dataclass `kind` from JSON-like `data`, unchecked."""
    try:
        built: T = _converter(kind)(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UntrustedShapeError(str(error)) from error
    return built


_CONVERTERS: dict[object, Convert] = {}


def _converter(annotation: object) -> Convert:
    """The function that turns JSON data into `annotation`, made once per type."""
    converter = _CONVERTERS.get(annotation)
    if converter is None:
        if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
            converter = _dataclass_converter(annotation)
        else:
            converter = _plain_converter(annotation)
        _CONVERTERS[annotation] = converter
    return converter


def _dataclass_converter(kind: type) -> Convert:
    hints = get_type_hints(kind)
    plan = [
        (model_field.name, _converter(hints[model_field.name]))
        for model_field in dataclasses.fields(kind)
    ]
    names = {name for name, _ in plan}

    def build(data: Any) -> Any:
        if not isinstance(data, dict) or not names.issuperset(data):
            raise TypeError(f"{kind.__name__}: not an object of its fields")
        # Fields absent from the data keep their dataclass defaults.
        return kind(**{name: convert(data[name]) for name, convert in plan if name in data})

    return build


def _exactly(kind: type) -> Convert:
    def check(data: Any) -> Any:
        if type(data) is not kind:
            raise TypeError(f"expected {kind.__name__}, found {type(data).__name__}")
        return data

    return check


def _number(data: Any) -> float:
    if type(data) not in (int, float):
        raise TypeError(f"expected a number, found {type(data).__name__}")
    return float(data)


def _date(data: Any) -> dt.date:
    if type(data) is not str:
        raise TypeError(f"expected a date, found {type(data).__name__}")
    return dt.date.fromisoformat(data)


def _plain_converter(annotation: object) -> Convert:
    origin = get_origin(annotation)
    arguments = get_args(annotation)
    if origin is list:
        item = _converter(arguments[0])

        def to_list(data: Any) -> list[Any]:
            if not isinstance(data, list):
                raise TypeError("expected a list")
            return [item(value) for value in data]

        return to_list
    if origin is dict:
        value_converter = _converter(arguments[1])

        def to_dict(data: Any) -> dict[str, Any]:
            if not isinstance(data, dict):
                raise TypeError("expected an object")
            return {key: value_converter(value) for key, value in data.items()}

        return to_dict
    if origin in (Union, types.UnionType):
        options = [option for option in arguments if option is not type(None)]
        if len(options) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        inner = _converter(options[0])
        return lambda data: None if data is None else inner(data)
    if origin is Literal:
        allowed = set(arguments)

        def literal(data: Any) -> Any:
            if data not in allowed or type(data) is not type(next(iter(allowed))):
                raise ValueError(f"{data!r} is not one of {sorted(map(str, allowed))}")
            return data

        return literal
    if annotation in (str, int, bool):
        # Exactly the JSON type: pydantic's lax mode would turn "false" into
        # False or 2.0 into 2, and such a file must get that same treatment.
        return _exactly(annotation)
    if annotation is float:
        # JSON writes 3 for 3.0; validation would have made it a float.
        return _number
    if annotation is dt.date:
        return _date
    raise TypeError(f"no trusted converter for {annotation!r}")

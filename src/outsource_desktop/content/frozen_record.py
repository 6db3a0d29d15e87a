"""Frozen, keyword-only dataclasses whose methods are written once, here, for all of them.

`@dataclass(frozen=True, slots=True, kw_only=True)` writes each class's
`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and `__delattr__`
as source text and compiles it with exec() at every import: about 0.5 ms a
class, 17 ms for the content classes, paid on every start before the window is
interactive. `@frozen_record` asks dataclasses for the fields and slots alone
(still a dataclass: `fields()`, `replace()` and pydantic work as before), and
`FrozenRecord` supplies the same methods once, reading the class's field names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError
from reprlib import recursive_repr
from typing import TYPE_CHECKING, ClassVar, TypeVar, dataclass_transform

RecordT = TypeVar("RecordT", bound="FrozenRecord")

# Per field: its name, its default (MISSING where it has none) and its default factory.
FieldDefaults = tuple[tuple[str, object, Callable[[], object] | None], ...]


class FrozenRecord:
    """Base of every `@frozen_record` class: its methods behave as a frozen,
    slotted, keyword-only dataclass's do (on Python 3.11), errors included."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[object]]]  # set by dataclasses
    # Set on each class by `frozen_record`, from the fields dataclasses found.
    _field_names: ClassVar[tuple[str, ...]] = ()
    _field_defaults: ClassVar[FieldDefaults] = ()
    # Each field's slot setter, in field order: unpickling sets every field of every
    # record the cache holds (~1,100 at start), twice as fast through these as by name.
    _field_setters: ClassVar[tuple[Callable[[object, object], None], ...]] = ()

    def __init__(self, *positional: object, **values: object) -> None:
        kind = type(self)
        function = f"{kind.__qualname__}.__init__()"
        for name in values:
            if name not in kind._field_names:
                raise TypeError(f"{function} got an unexpected keyword argument {name!r}")
        if positional:
            raise TypeError(_too_many_positional(function, len(positional) + 1, len(values)))
        missing = [
            name
            for name, default, factory in kind._field_defaults
            if name not in values and default is MISSING and factory is None
        ]
        if missing:
            raise TypeError(_missing_keywords(function, missing))
        for name, default, factory in kind._field_defaults:
            if name in values:
                value = values[name]
            elif factory is None:
                value = default
            else:
                value = factory()
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self._field_names])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    @recursive_repr()
    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._field_names)
        return f"{self.__class__.__qualname__}({values})"

    # Pickling: the state is the list of field values, as dataclasses makes it
    # for a frozen class with slots, so a pickle is the same bytes as before.
    def __getstate__(self) -> list[object]:
        return [getattr(self, name) for name in self._field_names]

    def __setstate__(self, state: list[object]) -> None:
        for set_field, value in zip(self._field_setters, state, strict=False):
            set_field(self, value)

    # Hidden from type checkers, which would take a `__setattr__` to mean any
    # attribute may be set; they see the class as frozen from `frozen_record`.
    if not TYPE_CHECKING:

        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(
    kw_only_default=True,
    frozen_default=True,
    field_specifiers=(dataclasses.field, dataclasses.Field),
)
def frozen_record(cls: type[RecordT]) -> type[RecordT]:
    """Make `cls` a frozen, slotted, keyword-only dataclass with `FrozenRecord`'s methods."""
    # dataclasses gives an undocumented class its signature as __doc__, from
    # inspect.signature() (0.07 ms), which would now read the shared __init__;
    # so it is handed a stand-in, and the signature is written from the fields.
    undocumented = cls.__doc__ is None
    if undocumented:
        cls.__doc__ = cls.__name__
    made = dataclasses.dataclass(init=False, repr=False, eq=False, slots=True, kw_only=True)(cls)
    fields = dataclasses.fields(made)
    if undocumented:
        made.__doc__ = _signature(made.__name__, fields)
    made._field_names = tuple(item.name for item in fields)
    made._field_setters = tuple(getattr(made, item.name).__set__ for item in fields)
    made._field_defaults = tuple(
        (item.name, item.default, None if item.default_factory is MISSING else item.default_factory)
        for item in fields
    )
    return made


def _signature(name: str, fields: tuple[dataclasses.Field[object], ...]) -> str:
    """The signature as dataclasses words it: "Section(*, id: 'Id', note: 'str' = None)".

    (The annotations are text: each module of records imports `annotations`.)
    """
    parameters = [
        f"{item.name}: {item.type!r}"
        + (" = <factory>" if item.default_factory is not MISSING else "")
        + (f" = {item.default!r}" if item.default is not MISSING else "")
        for item in fields
    ]
    return f"{name}({', '.join(['*', *parameters]) if parameters else ''})"


def _names(names: list[str]) -> str:
    """'a'; 'a' and 'b'; 'a', 'b', and 'c': as Python words a call's missing arguments."""
    quoted = [repr(name) for name in names]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _missing_keywords(function: str, names: list[str]) -> str:
    plural = "s" if len(names) > 1 else ""
    return (
        f"{function} missing {len(names)} required keyword-only argument{plural}: {_names(names)}"
    )


def _too_many_positional(function: str, given: int, keywords: int) -> str:
    """Python's words for positional arguments given to a function taking only `self`."""
    if keywords:
        also = f" positional arguments (and {keywords} keyword-only argument"
        also += "s)" if keywords > 1 else ")"
    else:
        also = ""
    return f"{function} takes 1 positional argument but {given}{also} were given"

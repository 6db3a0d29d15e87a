"""Frozen, slotted, keyword-only records, made without the `dataclasses` module.

The content classes were `@dataclass(frozen=True, slots=True, kw_only=True)`.
Loading the catalog after the window's first frame imported `dataclasses`
(~2.3 ms, with the modules it imports) and ran its class processing for each of
the ~30 classes (~1.9 ms): time to interactive paid both on every start, for
classes whose methods never change. `@frozen_record` makes the same class from
the annotations alone (`__slots__`, defaults, and the field list), and
`FrozenRecord` supplies the methods a frozen, slotted, keyword-only dataclass
would have, written once for all of them, errors included.

Pydantic validates dataclasses, and tests compare the records with dataclass
twins: `as_dataclass` describes a record class to `dataclasses` when something
needs that (content/validation.py before it builds its validator), from the same
fields; the app's start never does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, dataclass_transform

if TYPE_CHECKING:
    import dataclasses

RecordT = TypeVar("RecordT", bound="FrozenRecord")
ValueT = TypeVar("ValueT")


class _Missing:
    """No default (dataclasses' MISSING, without importing dataclasses)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


# Plain classes, not named tuples: defining a named tuple compiles its constructor
# from source, and this module is imported on the way to a usable window.
class DefaultFactory:
    """What `field(default_factory=...)` leaves in a class body."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], ValueT]) -> ValueT:
    """A field whose default is made anew for each record, e.g. `field(default_factory=list)`."""
    return DefaultFactory(default_factory)  # type: ignore[return-value]  # a marker, read below


class RecordField:
    """One field of a record class: its name, its annotation (text, as each module of
    records imports `annotations`), its default (MISSING where it has none) and its
    default factory (None where it has none)."""

    __slots__ = ("annotation", "default", "factory", "name")

    def __init__(
        self, name: str, annotation: str, default: object, factory: Callable[[], object] | None
    ) -> None:
        self.name = name
        self.annotation = annotation
        self.default = default
        self.factory = factory


class FrozenRecord:
    """Base of every `@frozen_record` class: its methods behave as a frozen,
    slotted, keyword-only dataclass's do (on Python 3.11), errors included."""

    __slots__ = ()
    # Set on each class by `frozen_record`.
    _fields: ClassVar[tuple[RecordField, ...]] = ()
    _field_names: ClassVar[tuple[str, ...]] = ()
    # Each field's slot setter, in field order: reading the cache sets every field of
    # every record it holds (~1,100 at start, content/plain_records.py), twice as fast
    # through these as by name.
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
            item.name
            for item in kind._fields
            if item.name not in values and item.default is MISSING and item.factory is None
        ]
        if missing:
            raise TypeError(_missing_keywords(function, missing))
        for item, set_field in zip(kind._fields, kind._field_setters, strict=True):
            if item.name in values:
                value = values[item.name]
            elif item.factory is None:
                value = item.default
            else:
                value = item.factory()
            set_field(self, value)

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
            from dataclasses import FrozenInstanceError  # only ever to refuse

            raise FrozenInstanceError(f"cannot assign to field {name!r}")

        def __delattr__(self, name):
            from dataclasses import FrozenInstanceError

            raise FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
def frozen_record(cls: type[RecordT]) -> type[RecordT]:
    """Make `cls` a frozen, slotted, keyword-only record of the fields it annotates."""
    namespace = dict(cls.__dict__)
    inherited = {item.name: item for item in cls._fields}
    own: dict[str, RecordField] = {}
    for name, annotation in namespace.get("__annotations__", {}).items():
        if _names_type(annotation, "ClassVar"):
            continue
        if _names_type(annotation, "InitVar"):
            raise TypeError(f"{cls.__qualname__}.{name}: a record has no init-only fields")
        value = namespace.pop(name, MISSING)  # a slot cannot share its name with a value
        if isinstance(value, DefaultFactory):
            own[name] = RecordField(name, annotation, MISSING, value.make)
        else:
            _check_default(cls, name, value)
            own[name] = RecordField(name, annotation, value, None)
    # As dataclasses orders them: inherited fields first, a field declared again
    # keeping its place with its new annotation and default.
    fields = {**inherited, **own}
    # A slot is made once, where its field first appears.
    namespace["__slots__"] = tuple(name for name in own if name not in inherited)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    made: type[RecordT] = type(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    made._fields = tuple(fields.values())
    made._field_names = tuple(fields)
    made._field_setters = tuple(getattr(made, name).__set__ for name in fields)
    if made.__doc__ is None:  # dataclasses gives such a class its signature
        made.__doc__ = _signature(made.__name__, made._fields)
    return made


def record_fields(kind: type[FrozenRecord] | FrozenRecord) -> tuple[RecordField, ...]:
    """The fields of a record class (or of a record's class), in order."""
    return kind._fields


def is_record_class(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, FrozenRecord) and bool(kind._fields)


def as_dataclass(kinds: Iterable[type[FrozenRecord]]) -> None:
    """Describe each of `kinds` to `dataclasses`, as `@dataclass(slots=True,
    kw_only=True)` would have: `dataclasses.fields()`, `replace()` and pydantic then
    take it for the dataclass it stands for. The description comes from dataclasses
    itself, run on a plain class of the same fields (a slotted class cannot hold its
    defaults as class values, which dataclasses reads them from); the record's own
    class, methods and slots are untouched."""
    import dataclasses

    for kind in kinds:
        if "__dataclass_fields__" in kind.__dict__:
            continue
        stand_in: dict[str, Any] = {
            "__module__": kind.__module__,
            "__qualname__": kind.__qualname__,
            "__annotations__": {item.name: item.annotation for item in kind._fields},
        }
        for item in kind._fields:
            if item.factory is not None:
                stand_in[item.name] = dataclasses.field(default_factory=item.factory)
            elif item.default is not MISSING:
                stand_in[item.name] = item.default
        described: Any = dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=True)(
            type(kind.__name__, (), stand_in)
        )
        field_list: dict[str, dataclasses.Field[Any]] = described.__dataclass_fields__
        type.__setattr__(kind, "__dataclass_fields__", field_list)
        type.__setattr__(kind, "__dataclass_params__", described.__dataclass_params__)
        type.__setattr__(kind, "__match_args__", ())


def _names_type(annotation: object, type_name: str) -> bool:
    """Whether `annotation` (text, or an object) is `type_name`, bare or qualified by a
    module, or a subscript of it: what dataclasses takes for a ClassVar or InitVar."""
    text = annotation if isinstance(annotation, str) else repr(annotation)
    head = text.split("[", 1)[0].strip()
    return head.rpartition(".")[2].strip() == type_name


def _check_default(cls: type, name: str, value: object) -> None:
    """Refuse the defaults dataclasses refuses, and a dataclasses field, which would
    become the default itself: records take `field(default_factory=...)` from here."""
    if type(value).__module__ == "dataclasses" and type(value).__name__ == "Field":
        raise TypeError(
            f"{cls.__qualname__}.{name}: use outsource_desktop.content.frozen_record.field"
        )
    if value is not MISSING and type(value).__hash__ is None:
        raise ValueError(
            f"mutable default {type(value)} for field {name} is not allowed: use default_factory"
        )


def _signature(name: str, fields: tuple[RecordField, ...]) -> str:
    """The signature as dataclasses words it: "Section(*, id: 'Id', note: 'str' = None)"."""
    parameters = [
        f"{item.name}: {item.annotation!r}"
        + (" = <factory>" if item.factory is not None else "")
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

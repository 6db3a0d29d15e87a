"""Every content class behaves as the frozen dataclass it was, though its methods are shared.

Each class is set beside its twin: the same fields made by
`@dataclass(frozen=True, slots=True, kw_only=True)`, as the content classes were
before `@frozen_record`. Both are given the same values, taken from the bundled
content, and must answer alike: construction and its errors, equality, hashing,
repr, frozenness, pickling, copying and `dataclasses.replace`.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import typing
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import pytest

from outsource_desktop.content.frozen_record import (
    MISSING,
    FrozenRecord,
    as_dataclass,
    field,
    frozen_record,
    record_fields,
)
from outsource_desktop.content.models import Catalog, content_classes

CLASSES = sorted(content_classes(), key=lambda kind: kind.__qualname__)
# Described to dataclasses as validation describes them, for their twins and `replace`.
as_dataclass(CLASSES)


def twin_of(kind: type) -> type:
    """`kind`'s fields as a dataclass of the kind the content classes were before:
    with `kind`'s docstring, or, if it has none, the signature dataclasses writes."""
    written = kind.__doc__ is not None and not kind.__doc__.startswith(f"{kind.__name__}(")
    return dataclasses.make_dataclass(
        kind.__name__,
        [
            (
                item.name,
                item.type,
                dataclasses.field(default=item.default, default_factory=item.default_factory),
            )
            for item in dataclasses.fields(kind)
        ],
        namespace={"__doc__": kind.__doc__ if written else None},
        frozen=True,
        slots=True,
        kw_only=True,
    )


def all_slots(kind: type) -> set[str]:
    return {name for klass in kind.__mro__ for name in klass.__dict__.get("__slots__", ())}


def values_of(record: Any) -> dict[str, Any]:
    return {item.name: getattr(record, item.name) for item in dataclasses.fields(record)}


def records_in(value: Any) -> Iterator[Any]:
    """Every content object inside `value`, depth first."""
    if dataclasses.is_dataclass(value):
        yield value
        for item in values_of(value).values():
            yield from records_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from records_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from records_in(item)


def outcome(action: Callable[..., object], *arguments: Any, **keywords: Any) -> tuple[str, str]:
    """What a call gave, comparable across the twins: its value's repr, or its error."""
    try:
        return "gave", repr(action(*arguments, **keywords))
    except Exception as error:
        return type(error).__qualname__, str(error)


@pytest.fixture(scope="module")
def examples(catalog: Catalog) -> dict[type, Any]:
    """One object of each content class from the bundled content: the one with most values."""

    def given(record: Any) -> int:
        return sum(value not in (None, [], {}) for value in values_of(record).values())

    found: dict[type, Any] = {}
    for record in records_in(catalog):
        best = found.get(type(record))
        if best is None or given(record) > given(best):
            found[type(record)] = record
    return found


@pytest.fixture(params=CLASSES, ids=lambda kind: kind.__qualname__)
def pair(request: pytest.FixtureRequest, examples: dict[type, Any]) -> tuple[Any, Any]:
    """A content object and its twin holding the same values."""
    record = examples[request.param]
    return record, twin_of(request.param)(**values_of(record))


def test_the_bundled_content_has_every_content_class(examples: dict[type, Any]) -> None:
    assert set(examples) == set(CLASSES)


@pytest.mark.parametrize("kind", CLASSES, ids=lambda kind: kind.__qualname__)
def test_a_class_reads_as_its_twin(kind: type) -> None:
    twin = twin_of(kind)
    assert dataclasses.is_dataclass(kind)
    assert kind.__doc__ == twin.__doc__  # what help() shows, and pydantic reads
    assert all_slots(kind) == all_slots(twin)  # and so no __dict__
    assert kind.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]


def test_construction_and_its_errors_are_the_twins(pair: tuple[Any, Any]) -> None:
    record, twin = pair
    values = values_of(record)
    required = [
        item.name
        for item in dataclasses.fields(record)
        if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
    ]
    calls: list[tuple[tuple[object, ...], dict[str, Any]]] = [
        ((), values),
        ((), {name: values[name] for name in required}),  # the rest take their defaults
        ((), {}),
        ((), {name: values[name] for name in required[2:]}),
        ((), {**values, "colour": "blue"}),
        ((), {"colour": "blue", **values}),
        (("positional",), {}),
        (("positional",), values),
        (("one", "two"), {required[0]: values[required[0]]}),
    ]
    for positional, keywords in calls:
        assert outcome(type(record), *positional, **keywords) == outcome(
            type(twin), *positional, **keywords
        ), (positional, list(keywords))


def test_defaults_are_the_twins_and_factories_make_fresh_values(pair: tuple[Any, Any]) -> None:
    record, twin = pair
    required = {
        item.name: getattr(record, item.name)
        for item in dataclasses.fields(record)
        if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
    }
    made, other = type(record)(**required), type(record)(**required)
    assert values_of(made) == values_of(type(twin)(**required))
    for item in dataclasses.fields(record):
        if item.default_factory is not dataclasses.MISSING:
            assert getattr(made, item.name) is not getattr(other, item.name)


def test_equality_hashing_and_repr_are_the_twins(pair: tuple[Any, Any]) -> None:
    record, twin = pair
    first = dataclasses.fields(record)[0].name
    for ours, theirs in ((record, twin), (twin, record)):
        assert ours == dataclasses.replace(ours)
        assert ours is not dataclasses.replace(ours)
        assert ours != dataclasses.replace(ours, **{first: "something else"})
        assert ours.__eq__(theirs) is NotImplemented  # another class is never equal
        assert ours != theirs
    assert repr(record) == repr(twin)
    # Hashed as the tuple of values: a list among them makes it unhashable, as before.
    assert outcome(hash, record) == outcome(hash, twin)


def test_objects_are_frozen_as_the_twins_are(pair: tuple[Any, Any]) -> None:
    record, twin = pair
    first = dataclasses.fields(record)[0].name
    assert outcome(setattr, record, first, "x") == outcome(setattr, twin, first, "x")
    assert outcome(delattr, record, first) == outcome(delattr, twin, first)
    # Another name: the twin fails with a TypeError from a flaw of slotted frozen
    # dataclasses (their __setattr__ names the class slots=True replaced, up to
    # Python 3.13 at least); a record says it is frozen, as for a field.
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'colour'"):
        record.colour = "blue"
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'colour'"):
        del record.colour
    with pytest.raises(dataclasses.FrozenInstanceError):
        object.__getattribute__(record, "__setattr__")(first, "x")
    assert values_of(record) == values_of(twin)  # nothing was changed


def test_pickles_and_copies_are_equal_and_pickle_the_twins_state(
    pair: tuple[Any, Any],
) -> None:
    record, twin = pair
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert type(back) is type(record)
        assert back == record
        # The same state as the twin's: a cache pickled before reads the same.
        assert record.__reduce_ex__(protocol)[2:] == twin.__reduce_ex__(protocol)[2:]
    assert copy.copy(record) == record
    assert copy.deepcopy(record) == record


def test_replace_makes_a_changed_copy_and_refuses_unknown_fields(pair: tuple[Any, Any]) -> None:
    record, twin = pair
    first = dataclasses.fields(record)[0].name
    changed = dataclasses.replace(record, **{first: "changed"})
    assert getattr(changed, first) == "changed"
    assert values_of(changed) == values_of(dataclasses.replace(twin, **{first: "changed"}))
    assert outcome(dataclasses.replace, record, colour="blue") == outcome(
        dataclasses.replace, twin, colour="blue"
    )


def test_a_whole_catalog_survives_a_pickle_and_compares_equal(catalog: Catalog) -> None:
    back = pickle.loads(pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == catalog
    assert back is not catalog
    assert back.model_by_id(catalog.models[0].id) == catalog.models[0]


# Classes made for the test, each beside a real dataclass written out in full, so the
# fields `frozen_record` finds are checked against dataclasses' own, not against
# `as_dataclass` (which reads them from the record).
class ClassVariant:
    """A type whose name starts as ClassVar's does."""


@frozen_record
class Parent(FrozenRecord):
    label: str
    count: int = 0
    tags: list[str] = field(default_factory=list)
    variant: ClassVariant | None = None
    kind: ClassVar[str] = "parent"
    qualified: typing.ClassVar[int] = 3


@frozen_record
class Child(Parent):
    count: int = 5  # declared again: keeps its place, with a new default
    extra: str = "x"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ParentTwin:
    label: str
    count: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)
    variant: ClassVariant | None = None
    kind: ClassVar[str] = "parent"
    qualified: typing.ClassVar[int] = 3


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ChildTwin(ParentTwin):
    count: int = 5
    extra: str = "x"


@pytest.mark.parametrize(("kind", "twin"), [(Parent, ParentTwin), (Child, ChildTwin)])
def test_fields_are_found_as_dataclasses_finds_them(kind: Any, twin: Any) -> None:
    ours = [
        (item.name, item.default is not MISSING, item.factory is not None)
        for item in record_fields(kind)
    ]
    theirs = [
        (
            item.name,
            item.default is not dataclasses.MISSING,
            item.default_factory is not dataclasses.MISSING,
        )
        for item in dataclasses.fields(twin)
    ]
    assert ours == theirs
    assert kind.kind == "parent"  # class variables stay on the class
    assert kind.qualified == 3
    made, made_twin = kind(label="a"), twin(label="a")
    assert values_of_record(made) == {
        item.name: getattr(made_twin, item.name) for item in dataclasses.fields(twin)
    }
    # Construction and its errors, the class's name aside.
    for keywords in ({}, {"label": "a", "kind": "x"}, {"label": "a", "extra": "y"}):
        result, said = outcome(twin, **keywords)
        assert outcome(kind, **keywords) == (result, said.replace(twin.__name__, kind.__name__))


def values_of_record(record: Any) -> dict[str, Any]:
    return {item.name: getattr(record, item.name) for item in record_fields(record)}


def test_a_mutable_default_is_refused_as_dataclasses_refuses_it() -> None:
    class Listed(FrozenRecord):
        items: list[str] = []  # noqa: RUF012 - the mistake under test

    with pytest.raises(ValueError, match="mutable default <class 'list'> for field items"):
        frozen_record(Listed)


def test_a_dataclasses_field_or_an_init_only_field_is_refused() -> None:
    class WrongField(FrozenRecord):
        items: list[str] = dataclasses.field(default_factory=list)

    class InitOnly(FrozenRecord):
        secret: dataclasses.InitVar[str]

    with pytest.raises(TypeError, match=r"use outsource_desktop\.content\.frozen_record\.field"):
        frozen_record(WrongField)
    with pytest.raises(TypeError, match="no init-only fields"):
        frozen_record(InitOnly)

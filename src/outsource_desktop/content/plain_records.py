"""Content records as plain values that `marshal` stores, and back: the content cache's form.

`marshal` (built into Python, like the Overview snapshot's form) stores only plain
values: None, booleans, numbers, text, lists, dicts and tuples. Content holds no
tuples of its own (its sequences are lists), so a tuple stands for a record: the
index of its class in the list of content classes, then its field values in field
order. Reading builds each record without running its checks again, as the values
are the ones validation accepted when the cache was made.

Unlike a pickle, which it replaced, this form names no code to run and loads no
extension module: `_pickle` cost the window's start ~0.4 MiB (issue #16).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from outsource_desktop.content.frozen_record import FrozenRecord

# Values stored as they are. Exact types: a subclass of one (an enum of text, say)
# would come back as its base.
_PLAIN_TYPES = frozenset({type(None), bool, int, float, str})


def to_plain(value: object, class_index: dict[type, int]) -> object:
    """`value` with each record made a tuple: its class's index in `class_index`, then
    its field values. Raises TypeError for a value the form cannot hold."""
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return value
    if kind is list:
        return [to_plain(item, class_index) for item in cast("list[object]", value)]
    if isinstance(value, dict) and kind is dict:
        if any(type(key) is not str for key in value):
            raise TypeError("a dict in content with a key that is not text")
        return {key: to_plain(item, class_index) for key, item in value.items()}
    if isinstance(value, FrozenRecord) and kind in class_index:
        return (
            class_index[kind],
            *[to_plain(getattr(value, name), class_index) for name in value._field_names],
        )
    # A tuple would read back as a record; anything else marshal cannot store.
    raise TypeError(f"content holds a {kind.__qualname__}, which the cache cannot store")


def from_plain(plain: object, classes: Sequence[type[FrozenRecord]]) -> object:
    """The value `to_plain` made `plain` from, given the same classes in the same order.

    Raises IndexError, TypeError or ValueError when `plain` was not made so."""
    setters = [kind._field_setters for kind in classes]
    make = object.__new__
    plain_types = _PLAIN_TYPES

    # Types are told by `type() is`, not isinstance, and plain values are not passed
    # down: reading ~1,100 records and ~6,000 values is on the window's way to usable.
    def build(value: Any) -> object:
        kind = type(value)
        if kind is tuple:
            stored = cast("tuple[object, ...]", value)
            index = stored[0]
            if type(index) is not int or index < 0:
                raise ValueError("a record's class is not an index")
            record = make(classes[index])
            field_setters: Sequence[Callable[[object, object], None]] = setters[index]
            if len(stored) != len(field_setters) + 1:
                raise ValueError(f"{classes[index].__qualname__} stored with other fields")
            for position, set_field in enumerate(field_setters, start=1):
                item = stored[position]
                set_field(record, item if type(item) in plain_types else build(item))
            return record
        if kind is list:
            return [item if type(item) in plain_types else build(item) for item in value]
        if kind is dict:
            return {
                key: item if type(item) in plain_types else build(item)
                for key, item in value.items()
            }
        if kind in plain_types:
            return value
        raise TypeError(f"a {kind.__qualname__} where content has none")

    return build(plain)

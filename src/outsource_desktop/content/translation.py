"""The texts of a content file that a reader reads, and the same file in another language.

Which strings are texts follows from the content's own types (content/models.py),
so a field added to the model is a text to translate unless its type says
otherwise: ids, references, addresses and currency codes are strings with a
pattern of their own (a text's pattern only keeps control characters out),
values the schema restricts are Literals, dates are dates. Only a few
plain-string fields hold names that stay as written in every edition: they are
`KEPT_AS_WRITTEN`.

Used by scripts/translate-content.py, which builds resources/content.hi.json from
content.json and the translators' dictionary, and by the tests that check it; the
app itself never needs it.
"""

from __future__ import annotations

import json
import types
import typing
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from outsource_desktop.content.base import TEXT_PATTERNS, IsoDate, Limits
from outsource_desktop.content.frozen_record import is_record_class
from outsource_desktop.content.models import (
    Catalog,
    Company,
    OutsourcingModel,
    PracticeQuestion,
    Source,
)

# (class, field): names, not prose. An article's title stays in the language it
# was published in; sites, authors and companies keep their own names; the
# models are BPO, KPO and LPO in every language.
KEPT_AS_WRITTEN: frozenset[tuple[type, str]] = frozenset(
    {
        (Source, "title"),
        (Source, "site"),
        (Source, "author"),
        (Company, "name"),
        (OutsourcingModel, "short_name"),
    }
)

JsonPath = tuple[str | int, ...]


def _is_fixed_value(kind: type, node: dict[str, Any], key: str) -> bool:
    """A true-or-false practice question's answer: "True" or "False" in every edition, a
    value the model checks, which the app words in the reader's language
    (reference/study/from_content.py)."""
    return kind is PracticeQuestion and key == "answer" and node.get("kind") == "true_false"


def reader_texts(tree: Any) -> list[tuple[JsonPath, str]]:
    """Every text a reader reads in `tree` (a content file as `json.loads` gives it), in
    file order, with its path."""
    found: list[tuple[JsonPath, str]] = []

    def collect(path: JsonPath, text: str) -> str:
        found.append((path, text))
        return text

    _map_texts(tree, Catalog, (), collect)
    return found


def translated_tree(
    tree: Any, translations: Mapping[str, str]
) -> tuple[Any, list[tuple[JsonPath, str]]]:
    """`tree` with every reader's text replaced by its translation; and the texts that
    have none, each once, with the path where it first appears.

    Translations are stored in Unicode's composed form (NFC), so a word typed on
    any keyboard meets the same letters in the file.
    """
    missing: dict[str, JsonPath] = {}

    def translate(path: JsonPath, text: str) -> str:
        translation = translations.get(text, "")
        if not translation.strip():
            missing.setdefault(text, path)
            return text
        return unicodedata.normalize("NFC", translation)

    translated = _map_texts(tree, Catalog, (), translate)
    return translated, [(path, text) for text, path in missing.items()]


def content_json_text(tree: Any) -> str:
    """A content file's text as the repository keeps it: one key a line, letters unescaped."""
    return json.dumps(tree, ensure_ascii=False, indent=1) + "\n"


def _map_texts(
    node: Any,
    hint: Any,
    path: JsonPath,
    replace: Callable[[JsonPath, str], str],
    field: tuple[type, str] | None = None,
) -> Any:
    """A copy of `node`, of type `hint`, with each reader's text passed through `replace`."""
    origin = get_origin(hint)
    if origin is Annotated:
        if isinstance(node, str):
            return replace(path, node) if _is_text(hint) and field not in KEPT_AS_WRITTEN else node
        return _map_texts(node, get_args(hint)[0], path, replace, field)
    if origin in (Union, types.UnionType):
        if node is None:
            return None
        (kind,) = (arg for arg in get_args(hint) if arg is not type(None))
        return _map_texts(node, kind, path, replace, field)
    if origin is list:
        (item,) = get_args(hint)
        return [
            _map_texts(value, item, (*path, index), replace, field)
            for index, value in enumerate(node)
        ]
    if origin is dict:
        _key, item = get_args(hint)
        return {
            key: _map_texts(value, item, (*path, key), replace, field)
            for key, value in node.items()
        }
    if is_record_class(hint):
        fields = _field_types(hint)
        return {
            key: value
            if _is_fixed_value(hint, node, key)
            else _map_texts(value, fields[key], (*path, key), replace, (hint, key))
            for key, value in node.items()
        }
    if hint is str and isinstance(node, str) and field not in KEPT_AS_WRITTEN:
        return replace(path, node)
    return node  # numbers, booleans, dates, Literals


@cache
def _field_types(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind, include_extras=True)


def _is_text(hint: Any, limits: tuple[Any, ...] = ()) -> bool:
    """Whether a string type is prose: a pattern of its own makes it an id, address or code,
    and a date kept as its text (`IsoDate`) is no prose either.

    The type may be wrapped: Annotated (whose limits count) around Optional and back.
    """
    origin = get_origin(hint)
    if origin is Annotated:
        return _is_text(get_args(hint)[0], (*limits, *hint.__metadata__))
    if origin in (Union, types.UnionType):
        return any(_is_text(arg, limits) for arg in get_args(hint) if arg is not type(None))
    if any(isinstance(limit, IsoDate) for limit in limits):
        return False
    patterns = {
        limit.bounds["pattern"]
        for limit in limits
        if isinstance(limit, Limits) and "pattern" in limit.bounds
    }
    return hint is str and patterns <= TEXT_PATTERNS

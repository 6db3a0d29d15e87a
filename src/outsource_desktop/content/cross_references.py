"""The pieces every cross-reference check is made of: ids used twice, ids that name nothing.

Each check yields a `Finding`, (JSON path, plain words), which validation turns
into a `Problem` of the content file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

Finding = tuple[str, str]


def duplicates(ids: Iterable[str]) -> list[str]:
    return sorted(item for item, count in Counter(ids).items() if count > 1)


def duplicate_ids(path: str, ids: Iterable[str]) -> Iterator[Finding]:
    for duplicate in duplicates(ids):
        yield path, f"the id '{duplicate}' is used more than once"


def unknown(path: str, kind: str, reference: str, known: Iterable[str]) -> Iterator[Finding]:
    if reference not in known:
        yield path, f"refers to the unknown {kind} '{reference}'"


def unknown_sources(path: str, source_ids: Iterable[str], sources: set[str]) -> Iterator[Finding]:
    """The sources of the item at `path` (its `sources` list) that the content lacks."""
    for index, source_id in enumerate(source_ids):
        yield from unknown(f"{path}.sources[{index}]", "source", source_id, sources)

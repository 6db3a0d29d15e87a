"""Which of many texts match a filter, fast enough to answer every keystroke."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from outsource_desktop.reference.matching import Term, narrows, positions_with_terms


class TextFilter:
    """The searchable texts that satisfy every term of a query, by position.

    The rule is `reference.matching.has_terms`, the one exports use. Typing mostly
    extends the last query and erasing returns to an earlier one, so answers
    to recent queries are kept: a query seen before is answered from memory,
    and one that narrows a remembered query only tests that query's matches.
    """

    def __init__(self, texts: Sequence[str], remembered: int = 32) -> None:
        self._texts = list(texts)
        self._remembered = remembered
        self._recent: OrderedDict[tuple[Term, ...], tuple[int, ...]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._texts)

    def positions(self, terms: Sequence[Term]) -> tuple[int, ...]:
        """Positions (ascending) of the texts that satisfy every one of `terms`."""
        key = tuple(terms)
        known = self._recent.get(key)
        if known is not None:
            self._recent.move_to_end(key)
            return known
        among: tuple[int, ...] | None = None
        tested = key
        for previous, found in self._recent.items():
            if (among is None or len(found) < len(among)) and narrows(key, previous):
                among = found
                # The remembered texts already satisfy the previous terms.
                tested = tuple(term for term in key if term not in previous)
        result = tuple(positions_with_terms(self._texts, tested, among))
        self._recent[key] = result
        if len(self._recent) > self._remembered:
            self._recent.popitem(last=False)
        return result

"""Which of many texts match a filter, fast enough to answer every keystroke."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from outsource_desktop.reference.queries import narrows, positions_with_words


class TextFilter:
    """The texts (case-folded) that have every word of a query, by position.

    The rule is `reference.queries.has_words`, the one exports use. Typing mostly
    extends the last query and erasing returns to an earlier one, so answers
    to recent queries are kept: a query seen before is answered from memory,
    and one that narrows a remembered query only tests that query's matches.
    """

    def __init__(self, texts: Sequence[str], remembered: int = 32) -> None:
        self._texts = list(texts)
        self._remembered = remembered
        self._recent: OrderedDict[tuple[str, ...], tuple[int, ...]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._texts)

    def positions(self, words: Sequence[str]) -> tuple[int, ...]:
        """Positions (ascending) of the texts that have every one of `words`."""
        key = tuple(words)
        known = self._recent.get(key)
        if known is not None:
            self._recent.move_to_end(key)
            return known
        among: tuple[int, ...] | None = None
        tested = key
        for previous, found in self._recent.items():
            if (among is None or len(found) < len(among)) and narrows(key, previous):
                among = found
                # The remembered texts already have the previous words.
                tested = tuple(word for word in key if word not in previous)
        result = tuple(positions_with_words(self._texts, tested, among))
        self._recent[key] = result
        if len(self._recent) > self._remembered:
            self._recent.popitem(last=False)
        return result

"""The filter's fast path answers exactly as the one matching rule, `matches`."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.queries import comparison_rows, matches, narrows, query_words
from outsource_desktop.reference.text_filter import TextFilter


def test_narrows_when_each_earlier_word_lies_inside_a_new_one() -> None:
    assert narrows(["know"], ["kno"])
    assert narrows(["knowledge", "work"], ["know"])
    assert narrows(["anything"], [])
    assert not narrows(["kno"], ["know"])  # erasing widens
    assert not narrows(["work"], ["know"])


def test_typing_erasing_and_retyping_match_as_the_rule_does(catalog: Catalog) -> None:
    texts = [row.searchable_text for row in comparison_rows(catalog, ["bpo", "kpo", "lpo"])]
    text_filter = TextFilter(texts, remembered=4)
    typed = "Knowledge work"
    queries = [typed[:end] for end in range(1, len(typed) + 1)]
    queries += [*queries[::-1], "", "work know", "wor", "zzz", "k", "KNOW"]
    for query in queries:
        expected = tuple(n for n, text in enumerate(texts) if matches(text, query))
        assert text_filter.positions(query_words(query)) == expected, query
    assert len(text_filter.positions([])) == len(texts)

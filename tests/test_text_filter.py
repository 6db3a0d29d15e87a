"""The filter's fast path answers exactly as the one matching rule, `matches`."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.matching import matches, narrows, query_terms
from outsource_desktop.reference.queries import comparison_rows
from outsource_desktop.reference.text_filter import TextFilter


def test_narrows_when_each_earlier_word_starts_a_new_one() -> None:
    def narrowing(new: str, old: str) -> bool:
        return narrows(query_terms(new), query_terms(old))

    assert narrowing("know", "kno")
    assert narrowing("knowledge work", "know")
    assert narrowing("anything", "")
    assert not narrowing("kno", "know")  # erasing widens
    assert not narrowing("work", "know")
    assert not narrowing("bar", "ar")  # "ar" inside "bar" is no word start
    # "salary" also finds "pay", which does not start with "sal".
    assert not narrowing("salary", "sal")
    # Typing on past a word with synonyms narrows: "payroll" starts with "pay".
    assert narrowing("payroll", "pay")


def test_typing_erasing_and_retyping_match_as_the_rule_does(catalog: Catalog) -> None:
    texts = [row.searchable_text for row in comparison_rows(catalog, ["bpo", "kpo", "lpo"])]
    text_filter = TextFilter(texts, remembered=4)
    typed = "Knowledge work"
    queries = [typed[:end] for end in range(1, len(typed) + 1)]
    queries += [*queries[::-1], "", "work know", "wor", "zzz", "k", "KNOW", "sal", "salary"]
    queries += ["salaryx", "cost", "costs", "co"]
    for query in queries:
        expected = tuple(n for n, text in enumerate(texts) if matches(text, query))
        assert text_filter.positions(query_terms(query)) == expected, query
    assert len(text_filter.positions([])) == len(texts)

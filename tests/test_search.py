"""Search everywhere over the bundled content."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.search import build_index, search, snippet


def test_finds_every_kind_of_content_with_its_place(catalog: Catalog) -> None:
    index = build_index(catalog)
    assert {entry.tab for entry in index} == {
        "overview",
        "comparison",
        "services",
        "careers",
        "study",
        "sources",
    }
    hits = search(index, "investment")
    assert hits[0].entry.place == "Comparison › Investment"
    assert "medium to high" in hits[0].snippet
    assert any(hit.entry.tab == "study" for hit in hits)


def test_every_word_must_match_anywhere_in_the_item(catalog: Catalog) -> None:
    hits = search(build_index(catalog), "legal CONTRACT")
    assert hits
    for hit in hits:
        text = "\n".join(hit.entry.texts).casefold()
        assert "legal" in text
        assert "contract" in text
    assert search(build_index(catalog), "   ") == []
    assert search(build_index(catalog), "zzqx") == []


def test_finds_disagreeing_claims_and_sources(catalog: Catalog) -> None:
    index = build_index(catalog)
    source = catalog.sources[0]
    assert search(index, source.title)[0].entry.item_id == source.id
    disputed = next(a for a in catalog.aspects if any(c.disagreements for c in a.claims.values()))
    other = next(c for c in disputed.claims.values() if c.disagreements).disagreements[0]
    assert disputed.id in [hit.entry.item_id for hit in search(index, other.text[:40])]


def test_snippet_is_one_line_around_the_match() -> None:
    text = "word " * 40 + "needle\nin the\thaystack " + "tail " * 40
    result = snippet(text, ["needle"])
    assert "needle in the haystack" in result
    assert result.startswith("…")
    assert result.endswith("…")
    assert "\n" not in result

"""Search everywhere over the bundled content."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog
from outsource_desktop.reference.matching import query_terms, searchable
from outsource_desktop.reference.search import Entry, build_index, search, snippet


def test_finds_every_kind_of_content_with_its_place(catalog: Catalog) -> None:
    index = build_index(catalog)
    assert {entry.tab for entry in index} == {
        "overview",
        "comparison",
        "services",
        "careers",
        "glossary",
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
        text = searchable(*hit.entry.texts)
        assert " legal" in text or " law" in text or " lawyer" in text
        assert " contract" in text
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
    result = snippet(text, query_terms("needle"))
    assert "needle in the haystack" in result
    assert result.startswith("…")
    assert result.endswith("…")
    assert "\n" not in result


def test_snippets_end_and_start_on_whole_words() -> None:
    words = ["accountants", "financial", "lawyers", "engineers", "analysts"] * 12
    text = " ".join([*words[:20], "needle", *words[20:]])
    for query in ("needle", "nothing"):
        result = snippet(text, query_terms(query))
        inner = result.strip("…").split()
        assert set(inner) <= {*words, "needle"}, result  # no word cut short


def test_source_entries_come_after_content_entries_that_match_as_well() -> None:
    source = Entry("sources", "src", "A source", ("A source", "Call centres explained"))
    content = Entry("overview", "bpo", "BPO", ("BPO", "Call centres are BPO work"))
    assert [hit.entry.item_id for hit in search([source, content], "call centres")] == [
        "bpo",
        "src",
    ]


def entries(*texts: str) -> list[Entry]:
    return [
        Entry("overview", f"item-{n}", f"Item {n}", (f"Item {n}", text))
        for n, text in enumerate(texts)
    ]


def found(index: list[Entry], query: str) -> list[str]:
    return [hit.entry.texts[1] for hit in search(index, query)]


def test_words_match_at_word_starts_only() -> None:
    index = entries("Work goes through an agency.", "HR and payroll.", "The HR-led team.")
    assert found(index, "HR") == ["HR and payroll.", "The HR-led team."]
    assert found(index, "thro") == ["Work goes through an agency."]
    assert found(index, "rough") == []


def test_common_synonyms_meet() -> None:
    index = entries(
        "Freshers earn INR 2 lakh a year.",
        "Starting pay is modest.",
        "The CTC rises with experience.",
        "Disadvantages: less control.",
        "Drawbacks include data risk.",
        "Benefits include lower costs.",
    )
    assert found(index, "salary") == [
        "Freshers earn INR 2 lakh a year.",
        "Starting pay is modest.",
        "The CTC rises with experience.",
    ]
    assert found(index, "cons") == ["Disadvantages: less control.", "Drawbacks include data risk."]
    assert found(index, "pros") == ["Benefits include lower costs."]
    # A word is expanded only once typed in full: "sal" is no synonym of pay yet.
    assert found(index, "sal") == []


def test_a_snippet_shows_the_synonym_that_matched() -> None:
    (hit,) = search(entries("Nothing here. " * 10 + "Starting pay is modest."), "salary")
    assert "Starting pay is modest." in hit.snippet


def test_bundled_search_finds_pay_glossary_and_disadvantages(catalog: Catalog) -> None:
    index = build_index(catalog)
    assert any(hit.entry.tab == "glossary" for hit in search(index, catalog.glossary[0].term))
    disadvantages = [hit.entry.title for hit in search(index, "cons")]
    assert any(title.startswith("Disadvantages of") for title in disadvantages)
    assert all(" hr" in searchable(*hit.entry.texts) for hit in search(index, "HR"))


# Hindi ---------------------------------------------------------------------------------


def test_a_hindi_word_is_one_word_whatever_its_vowel_signs() -> None:
    index = entries("कानूनी प्रक्रिया आउटसोर्सिंग", "कम नया काम", "अनुसंधान और विश्लेषण")
    assert found(index, "कानूनी") == ["कानूनी प्रक्रिया आउटसोर्सिंग"]
    # Cut at its vowel signs, "कानूनी" would be "क न न" and find "कम नया" too.
    assert found(index, "प्रक्रिया") == ["कानूनी प्रक्रिया आउटसोर्सिंग"]
    assert found(index, "अनुसं") == ["अनुसंधान और विश्लेषण"]  # a word start
    assert found(index, "नूनी") == []  # inside a word: no word start
    assert found(index, "संधान") == []


def test_hindi_matches_with_or_without_nukta_and_shows_it_as_written() -> None:
    index = entries("एक फ़र्म का काम", "दूसरी फर्मों का काम")
    assert found(index, "फर्म") == ["एक फ़र्म का काम", "दूसरी फर्मों का काम"]
    assert found(index, "फ़र्म") == ["एक फ़र्म का काम", "दूसरी फर्मों का काम"]
    text = "शब्द " * 30 + "यह फ़र्म बड़ी है"
    assert "यह फ़र्म बड़ी है" in snippet(text, query_terms("फर्म"))


def test_a_typed_hindi_noun_finds_its_plural_and_oblique_forms() -> None:
    index = entries("कई सूचियों में", "एक सूची", "नई नौकरियाँ", "सब विभागों में", "एक विभाग")
    assert found(index, "सूची") == ["कई सूचियों में", "एक सूची"]
    assert found(index, "सूचियाँ") == ["कई सूचियों में", "एक सूची"]
    assert found(index, "नौकरी") == ["नई नौकरियाँ"]
    assert found(index, "विभागों") == ["सब विभागों में", "एक विभाग"]
    assert found(index, "विभाग") == ["सब विभागों में", "एक विभाग"]


def test_synonyms_meet_across_english_and_hindi() -> None:
    index = entries("फ्रेशर का वेतन ₹2 लाख है।", "The CTC rises.", "हानियाँ: कम नियंत्रण")
    assert found(index, "salary") == ["फ्रेशर का वेतन ₹2 लाख है।", "The CTC rises."]
    assert found(index, "वेतन") == ["फ्रेशर का वेतन ₹2 लाख है।", "The CTC rises."]
    assert found(index, "cons") == ["हानियाँ: कम नियंत्रण"]


def test_the_hindi_edition_finds_hindi_words_and_the_english_acronyms() -> None:
    from outsource_desktop.content.bundled import load_bundled_content
    from outsource_desktop.reference.queries import ComparisonOptions, select_comparison_rows

    hindi = load_bundled_content("hi")
    index = build_index(hindi)
    research = search(index, "अनुसंधान")
    assert research
    assert all(" अनुसंधान" in searchable(*hit.entry.texts) for hit in research)
    acronym = search(index, "BPO", limit=len(index))
    assert {hit.entry.tab for hit in acronym} >= {"overview", "comparison", "glossary"}
    every_row = select_comparison_rows(hindi, ComparisonOptions(("bpo", "kpo", "lpo")))
    rows = select_comparison_rows(hindi, ComparisonOptions(("bpo", "kpo", "lpo"), "BPO"))
    assert 0 < len(rows) < len(every_row)
    assert all(" bpo" in row.searchable_text for row in rows)
    investment = select_comparison_rows(hindi, ComparisonOptions(("bpo", "kpo"), "निवेश"))
    assert "investment" in [row.aspect.id for row in investment]
    assert all(" निवेश" in row.searchable_text for row in investment)

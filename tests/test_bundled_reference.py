"""The bundled content reads as a reference: plain statements, short values, sources as numbers."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from typing import Any

from outsource_desktop.content.models import MAX_VALUE_CHARS, Catalog
from outsource_desktop.documents.pages import sources_document

# Names a user never reads in the content: the nicknames the first version
# invented for its articles, and the seed articles' sites and authors as
# sentence openers ("McMahon says...").
NICKNAMES = (
    "the education blog",
    "the recruitment article",
    "the study guide",
    "the recruiter",
    "education blog",
    "study guide",
)
SEED_NAMES = ("McMahon", "Mary McMahon", "Ahmed", "Musnad", "Vedantu", "indiaclass", "markmakers")
# Fields that are not sentences a reader reads as content (ids, and the
# sources' own metadata, where the author's name belongs).
NOT_PROSE = re.compile(
    r"(\.id|\.source|\.sources\[\d+\]|skills_sources\[\d+\]|^\.sources\[\d+\]\..*)$"
)


def strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in JSON data with its path, e.g. ('.models[0].definition.text', ...)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, f"{path}[{index}]")
    elif isinstance(node, str):
        yield path, node


def texts(data: Any) -> list[tuple[str, str]]:
    """The strings a reader reads as content."""
    return [(path, text) for path, text in strings(data) if not NOT_PROSE.search(path)]


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?:;])\s+", text) if part]


def test_no_invented_nickname_appears_anywhere(bundled_data: dict[str, Any]) -> None:
    found = [
        (path, nickname)
        for path, text in texts(bundled_data)
        for nickname in NICKNAMES
        if nickname in text.casefold()
    ]
    assert found == []


def test_no_sentence_begins_with_an_article_or_its_author(bundled_data: dict[str, Any]) -> None:
    openers = [
        (path, sentence[:60])
        for path, text in texts(bundled_data)
        for sentence in sentences(text)
        if sentence.startswith(SEED_NAMES) or sentence.casefold().startswith(NICKNAMES)
    ]
    assert openers == []


def test_every_comparison_value_is_short(catalog: Catalog) -> None:
    values = [cell.value for aspect in catalog.aspects for cell in aspect.claims.values()]
    assert max(len(value) for value in values) <= MAX_VALUE_CHARS
    words = [len(value.split()) for value in values]
    assert statistics.median(words) <= 5
    # The value is the gist; the explanation says more, in a sentence or more.
    for aspect in catalog.aspects:
        for cell in aspect.claims.values():
            assert len(cell.text) > len(cell.value), (aspect.id, cell.value)


def test_each_model_is_taught_as_an_exam_expects(catalog: Catalog) -> None:
    for model in catalog.models:
        assert model.definition.text.count(". ") == 0, model.id  # one sentence
        assert 5 <= len(model.key_points) <= 8, model.id
        assert model.examples, model.id
        assert model.who_does_it.text
        assert model.advantages, model.id
        assert model.disadvantages, model.id


def test_the_reference_holds_more_than_the_five_articles(catalog: Catalog) -> None:
    seeds = [source for source in catalog.sources if source.seed]
    others = [source for source in catalog.sources if not source.seed]
    assert len(seeds) == 5
    assert others, "facts beyond the five articles"
    assert all(source.url for source in others), "each new fact is cited to a public page"
    assert len(catalog.glossary) >= 25
    topics = {fact.topic for fact in catalog.industry}
    assert {"history", "size", "pay"} <= topics
    sizes = [fact for fact in catalog.industry if fact.topic == "size"]
    assert sum(fact.year is not None for fact in sizes) >= 5
    for model in catalog.models:
        assert any(model.id in company.models for company in catalog.companies), model.id


def test_every_source_is_cited_and_the_sources_page_gives_each_address(
    catalog: Catalog, bundled_data: dict[str, Any]
) -> None:
    cited = {
        value
        for path, value in strings(bundled_data)
        if re.search(r"(\.source|\.sources\[\d+\]|skills_sources\[\d+\])$", path)
    }
    assert cited == {source.id for source in catalog.sources}
    references = {
        reference.number: reference.text for reference in sources_document(catalog).references
    }
    for number, source in enumerate(catalog.sources, start=1):
        assert source.title in references[number]
        if source.url:
            assert source.url in references[number]

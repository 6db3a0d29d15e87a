"""The Advisor's advice and the career explorer keep an override in its own words.

Issue #18, item 8, where the advice and the career guide put content (a model's
names, a question's label and answer, a piece of work, a role, a qualification,
a track and its ladder) into sentences of their own: an override in one of them
must not reverse the rest of the sentence ("Best fit: BPO, ahead of ...").
Content shown as a string of its own is isolated by the renderers; any string
that holds more than one content text must isolate each itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.advice import advice_document
from outsource_desktop.documents.career_explorer import explorer_document
from outsource_desktop.documents.document import (
    Block,
    BulletList,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
)
from outsource_desktop.reference.advisor import answers_for_work, work_item
from tests.content_factory import small_advisor, small_tracks
from tests.test_hardening_exported_text import OVERRIDE, assert_bidi_contained


def overriding_content(data: dict[str, Any]) -> dict[str, Any]:
    """Every content text the advice and the explorer put into sentences, overridden."""
    for model in data["models"]:
        model.update(short_name=f"{model['id']}{OVERRIDE}", full_name=f"Full{OVERRIDE}")
    advisor = small_advisor()
    question = advisor["questions"][0]
    question["label"] = f"Kind{OVERRIDE}"
    for answer in question["answers"]:
        answer["label"] = f"{answer['label']}{OVERRIDE}"
        for effect in answer.get("effects", []):
            effect["reason"] = f"Because{OVERRIDE}"
    advisor["work_items"][0]["name"] = f"Calls{OVERRIDE}"
    data["advisor"] = advisor
    data["service_types"][0]["name"] = f"Service{OVERRIDE}"
    tracks = small_tracks()
    tracks[0].update(name=f"Track{OVERRIDE}")
    tracks[0]["ladder"][0].update(title=f"Rung{OVERRIDE}", text=f"Climb{OVERRIDE}")
    data["career_tracks"] = tracks
    data["qualifications"][0]["name"] = f"Graduate{OVERRIDE}"
    for role in data["roles"]:
        role["title"] = f"Role{OVERRIDE}"
        role["skills"] = [f"Skill{OVERRIDE}", "Plain skill"]
    for company in data["companies"]:
        company["name"] = f"Company{OVERRIDE}"
    return data


def strings(document: Document) -> Iterator[str]:
    """Each string the renderers isolate as one: title, headings, leads, texts, cells."""
    yield document.title
    yield document.subtitle

    def of_paragraph(paragraph: Paragraph) -> Iterator[str]:
        yield from (paragraph.lead, paragraph.text, paragraph.note)

    def of_block(block: Block) -> Iterator[str]:
        if isinstance(block, Heading):
            yield block.text
        elif isinstance(block, Paragraph):
            yield from of_paragraph(block)
        elif isinstance(block, BulletList):
            for item in block.items:
                yield from of_paragraph(item)
        elif isinstance(block, Table):
            for row in (block.headers, *block.rows):
                yield from row
        elif isinstance(block, Figure):
            yield block.caption

    for block in document.blocks:
        yield from of_block(block)


def assert_each_override_kept_in(document: Document, catalog_texts: set[str]) -> None:
    composed = [
        text for text in strings(document) if OVERRIDE in text and text not in catalog_texts
    ]
    assert composed, "the document puts overridden content into sentences"
    for text in composed:
        assert_bidi_contained(text, boundaries="")


def content_texts(data: Any) -> set[str]:
    """Every string in the content file: shown alone, the renderers isolate it."""
    if isinstance(data, dict):
        return set().union(*(content_texts(value) for value in data.values()))
    if isinstance(data, list):
        return set().union(set(), *(content_texts(item) for item in data))
    return {data} if isinstance(data, str) else set()


def load(write_json: Any, data: dict[str, Any]) -> Catalog:
    return load_catalog(write_json(data))


def test_the_advice_keeps_each_override_to_its_own_words(
    small_data: dict[str, Any], write_json: Any
) -> None:
    data = overriding_content(small_data)
    catalog = load(write_json, data)
    assert catalog.advisor is not None
    item = work_item(catalog.advisor, "calls")
    document = advice_document(
        catalog, catalog.advisor, answers_for_work(catalog.advisor, item), item
    )
    assert document.subtitle.startswith("Best fit:")  # the verdict names two options
    assert_each_override_kept_in(document, content_texts(data))


def test_the_career_explorer_keeps_each_override_to_its_own_words(
    small_data: dict[str, Any], write_json: Any
) -> None:
    data = overriding_content(small_data)
    catalog = load(write_json, data)
    document = explorer_document(catalog, "graduate", [f"Skill{OVERRIDE}"])
    assert any("Rung" in text for text in strings(document))  # the ladder is shown
    assert_each_override_kept_in(document, content_texts(data))

"""Search everywhere: every piece of content text, with where the app shows it.

The index is a flat list of `Entry`s (one per aspect, service, role, term,
question, source and overview item), each knowing its tab and item id, so the
GUI can jump to it. A query matches an entry when each of its words starts a
word somewhere in the entry's text, or a synonym does (reference/matching.py, the
rule of the tabs' filters too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from outsource_desktop.content.models import Catalog, CellClaim, Claim, DisputedClaim
from outsource_desktop.i18n import translate
from outsource_desktop.reference.matching import (
    Term,
    first_match,
    has_terms,
    query_terms,
    searchable,
)
from outsource_desktop.reference.pay import PAY_PREFIX

Tab = Literal["overview", "comparison", "services", "careers", "glossary", "study", "sources"]


def tab_title(tab: Tab) -> str:
    """Where a hit is shown, as the window names it."""
    titles: dict[Tab, str] = {
        "overview": translate("Search", "Overview"),
        "comparison": translate("Search", "Comparison"),
        "services": translate("Search", "Service types"),
        "careers": translate("Search", "Careers"),
        "glossary": translate("Search", "Glossary"),
        "study": translate("Search", "Study"),
        "sources": translate("Search", "Sources"),
    }
    return titles[tab]


SNIPPET_RADIUS = 60
DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class Entry:
    tab: Tab
    item_id: str
    title: str
    texts: tuple[str, ...]  # the title first, then every other text of the item
    searchable_texts: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Prepared once for matching: the index answers every keystroke.
        object.__setattr__(self, "searchable_texts", tuple(map(searchable, self.texts)))

    @cached_property
    def whole(self) -> str:
        return " ".join(self.searchable_texts)

    @property
    def place(self) -> str:
        return f"{tab_title(self.tab)} › {self.title}"


@dataclass(frozen=True)
class Hit:
    entry: Entry
    snippet: str


def _claim_texts(claims: Iterable[Claim]) -> Iterator[str]:
    for claim in claims:
        if isinstance(claim, CellClaim):
            yield claim.value
        yield claim.text
        if isinstance(claim, DisputedClaim):
            yield from (other.text for other in claim.disagreements)


def _entry(tab: Tab, item_id: str, title: str, *texts: Iterable[str]) -> Entry:
    return Entry(tab, item_id, title, (title, *(text for group in texts for text in group)))


def build_index(catalog: Catalog) -> list[Entry]:
    """Every item of the content, in the order of the tabs that show it."""
    entries = [
        _entry(
            "overview",
            model.id,
            f"{model.short_name}: {model.full_name}",
            _claim_texts([model.definition, *model.key_points, model.who_does_it]),
            model.examples,
        )
        for model in catalog.models
    ]
    for model in catalog.models:
        for kind, title, points in (
            ("advantages", translate("Search", "Advantages of {model}"), model.advantages),
            ("disadvantages", translate("Search", "Disadvantages of {model}"), model.disadvantages),
        ):
            if points:
                entries.append(
                    _entry(
                        "overview",
                        f"{model.id}/{kind}",
                        title.format(model=model.short_name),
                        _claim_texts(points),
                    )
                )
    names = {model.id: model.short_name for model in catalog.models}
    entries += [
        _entry(
            "overview",
            f"relations/{index}",
            translate("Search", "How {model} relates to {other}").format(
                model=names[relation.subject],
                other=translate("Search", "outsourcing")
                if relation.object is None
                else names[relation.object],
            ),
            [relation.claim.text],
        )
        for index, relation in enumerate(catalog.relations)
    ]
    entries += [
        _entry(
            "careers" if fact.topic == "pay" else "overview",
            f"{PAY_PREFIX if fact.topic == 'pay' else 'industry/'}{fact.id}",
            translate("Search", "The industry in {year}").format(year=fact.year)
            if fact.year
            else translate("Search", "The industry"),
            [fact.text, fact.topic],
        )
        for fact in catalog.industry
    ]
    entries += [
        _entry(
            "overview",
            f"steps/{step.number}",
            translate("Search", "KPO engagement step {number}").format(number=step.number),
            [step.text],
        )
        for step in catalog.engagement_steps
    ]
    entries += [
        _entry("overview", f"guidance/{item.id}", item.title, [item.claim.text])
        for item in catalog.guidance
    ]
    sections = {section.id: section.title for section in catalog.sections}
    entries += [
        _entry(
            "comparison",
            aspect.id,
            aspect.label,
            [sections[aspect.section]],
            _claim_texts(aspect.claims.values()),
        )
        for aspect in catalog.aspects
    ]
    entries += [
        _entry(
            "services",
            service.id,
            service.name,
            _claim_texts([service.description]),
            service.examples,
            service.sectors,
        )
        for service in catalog.service_types
    ]
    companies = {company.id: company.name for company in catalog.companies}
    entries += [
        _entry(
            "careers",
            role.id,
            role.title,
            _claim_texts([role.description, *role.eligibility, role.training]),
            role.skills,
            (companies[item] for item in role.companies),
        )
        for role in catalog.roles
    ]
    entries += [
        _entry(
            "overview",
            f"companies/{company.id}",
            company.name,
            [company.description.text, company.country or ""],
            (names[model_id] for model_id in company.models),
        )
        for company in catalog.companies
    ]
    entries += [
        _entry(
            "glossary",
            term.id,
            term.term,
            [term.stands_for or "", term.definition.text],
        )
        for term in catalog.glossary
    ]
    entries += [
        _entry("study", question.id, question.question, [question.answer])
        for question in catalog.questions
    ]
    entries += [
        _entry(
            "sources",
            source.id,
            source.title,
            [text for text in (source.site, source.author, source.url, source.note) if text],
        )
        for source in catalog.sources
    ]
    return entries


def snippet(text: str, terms: list[Term]) -> str:
    """A one-line excerpt of `text` around the first word that matches."""
    flat = " ".join(text.split())
    position = first_match(flat, terms)
    if position < 0:
        start, end = 0, _word_end(flat, 2 * SNIPPET_RADIUS, 0)
    else:
        start = max(0, position - SNIPPET_RADIUS)
        if start:
            # Start on a word boundary rather than mid-word.
            start = flat.find(" ", start) + 1 or start
        end = _word_end(flat, position + SNIPPET_RADIUS, position)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def _word_end(flat: str, end: int, after: int) -> int:
    """`end`, moved back to the end of a word ("accountants fi…" is cut at "accountants")
    unless that would cut before `after`, the match."""
    if end >= len(flat) or flat[end] == " ":
        return min(end, len(flat))
    space = flat.rfind(" ", after, end)
    return space if space > after else end


def search(index: Iterable[Entry], query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Entries matching every word of `query`; those whose title matches come first."""
    terms = query_terms(query)
    if not terms:
        return []
    in_title: list[Hit] = []
    elsewhere: list[Hit] = []
    for entry in index:
        if not has_terms(entry.whole, terms):
            continue
        texts = entry.searchable_texts
        # The text holding the most query words makes the most telling snippet;
        # the title is shown anyway, so a body text wins a tie with it.
        best = max(
            reversed(range(len(texts))),
            key=lambda i: sum(any(needle in texts[i] for needle in term) for term in terms),
        )
        hit = Hit(entry, snippet(entry.texts[best], terms))
        (in_title if has_terms(texts[0], terms) else elsewhere).append(hit)
    # Within each, the content's own entries before the sources it cites (stable sort).
    return (sorted(in_title, key=_is_source) + sorted(elsewhere, key=_is_source))[:limit]


def _is_source(hit: Hit) -> bool:
    return hit.entry.tab == "sources"

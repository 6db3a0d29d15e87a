"""Search everywhere: every piece of content text, with where the app shows it.

The index is a flat list of `Entry`s (one per aspect, service, role, question,
source and overview item), each knowing its tab and item id, so the GUI can
jump to it. A query matches an entry when every word of it appears somewhere
in the entry's text (case-insensitive, like the tabs' filters).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from outsource_desktop.content.models import Catalog, Claim, DisputedClaim

Tab = Literal["overview", "comparison", "services", "careers", "study", "sources"]
TAB_TITLES: dict[Tab, str] = {
    "overview": "Overview",
    "comparison": "Comparison",
    "services": "Service types",
    "careers": "Careers",
    "study": "Study",
    "sources": "Sources",
}
SNIPPET_RADIUS = 60
DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class Entry:
    tab: Tab
    item_id: str
    title: str
    texts: tuple[str, ...]  # the title first, then every other text of the item

    @property
    def place(self) -> str:
        return f"{TAB_TITLES[self.tab]} › {self.title}"


@dataclass(frozen=True)
class Hit:
    entry: Entry
    snippet: str


def _claim_texts(claims: Iterable[Claim]) -> Iterator[str]:
    for claim in claims:
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
            _claim_texts([*model.definition, *model.key_points]),
        )
        for model in catalog.models
    ]
    names = {model.id: model.short_name for model in catalog.models}
    entries += [
        _entry(
            "overview",
            f"relations/{index}",
            f"How {names[relation.subject]} and {names[relation.object]} relate",
            [relation.claim.text],
        )
        for index, relation in enumerate(catalog.relations)
    ]
    entries += [
        _entry(
            "overview", f"steps/{step.number}", f"KPO engagement step {step.number}", [step.text]
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
        _entry("study", question.id, question.question, [question.answer])
        for question in catalog.questions
    ]
    entries += [
        _entry(
            "sources",
            source.id,
            source.title,
            [text for text in (source.author, source.publisher, source.note) if text],
        )
        for source in catalog.sources
    ]
    return entries


def snippet(text: str, words: list[str]) -> str:
    """A one-line excerpt of `text` around the first matching word."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    positions = [folded.find(word) for word in words if word in folded]
    if not positions:
        return flat[: 2 * SNIPPET_RADIUS] + ("…" if len(flat) > 2 * SNIPPET_RADIUS else "")
    start = max(0, min(positions) - SNIPPET_RADIUS)
    if start:
        # Start on a word boundary rather than mid-word.
        start = flat.find(" ", start) + 1 or start
    end = min(len(flat), min(positions) + SNIPPET_RADIUS)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def search(index: Iterable[Entry], query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Entries containing every word of `query`; those whose title matches come first."""
    words = query.casefold().split()
    if not words:
        return []
    in_title: list[Hit] = []
    elsewhere: list[Hit] = []
    for entry in index:
        folded = [text.casefold() for text in entry.texts]
        whole = "\n".join(folded)
        if not all(word in whole for word in words):
            continue
        # The text holding the most query words makes the most telling snippet.
        # The text holding the most query words makes the most telling snippet;
        # the title is shown anyway, so a body text wins a tie with it.
        best = max(
            reversed(range(len(folded))), key=lambda i: sum(word in folded[i] for word in words)
        )
        hit = Hit(entry, snippet(entry.texts[best], words))
        (in_title if all(word in folded[0] for word in words) else elsewhere).append(hit)
    return (in_title + elsewhere)[:limit]

"""Valid content files of every shape, for tests that must work on any of them.

`valid_contents()` is a Hypothesis strategy for content format v2: one to
three models with any ids, few or no questions, qualifications, companies,
guidance, glossary terms or industry facts, with or without the Advisor's block
and career tracks (tests/content_strategies.py), sections without aspects, parents
(cycles too), relations of every kind, disagreements, opinions, and texts in
any script, bidirectional controls included. `small_contents()` are hand-made
edge cases of the same kind, named for the test ids.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from tests.content_factory import cell, minimal_content, small_advisor, small_tracks
from tests.content_strategies import advisor_block, career_track, ids
from tests.content_strategies import short_texts as texts


def _some(draw: st.DrawFn, items: list[str], least: int = 0) -> list[str]:
    if not items:
        return []
    return draw(st.lists(st.sampled_from(items), min_size=least, max_size=len(items), unique=True))


def _claim(draw: st.DrawFn, sources: list[str], *, disputed: bool = False) -> dict[str, Any]:
    made: dict[str, Any] = {"text": draw(texts), "sources": _some(draw, sources, 1)}
    if draw(st.booleans()):
        made["opinion"] = True
    if disputed and draw(st.booleans()):
        made["disagreements"] = [_claim(draw, sources)]
    return made


def _cell(draw: st.DrawFn, sources: list[str]) -> dict[str, Any]:
    """A comparison cell: a short value (texts are at most 24 characters) and its claim."""
    return {"value": draw(texts), **_claim(draw, sources, disputed=True)}


@st.composite
def valid_contents(draw: st.DrawFn) -> dict[str, Any]:
    """A content file that validation accepts, as JSON data."""
    sources = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    models = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    sections = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    qualifications = draw(st.lists(ids, max_size=2, unique=True))
    companies = draw(st.lists(ids, max_size=2, unique=True))
    services = draw(st.lists(ids, min_size=1, max_size=2, unique=True))
    roles = draw(st.lists(ids, min_size=1, max_size=2, unique=True))

    def model(model_id: str) -> dict[str, Any]:
        made = {
            "id": model_id,
            "short_name": draw(texts),
            "full_name": draw(texts),
            "definition": _claim(draw, sources, disputed=True),
            "who_does_it": _claim(draw, sources),
            "key_points": [_claim(draw, sources) for _ in range(draw(st.integers(0, 1)))],
            "examples": draw(st.lists(texts, max_size=2)),
        }
        others = [other for other in models if other != model_id]
        if others and draw(st.booleans()):
            made["parent"] = draw(st.sampled_from(others))
        return made

    def aspect(aspect_id: str) -> dict[str, Any]:
        return {
            "id": aspect_id,
            "section": draw(st.sampled_from(sections)),
            "label": draw(texts),
            "claims": {model_id: _cell(draw, sources) for model_id in _some(draw, models, 1)},
        }

    def salary_band() -> dict[str, Any]:
        low, high = sorted(draw(st.lists(st.floats(0, 1e6), min_size=2, max_size=2)))
        band: dict[str, Any] = {
            "level": draw(st.sampled_from(["entry", "mid", "senior"])),
            "currency": draw(st.from_regex(r"[A-Z]{3}", fullmatch=True)),
            "unit": draw(texts),
            "source": draw(st.sampled_from(sources)),
        }
        band.update(draw(st.sampled_from([{"minimum": low}, {"maximum": high}])))
        if draw(st.booleans()):
            band.update(minimum=low, maximum=high, year=draw(st.integers(1990, 2100)))
        return band

    def role(role_id: str) -> dict[str, Any]:
        return {
            "id": role_id,
            "model": draw(st.sampled_from(models)),
            "title": draw(texts),
            "description": _claim(draw, sources),
            "eligibility": [_claim(draw, sources)],
            "qualifications": _some(draw, qualifications),
            "skills": draw(st.lists(texts, min_size=1, max_size=2)),
            "skills_sources": _some(draw, sources, 1),
            "salary_bands": [salary_band() for _ in range(draw(st.integers(0, 2)))],
            "training": _claim(draw, sources),
            "companies": _some(draw, companies),
        }

    def question(question_id: str) -> dict[str, Any]:
        made = {
            "id": question_id,
            "kind": draw(st.sampled_from(["faq", "exam"])),
            "question": draw(texts),
            "answer": draw(texts),
            "sources": _some(draw, sources, 1),
        }
        if made["kind"] == "exam" and draw(st.booleans()):
            made["marks"] = draw(st.integers(1, 100))
        return made

    def relation(subject: str) -> dict[str, Any]:
        made = {
            "subject": subject,
            "kind": draw(st.sampled_from(["part_of", "specialisation_of", "separate_from"])),
            "claim": _claim(draw, sources),
        }
        others = [other for other in models if other != subject]
        if others and draw(st.booleans()):
            made["object"] = draw(st.sampled_from(others))
        return made

    def source(source_id: str) -> dict[str, Any]:
        made = {"id": source_id, "title": draw(texts)}
        for key in ("site", "author"):
            if draw(st.booleans()):
                made[key] = draw(texts)
        if draw(st.booleans()):
            made["url"] = f"https://example.org/{source_id}"
        return made

    def term(term_id: str) -> dict[str, Any]:
        made = {
            "id": term_id,
            "term": draw(texts),
            "definition": _claim(draw, sources),
            "models": _some(draw, models),
        }
        if draw(st.booleans()):
            made["stands_for"] = draw(texts)
        return made

    def industry_fact(fact_id: str) -> dict[str, Any]:
        made = {
            "id": fact_id,
            "topic": draw(st.sampled_from(["history", "size", "pay", "trend"])),
            "text": draw(texts),
            "sources": _some(draw, sources, 1),
        }
        if draw(st.booleans()):
            made["year"] = draw(st.integers(1900, 2100))
        return made

    data: dict[str, Any] = {
        "schema_version": 2,
        "data_version": "2026.01.1",
        "title": draw(texts),
        "sources": [source(source_id) for source_id in sources],
        "models": [model(model_id) for model_id in models],
        "relations": [
            relation(subject) for subject in draw(st.lists(st.sampled_from(models), max_size=2))
        ],
        "sections": [{"id": section_id, "title": draw(texts)} for section_id in sections],
        "aspects": [
            aspect(aspect_id)
            for aspect_id in draw(st.lists(ids, min_size=1, max_size=4, unique=True))
        ],
        "service_types": [
            {
                "id": service_id,
                "model": draw(st.sampled_from(models)),
                "name": draw(texts),
                "description": _claim(draw, sources, disputed=True),
                "examples": draw(st.lists(texts, max_size=2)),
                "sectors": draw(st.lists(texts, max_size=2)),
            }
            for service_id in services
        ],
        "qualifications": [
            {"id": item, "name": draw(texts), "rank": draw(st.integers(0, 100))}
            for item in qualifications
        ],
        "roles": [role(role_id) for role_id in roles],
        "companies": [
            {
                "id": company_id,
                "name": draw(texts),
                "models": _some(draw, models, 1),
                "description": _claim(draw, sources),
            }
            for company_id in companies
        ],
        "engagement_steps": [
            {"number": number, "text": draw(texts), "sources": _some(draw, sources, 1)}
            for number in draw(st.lists(st.integers(1, 9), max_size=2, unique=True))
        ],
        "guidance": [
            {"id": item, "title": draw(texts), "claim": _claim(draw, sources)}
            for item in draw(st.lists(ids, max_size=2, unique=True))
        ],
        "glossary": [term(item) for item in draw(st.lists(ids, max_size=2, unique=True))],
        "industry": [industry_fact(item) for item in draw(st.lists(ids, max_size=2, unique=True))],
        "questions": [question(item) for item in draw(st.lists(ids, max_size=3, unique=True))],
    }
    # The Advisor's and career tracks' blocks are optional: with them or without.
    if draw(st.booleans()):
        data["advisor"] = draw(advisor_block(models, sources, services))
    tracks = draw(st.lists(career_track(models, sources, roles, qualifications), max_size=2))
    data["career_tracks"] = [{**track, "id": f"track-{n}"} for n, track in enumerate(tracks)]
    return data


def _only_models(data: dict[str, Any], kept: list[str]) -> dict[str, Any]:
    """`data` keeping only the `kept` models and what refers to them."""
    data = copy.deepcopy(data)
    data["models"] = [model for model in data["models"] if model["id"] in kept]
    for model in data["models"]:
        if model.get("parent") not in kept:
            model.pop("parent", None)
    for aspect in data["aspects"]:
        aspect["claims"] = {key: value for key, value in aspect["claims"].items() if key in kept}
        if not aspect["claims"]:
            aspect["claims"] = {kept[0]: cell("Only one", f"Only {kept[0]} is described.")}
    for record in (*data["service_types"], *data["roles"]):
        record["model"] = kept[0] if record["model"] not in kept else record["model"]
    for company in data["companies"]:
        company["models"] = [kept[0]]
    for term in data["glossary"]:
        term["models"] = [model_id for model_id in term.get("models", []) if model_id in kept]
    data["relations"] = []
    return data


def _renamed(node: Any, names: dict[str, str]) -> Any:
    """`node` with every id in `names` renamed, as a value or as a key (the claims)."""
    if isinstance(node, dict):
        return {names.get(key, key): _renamed(value, names) for key, value in node.items()}
    if isinstance(node, list):
        return [_renamed(item, names) for item in node]
    return names.get(node, node) if isinstance(node, str) else node


def small_contents() -> dict[str, dict[str, Any]]:
    """Hand-made valid files at the edges: few models, odd ids, nothing optional."""
    full = minimal_content()
    one_model = _only_models(full, ["kpo"])
    bare = _only_models(full, ["kpo"])
    for optional in (
        "relations",
        "qualifications",
        "companies",
        "engagement_steps",
        "guidance",
        "glossary",
        "industry",
        "questions",
    ):
        bare[optional] = []
    bare["roles"][0].update(qualifications=[], companies=[], salary_bands=[])
    bare["sections"].append({"id": "empty", "title": "A section without aspects"})
    return {
        "three models": full,
        "two models without bpo": _only_models(full, ["kpo", "lpo"]),
        "two models with other ids": _renamed(
            _only_models(full, ["bpo", "kpo"]), {"bpo": "alpha", "kpo": "beta"}
        ),
        "one model": one_model,
        "one model, nothing optional": bare,
        "three models with the advisor and career tracks": {
            **full,
            "advisor": small_advisor(),
            "career_tracks": small_tracks(),
        },
    }

"""Hypothesis strategies for content files that are valid, yet unlike the bundled one.

Every reference resolves and every constraint holds, so the loader must accept
each file; what varies is everything the app may not assume: how many models
(and their ids), whether there are qualifications, roles' pay, companies,
questions, and whether the advisor block and the career tracks exist at all.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

IN_HOUSE = "in-house"
# Any printable text of any script, and the bidirectional controls and formula
# starts content may hold; never blank and never a control character or line
# separator, as validation requires. At most 24 characters: a cell value too.
short_texts = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
        st.sampled_from("\u202e\u202d\u2066\u2067\u2068\u2069=+-@"),
    ),
    min_size=1,
    max_size=24,
).filter(lambda text: text.strip() != "")
# Text as a reader may write it: the above, markup-like pieces and long text.
texts = st.one_of(
    short_texts,
    st.sampled_from(["<b>bold</b>", "R&D", "a\u202eb", "Ünïcödé 数据", "x" * 120]),
)
# A comparison cell's short value: at most 60 characters.
values = texts.filter(lambda text: len(text) <= 60)
ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True).filter(lambda i: i != IN_HOUSE)


def unique_ids(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, min_size=count, max_size=count, unique=True)


def subsets(items: list[str], at_least: int = 0) -> st.SearchStrategy[list[str]]:
    if not items:
        return st.just([])
    return st.lists(st.sampled_from(items), min_size=at_least, max_size=len(items), unique=True)


@st.composite
def salary_band(draw: st.DrawFn, source_ids: list[str]) -> dict[str, Any]:
    low = draw(st.none() | st.floats(0, 50, allow_nan=False))
    high = draw(st.floats(low or 0, 100, allow_nan=False) | st.none())
    if low is None and high is None:
        high = 10.0
    return {
        "level": draw(st.sampled_from(["entry", "mid", "senior"])),
        "minimum": low,
        "maximum": high,
        "currency": "INR",
        "unit": "lakh per year",
        "year": draw(st.none() | st.integers(1990, 2100)),
        "source": draw(st.sampled_from(source_ids)),
        "scope": draw(st.sampled_from(["role", "sector"])),
        "note": draw(st.none() | texts),
    }


@st.composite
def valid_content(draw: st.DrawFn) -> dict[str, Any]:
    """A whole content file, valid by construction."""
    source_ids = draw(unique_ids(draw(st.integers(1, 3))))
    model_ids = draw(unique_ids(draw(st.integers(1, 4))))
    section_ids = draw(unique_ids(draw(st.integers(1, 2))))
    qualification_ids = draw(unique_ids(draw(st.integers(0, 3))))
    role_ids = draw(unique_ids(draw(st.integers(1, 4))))
    company_ids = draw(unique_ids(draw(st.integers(0, 2))))
    service_ids = draw(unique_ids(draw(st.integers(1, 3))))

    def some(items: list[str], at_least: int = 0) -> list[str]:
        return draw(subsets(items, at_least))

    def claim() -> dict[str, Any]:
        return {"text": draw(texts), "sources": some(source_ids, 1), "opinion": draw(st.booleans())}

    def disputed() -> dict[str, Any]:
        return {**claim(), "disagreements": [claim() for _ in range(draw(st.integers(0, 1)))]}

    def cell() -> dict[str, Any]:
        return {**disputed(), "value": draw(values)}

    models = []
    for index, model_id in enumerate(model_ids):
        parent = draw(st.none() | st.sampled_from(model_ids[:index])) if index else None
        models.append(
            {
                "id": model_id,
                "short_name": draw(texts),
                "full_name": draw(texts),
                "parent": parent,
                "definition": disputed(),
                "key_points": [claim() for _ in range(draw(st.integers(0, 2)))],
                "examples": draw(st.lists(texts, max_size=2)),
                "who_does_it": claim(),
                "advantages": [claim() for _ in range(draw(st.integers(0, 2)))],
                "disadvantages": [claim() for _ in range(draw(st.integers(0, 2)))],
            }
        )

    def relation() -> dict[str, Any]:
        """A model's relation to another model, or (object None) to outsourcing as a whole."""
        subject = draw(st.sampled_from(model_ids))
        others = [model_id for model_id in model_ids if model_id != subject]
        return {
            "subject": subject,
            "object": draw(st.none() | st.sampled_from(others)) if others else None,
            "kind": draw(st.sampled_from(["part_of", "specialisation_of", "separate_from"])),
            "claim": claim(),
        }

    roles = [
        {
            "id": role_id,
            "model": draw(st.sampled_from(model_ids)),
            "title": draw(texts),
            "description": claim(),
            "eligibility": [claim()],
            "qualifications": some(qualification_ids),
            "skills": draw(st.lists(texts, min_size=1, max_size=3)),
            "skills_sources": some(source_ids, 1),
            "salary_bands": draw(st.lists(salary_band(source_ids), max_size=2)),
            "training": claim(),
            "companies": some(company_ids),
        }
        for role_id in role_ids
    ]
    data: dict[str, Any] = {
        "schema_version": 2,
        "data_version": "2026.01.1",
        "title": draw(texts),
        "sources": [
            {
                "id": source_id,
                "title": draw(texts),
                "site": draw(st.none() | texts),
                "url": draw(
                    st.none() | st.from_regex(r"https?://[a-z0-9./-]{1,40}", fullmatch=True)
                ),
            }
            for source_id in source_ids
        ],
        "models": models,
        "relations": [relation() for _ in range(draw(st.integers(0, 2)))],
        "sections": [{"id": section_id, "title": draw(texts)} for section_id in section_ids],
        "aspects": [
            {
                "id": aspect_id,
                "section": draw(st.sampled_from(section_ids)),
                "label": draw(texts),
                "claims": {model_id: cell() for model_id in some(model_ids, 1)},
            }
            for aspect_id in draw(unique_ids(draw(st.integers(1, 3))))
        ],
        "service_types": [
            {
                "id": service_id,
                "model": draw(st.sampled_from(model_ids)),
                "name": draw(texts),
                "description": disputed(),
                "examples": draw(st.lists(texts, max_size=2)),
                "sectors": draw(st.lists(texts, max_size=2)),
            }
            for service_id in service_ids
        ],
        "qualifications": [
            {
                "id": qualification_id,
                "name": draw(texts),
                "rank": draw(st.integers(0, 100)),
                "level_only": draw(st.booleans()),
            }
            for qualification_id in qualification_ids
        ],
        "roles": roles,
        "companies": [
            {
                "id": company_id,
                "name": draw(texts),
                "models": some(model_ids, 1),
                "description": claim(),
            }
            for company_id in company_ids
        ],
        "engagement_steps": [
            {"number": number, "text": draw(texts), "sources": some(source_ids, 1)}
            for number in range(1, draw(st.integers(0, 2)) + 1)
        ],
        "guidance": [
            {"id": guidance_id, "title": draw(texts), "claim": claim()}
            for guidance_id in draw(unique_ids(draw(st.integers(0, 2))))
        ],
        "questions": [
            {
                "id": question_id,
                "kind": draw(st.sampled_from(["faq", "exam"])),
                "question": draw(texts),
                "answer": draw(texts),
                "sources": some(source_ids, 1),
                "marks": draw(st.none() | st.integers(1, 100)),
            }
            for question_id in draw(unique_ids(draw(st.integers(0, 4))))
        ],
        "glossary": [
            {
                "id": term_id,
                "term": draw(texts),
                "stands_for": draw(st.none() | texts),
                "definition": claim(),
                "models": some(model_ids),
            }
            for term_id in draw(unique_ids(draw(st.integers(0, 2))))
        ],
        "industry": [
            {
                "id": fact_id,
                "topic": draw(st.sampled_from(["history", "size", "pay", "trend"])),
                "year": draw(st.none() | st.integers(1900, 2100)),
                "text": draw(texts),
                "sources": some(source_ids, 1),
            }
            for fact_id in draw(unique_ids(draw(st.integers(0, 2))))
        ],
    }
    if draw(st.booleans()):
        data["advisor"] = draw(advisor_block(model_ids, source_ids, service_ids))
    data["career_tracks"] = draw(
        st.lists(career_track(model_ids, source_ids, role_ids, qualification_ids), max_size=2)
    )
    for index, track in enumerate(data["career_tracks"]):
        track["id"] = f"track-{index}"  # unique by construction
    return data


@st.composite
def advisor_block(
    draw: st.DrawFn, model_ids: list[str], source_ids: list[str], service_ids: list[str]
) -> dict[str, Any]:
    options = [*model_ids, IN_HOUSE]
    questions = []
    for question_id in draw(unique_ids(draw(st.integers(1, 3)))):
        answers = []
        for answer_id in draw(unique_ids(draw(st.integers(2, 3)))):
            chosen = draw(st.lists(st.sampled_from(options), max_size=len(options), unique=True))
            effects = [
                {
                    "option": option,
                    "points": draw(st.integers(-3, 3)),
                    "reason": draw(texts),
                    "sources": draw(st.lists(st.sampled_from(source_ids), max_size=2)),
                }
                for option in chosen
            ]
            answers.append({"id": answer_id, "label": draw(texts), "effects": effects})
        default = draw(st.none() | st.sampled_from([answer["id"] for answer in answers]))
        questions.append(
            {
                "id": question_id,
                "label": draw(texts),
                "question": draw(texts),
                "answers": answers,
                "default": default,
            }
        )

    def some_answers() -> dict[str, Any]:
        picked = draw(st.lists(st.sampled_from(questions), max_size=len(questions), unique_by=id))
        return {
            question["id"]: draw(st.sampled_from([answer["id"] for answer in question["answers"]]))
            for question in picked
        }

    work_items = [
        {
            "id": item_id,
            "name": draw(texts),
            "description": draw(st.none() | texts),
            "service_types": draw(st.lists(st.sampled_from(service_ids), max_size=2)),
            "answers": some_answers(),
        }
        for item_id in draw(unique_ids(draw(st.integers(0, 3))))
    ]
    tips = [
        {
            "id": tip_id,
            "kind": draw(
                st.sampled_from(
                    ["watch-out", "pricing", "vendor-question", "pilot", "keep-in-house"]
                )
            ),
            "text": draw(texts),
            "sources": draw(st.lists(st.sampled_from(source_ids), max_size=2)),
            "when_best": draw(st.lists(st.sampled_from(options), max_size=2, unique=True)),
            "when_answers": {key: [value] for key, value in some_answers().items()},
        }
        for tip_id in draw(unique_ids(draw(st.integers(0, 4))))
    ]
    return {"questions": questions, "work_items": work_items, "tips": tips}


@st.composite
def career_track(
    draw: st.DrawFn,
    model_ids: list[str],
    source_ids: list[str],
    role_ids: list[str],
    qualification_ids: list[str],
) -> dict[str, Any]:
    def some(items: list[str], at_least: int = 0) -> list[str]:
        return draw(subsets(items, at_least))

    return {
        "id": "set-by-the-caller",
        "name": draw(texts),
        "model": draw(st.sampled_from(model_ids)),
        "roles": some(role_ids, 1),
        "qualifications": [
            {"qualification": item, "fit": draw(st.sampled_from(["core", "related"]))}
            for item in some(qualification_ids)
        ],
        "ladder": [
            {
                "title": draw(texts),
                "text": draw(texts),
                "roles": some(role_ids),
                "sources": some(source_ids),
                "salary_bands": draw(st.lists(salary_band(source_ids), max_size=2)),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "next_steps": [
            {"qualifications": some(qualification_ids), "text": draw(texts), "sources": []}
            for _ in range(draw(st.integers(0, 2)))
        ],
    }

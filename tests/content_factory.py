"""A small, valid content file built in code, for tests that break it on purpose."""

from __future__ import annotations

from typing import Any


def claim(text: str, *sources: str, **extra: Any) -> dict[str, Any]:
    return {"text": text, "sources": list(sources or ("a",)), **extra}


def cell(value: str, text: str, *sources: str, **extra: Any) -> dict[str, Any]:
    """A comparison cell: its short value and the sentence explaining it."""
    return {"value": value, **claim(text, *sources, **extra)}


def model(model_id: str, full_name: str, definition: str, **extra: Any) -> dict[str, Any]:
    source = "a" if model_id == "bpo" else "b"
    return {
        "id": model_id,
        "short_name": model_id.upper(),
        "full_name": full_name,
        "definition": claim(definition, source),
        "who_does_it": claim(f"Staff of {model_id.upper()} providers.", source),
        **extra,
    }


def minimal_content() -> dict[str, Any]:
    return {
        "schema_version": 2,
        "data_version": "2026.01.1",
        "title": "Test content",
        "sources": [
            {
                "id": "a",
                "title": "Article A",
                "author": "Ann Author",
                "site": "example.org",
                "url": "https://example.org/a",
                "seed": True,
            },
            {"id": "b", "title": "Article B", "date": "2020-02-03"},
        ],
        "models": [
            model(
                "bpo",
                "Business Process Outsourcing",
                "Business tasks done by another firm.",
                advantages=[claim("Lower costs.")],
                disadvantages=[claim("Less control over the work.")],
                examples=["Call centres"],
            ),
            model("kpo", "Knowledge Process Outsourcing", "Knowledge work done by another firm."),
            model(
                "lpo", "Legal Process Outsourcing", "Legal work done by another firm.", parent="kpo"
            ),
        ],
        "relations": [
            {"subject": "bpo", "kind": "part_of", "claim": claim("BPO is outsourcing.")},
            {
                "subject": "kpo",
                "object": "bpo",
                "kind": "part_of",
                "claim": claim("KPO is a subset of BPO."),
            },
            {
                "subject": "kpo",
                "object": "bpo",
                "kind": "separate_from",
                "claim": claim("KPO and BPO are separate models.", "b"),
            },
            {
                "subject": "lpo",
                "object": "kpo",
                "kind": "specialisation_of",
                "claim": claim("LPO is KPO for legal work.", "b"),
            },
        ],
        "sections": [{"id": "basics", "title": "Basics"}, {"id": "money", "title": "Money"}],
        "aspects": [
            {
                "id": "work",
                "section": "basics",
                "label": "Work",
                "claims": {
                    "bpo": cell("Routine tasks", "BPO does routine tasks."),
                    "kpo": cell("Research", "KPO does research.", "b"),
                    "lpo": cell("Legal research", "LPO does legal research.", "b"),
                },
            },
            {
                "id": "investment",
                "section": "money",
                "label": "Investment",
                "claims": {
                    "bpo": cell("Low", "BPO needs low investment."),
                    "kpo": cell("High", "KPO needs high investment."),
                },
            },
            {
                "id": "period",
                "section": "money",
                "label": "Period",
                "claims": {
                    "bpo": cell("Long term", "BPO contracts run long."),
                    "kpo": cell("Long term", "KPO contracts run long, too."),
                    "lpo": cell("Long term", "LPO contracts run long as well."),
                },
            },
            {
                "id": "hr",
                "section": "basics",
                "label": "HR work",
                "claims": {
                    "bpo": cell(
                        "Back office",
                        "HR is back office BPO",
                        "a",
                        disagreements=[claim("HR is KPO work", "b")],
                    )
                },
            },
        ],
        "service_types": [
            {
                "id": "call-centre",
                "model": "bpo",
                "name": "Call centre",
                "description": claim("Answering customer calls."),
                "examples": ["Help desk"],
                "sectors": ["Retail"],
            },
        ],
        "qualifications": [{"id": "graduate", "name": "Graduate", "rank": 20}],
        "roles": [
            {
                "id": "analyst",
                "model": "kpo",
                "title": "Analyst",
                "description": claim("Studies data.", "b"),
                "eligibility": [claim("A degree in the field.", "b")],
                "qualifications": ["graduate"],
                "skills": ["Analysis"],
                "skills_sources": ["b"],
                "salary_bands": [
                    {
                        "level": "entry",
                        "minimum": 2.5,
                        "maximum": 4,
                        "currency": "INR",
                        "unit": "lakh per year",
                        "source": "b",
                    }
                ],
                "training": claim("Rigorous.", "a"),
                "companies": ["acme"],
            },
        ],
        "companies": [
            {
                "id": "acme",
                "name": "Acme Analytics",
                "models": ["kpo"],
                "description": claim("A KPO firm.", "b"),
            }
        ],
        "engagement_steps": [{"number": 1, "text": "Pick a task.", "sources": ["b"]}],
        "guidance": [
            {
                "id": "direct",
                "title": "Direct or via agent",
                "claim": claim("Contract directly or via an intermediary."),
            }
        ],
        "glossary": [
            {
                "id": "sla",
                "term": "SLA",
                "stands_for": "Service Level Agreement",
                "definition": claim("The standards of service a contract sets."),
            }
        ],
        "industry": [
            {
                "id": "start",
                "topic": "history",
                "year": 1999,
                "text": "The industry began.",
                "sources": ["a"],
            }
        ],
        "questions": [
            {
                "id": "q1",
                "kind": "faq",
                "question": "What is KPO?",
                "answer": "Knowledge work.",
                "sources": ["b"],
            }
        ],
    }


def long_content(aspect_count: int = 120) -> dict[str, Any]:
    """The minimal content with many wordy aspects: enough for several PDF pages."""
    data = minimal_content()
    sentence = "Outsourcing lets a firm hand work to a provider that does it better. "
    data["aspects"] = [
        {
            "id": f"aspect-{number}",
            "section": "basics" if number < aspect_count // 2 else "money",
            "label": f"Aspect number {number}",
            "claims": {
                "bpo": cell(f"BPO side {number}", f"BPO side {number}. " + sentence * 3),
                "kpo": cell(f"KPO side {number}", f"KPO side {number}. " + sentence * 2, "b"),
            },
        }
        for number in range(aspect_count)
    ]
    return data


def bare_content() -> dict[str, Any]:
    """Only what a content file must have: one of everything required, nothing optional."""
    return {
        "schema_version": 2,
        "data_version": "2026.01.1",
        "title": "Bare content",
        "sources": [{"id": "a", "title": "Article A"}],
        "models": [
            {
                "id": "only",
                "short_name": "ONE",
                "full_name": "The only model",
                "definition": claim("Work done by another firm."),
                "who_does_it": claim("Staff of other firms."),
            }
        ],
        "sections": [{"id": "basics", "title": "Basics"}],
        "aspects": [
            {
                "id": "work",
                "section": "basics",
                "label": "Work",
                "claims": {"only": cell("Tasks", "Tasks done for the client.")},
            }
        ],
        "service_types": [
            {"id": "tasks", "model": "only", "name": "Tasks", "description": claim("Tasks.")}
        ],
        "roles": [
            {
                "id": "worker",
                "model": "only",
                "title": "Worker",
                "description": claim("Does the work."),
                "eligibility": [claim("Anyone.")],
                "skills": ["Working"],
                "skills_sources": ["a"],
                "training": claim("Some."),
            }
        ],
    }


def small_advisor() -> dict[str, Any]:
    """A valid advisor block for the minimal content: one question, one piece of work."""
    routine = [
        {"option": "bpo", "points": 2, "reason": "BPO does routine work.", "sources": ["a"]},
        {"option": "in-house", "points": -1, "reason": "It frees your own staff."},
    ]
    return {
        "questions": [
            {
                "id": "kind",
                "label": "Kind of work",
                "question": "What kind of work is it?",
                "answers": [
                    {"id": "unsure", "label": "Not sure"},
                    {"id": "routine", "label": "Routine", "effects": routine},
                ],
            }
        ],
        "work_items": [
            {
                "id": "calls",
                "name": "Answering calls",
                "service_types": ["call-centre"],
                "answers": {"kind": "routine"},
            }
        ],
        "tips": [
            {
                "id": "pilot",
                "kind": "pilot",
                "text": "Try a pilot first.",
                "when_best": ["bpo"],
                "when_answers": {"kind": ["routine"]},
            }
        ],
    }


def small_tracks() -> list[dict[str, Any]]:
    """Valid career tracks for the minimal content."""
    return [
        {
            "id": "analysis",
            "name": "Analysis",
            "model": "kpo",
            "roles": ["analyst"],
            "qualifications": [{"qualification": "graduate", "fit": "core"}],
            "ladder": [{"title": "Analyst", "text": "Analyses.", "roles": ["analyst"]}],
            "next_steps": [{"qualifications": ["graduate"], "text": "Learn statistics."}],
        }
    ]

"""A small, valid content file built in code, for tests that break it on purpose."""

from __future__ import annotations

from typing import Any


def claim(text: str, *sources: str, **extra: Any) -> dict[str, Any]:
    return {"text": text, "sources": list(sources or ("a",)), **extra}


def minimal_content() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "data_version": "2026.01.1",
        "title": "Test content",
        "sources": [
            {"id": "a", "title": "Article A", "author": "Ann Author"},
            {"id": "b", "title": "Article B", "date": "2020-02-03"},
        ],
        "models": [
            {
                "id": "bpo",
                "short_name": "BPO",
                "full_name": "Business Process Outsourcing",
                "definition": [claim("Business tasks done by another firm.")],
            },
            {
                "id": "kpo",
                "short_name": "KPO",
                "full_name": "Knowledge Process Outsourcing",
                "definition": [claim("Knowledge work done by another firm.", "b")],
            },
            {
                "id": "lpo",
                "short_name": "LPO",
                "full_name": "Legal Process Outsourcing",
                "parent": "kpo",
                "definition": [claim("Legal work done by another firm.", "b")],
            },
        ],
        "sections": [{"id": "basics", "title": "Basics"}, {"id": "money", "title": "Money"}],
        "aspects": [
            {
                "id": "work",
                "section": "basics",
                "label": "Work",
                "claims": {
                    "bpo": claim("Routine tasks"),
                    "kpo": claim("Research", "b"),
                    "lpo": claim("Legal research", "b"),
                },
            },
            {
                "id": "investment",
                "section": "money",
                "label": "Investment",
                "claims": {"bpo": claim("Low"), "kpo": claim("High")},
            },
            {
                "id": "period",
                "section": "money",
                "label": "Period",
                "claims": {
                    "bpo": claim("Long term"),
                    "kpo": claim("Long term"),
                    "lpo": claim("Long term"),
                },
            },
            {
                "id": "hr",
                "section": "basics",
                "label": "HR work",
                "claims": {
                    "bpo": claim(
                        "HR is back office BPO", "a", disagreements=[claim("HR is KPO work", "b")]
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
                "bpo": claim(f"BPO side {number}. " + sentence * 3),
                "kpo": claim(f"KPO side {number}. " + sentence * 2, "b"),
            },
        }
        for number in range(aspect_count)
    ]
    return data


def bare_content() -> dict[str, Any]:
    """Only what a content file must have: one of everything required, nothing optional."""
    return {
        "schema_version": 1,
        "data_version": "2026.01.1",
        "title": "Bare content",
        "sources": [{"id": "a", "title": "Article A"}],
        "models": [
            {
                "id": "only",
                "short_name": "ONE",
                "full_name": "The only model",
                "definition": [claim("Work done by another firm.")],
            }
        ],
        "sections": [{"id": "basics", "title": "Basics"}],
        "aspects": [
            {
                "id": "work",
                "section": "basics",
                "label": "Work",
                "claims": {"only": claim("Tasks")},
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

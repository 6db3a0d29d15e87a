"""The advisor block and career tracks in a content file: every reference must resolve.

A broken one is reported in plain words with the file and the JSON path, like
every other problem; the app never looks up an id that is not there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.problems import ContentError
from outsource_desktop.documents.advice import advice_document
from outsource_desktop.documents.career_explorer import explorer_document
from outsource_desktop.reference.advisor import answers_for_work, work_item
from tests.content_factory import minimal_content, small_advisor, small_tracks
from tests.document_text import document_text


def with_blocks() -> dict[str, Any]:
    data = minimal_content()
    data["advisor"] = small_advisor()
    data["career_tracks"] = small_tracks()
    return data


def test_a_small_advisor_and_tracks_load_and_advise(write_json: Any) -> None:
    catalog = load_catalog(write_json(with_blocks()))
    advisor = catalog.advisor
    assert advisor is not None
    item = work_item(advisor, "calls")
    document = advice_document(catalog, advisor, answers_for_work(advisor, item), item)
    text = document_text(document)
    assert document.subtitle.startswith("Best fit: BPO (Business Process Outsourcing)")
    assert "Kind of work: Routine. BPO does routine work. [1]" in text
    assert "Try a pilot first. (general practice, not from the sources)" in text
    careers = document_text(explorer_document(catalog, "graduate", []))
    assert "Analysis (KPO)" in careers
    assert "Learn statistics." in careers


Mutation = Callable[[dict[str, Any]], object]
BROKEN: dict[str, tuple[Mutation, str]] = {
    "effect on an unknown option": (
        lambda d: d["advisor"]["questions"][0]["answers"][1]["effects"][0].update(option="xpo"),
        "advisor.questions[0].answers[1].effects[0].option: refers to the unknown option 'xpo'",
    ),
    "effect citing an unknown source": (
        lambda d: d["advisor"]["questions"][0]["answers"][1]["effects"][0].update(sources=["zz"]),
        "advisor.questions[0].answers[1].effects[0].sources[0]: refers to the unknown source 'zz'",
    ),
    "two effects on one option": (
        lambda d: d["advisor"]["questions"][0]["answers"][1]["effects"][1].update(option="bpo"),
        "advisor.questions[0].answers[1].effects: the option 'bpo' is given more than once",
    ),
    "points out of range": (
        lambda d: d["advisor"]["questions"][0]["answers"][1]["effects"][0].update(points=7),
        "answers[1].effects[0].points: input should be less than or equal to 3",
    ),
    "a question with one answer": (
        lambda d: d["advisor"]["questions"][0]["answers"].pop(),
        "advisor.questions[0].answers: needs at least 2 item(s)",
    ),
    "default that is no answer": (
        lambda d: d["advisor"]["questions"][0].update(default="maybe"),
        "advisor.questions[0].default: this question has no answer 'maybe'",
    ),
    "repeated question id": (
        lambda d: d["advisor"]["questions"].append(d["advisor"]["questions"][0]),
        "advisor.questions: the id 'kind' is used more than once",
    ),
    "work item naming an unknown service type": (
        lambda d: d["advisor"]["work_items"][0].update(service_types=["ghost"]),
        "advisor.work_items[0].service_types[0]: refers to the unknown service type 'ghost'",
    ),
    "work item answering an unknown question": (
        lambda d: d["advisor"]["work_items"][0].update(answers={"colour": "red"}),
        "advisor.work_items[0].answers.colour: refers to the unknown advisor question 'colour'",
    ),
    "work item giving an unknown answer": (
        lambda d: d["advisor"]["work_items"][0].update(answers={"kind": "odd"}),
        "advisor.work_items[0].answers.kind: the question 'kind' has no answer 'odd'",
    ),
    "tip for an unknown option": (
        lambda d: d["advisor"]["tips"][0].update(when_best=["xpo"]),
        "advisor.tips[0].when_best[0]: refers to the unknown option 'xpo'",
    ),
    "tip on an unknown answer": (
        lambda d: d["advisor"]["tips"][0].update(when_answers={"kind": ["odd"]}),
        "advisor.tips[0].when_answers.kind[0]: the question 'kind' has no answer 'odd'",
    ),
    "tip of an unknown kind": (
        lambda d: d["advisor"]["tips"][0].update(kind="gossip"),
        "advisor.tips[0].kind: must be one of",
    ),
    "model taking the in-house id": (
        lambda d: d["models"][0].update(id="in-house"),
        "models[0].id: the id 'in-house' is kept for the Advisor's option of keeping work",
    ),
    "track naming an unknown role": (
        lambda d: d["career_tracks"][0].update(roles=["astronaut"]),
        "career_tracks[0].roles[0]: refers to the unknown role 'astronaut'",
    ),
    "track naming an unknown model": (
        lambda d: d["career_tracks"][0].update(model="xpo"),
        "career_tracks[0].model: refers to the unknown model 'xpo'",
    ),
    "track with an unknown qualification": (
        lambda d: d["career_tracks"][0]["qualifications"][0].update(qualification="phd"),
        "career_tracks[0].qualifications[0].qualification: refers to the unknown qualification",
    ),
    "ladder rung naming an unknown role": (
        lambda d: d["career_tracks"][0]["ladder"][0].update(roles=["astronaut"]),
        "career_tracks[0].ladder[0].roles[0]: refers to the unknown role 'astronaut'",
    ),
    "ladder pay citing an unknown source": (
        lambda d: d["career_tracks"][0]["ladder"][0].update(
            salary_bands=[
                {"level": "mid", "maximum": 4, "currency": "INR", "unit": "lakh", "source": "zz"}
            ]
        ),
        "career_tracks[0].ladder[0].salary_bands[0].source: refers to the unknown source 'zz'",
    ),
    "next step for an unknown qualification": (
        lambda d: d["career_tracks"][0]["next_steps"][0].update(qualifications=["phd"]),
        "career_tracks[0].next_steps[0].qualifications[0]: refers to the unknown qualification",
    ),
    "salary band of an unknown scope": (
        lambda d: d["roles"][0]["salary_bands"][0].update(scope="country"),
        "roles[0].salary_bands[0].scope: must be one of",
    ),
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_reference_is_named_with_file_and_path(write_json: Any, name: str) -> None:
    mutate, expected = BROKEN[name]
    data = with_blocks()
    mutate(data)
    path: Path = write_json(data)
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    lines = caught.value.lines()
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(f"{path}: ") for line in lines)

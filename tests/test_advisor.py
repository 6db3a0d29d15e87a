"""The Advisor's answers on the bundled content, as an owner would check them, and its rules.

Scenarios start from a piece of work the owner picks, as the Advisor tab does,
and change only what the scenario says.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outsource_desktop.content.advisor_model import IN_HOUSE, Advisor
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.advice import advice_document, plain_advice_document
from outsource_desktop.documents.document import Table
from outsource_desktop.documents.pages import general_practice
from outsource_desktop.reference.advisor import (
    answers_for_work,
    applicable_tips,
    best_options,
    deciding_answers,
    default_answers,
    rank_options,
    work_item,
)
from tests.content_factory import minimal_content
from tests.document_text import document_text

PROVIDERS = ("bpo", "kpo", "lpo")


def advisor_of(catalog: Catalog) -> Advisor:
    assert catalog.advisor is not None
    return catalog.advisor


def ranking(catalog: Catalog, answers: dict[str, str]) -> list[str]:
    return [option.option_id for option in rank_options(catalog, advisor_of(catalog), answers)]


def picked(catalog: Catalog, item_id: str, **changes: str) -> dict[str, str]:
    """The answers after picking the piece of work, then changing `changes`."""
    advisor = advisor_of(catalog)
    return {**answers_for_work(advisor, work_item(advisor, item_id)), **changes}


SCENARIOS: dict[str, tuple[str, dict[str, str], set[str]]] = {
    # name: (piece of work, answers changed after picking it, options that may rank first)
    "high-volume customer support for an online shop": ("customer-support", {}, {"bpo"}),
    "payroll": ("payroll", {}, {"bpo"}),
    "patent search": ("patent-search", {}, {"lpo", "kpo"}),
    "equity research": ("equity-research", {}, {"kpo"}),
    "core, highly sensitive R&D with capacity in-house": (
        "product-rnd",
        {"capacity": "yes"},
        {IN_HOUSE},
    ),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_owner_scenarios_rank_the_expected_option_first(catalog: Catalog, name: str) -> None:
    item_id, changes, expected = SCENARIOS[name]
    ranked = rank_options(catalog, advisor_of(catalog), picked(catalog, item_id, **changes))
    assert ranked[0].option_id in expected
    assert ranked[0].score > ranked[1].score, "a scenario must have one clear best fit"


def test_a_small_firms_tax_returns_do_not_go_to_lpo(catalog: Catalog) -> None:
    order = ranking(catalog, picked(catalog, "tax-returns"))
    assert order[0] != "lpo"
    assert order.index("lpo") > order.index("bpo"), "legal providers are no fit for tax filing"


def test_patent_search_ranks_the_legal_and_knowledge_providers_above_bpo(
    catalog: Catalog,
) -> None:
    assert set(ranking(catalog, picked(catalog, "patent-search"))[:2]) == {"lpo", "kpo"}


@pytest.mark.parametrize(
    "item_id",
    ["market-research", "data-analysis", "equity-research", "design-content", "engineering-design"],
)
def test_non_legal_expert_work_does_not_put_lpo_in_the_top_two(
    catalog: Catalog, item_id: str
) -> None:
    """LPO firms do legal work: for other expert work they are no runner-up."""
    order = ranking(catalog, picked(catalog, item_id))
    assert order[0] == "kpo"
    assert order.index("lpo") >= 2, order


def test_design_work_is_described_by_answers_that_name_design(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    answers = picked(catalog, "design-content")
    for question_id in ("kind", "expertise"):
        label = advisor.question(question_id).answer(answers[question_id]).label
        assert "design" in label.casefold(), label
        assert "lawyer" not in label.casefold(), label


def test_highly_sensitive_data_alone_points_in_house_not_to_a_model(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    ranked = rank_options(catalog, advisor, {**default_answers(advisor), "data": "regulated"})
    assert ranked[0].option_id == IN_HOUSE
    scores = {option.option_id: option.score for option in ranked}
    assert len({scores[provider] for provider in PROVIDERS}) == 1


def test_data_sensitivity_never_favours_one_kind_of_provider(catalog: Catalog) -> None:
    """From every piece of work, more sensitive data moves all providers alike and can
    only help keeping the work in-house."""
    advisor = advisor_of(catalog)
    levels = [answer.id for answer in advisor.question("data").answers]
    for item in advisor.work_items:
        before = None
        for level in levels:
            scores = {
                option.option_id: option.score
                for option in rank_options(catalog, advisor, picked(catalog, item.id, data=level))
            }
            if before is not None:
                moves = {scores[provider] - before[provider] for provider in PROVIDERS}
                assert len(moves) == 1, f"{item.id}: {level} moved providers differently"
                assert scores[IN_HOUSE] - before[IN_HOUSE] >= 0
            before = scores


def test_the_advice_names_the_answers_that_decided_it_with_their_reasons(
    catalog: Catalog,
) -> None:
    advisor = advisor_of(catalog)
    answers = picked(catalog, "customer-support")
    ranked = rank_options(catalog, advisor, answers)
    deciding = deciding_answers(ranked)
    assert 2 <= len(deciding) <= 3
    assert deciding[0].push.question.id == "kind"
    document = advice_document(catalog, advisor, answers, work_item(advisor, "customer-support"))
    text = document_text(document)
    assert document.subtitle.startswith("Best fit: BPO (Business Process Outsourcing), ahead of")
    assert "Why BPO: the answers that decided it" in text
    for decided in deciding:
        assert f"{decided.push.question.label}: {decided.push.answer.label}." in text
        assert decided.push.effect.reason in text


answer_changes = st.dictionaries(
    st.sampled_from(["kind", "volume", "expertise", "core", "data", "capacity", "control"]),
    st.integers(0, 4),
)


@settings(max_examples=200, deadline=None)
@given(item_index=st.integers(0, 20), changes=answer_changes)
def test_the_deciding_answers_explain_any_lead(
    catalog: Catalog, item_index: int, changes: dict[str, int]
) -> None:
    advisor = advisor_of(catalog)
    item = advisor.work_items[item_index % len(advisor.work_items)]
    answers = answers_for_work(advisor, item)
    for question_id, choice in changes.items():
        question_answers = advisor.question(question_id).answers
        answers[question_id] = question_answers[choice % len(question_answers)].id
    ranked = rank_options(catalog, advisor, answers)
    deciding = deciding_answers(ranked)
    if ranked[0].score == ranked[1].score:
        assert deciding == []
        return
    assert 1 <= len(deciding) <= 3
    # The first answer named put the best option furthest ahead of the runner-up.
    best, runner_up = ranked[0], ranked[1]
    margins = [best.points_from(q.id) - runner_up.points_from(q.id) for q in advisor.questions]
    assert deciding[0].margin == max(margins) > 0
    for decided in deciding:
        question_id = decided.push.question.id
        assert answers[question_id] == decided.push.answer.id
        # None of them favoured the runner-up.
        assert best.points_from(question_id) >= runner_up.points_from(question_id)


def test_answers_that_are_not_in_the_content_are_refused(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    with pytest.raises(ValueError, match="unknown advisor questions: colour"):
        rank_options(catalog, advisor, {"colour": "red"})
    with pytest.raises(ValueError, match="has no answer 'sometimes'"):
        rank_options(catalog, advisor, {"kind": "sometimes"})


def test_tips_follow_the_best_option_and_the_answers(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    support = picked(catalog, "customer-support")
    pricing = {tip.id for tip in applicable_tips(advisor, support, ["bpo"], "pricing")}
    assert "bpo-unit-price" in pricing
    assert "in-house-full-cost" not in pricing
    questions = applicable_tips(advisor, support, ["bpo"], "vendor-question")
    assert "data-controls" in {tip.id for tip in questions}  # support handles personal data
    public = {**support, "data": "ordinary"}
    questions = applicable_tips(advisor, public, ["bpo"], "vendor-question")
    assert "data-controls" not in {tip.id for tip in questions}


def test_every_next_step_heading_appears_for_an_outsourcing_verdict(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    document = advice_document(
        catalog, advisor, picked(catalog, "contract-review"), work_item(advisor, "contract-review")
    )
    text = document_text(document)
    for heading in (
        "What to watch for",
        "Pricing models to ask for",
        "Questions to ask a provider",
        "Start with a pilot",
        "What to keep in-house",
        "Where the sources file this work",
    ):
        assert heading in text


def test_reasons_without_a_source_say_so_and_sourced_ones_cite(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    answers = picked(catalog, "product-rnd", capacity="yes")
    document = advice_document(catalog, advisor, answers)
    text = document_text(document)
    reason = advisor.question("capacity").answer("yes").effects[0]
    assert not reason.sources
    assert f"{reason.reason} ({general_practice()})" in text
    cited = advisor.question("kind").answer("knowledge").effects[0]
    numbers = sorted(catalog.source_number(source) for source in cited.sources)
    assert f"{cited.reason} {''.join(f'[{number}]' for number in numbers)}" in text


def content_ids(catalog: Catalog) -> set[str]:
    """Every multi-word id of the content: none of them may show where a reader looks."""
    advisor = advisor_of(catalog)
    found: set[str] = {item.id for item in catalog.service_types}
    found |= {item.id for item in catalog.roles} | {item.id for item in catalog.aspects}
    found |= {item.id for item in advisor.work_items} | {tip.id for tip in advisor.tips}
    for question in advisor.questions:
        found |= {question.id, *(answer.id for answer in question.answers)}
    return {item for item in found if re.search(r"[-_]", item)}


def test_no_internal_id_is_shown_for_any_piece_of_work(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    ids = content_ids(catalog)
    assert {"customer-support", "bpo-call-centre", "hands-on"} <= ids
    for item in advisor.work_items:
        document = advice_document(catalog, advisor, picked(catalog, item.id), item)
        # Without the references: a source's web address may hold words an id is made of.
        text = document_text(dataclasses.replace(document, references=()))
        shown = {
            found for found in ids if re.search(rf"(?<![\w-]){re.escape(found)}(?![\w-])", text)
        }
        assert not shown, f"{item.name}: {shown}"
        assert "aspects/" not in text
        assert "guidance/" not in text


def test_the_default_answers_give_no_verdict(catalog: Catalog) -> None:
    advisor = advisor_of(catalog)
    ranked = rank_options(catalog, advisor, default_answers(advisor))
    assert best_options(ranked) == []
    document = advice_document(catalog, advisor, {})
    assert document.subtitle == "Pick the work or answer the questions to see which option fits."


def ranks_shown(catalog: Catalog, answers: dict[str, str]) -> list[str]:
    document = advice_document(catalog, advisor_of(catalog), answers)
    table = next(block for block in document.blocks if isinstance(block, Table))
    return [row[0] for row in table.rows]


def test_ranks_are_shown_only_once_an_answer_counts(catalog: Catalog) -> None:
    assert set(ranks_shown(catalog, {})) == {"—"}, "nothing chosen: no option is placed"
    assert ranks_shown(catalog, picked(catalog, "payroll"))[:2] == ["1", "2"]


def test_content_without_an_advisor_block_says_what_it_lacks(write_json: Any) -> None:
    catalog = load_catalog(write_json(minimal_content()))
    assert catalog.advisor is None
    service = catalog.service_types[0]
    document = plain_advice_document(catalog, service)
    text = document_text(document)
    assert "has no advisor questions" in text
    assert f"{service.name}: filed under BPO (Business Process Outsourcing)." in text
    assert "Pick a type of work" in document_text(plain_advice_document(catalog, None))

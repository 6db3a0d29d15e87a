"""The advisor's documented scoring, on the bundled content."""

from __future__ import annotations

import pytest

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.advice import advice_document
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.reference.advisor import (
    FACTORS,
    IN_HOUSE,
    OPTION_IDS,
    rank_options,
    resolve_evidence,
)


def order(answers: dict[str, int], weights: dict[str, int] | None = None) -> list[str]:
    return [option.option_id for option in rank_options(answers, weights)]


def test_core_expert_sensitive_legal_work_ranks_lpo_and_kpo_above_bpo() -> None:
    ranking = order({"core": 4, "expertise": 4, "sensitivity": 4, "legal": 4})
    assert ranking[:2] == ["lpo", "kpo"]
    assert ranking.index("bpo") > ranking.index("kpo")


def test_high_volume_repetitive_customer_support_ranks_bpo_first() -> None:
    answers = {"volume": 4, "core": 0, "expertise": 0, "budget": 1, "duration": 4, "legal": 0}
    assert order(answers)[0] == "bpo"


def test_very_core_work_needing_control_with_capacity_stays_in_house() -> None:
    assert order({"core": 4, "control": 4, "capacity": 4})[0] == IN_HOUSE


def test_weights_change_the_ranking_as_documented() -> None:
    # High volume and long duration (BPO) against fairly specialist work (KPO).
    answers = {"volume": 4, "duration": 4, "expertise": 3}
    assert order(answers)[0] == "bpo"
    weighted = {o.option_id: o.score for o in rank_options(answers, {"expertise": 3})}
    assert min(weighted["kpo"], weighted["lpo"]) > weighted["bpo"]
    # Weight 0 removes a factor; doubling a weight doubles its contributions.
    assert all(
        contribution.factor.id != "volume"
        for option in rank_options(answers, {"volume": 0})
        for contribution in option.contributions
    )
    once = {o.option_id: o.score for o in rank_options({"legal": 4})}
    twice = {o.option_id: o.score for o in rank_options({"legal": 4}, {"legal": 2})}
    assert all(twice[key] == 2 * once[key] for key in OPTION_IDS)


def test_a_low_answer_pushes_the_opposite_way_and_neutral_answers_tie() -> None:
    low_budget = {o.option_id: o.score for o in rank_options({"budget": 0})}
    high_budget = {o.option_id: o.score for o in rank_options({"budget": 4})}
    assert low_budget["bpo"] > 0 > high_budget["bpo"]
    assert {o.score for o in rank_options({})} == {0}
    assert order({}) == list(OPTION_IDS)


def test_answers_out_of_range_or_unknown_factors_are_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 4"):
        rank_options({"core": 5})
    with pytest.raises(ValueError, match="unknown factors: colour"):
        rank_options({"colour": 1})


def test_every_direction_is_backed_by_a_claim_in_the_content(catalog: Catalog) -> None:
    for factor in FACTORS:
        for option_id, direction in factor.directions.items():
            assert option_id in OPTION_IDS
            assert direction.strength != 0
            assert direction.evidence, f"{factor.id}/{option_id} cites nothing"
            for evidence in direction.evidence:
                assert resolve_evidence(catalog, evidence).claim is not None


def test_lpo_evidence_without_its_own_claim_is_marked_inherited(catalog: Catalog) -> None:
    legal = next(factor for factor in FACTORS if factor.id == "control")
    resolved = resolve_evidence(catalog, legal.directions["lpo"].evidence[0])
    assert resolved.note == "inherited from KPO"


def test_advice_document_explains_the_ranking_with_cited_claims(catalog: Catalog) -> None:
    document = advice_document(catalog, {"legal": 4, "expertise": 4}, {"legal": 2})
    html = render_html(document)
    assert document.subtitle.startswith("Best fit: LPO.")
    assert "How much of it is legal or compliance work? +6.0:" in html
    assert "you answered “All of it” (weight 2), which pushes towards this option." in html
    assert "aspects/nature-of-work/lpo" in html
    nature_of_work = next(aspect for aspect in catalog.aspects if aspect.id == "nature-of-work")
    assert nature_of_work.claims["lpo"].text in html
    # Reference markers use the app's source numbers, listed at the end.
    study_guide = catalog.source_number("kpo-full-form-guide")
    assert f"[{study_guide}]" in html
    assert any(ref.number == study_guide for ref in document.references)


def test_a_tie_is_not_called_a_best_fit(catalog: Catalog) -> None:
    assert advice_document(catalog, {}).subtitle.startswith("No single best fit yet")

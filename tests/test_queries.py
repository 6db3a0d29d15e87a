"""Comparison queries: inheritance from the parent model and differences."""

from __future__ import annotations

import re
from typing import Any

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.formatting import cell_summary
from outsource_desktop.reference.queries import comparison_rows


def test_lpo_inherits_kpo_claim_where_articles_say_nothing(
    small_data: dict[str, Any], write_json: Any
) -> None:
    catalog = load_catalog(write_json(small_data))
    rows = {row.aspect.id: row for row in comparison_rows(catalog, ["bpo", "kpo", "lpo"])}
    investment = rows["investment"].cell_for("lpo")
    assert investment.inherited_from == "kpo"
    assert investment.claim is not None
    assert investment.claim.value == "High"
    assert rows["work"].cell_for("lpo").inherited_from is None


def test_lpo_does_not_take_kpos_opinion_as_its_own(
    small_data: dict[str, Any], write_json: Any
) -> None:
    investment = next(aspect for aspect in small_data["aspects"] if aspect["id"] == "investment")
    investment["claims"]["kpo"]["opinion"] = True
    catalog = load_catalog(write_json(small_data))
    rows = {row.aspect.id: row for row in comparison_rows(catalog, ["kpo", "lpo"])}
    lpo = rows["investment"].cell_for("lpo")
    assert lpo.claim is None
    assert lpo.inherited_from is None
    assert cell_summary(catalog, lpo) == "—"  # not "Same as KPO"


def test_bundled_lpo_has_its_own_salary_and_no_borrowed_verdicts(catalog: Catalog) -> None:
    rows = {row.aspect.id: row for row in comparison_rows(catalog, ["kpo", "lpo"])}
    salary = rows["salary"].cell_for("lpo")
    assert salary.inherited_from is None
    assert salary.claim is not None
    assert "iteslatest-salaries-2007" in salary.claim.sources
    for row in rows.values():
        kpo = row.cell_for("kpo").claim
        if kpo is not None and kpo.opinion:
            assert row.cell_for("lpo").inherited_from is None, row.aspect.id


def test_rows_follow_section_order_and_know_when_models_differ(
    small_data: dict[str, Any], write_json: Any
) -> None:
    catalog = load_catalog(write_json(small_data))
    rows = comparison_rows(catalog, ["bpo", "kpo"])
    assert [row.section.id for row in rows] == ["basics", "basics", "money", "money"]
    by_id = {row.aspect.id: row for row in rows}
    assert by_id["investment"].differs
    assert not by_id["period"].differs


def test_bundled_lpo_column_is_empty_only_where_kpo_gives_an_opinion(catalog: Catalog) -> None:
    for row in comparison_rows(catalog, ["kpo", "lpo"]):
        kpo, lpo = row.cells
        if lpo.claim is None:
            assert kpo.claim is not None, row.aspect.id
            assert kpo.claim.opinion, row.aspect.id


def test_bundled_salary_values_say_when_the_figures_are_from(catalog: Catalog) -> None:
    salary = next(aspect for aspect in catalog.aspects if aspect.id == "salary")
    for model_id, claim in salary.claims.items():
        assert re.search(r"\((?:[^)]*\b(?:19|20)\d\d\b|[^)]*undated)[^)]*\)", claim.value), model_id
        assert len(claim.value) < 60, claim.value

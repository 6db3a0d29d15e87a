"""Comparison queries: inheritance from the parent model and differences."""

from __future__ import annotations

from typing import Any

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
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


def test_rows_follow_section_order_and_know_when_models_differ(
    small_data: dict[str, Any], write_json: Any
) -> None:
    catalog = load_catalog(write_json(small_data))
    rows = comparison_rows(catalog, ["bpo", "kpo"])
    assert [row.section.id for row in rows] == ["basics", "basics", "money", "money"]
    by_id = {row.aspect.id: row for row in rows}
    assert by_id["investment"].differs
    assert not by_id["period"].differs


def test_bundled_lpo_column_is_never_empty(catalog: Catalog) -> None:
    for row in comparison_rows(catalog, ["lpo"]):
        assert row.cells[0].claim is not None, row.aspect.id

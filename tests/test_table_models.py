"""Every table model passes Qt's model tester, bare and behind its proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.tables import role_columns, service_columns
from outsource_desktop.gui.models.comparison_proxy import ComparisonProxy
from outsource_desktop.gui.models.table_models import (
    ComparisonModel,
    RecordTableModel,
    SectionHeading,
)
from outsource_desktop.gui.widgets.master_detail import RowFilterProxy
from outsource_desktop.reference.queries import (
    ComparisonOptions,
    comparison_rows,
    select_comparison_rows,
)


def test_comparison_model(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    model = ComparisonModel(catalog, comparison_rows(catalog, ["bpo", "kpo", "lpo"]))
    qtmodeltester.check(model)
    headings = [
        model.entry(r)
        for r in range(model.rowCount())
        if isinstance(model.entry(r), SectionHeading)
    ]
    assert len(headings) == len(catalog.sections)
    assert model.columnCount() == 4


def test_comparison_proxy_with_filter(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    model = ComparisonModel(catalog, comparison_rows(catalog, ["bpo", "kpo"]))
    proxy = ComparisonProxy()
    proxy.setSourceModel(model)
    proxy.set_options(ComparisonOptions(("bpo", "kpo"), filter_text="investment"))
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()


def test_record_models(qtmodeltester: ModelTester, catalog: Catalog) -> None:
    services: RecordTableModel[Any] = RecordTableModel(
        service_columns(catalog), catalog.service_types
    )
    roles: RecordTableModel[Any] = RecordTableModel(role_columns(catalog), catalog.roles)
    qtmodeltester.check(services)
    qtmodeltester.check(roles)
    proxy = RowFilterProxy()
    proxy.setSourceModel(roles)
    proxy.set_item_filter(lambda role: role.model == "kpo")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < roles.rowCount()


def test_comparison_proxy_refilters_after_rows_change(catalog: Catalog) -> None:
    """The proxy's accepted rows are worked out once per change; a new set of rows
    (another choice of models) must not be filtered with the old answer."""
    model_ids = ("bpo", "kpo")
    source = ComparisonModel(catalog, comparison_rows(catalog, model_ids))
    proxy = ComparisonProxy()
    proxy.setSourceModel(source)
    proxy.set_options(ComparisonOptions(model_ids, filter_text="investment"))
    shown = proxy.visible_rows()
    assert shown
    assert all("investment" in row.searchable_text for row in shown)
    assert shown == select_comparison_rows(catalog, proxy.options)
    source.set_rows(catalog, comparison_rows(catalog, ("kpo", "lpo")))
    proxy.set_options(ComparisonOptions(("kpo", "lpo"), filter_text="investment"))
    source.set_rows(catalog, comparison_rows(catalog, ("bpo", "kpo")))
    expected = select_comparison_rows(catalog, proxy.options)
    assert [row.aspect.id for row in proxy.visible_rows()] == [row.aspect.id for row in expected]


def test_comparison_proxy_stays_consistent_through_filters_and_sorts(
    qtmodeltester: ModelTester, catalog: Catalog
) -> None:
    """Each option change or sort is one layout change; Qt's tester checks every one."""
    model_ids = ("bpo", "kpo", "lpo")
    proxy = ComparisonProxy()
    proxy.setSourceModel(ComparisonModel(catalog, comparison_rows(catalog, model_ids)))
    qtmodeltester.check(proxy)
    for options in (
        ComparisonOptions(model_ids, filter_text="k"),
        ComparisonOptions(model_ids, filter_text="know"),
        ComparisonOptions(model_ids, filter_text="no row says this"),
        ComparisonOptions(model_ids, differences_only=True),
        ComparisonOptions(model_ids, collapsed_sections=frozenset({catalog.sections[0].id})),
    ):
        proxy.set_options(options)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        # Sections in content order; inside each, labels from Z to A.
        expected = sorted(
            select_comparison_rows(catalog, options),
            key=lambda row: row.aspect.label.casefold(),
            reverse=True,
        )
        expected.sort(key=lambda row: proxy.comparison_model().heading_row(row.section.id))
        assert proxy.visible_rows() == expected
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 1)
            assert proxy.mapFromSource(proxy.mapToSource(index)) == index
        proxy.sort(-1)
        assert proxy.visible_rows() == select_comparison_rows(catalog, options)

"""The main window as a reader uses it: six tabs, each showing its content."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.app import AfterFirstFrame, application
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.models.table_models import ITEM_ROLE
from outsource_desktop.reference.queries import ComparisonRow


def test_a_started_window_shows_the_apps_icon(qtbot: QtBot) -> None:
    """The icon comes once the first frame is painted (gui/app.py), at every size a
    desktop asks for."""
    application()
    window = MainWindow(load_catalog(bundled_content_path()))
    qtbot.addWidget(window)
    window.installEventFilter(AfterFirstFrame(window, quit_after=False))
    window.show()
    qtbot.waitUntil(lambda: not window.windowIcon().isNull())
    for size in (16, 32, 256):
        assert window.windowIcon().pixmap(size, size).width() == size


def comparison_row_of(window: MainWindow, aspect_id: str) -> int:
    proxy = window.comparison_tab.proxy
    for row in range(proxy.rowCount()):
        item = proxy.index(row, 0).data(ITEM_ROLE)
        if isinstance(item, ComparisonRow) and item.aspect.id == aspect_id:
            return row
    raise AssertionError(f"no row for {aspect_id}")


def test_window_has_title_and_seven_tabs(window: MainWindow) -> None:
    assert "BPO, KPO and LPO" in window.windowTitle()
    labels = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert labels == [
        "Overview",
        "Comparison",
        "Service types",
        "Careers",
        "Advisor",
        "Study",
        "Glossary",
    ]


def test_each_tab_is_built_when_first_shown_and_then_kept(window: MainWindow) -> None:
    tabs = window.tabs
    assert [tabs.is_built(index) for index in range(tabs.count())] == [
        index == tabs.currentIndex() for index in range(tabs.count())
    ]
    tabs.setCurrentIndex(5)
    study = tabs.currentWidget()
    assert study is window.study_tab
    assert study.isVisible()
    assert tabs.tabText(5).replace("&", "") == "Study"
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(5)
    assert tabs.currentWidget() is study  # built once, kept with its state


def test_overview_explains_each_model(window: MainWindow, catalog: Catalog) -> None:
    text = window.overview_tab.view.toPlainText()
    for model in catalog.models:
        assert model.full_name in text
        assert model.definition.text in text
    assert "How the models relate" in text
    assert "Key differences at a glance" in text


def test_selecting_a_comparison_row_shows_full_text_and_sources(
    window: MainWindow, catalog: Catalog
) -> None:
    window.tabs.setCurrentWidget(window.comparison_tab)
    aspect = next(a for a in catalog.aspects if any(c.disagreements for c in a.claims.values()))
    window.comparison_tab.master_detail.select_row(comparison_row_of(window, aspect.id))
    detail = window.comparison_tab.master_detail.detail.toPlainText()
    assert aspect.label in detail
    assert "Another source differs" in detail
    assert "Sources" in detail
    for source_id in next(c for c in aspect.claims.values() if c.disagreements).sources:
        assert catalog.source_by_id(source_id).title in detail


def test_comparison_says_lpo_cells_are_the_same_as_kpo(
    window: MainWindow, catalog: Catalog
) -> None:
    aspect = next(a for a in catalog.aspects if "lpo" not in a.claims and "kpo" in a.claims)
    row = comparison_row_of(window, aspect.id)
    lpo_cell = window.comparison_tab.proxy.index(row, 3).data()
    assert lpo_cell == "Same as KPO"


def test_service_types_tab_filters_by_model(window: MainWindow, catalog: Catalog) -> None:
    tab = window.services_tab
    assert tab.proxy.rowCount() == len(catalog.service_types)
    tab.model_choice.setCurrentIndex(tab.model_choice.findData("lpo"))
    shown = [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]
    assert shown
    assert set(shown) == {"LPO"}
    tab.master_detail.select_row(0)
    assert "Sources" in tab.master_detail.detail.toPlainText()


def test_careers_tab_shows_salary_with_currency_and_source(
    window: MainWindow, catalog: Catalog
) -> None:
    tab = window.careers_tab
    role = next(role for role in catalog.roles if role.salary_bands)
    tab.filter_box.setText(role.title)
    tab.master_detail.select_row(0)
    detail = tab.master_detail.detail.toPlainText()
    assert "INR" in detail
    assert role.salary_bands[0].unit in detail
    assert "year not stated" in detail or str(role.salary_bands[0].year) in detail
    assert "Eligibility" in detail


def test_markup_in_content_is_shown_literally(
    qtbot: QtBot, small_data: dict[str, Any], write_json: Any
) -> None:
    application()
    small_data["aspects"][0]["label"] = "<b>bold</b> <img src='x.png'>"
    window = MainWindow(load_catalog(write_json(small_data)))
    qtbot.addWidget(window)
    window.comparison_tab.master_detail.select_row(1)
    assert (
        "<b>bold</b> <img src='x.png'>" in window.comparison_tab.master_detail.detail.toPlainText()
    )
    assert window.comparison_tab.proxy.index(1, 0).data() == "<b>bold</b> <img src='x.png'>"


def test_sources_dialog_lists_every_article(
    window: MainWindow, catalog: Catalog, qtbot: QtBot
) -> None:
    dialog = window.show_sources()
    qtbot.waitExposed(dialog)
    text = dialog.findChild(type(window.overview_tab.view)).toPlainText()
    for source in catalog.sources:
        assert source.title in text
    dialog.close()

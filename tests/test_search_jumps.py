"""A search hit opens where the app shows it, through the tabs' one face (`Tab.reveal`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.pages import overview_anchor
from outsource_desktop.documents.pay import pay_anchor
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.models.table_models import ITEM_ROLE
from outsource_desktop.gui.tabs.comparison import ComparisonTab
from outsource_desktop.reference.pay import PAY_PREFIX
from outsource_desktop.reference.queries import ComparisonRow
from outsource_desktop.reference.search import Hit, build_index, search


def hit_for(catalog: Catalog, place: str, item_id: str, words: str) -> Hit:
    """The hit a reader would pick: found by searching `words`, as the search box does."""
    return next(
        hit
        for hit in search(build_index(catalog), words)
        if hit.entry.tab == place and hit.entry.item_id == item_id
    )


def selected_aspects(tab: ComparisonTab) -> list[str]:
    items = tab.master_detail.selected_items()
    return [item.aspect.id for item in items if isinstance(item, ComparisonRow)]


def row_is_in_view(tab: ComparisonTab, aspect_id: str) -> bool:
    index = next(
        tab.proxy.index(row, 0)
        for row in range(tab.proxy.rowCount())
        if isinstance(item := tab.proxy.index(row, 0).data(ITEM_ROLE), ComparisonRow)
        and item.aspect.id == aspect_id
    )
    shown: QRect = tab.table.viewport().rect()
    return shown.contains(tab.table.visualRect(index))


def test_a_jump_opens_a_collapsed_section_clears_a_hiding_filter_and_scrolls_to_the_row(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1200, 800)
    sections = [section.id for section in window.catalog.sections]
    # The last row of the last section but one: far down the table, below rows
    # whose heights are only fitted once they scroll into view.
    aspect = [aspect for aspect in window.catalog.aspects if aspect.section == sections[-2]][-1]
    tab = window.comparison_tab
    window.tabs.setCurrentWidget(window.overview_tab)
    tab.set_collapsed({aspect.section, sections[-1]})
    tab.filter_box.setText("nothing matches this")
    hit = hit_for(window.catalog, "comparison", aspect.id, aspect.label)

    assert window.jump_to(hit)

    assert window.tabs.currentWidget() is tab
    assert aspect.section not in tab.proxy.options.collapsed_sections
    assert sections[-1] in tab.proxy.options.collapsed_sections  # the other stays as it was
    assert tab.filter_box.text() == ""
    assert selected_aspects(tab) == [aspect.id]
    assert aspect.label in tab.master_detail.detail.toPlainText()
    for _ in range(5):  # the rows coming into view are fitted to their text meanwhile
        QApplication.processEvents()
    assert row_is_in_view(tab, aspect.id)
    assert tab.table.verticalScrollBar().value() > 0  # it had to scroll to get there


def test_a_jump_keeps_a_filter_that_does_not_hide_the_row(window: MainWindow) -> None:
    aspect = window.catalog.aspects[2]
    tab = window.comparison_tab
    word = aspect.label.split()[0]
    tab.filter_box.setText(word)
    assert window.jump_to(hit_for(window.catalog, "comparison", aspect.id, aspect.label))
    assert tab.filter_box.text() == word
    assert selected_aspects(tab) == [aspect.id]


def test_a_jump_turns_off_only_differences_when_that_hides_the_row(
    show_window: Any, write_json: Any, small_data: dict[str, Any]
) -> None:
    small = load_catalog(write_json(small_data))
    window: MainWindow = show_window(small)
    tab = window.comparison_tab
    tab.differences_only.setChecked(True)
    # Every model says "Long term": only differences hides the row.
    hit = hit_for(small, "comparison", "period", "period")
    assert window.jump_to(hit)
    assert not tab.differences_only.isChecked()
    assert selected_aspects(tab) == ["period"]


def test_a_jump_to_a_role_of_another_model_shows_all_models(window: MainWindow) -> None:
    tab = window.careers_tab
    role = next(role for role in window.catalog.roles if role.model == "kpo")
    tab.model_choice.setCurrentIndex(tab.model_choice.findData("bpo"))
    assert window.jump_to(hit_for(window.catalog, "careers", role.id, role.title))
    assert window.tabs.currentWidget() is tab
    assert tab.model_choice.chosen_model() == ""  # all models
    assert [item.id for item in tab.master_detail.selected_items()] == [role.id]


def test_a_jump_to_the_overview_selects_the_item_there(window: MainWindow) -> None:
    guidance = window.catalog.guidance[3]
    model = window.catalog.models[2]
    for item_id, words in (
        (f"guidance/{guidance.id}", guidance.title),
        (model.id, model.full_name),
    ):
        window.tabs.setCurrentWidget(window.careers_tab)
        assert window.jump_to(hit_for(window.catalog, "overview", item_id, words))
        assert window.tabs.currentWidget() is window.overview_tab
        selected = window.overview_tab.view.textCursor().selectedText()
        assert selected == overview_anchor(window.catalog, item_id)
        assert selected.startswith((guidance.title, model.short_name))


def test_find_and_copy_follow_what_the_tab_offers(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.advisor_tab)
    assert not window.menu_actions.find.isEnabled()
    assert not window.menu_actions.copy.isEnabled()
    assert window.menu_actions.print.isEnabled()
    window.tabs.setCurrentWidget(window.services_tab)
    assert window.menu_actions.find.isEnabled()
    assert window.menu_actions.copy.isEnabled()
    window.menu_actions.find.trigger()
    assert window.services_tab.filter_box.hasFocus()


def test_every_overview_and_pay_entry_of_the_index_is_found_where_it_is_shown(
    window: MainWindow,
) -> None:
    # Models, their pros and cons, relations, industry facts, companies, steps and
    # guidance in the overview; pay facts in the Careers tab's pay compared.
    entries = [
        entry
        for entry in build_index(window.catalog)
        if entry.tab == "overview" or entry.item_id.startswith(PAY_PREFIX)
    ]
    kinds = {entry.item_id.partition("/")[0] for entry in entries if "/" in entry.item_id}
    assert {"relations", "industry", "companies", "pay"} <= kinds
    for entry in entries:
        window.tabs.setCurrentWidget(window.study_tab)
        assert window.jump_to(Hit(entry, "")), entry.item_id
        if entry.tab == "overview":
            anchor = overview_anchor(window.catalog, entry.item_id)
            assert window.tabs.currentWidget() is window.overview_tab
            assert window.overview_tab.view.textCursor().selectedText() == anchor
        else:
            view = window.careers_tab.pay
            assert window.tabs.currentWidget() is window.careers_tab
            assert view.isVisible()
            assert not window.careers_tab.master_detail.isVisible()
            assert view.textCursor().selectedText() == pay_anchor(window.catalog, entry.item_id)


def test_a_role_hit_leaves_pay_compared_for_the_role_table(window: MainWindow) -> None:
    tab = window.careers_tab
    tab.show_pay(True)
    role = window.catalog.roles[-1]
    assert window.jump_to(hit_for(window.catalog, "careers", role.id, role.title))
    assert not tab.pay.isVisible()
    assert not tab.pay_toggle.isChecked()
    assert [item.id for item in tab.master_detail.selected_items()] == [role.id]


def test_a_glossary_hit_keeps_a_filter_that_does_not_hide_the_term(window: MainWindow) -> None:
    tab = window.glossary_tab
    term = window.catalog.glossary[0]
    tab.filter_box.setText(term.term)
    assert window.jump_to(hit_for(window.catalog, "glossary", term.id, term.term))
    assert window.tabs.currentWidget() is tab
    assert tab.filter_box.text() == term.term
    assert tab.master_detail.selected_items() == [term]
    tab.model_choice.setCurrentIndex(tab.model_choice.findData("bpo"))
    hidden = next(other for other in window.catalog.glossary if other.models == ["lpo"])
    assert window.jump_to(hit_for(window.catalog, "glossary", hidden.id, hidden.term))
    assert tab.model_choice.chosen_model() == ""  # all models again: the term was hidden
    assert tab.master_detail.selected_items() == [hidden]

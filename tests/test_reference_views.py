"""Finding things: search jumps, the glossary, pay compared, sources, the overview's parts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.tables import role_columns
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.reference.pay import shown_bands
from outsource_desktop.reference.queries import ComparisonRow
from outsource_desktop.reference.search import build_index, search


def test_a_jump_opens_a_collapsed_section_and_shows_the_row(
    window: MainWindow, catalog: Catalog
) -> None:
    tab = window.comparison_tab
    window.tabs.setCurrentWidget(tab)
    target = catalog.aspects[-1]  # at the bottom: the table must scroll to it
    tab.set_collapsed({section.id for section in catalog.sections})
    tab.differences_only.setChecked(True)
    tab.filter_box.setText("zzz nothing matches")
    (hit,) = [
        hit for hit in search(build_index(catalog), target.label) if hit.entry.item_id == target.id
    ]
    assert window.jump_to(hit)
    assert target.section not in tab.proxy.options.collapsed_sections
    selected = tab.master_detail.selected_items()
    assert len(selected) == 1
    assert isinstance(selected[0], ComparisonRow)
    assert selected[0].aspect.id == target.id
    current = tab.table.currentIndex()
    assert tab.table.viewport().rect().contains(tab.table.visualRect(current).center())
    assert target.label in tab.master_detail.detail.toPlainText()


def test_the_glossary_filters_by_word_start_and_model(window: MainWindow, catalog: Catalog) -> None:
    tab = window.glossary_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.proxy.rowCount() == len(catalog.glossary)
    tab.filter_box.setText("HR")
    shown = tab.visible_records()
    assert shown
    for term in shown:
        words = f"{term.term} {term.stands_for or ''} {term.definition.text}".replace("-", " ")
        assert any(word.upper().startswith("HR") for word in words.split())
    tab.filter_box.clear()
    tab.model_choice.setCurrentIndex(tab.model_choice.findData("lpo"))
    for term in tab.visible_records():
        assert not term.models or "lpo" in term.models


def test_a_glossary_hit_selects_the_term_and_shows_it_in_full(
    window: MainWindow, catalog: Catalog
) -> None:
    term = catalog.glossary[-1]
    (hit,) = [
        hit for hit in search(build_index(catalog), term.term) if hit.entry.item_id == term.id
    ]
    assert window.jump_to(hit)
    assert window.tabs.currentWidget() is window.glossary_tab
    assert window.glossary_tab.master_detail.selected_items() == [term]
    detail = window.glossary_tab.master_detail.detail.toPlainText()
    assert term.definition.text in detail


def test_pay_compared_answers_how_bpo_pay_compares_with_kpo(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.careers_tab
    window.tabs.setCurrentWidget(tab)
    tab.pay_toggle.click()
    assert tab.pay.isVisible()
    assert not tab.master_detail.isVisible()
    assert not tab.explorer.isVisible()
    text = tab.pay.toPlainText()
    assert "BPO: INR" in text
    assert "KPO: INR" in text
    assert "undated" in text  # dated figures are said to be so
    assert tab.printable_document().title == "Pay compared"
    tab.explorer_toggle.click()
    assert tab.explorer.isVisible()
    assert not tab.pay.isVisible()
    assert not tab.pay_toggle.isChecked()


def test_a_pay_hit_opens_pay_compared(window: MainWindow, catalog: Catalog) -> None:
    fact = next(fact for fact in catalog.industry if fact.topic == "pay")
    hits = search(build_index(catalog), " ".join(fact.text.split()[:6]))
    hit = next(hit for hit in hits if hit.entry.item_id == f"pay/{fact.id}")
    assert window.jump_to(hit)
    assert window.careers_tab.pay.isVisible()
    assert window.careers_tab.pay.textCursor().hasSelection()


def test_sources_name_each_page_by_title_site_and_address(
    window: MainWindow, catalog: Catalog, qtbot: QtBot
) -> None:
    dialog = window.show_sources()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(DocumentView)
    assert view is not None
    text = " ".join(view.toPlainText().split())
    for number, source in enumerate(catalog.sources, start=1):
        assert f"[{number}] “{source.title}”" in text
        if source.site:
            assert source.site in text
        if source.url:
            assert source.url in text
    assert f"{len(catalog.sources)} sources" in text
    dialog.close()


def test_the_overview_goes_to_each_of_its_parts(window: MainWindow) -> None:
    tab = window.overview_tab
    actions = tab.parts.place_actions()
    parts = [action.text() for action in actions]
    assert "How the models relate" in parts
    assert "Leading companies" in parts
    assert tab.parts.text() == "Go to a part of the overview…"
    scroll = tab.view.verticalScrollBar()
    assert scroll.value() == 0
    actions[parts.index("Leading companies")].trigger()
    assert scroll.value() > 0
    assert tab.view.textCursor().block().text() == "Leading companies"
    assert tab.view.hasFocus() or not window.isActiveWindow()


def test_the_roles_table_gives_entry_pay_in_short(catalog: Catalog) -> None:
    columns = {column.header: column for column in role_columns(catalog)}
    assert "Eligibility" not in columns  # a paragraph: the detail pane has it
    for role in catalog.roles:
        # A role's own entry figures, else its sector's (reference/pay.py's shown_bands).
        entry = [band for band in shown_bands(catalog, role) if band.level == "entry"]
        text = columns["Entry pay"].text(role)
        if not entry:
            assert text == "Not given in the sources"
            continue
        lows = [band.minimum for band in entry if band.minimum is not None]
        highs = [band.maximum for band in entry if band.maximum is not None]
        if lows and highs:
            assert text.startswith(f"INR {min(lows):g}–{max(highs):g} lakh per year"), text
        assert ("undated" in text) == any(band.year is None for band in entry)
        assert ("sector-wide" in text) == all(band.scope == "sector" for band in entry)

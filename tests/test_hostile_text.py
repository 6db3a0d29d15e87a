"""Hostile text in content is shown literally everywhere and never loads or links anything."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.documents.escaping import escape
from outsource_desktop.documents.render_html import figure_resource_name
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.master_detail import MasterDetailView
from tests.content_factory import minimal_content

# Fields shown to the reader; ids, dates, currencies and versions have strict forms.
SHORT_FIELDS = {
    "title",
    "label",
    "short_name",
    "full_name",
    "name",
    "unit",
    "author",
    "country",
    "site",
    "term",
    "stands_for",
    "value",
}
# Comparison values are at most this long: hostile text in them is cut to fit.
VALUE_LIMIT = 60
LONG_FIELDS = {"text", "question", "answer"}
LIST_FIELDS = {"examples", "sectors", "skills"}
LONG_WORD = "W" * 10_000
# Control characters (NUL, ESC...) are refused by validation
# (tests/test_hardening_content.py); these invisible characters are allowed.
INVISIBLE = "e\u0301\u200d\u00ad\u200b"
RTL_OVERRIDE = "\u202egnp.exe"


def hostile_strings(probe: Path) -> list[str]:
    return [
        "<b>bold</b><script>alert(1)</script>",
        f'<img src="{probe.as_uri()}">',
        f"<img src='{probe}' width=300>",
        '<a href="file:///etc/passwd">click me</a>',
        INVISIBLE,
        RTL_OVERRIDE,
        "&amp; &lt;tag&gt;",
    ]


def make_hostile(node: Any, hostile: list[str], counter: Iterator[int]) -> Any:
    """Append a hostile string to every text a reader sees; long texts get a long word too."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if isinstance(value, str) and key in SHORT_FIELDS | LONG_FIELDS:
                value = f"{value} {hostile[next(counter) % len(hostile)]}"
                if key == "value":
                    value = value[:VALUE_LIMIT]
                if key in LONG_FIELDS:
                    value += f" {LONG_WORD}"
            elif isinstance(value, list) and key in LIST_FIELDS:
                value = [*value, *hostile]
            else:
                value = make_hostile(value, hostile, counter)
            result[key] = value
        return result
    if isinstance(node, list):
        return [make_hostile(item, hostile, counter) for item in node]
    return node


@pytest.fixture
def probe(tmp_path: Path) -> Path:
    """A real image the <img> tags point at: loading it would show in the document."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    path = tmp_path / "probe.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def hostile_window(qtbot: QtBot, probe: Path, tmp_path: Path) -> MainWindow:
    application()
    data = make_hostile(minimal_content(), hostile_strings(probe), iter(range(10**6)))
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = MainWindow(load_catalog(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def assert_document_is_inert(view: QTextBrowser) -> None:
    """No link, and no image but the figures the app draws itself: every other
    fragment of the document is plain formatted text."""
    own_figures = {figure_resource_name(number) for number in range(10)}
    document: QTextDocument = view.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid():
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    assert char_format.toImageFormat().name() in own_figures
                assert not char_format.isAnchor(), fragment.text()
                assert not char_format.anchorHref()
            fragments += 1
        block = block.next()


def assert_resources_never_load(view: DocumentView, probe: Path) -> None:
    image = int(QTextDocument.ResourceType.ImageResource)
    for name in (probe.as_uri(), str(probe)):
        assert view.loadResource(image, QUrl(name)) is None
        loaded = view.document().resource(image, QUrl(name))
        assert isinstance(loaded, QImage), loaded
        assert loaded.isNull()


def table_text(model: QAbstractItemModel) -> str:
    return "\n".join(
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )


def tooltip_as_shown(tooltip: str) -> str:
    """What a tooltip displays: Qt renders it as rich text, as QToolTip does."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def assert_tooltips_are_literal(model: QAbstractItemModel) -> None:
    """A tooltip shows the cell's text (a comparison cell's explanation follows it)
    exactly as written: markup in it stays characters."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            shown = tooltip_as_shown(tip)
            assert shown.startswith(text)
            written = html.unescape(re.sub(r"^<p[^>]*>|</p>$", "", tip))
            assert shown == written


def test_hostile_text_is_literal_in_every_tab_and_pane(
    hostile_window: MainWindow, probe: Path, qtbot: QtBot
) -> None:
    window = hostile_window
    seen = [window.overview_tab.view.toPlainText()]
    assert_document_is_inert(window.overview_tab.view)
    assert_resources_never_load(window.overview_tab.view, probe)
    window.careers_tab.show_pay(True)
    seen.append(window.careers_tab.pay.toPlainText())
    assert_document_is_inert(window.careers_tab.pay)
    window.careers_tab.show_pay(False)
    tabs = (window.comparison_tab, window.services_tab, window.careers_tab, window.glossary_tab)
    for tab in tabs:
        window.tabs.setCurrentWidget(tab)
        master_detail = tab.findChild(MasterDetailView)
        assert master_detail is not None
        seen.append(table_text(master_detail.proxy))
        assert_tooltips_are_literal(master_detail.proxy)
        for row in range(master_detail.proxy.rowCount()):
            master_detail.select_row(row)
            qtbot.wait(1)  # let the pane lay out, and so try to load, what it shows
            seen.append(master_detail.detail.toPlainText())
            assert_document_is_inert(master_detail.detail)
            assert_resources_never_load(master_detail.detail, probe)
    everything = "\n".join(seen)
    for text in [*hostile_strings(probe), LONG_WORD]:
        assert text in everything, text
    # Markup stayed text: the literal tag is on screen, so nothing rendered it.
    comparison_label = window.comparison_tab.proxy.index(1, 0).data()
    assert comparison_label.startswith("Work ")
    assert comparison_label.removeprefix("Work ") in hostile_strings(probe)


def test_hostile_text_in_the_sources_and_about_dialogs(
    hostile_window: MainWindow, probe: Path, qtbot: QtBot
) -> None:
    sources = hostile_window.show_sources()
    qtbot.waitExposed(sources)
    view = sources.findChild(DocumentView)
    assert view is not None
    for source in hostile_window.catalog.sources:
        assert source.title in view.toPlainText()
        assert any(source.title.endswith(text) for text in hostile_strings(probe))
    assert_document_is_inert(view)
    sources.close()
    hostile_window.show_about()
    (about,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert about.textFormat() == Qt.TextFormat.PlainText
    about.close()


def test_the_view_loads_no_image_even_if_markup_slipped_through(qtbot: QtBot, probe: Path) -> None:
    # The second fence: were escaping ever lost, the image would still not load.
    view = DocumentView()
    qtbot.addWidget(view)
    view.setHtml(f'<p><img src="{probe.as_uri()}"><img src="{probe}"></p>')
    view.show()
    qtbot.waitExposed(view)
    assert_resources_never_load(view, probe)


def test_markup_is_escaped_exactly_as_the_html_module_escapes_it(probe: Path) -> None:
    """documents/escaping.py writes html.escape out (the start spares the html package)."""
    for text in [*hostile_strings(probe), 'it\'s "quoted" & <odd>', "&#x27;&quot;", ""]:
        assert escape(text) == html.escape(text)

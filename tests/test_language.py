"""The window in Hindi: chosen in View > Language or by the system, switched without a
restart, remembered; Qt's own dialogs in Hindi too."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from outsource_desktop.content.bundled import load_bundled_content
from outsource_desktop.export.translations import install_language
from outsource_desktop.gui.app import application, start_window
from outsource_desktop.gui.main_window import COMPARISON, OVERVIEW, MainWindow
from outsource_desktop.gui.settings import app_settings
from outsource_desktop.i18n import language_in_use, translate

HINDI_TITLE = "BPO, KPO और LPO की तुलना"


@pytest.fixture
def english_afterwards(qapp: object) -> Iterator[None]:
    """Translators are the application's: every test here leaves it English again."""
    application()
    yield
    install_language("en")


def hindi_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_standard_button_speaks_hindi(english_afterwards: None) -> None:
    install_language("hi")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ठीक है"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "रद्द करें"
    install_language("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert english.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"


def test_switching_to_hindi_needs_no_restart(qtbot: QtBot, english_afterwards: None) -> None:
    window = hindi_window(qtbot, MainWindow(load_bundled_content("en"), bundled=True))
    window.tabs.setCurrentIndex(COMPARISON)
    window.comparison_tab.set_models(("kpo", "lpo"))
    assert window.menus["file"].title() == "&File"

    window.menu_actions.languages["hi"].trigger()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "फ़ाइल (&F)")

    assert window.tabs.tabText(OVERVIEW) == "अवलोकन (&O)"
    assert window.menus["language"].title() == "भाषा (&L)"
    assert window.catalog.title == HINDI_TITLE
    assert window.overview_tab.view.shown_document().title == HINDI_TITLE  # type: ignore[union-attr]
    # Where the reader was, and what they chose, stay as they were.
    assert window.tabs.currentIndex() == COMPARISON
    assert window.comparison_tab.chosen_models() == ("kpo", "lpo")
    assert window.menu_actions.languages["hi"].isChecked()
    about = window.show_about()
    assert about.button(QMessageBox.StandardButton.Ok).text() == "ठीक है"
    assert about.windowTitle().endswith("के बारे में")
    about.close()

    window.menu_actions.languages["en"].trigger()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert window.catalog.title == "BPO, KPO and LPO compared"
    assert window.tabs.tabText(OVERVIEW) == "&Overview"


def test_every_hindi_menu_keeps_its_keys_apart(qtbot: QtBot, english_afterwards: None) -> None:
    install_language("hi")
    window = hindi_window(qtbot, MainWindow(load_bundled_content("hi"), bundled=True))
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in menus:
        keys = [
            action.text().split("&", 1)[1][0].casefold()
            for action in menu.actions()
            if "&" in action.text().replace("&&", "")
        ]
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    tab_keys = [window.tabs.tabText(index).split("&")[1][0] for index in range(window.tabs.count())]
    assert len(tab_keys) == len(set(tab_keys))


def test_a_file_the_reader_opened_stays_when_the_language_changes(
    qtbot: QtBot, english_afterwards: None, write_json: object, small_data: dict[str, object]
) -> None:
    from outsource_desktop.content.loader import load_catalog

    window = hindi_window(qtbot, MainWindow(load_bundled_content("en"), bundled=True))
    path = write_json(small_data)  # type: ignore[operator]
    assert window.open_content(path)
    shown = window.catalog
    assert shown == load_catalog(path)
    window.set_language("hi")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "फ़ाइल (&F)")
    assert window.catalog == shown  # the interface changed; the reader's content did not


def test_the_chosen_language_survives_a_restart(qtbot: QtBot, english_afterwards: None) -> None:
    first = hindi_window(qtbot, start_window(None, app_settings()))
    assert language_in_use() == "en"  # this test's system is English
    first.set_language("hi")
    qtbot.waitUntil(lambda: first.catalog.title == HINDI_TITLE)
    first.close()
    install_language("en")  # as a new process starts: no translator yet

    second = hindi_window(qtbot, start_window(None, app_settings()))
    assert language_in_use() == "hi"
    assert second.menus["file"].title() == "फ़ाइल (&F)"
    assert second.catalog.title == HINDI_TITLE
    assert second.menu_actions.languages["hi"].isChecked()
    second.set_language("system")  # back to the system's, English here
    qtbot.waitUntil(lambda: second.menus["file"].title() == "&File")
    assert second.catalog.title == "BPO, KPO and LPO compared"


def run_probe(code: str, **environment: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


PROBE = """
from outsource_desktop.gui.app import application, start_window
from outsource_desktop.gui.settings import app_settings
from outsource_desktop.i18n import language_in_use
application()
window = start_window(None, app_settings())
print(language_in_use(), window.menus["file"].title(), window.catalog.title, sep="|")
"""


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("hi_IN.UTF-8", f"hi|फ़ाइल (&F)|{HINDI_TITLE}"),
        ("en_IN.UTF-8", "en|&File|BPO, KPO and LPO compared"),
    ],
)
def test_the_system_locale_picks_the_language(locale: str, expected: str) -> None:
    assert run_probe(PROBE, LANG=locale, LC_ALL=locale) == expected


def test_translate_is_english_as_written_until_a_language_is_installed() -> None:
    assert language_in_use() == "en"
    assert translate("Menus", "&File") == "&File"


SNAPSHOT_PROBE = """
import sys
from outsource_desktop.gui.app import application, start_window
from outsource_desktop.gui.settings import app_settings
application()
window = start_window(None, app_settings())
window.overview_tab.view.grab()  # its first frame, drawn without running the event loop
loaded = "outsource_desktop.content.models" in sys.modules
shown_title = window.overview_tab.view.document().firstBlock().text()
print(shown_title, loaded, window.catalog.title, sep="|")
"""


@pytest.mark.parametrize(
    ("locale", "title"),
    [("hi_IN.UTF-8", HINDI_TITLE), ("en_IN.UTF-8", "BPO, KPO and LPO compared")],
)
def test_the_window_opens_on_its_languages_own_overview_snapshot(locale: str, title: str) -> None:
    """Each language's window shows its first Overview from that language's snapshot
    (documents/overview_snapshot.py), before any content class is loaded; the content
    it loads after is the same language's."""
    assert run_probe(SNAPSHOT_PROBE, LANG=locale, LC_ALL=locale) == f"{title}|False|{title}"

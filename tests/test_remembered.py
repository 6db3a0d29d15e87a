"""Settings the window remembers between runs, in a temporary settings folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.settings import app_settings, settings_path


@pytest.fixture
def open_window(qtbot: QtBot, catalog: Catalog) -> object:
    application()

    def open_window() -> MainWindow:
        window = MainWindow(catalog)
        qtbot.addWidget(window)
        window.remember_in(app_settings())
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_window


def test_settings_live_in_the_temporary_folder(private_user_folders: Path) -> None:
    assert settings_path().is_relative_to(private_user_folders)


def test_choices_survive_a_restart(open_window: object) -> None:
    first: MainWindow = open_window()  # type: ignore[operator]
    # The offscreen screen is 800x800 and the window is wider than that at least,
    # so only the height can show that the size came back.
    first.resize(first.width(), 560)
    size = first.size()
    first.tabs.setCurrentWidget(first.comparison_tab)
    first.comparison_tab.set_models(("kpo", "lpo"))
    first.comparison_tab.differences_only.setChecked(True)
    first.set_zoom(3)
    first.set_theme("dark")
    first.set_paper("letter")
    first.close()

    second: MainWindow = open_window()  # type: ignore[operator]
    assert second.size().height() == size.height() == 560

    assert second.tabs.currentWidget() is second.comparison_tab
    assert second.comparison_tab.chosen_models() == ("kpo", "lpo")
    assert second.comparison_tab.differences_only.isChecked()
    assert second.zoom_steps == 3
    assert second.theme == "dark"
    assert second.menu_actions.themes["dark"].isChecked()
    assert second.paper == "letter"
    second.set_theme("light")
    second.close()


def test_nonsense_values_fall_back_to_defaults(open_window: object) -> None:
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    for key, value in {
        "window/tab": "seven",
        "comparison/models": "kpo,kpo,xpo",
        "view/zoom": "999",
        "view/theme": "purple",
        "print/paper": "A0",
        "window/geometry": "not bytes",
    }.items():
        settings.setValue(key, value)
    settings.sync()
    window: MainWindow = open_window()  # type: ignore[operator]
    assert window.tabs.currentIndex() == 0
    assert window.comparison_tab.chosen_models() == ("bpo", "kpo", "lpo")
    assert window.zoom_steps == 12  # clamped to the largest zoom
    assert window.theme == "system"
    assert window.paper == "auto"
    window.close()


def test_zoom_scales_content_text(open_window: object) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    base = window.comparison_tab.table.font().pointSizeF()
    window.menu_actions.zoom_in.trigger()
    window.menu_actions.zoom_in.trigger()
    assert window.comparison_tab.table.font().pointSizeF() == base + 2
    assert window.overview_tab.view.font().pointSizeF() == base + 2
    assert window.menuBar().font().pointSizeF() == base  # menus keep their size
    window.menu_actions.zoom_reset.trigger()
    assert window.comparison_tab.table.font().pointSizeF() == base
    window.close()


def test_dark_theme_changes_palette_and_document_colours(open_window: object) -> None:
    window: MainWindow = open_window()  # type: ignore[operator]
    window.menu_actions.themes["dark"].trigger()
    QApplication.processEvents()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80
    html = window.overview_tab.view.toHtml()
    assert "#000000" not in html.split("<body")[1][:400]  # no black text on dark ground
    # A style sheet would freeze a widget's colours at the old theme's.
    assert not [w for w in window.findChildren(QWidget) if w.styleSheet()]
    window.menu_actions.themes["light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    window.close()


def test_comparison_choices_wait_for_the_comparison_tab(open_window: object) -> None:
    """The comparison is built when first shown; what was remembered applies then,
    and a session that never opens it keeps the remembered choices."""
    first: MainWindow = open_window()  # type: ignore[operator]
    first.tabs.setCurrentWidget(first.comparison_tab)
    first.comparison_tab.set_models(("lpo", "bpo"))
    first.comparison_tab.differences_only.setChecked(True)
    first.tabs.setCurrentIndex(0)
    first.close()

    second: MainWindow = open_window()  # type: ignore[operator]
    assert second.tabs.currentIndex() == 0
    assert not second.tabs.is_built(1)  # the Comparison tab, not yet opened
    second.close()

    third: MainWindow = open_window()  # type: ignore[operator]
    third.tabs.setCurrentIndex(1)
    assert third.tabs.currentWidget() is third.comparison_tab
    assert third.comparison_tab.chosen_models() == ("lpo", "bpo")
    assert third.comparison_tab.differences_only.isChecked()
    third.close()

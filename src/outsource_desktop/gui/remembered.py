"""What the window remembers between runs, read and written through QSettings.

Every value is checked on the way in: a hand-edited or stale settings file can
only ever fall back to defaults, never stop the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from outsource_desktop.gui.appearance import THEME_CHOICES, ThemeChoice
from outsource_desktop.pdf import PAPER_CHOICES, PaperChoice

if TYPE_CHECKING:
    from outsource_desktop.gui.main_window import MainWindow

GEOMETRY = "window/geometry"
STATE = "window/state"
TAB = "window/tab"
MODELS = "comparison/models"
DIFFERENCES_ONLY = "comparison/differences_only"
ZOOM = "view/zoom"
THEME = "view/theme"
PAPER = "print/paper"

Choice = TypeVar("Choice", bound=str)


def _text(settings: QSettings, key: str) -> str:
    value: Any = settings.value(key, "")
    return value if isinstance(value, str) else ""


def _choice(settings: QSettings, key: str, choices: tuple[Choice, ...], default: Choice) -> Choice:
    value = _text(settings, key)
    return next((choice for choice in choices if choice == value), default)


def _whole_number(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(_text(settings, key) or default)
    except ValueError:
        return default


def restore(window: MainWindow, settings: QSettings) -> None:
    geometry = settings.value(GEOMETRY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value(STATE)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    theme: ThemeChoice = _choice(settings, THEME, THEME_CHOICES, "system")
    window.set_theme(theme)
    paper: PaperChoice = _choice(settings, PAPER, PAPER_CHOICES, "auto")
    window.set_paper(paper)
    window.set_zoom(_whole_number(settings, ZOOM, 0))
    known = {model.id for model in window.catalog.models}
    models = tuple(item for item in _text(settings, MODELS).split(",") if item in known)
    if len(models) >= 2 and len(set(models)) == len(models):
        window.comparison_tab.set_models(models[:3])
    window.comparison_tab.differences_only.setChecked(_text(settings, DIFFERENCES_ONLY) == "true")
    tab = _whole_number(settings, TAB, 0)
    if 0 <= tab < window.tabs.count():
        window.tabs.setCurrentIndex(tab)


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(TAB, str(window.tabs.currentIndex()))
    settings.setValue(MODELS, ",".join(window.comparison_tab.chosen_models()))
    settings.setValue(
        DIFFERENCES_ONLY, "true" if window.comparison_tab.differences_only.isChecked() else "false"
    )
    settings.setValue(ZOOM, str(window.zoom_steps))
    settings.setValue(THEME, window.theme)
    settings.setValue(PAPER, window.paper)
    settings.sync()

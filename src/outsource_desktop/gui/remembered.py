"""What the window remembers between runs, read and written through QSettings.

Every value is checked on the way in: a hand-edited or stale settings file can
only ever fall back to defaults, never stop the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from outsource_desktop.export.paper import PAPER_CHOICES, PaperChoice
from outsource_desktop.gui.appearance import THEME_CHOICES, ThemeChoice

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
    usable = len(models) >= 2 and len(set(models)) == len(models)
    differences_only = _text(settings, DIFFERENCES_ONLY) == "true"
    window.set_comparison_preferences((models[:3] if usable else None, differences_only))
    tab = _whole_number(settings, TAB, 0)
    if 0 <= tab < window.tabs.count():
        window.tabs.setCurrentIndex(tab)


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(TAB, str(window.tabs.currentIndex()))
    models, differences_only = window.comparison_preferences()
    if models is not None:
        settings.setValue(MODELS, ",".join(models))
    settings.setValue(DIFFERENCES_ONLY, "true" if differences_only else "false")
    settings.setValue(ZOOM, str(window.zoom_steps))
    settings.setValue(THEME, window.theme)
    settings.setValue(PAPER, window.paper)
    settings.sync()

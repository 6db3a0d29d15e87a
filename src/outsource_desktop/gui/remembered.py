"""What the window remembers between runs, read and written through QSettings.

Every value is checked on the way in: a hand-edited or stale settings file can
only ever fall back to defaults, never stop the app.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from outsource_desktop.export.paper import PAPER_CHOICES, PaperChoice
from outsource_desktop.gui.appearance import THEME_CHOICES, ThemeChoice
from outsource_desktop.gui.language import LANGUAGE_CHOICES, LanguageChoice

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "window/geometry"
STATE = "window/state"
TAB = "window/tab"
MODELS = "comparison/models"
DIFFERENCES_ONLY = "comparison/differences_only"
ZOOM = "view/zoom"
THEME = "view/theme"
PAPER = "print/paper"
LANGUAGE = "view/language"

Choice = TypeVar("Choice", bound=str)


class Remembered(NamedTuple):
    """The window's choices, as checked values (a named tuple, as it is read before the
    first frame: defining a frozen dataclass costs several times more)."""

    geometry: QByteArray | None = None
    state: QByteArray | None = None
    tab: int = 0
    models: tuple[str, ...] | None = None  # None: the content's own models
    differences_only: bool = False
    zoom: int = 0
    theme: ThemeChoice = "system"
    paper: PaperChoice = "auto"
    language: LanguageChoice = "system"


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


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    from PySide6.QtCore import QByteArray

    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None


def read(settings: QSettings, known_models: Collection[str]) -> Remembered:
    """What `settings` holds; models other than `known_models` (the content's) are dropped."""
    models = tuple(item for item in _text(settings, MODELS).split(",") if item in known_models)
    usable = len(models) >= 2 and len(set(models)) == len(models)
    return Remembered(
        geometry=_bytes(settings, GEOMETRY),
        state=_bytes(settings, STATE),
        tab=_whole_number(settings, TAB, 0),
        models=models[:3] if usable else None,
        differences_only=_text(settings, DIFFERENCES_ONLY) == "true",
        zoom=_whole_number(settings, ZOOM, 0),
        theme=_choice(settings, THEME, THEME_CHOICES, "system"),
        paper=_choice(settings, PAPER, PAPER_CHOICES, "auto"),
        language=language_choice(settings),
    )


def language_choice(settings: QSettings) -> LanguageChoice:
    """The language the reader chose; read on its own, before the window is built."""
    return _choice(settings, LANGUAGE, LANGUAGE_CHOICES, "system")


def write_language(settings: QSettings, choice: LanguageChoice) -> None:
    """Kept at once: a language is chosen seldom, and should hold even if the app stops."""
    settings.setValue(LANGUAGE, choice)
    settings.sync()


def write(settings: QSettings, remembered: Remembered) -> None:
    if remembered.geometry is not None:
        settings.setValue(GEOMETRY, remembered.geometry)
    if remembered.state is not None:
        settings.setValue(STATE, remembered.state)
    settings.setValue(TAB, str(remembered.tab))
    if remembered.models is not None:
        settings.setValue(MODELS, ",".join(remembered.models))
    settings.setValue(DIFFERENCES_ONLY, "true" if remembered.differences_only else "false")
    settings.setValue(ZOOM, str(remembered.zoom))
    settings.setValue(THEME, remembered.theme)
    settings.setValue(PAPER, remembered.paper)
    settings.setValue(LANGUAGE, remembered.language)
    settings.sync()

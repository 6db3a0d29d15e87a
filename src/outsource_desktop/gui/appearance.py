"""Light and dark themes and the zoom of content text.

Qt 6 reports the desktop's colour scheme through its style hints, but not every
platform applies it to the palette (the offscreen and plain X11 ones do not), so
the palette is set here: the style's own for light, a dark one built on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QWidget

ThemeChoice = Literal["system", "light", "dark"]
THEME_CHOICES: tuple[ThemeChoice, ...] = ("system", "light", "dark")

ZOOM_MIN, ZOOM_MAX = -4, 12  # points added to the base text size


def system_prefers_dark() -> bool:
    """Asks the platform. The first use of any enum of Qt's `Qt` namespace (here the colour
    scheme) makes PySide6 build all of its Python enums, ~14 ms: so `Qt` is imported only
    here, and the main window asks only once it is usable (issue #16)."""
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette(base: QPalette) -> QPalette:
    # Qt's classes are imported where used: each one PySide6 meets first costs the
    # window's first frame a little, and only a dark theme needs these.
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(base)
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b",
        roles.WindowText: "#e8e8e8",
        roles.Base: "#1f1f1f",
        roles.AlternateBase: "#2a2a2a",
        roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#f0f0f0",
        roles.PlaceholderText: "#9a9a9a",
        roles.Text: "#e8e8e8",
        roles.Button: "#353535",
        roles.ButtonText: "#e8e8e8",
        roles.BrightText: "#ff6b6b",
        roles.Link: "#8ab4f8",
        roles.Highlight: "#3d7dd8",
        roles.HighlightedText: "#ffffff",
        roles.Mid: "#444444",
        roles.Dark: "#1a1a1a",
        roles.Light: "#505050",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def effective_theme(choice: ThemeChoice) -> Literal["light", "dark"]:
    if choice == "system":
        return "dark" if system_prefers_dark() else "light"
    return choice


_palette_changed = False


def apply_theme(choice: ThemeChoice) -> Literal["light", "dark"]:
    """Set the application palette for `choice`; returns the theme now in use."""
    global _palette_changed
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = effective_theme(choice)
    if theme == "light" and not _palette_changed:
        # The style's own palette is still in place: leave it. Asking the
        # style for it would create QStyle's Python enums, ~5 ms of every start.
        return theme
    light = app.style().standardPalette()
    app.setPalette(dark_palette(light) if theme == "dark" else light)
    _palette_changed = True
    return theme


def apply_zoom(widget: QWidget, base: QFont, steps: int) -> int:
    """Scale the text under `widget` by `steps` points; returns the clamped steps."""
    from PySide6.QtGui import QFont

    steps = max(ZOOM_MIN, min(ZOOM_MAX, steps))
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() + steps))
    widget.setFont(font)
    return steps

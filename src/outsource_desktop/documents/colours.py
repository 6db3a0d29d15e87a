"""The colours a rendered document is drawn in: the screen's follow the theme, print's are light.

A named tuple rather than a dataclass: the window's first frame needs these
colours to pick its stored Overview (documents/overview_snapshot.py), and a
named tuple costs a fraction of a frozen dataclass to define at start-up.
"""

from __future__ import annotations

from typing import NamedTuple


class HtmlColours(NamedTuple):
    """Colours of a rendered document, each as "#rrggbb"."""

    text: str = "#000000"
    muted: str = "#555555"
    references: str = "#1a5fb4"
    border: str = "#999999"
    header_background: str = "#e8e8e8"
    group_background: str = "#f2f2f2"
    difference_background: str = "#fff3c4"


# Printed and exported output is always light, whatever the screen's theme.
PRINT_COLOURS = HtmlColours()

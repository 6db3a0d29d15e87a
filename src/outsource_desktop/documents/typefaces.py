"""The typefaces documents are set in, on screen, on paper and in exported HTML.

DejaVu Sans has no Devanagari, so text with Hindi in it is set in Noto Sans
Devanagari first, with DejaVu Sans for the Latin letters Noto lacks (its digits
and punctuation are drawn to match its Devanagari). The order matters to Qt as
well: given DejaVu first, it tries DejaVu for every Devanagari run, logs that
the font cannot shape it, and only then falls back. Both fonts are bundled and
registered by export/fonts.py.
"""

from __future__ import annotations

import re

LATIN_FAMILY = "DejaVu Sans"
DEVANAGARI_FAMILY = "Noto Sans Devanagari"

_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff]")


def font_families(text: str) -> tuple[str, ...]:
    """The families, in order, to set a document whose text is `text` in."""
    if _DEVANAGARI.search(text):
        return (DEVANAGARI_FAMILY, LATIN_FAMILY)
    return (LATIN_FAMILY,)


def css_font_families(families: tuple[str, ...]) -> str:
    return ", ".join([*(f"'{family}'" for family in families), "sans-serif"])

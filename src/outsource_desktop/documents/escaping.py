"""Text made safe inside HTML and SVG markup, exactly as `html.escape(text)` makes it.

Written out here because importing the `html` package builds its table of over
2,000 named character references, ~2 ms of the first frame (issue #16), for
one short function. tests/test_hostile_text.py holds the two equal.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """`text` with &, <, >, " and ' replaced by character references (& first)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )

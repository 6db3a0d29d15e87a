"""Keeping text that runs right to left, or overrides direction, from reordering its neighbours.

Every renderer passes each string through `isolated`, and content joined with
other text into one string is isolated piece by piece where it is joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters that reorder the text around them: explicit embeddings, overrides
# and isolates (U+202A-U+202E, U+2066-U+2069), and the right-to-left scripts'
# blocks, whose runs pull neighbouring marks such as "[1]" to their side.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_RIGHT_TO_LEFT = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff"
_REORDERS = re.compile(f"[{_BIDI_CONTROLS}{_RIGHT_TO_LEFT}]")
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")


def isolated(text: str) -> str:
    """`text` as a bidirectional isolate when it could reorder what surrounds it.

    An override such as U+202E in one cell or sentence of content would
    otherwise run on into the next ("exe.png" for "gnp.exe", a citation mark
    moved, a neighbouring cell reversed). Within an isolate it can only reorder
    its own text, which is shown as written. The text's own isolates are
    balanced first, so a stray closing mark cannot end ours early.
    """
    if text.isascii() or not _REORDERS.search(text):
        return text
    kept: list[str] = []
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            if depth == 0:
                continue  # it would close the isolate around the text
            depth -= 1
        kept.append(char)
    closing = POP_DIRECTIONAL_ISOLATE * (depth + 1)
    return f"{FIRST_STRONG_ISOLATE}{''.join(kept)}{closing}"


def joined(separator: str, texts: Iterable[str]) -> str:
    """Content texts in one string, each isolated so none can reorder the next."""
    return separator.join(isolated(text) for text in texts)

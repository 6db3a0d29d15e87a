"""The languages the app is published in: each has its own content file and interface.

English is the original: the Hindi content is translated from it
(scripts/translate-content.py) and keeps its ids, sources and structure.
"""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "hi"]
LANGUAGES: tuple[Language, ...] = ("en", "hi")
DEFAULT_LANGUAGE: Language = "en"
# Each language's name written in that language, as a reader looks for it in a menu.
NATIVE_NAMES: dict[Language, str] = {"en": "English", "hi": "हिन्दी"}


def language_named(code: str) -> Language | None:
    """The language of a code such as "hi", "hi_IN" or "en-GB"; None for any other."""
    prefix = code.replace("-", "_").split("_", 1)[0].casefold()
    return next((language for language in LANGUAGES if language == prefix), None)

"""Which language the window speaks: the reader's choice (View > Language), or the system's."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QLocale

from outsource_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, language_named

LanguageChoice = Literal["system", "en", "hi"]
LANGUAGE_CHOICES: tuple[LanguageChoice, ...] = ("system", *LANGUAGES)


def system_language() -> Language:
    """Hindi where the system's locale is Hindi (hi_IN), else English."""
    return language_named(QLocale.system().name()) or DEFAULT_LANGUAGE


def effective_language(choice: LanguageChoice) -> Language:
    return system_language() if choice == "system" else choice

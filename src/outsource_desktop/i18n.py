"""The languages the app speaks, and `translate`, the one call that marks a text to translate.

    translate("Documents", "Key points")
    translate("Documents", "Same as {model}").format(model=name)

pyside6-lupdate collects these calls, as it collects Qt's tr() and
QCoreApplication.translate(), into translations/outsource_desktop_hi.ts
(scripts/update-translations.sh). The rooms below the GUI import no Qt, so
the look-up is plugged in here: once a language's translations are installed
(export/translations.py plugs in QCoreApplication.translate), `translate` asks
Qt; until then, and in English, a text stays as written. A text with
{placeholders} is translated first and formatted after, so a translation can
put them where its grammar wants them.

It sits outside the rooms, like the app's name and version, as every room
shows words; it imports nothing of the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import datetime as dt

Language = Literal["en", "hi"]
LANGUAGES: tuple[Language, ...] = ("en", "hi")
# English is the original: the content and the interface are translated from it.
DEFAULT_LANGUAGE: Language = "en"
# Each language's name in that language, as a reader looks for it in a menu.
NATIVE_NAMES: dict[Language, str] = {"en": "English", "hi": "हिन्दी"}

Lookup = Callable[[str, str], str]


def _as_written(_context: str, text: str) -> str:
    return text


_lookup: Lookup = _as_written
_language: Language = DEFAULT_LANGUAGE


def translate(context: str, text: str) -> str:
    """`text` (of `context`, as lupdate groups it) in the language in use."""
    return _lookup(context, text)


def language_in_use() -> Language:
    return _language


def use_language(language: Language, lookup: Lookup | None) -> None:
    """From now on, speak `language`, looking texts up with `lookup` (None: as written)."""
    global _lookup, _language
    _language = language
    _lookup = lookup or _as_written


def language_named(code: str) -> Language | None:
    """The language of a code such as "hi", "hi_IN" or "en-GB"; None for any other."""
    prefix = code.replace("-", "_").split("_", 1)[0].casefold()
    return next((language for language in LANGUAGES if language == prefix), None)


def month_name(month: int) -> str:
    """The month's name (1 is January) in the language in use."""
    names = (
        translate("Dates", "January"),
        translate("Dates", "February"),
        translate("Dates", "March"),
        translate("Dates", "April"),
        translate("Dates", "May"),
        translate("Dates", "June"),
        translate("Dates", "July"),
        translate("Dates", "August"),
        translate("Dates", "September"),
        translate("Dates", "October"),
        translate("Dates", "November"),
        translate("Dates", "December"),
    )
    return names[month - 1]


def day_and_month(date: dt.date) -> str:
    """'3 December', in the language in use."""
    return translate("Dates", "{day} {month}").format(day=date.day, month=month_name(date.month))


def long_date(date: dt.date) -> str:
    """'3 December 2026', in the language in use."""
    return translate("Dates", "{day} {month} {year}").format(
        day=date.day, month=month_name(date.month), year=date.year
    )

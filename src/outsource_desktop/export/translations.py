"""Speaking a language: its compiled translations installed into Qt, and plugged into
`translate` (outsource_desktop.i18n) for the rooms that import no Qt.

Here, in the lowest room that may use Qt, because the window and the command
line's exports both need it. Installing a translator makes Qt send every widget
a LanguageChange event: the window rebuilds its words on it (gui/main_window.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from outsource_desktop.content.assets import TRANSLATION_FILES, resource_path
from outsource_desktop.i18n import Language, use_language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install_language(language: Language) -> bool:
    """Speak `language` from now on; False if its translations are missing (then the
    interface stays English). Needs the application object to exist."""
    from PySide6.QtCore import QTranslator  # English, the usual start, installs none

    application = QCoreApplication.instance()
    assert application is not None, "create the application first"
    while _installed:
        application.removeTranslator(_installed.pop())
    translators = []
    for relative in TRANSLATION_FILES[language]:
        translator = QTranslator(application)
        path = resource_path(relative)
        if not translator.load(str(path)):
            log.warning("No translations at %s (scripts/bootstrap.sh builds them)", path)
            use_language(language, None)
            return False
        translators.append(translator)
    for translator in translators:
        application.installTranslator(translator)
        _installed.append(translator)
    use_language(language, QCoreApplication.translate if translators else None)
    return True

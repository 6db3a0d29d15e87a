"""The app's settings: one INI file in the user's config folder, never fatal.

Other features store what they remember here through `app_settings()`. The
file's path is worked out on every call from the platform's config location
(on Linux `$XDG_CONFIG_HOME`, so tests point it at a temporary folder by
setting that variable). A corrupt or unreadable file is moved aside, kept for
the user as `<name>.corrupt`, and the app starts from defaults.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from outsource_desktop import APP_NAME, ORGANISATION

# Qt writes settings as UTF-8 text of a few kilobytes; a file far larger than
# this is not one of ours, and reading it all to check it would waste memory.
MAX_SETTINGS_BYTES = 1024 * 1024
CORRUPT_SUFFIX = ".corrupt"

log = logging.getLogger(__name__)


def settings_path() -> Path:
    """Where the settings live: the same file QSettings(IniFormat, UserScope) would use."""
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / ORGANISATION / f"{APP_NAME}.ini"


def app_settings() -> QSettings:
    path = settings_path()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() == QSettings.Status.NoError and not looks_corrupt(path):
        return settings
    del settings  # let go of the file before moving it
    set_aside(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def looks_corrupt(path: Path) -> bool:
    """Damage QSettings reads without complaint: binary junk, e.g. NULs after a crash."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return False  # first run: nothing to check
    except OSError:
        return True
    if len(data) > MAX_SETTINGS_BYTES or b"\0" in data:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def set_aside(path: Path) -> None:
    kept = path.with_name(path.name + CORRUPT_SUFFIX)
    try:
        path.replace(kept)
    except OSError as error:
        log.warning("Settings file %s is damaged and could not be moved aside: %s", path, error)
        return
    log.warning("Settings file %s was damaged; kept it as %s and started afresh", path, kept)

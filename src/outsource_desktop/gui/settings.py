"""The app's settings: one INI file in the user's config folder, never fatal.

Other features store what they remember here through `app_settings()`. The
file's path is worked out on every call from the platform's config location
(on Linux `$XDG_CONFIG_HOME`, so tests point it at a temporary folder by
setting that variable). A corrupt or unreadable file, or something that is not
a file at all (a folder, a pipe that would block the start), is moved aside,
kept for the user as `<name>.corrupt` (`.corrupt.2` and on when that is taken,
so an earlier damaged file is never lost), and the app starts from defaults.
"""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from outsource_desktop import APP_NAME, ORGANISATION

# Qt writes settings as UTF-8 text of a few kilobytes; a file far larger than
# this is not one of ours, and reading it all to check it would waste memory.
MAX_SETTINGS_BYTES = 1024 * 1024
CORRUPT_SUFFIX = ".corrupt"
# Damaged files kept at most; past this the oldest name is reused.
MAX_KEPT_CORRUPT = 100

log = logging.getLogger(__name__)


def settings_path() -> Path:
    """Where the settings live: the same file QSettings(IniFormat, UserScope) would use."""
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / ORGANISATION / f"{APP_NAME}.ini"


def app_settings() -> QSettings:
    path = settings_path()
    # Checked before QSettings opens it: Qt would block for ever reading a pipe.
    if not is_regular_or_absent(path):
        set_aside(path)
        return QSettings(str(path), QSettings.Format.IniFormat)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() == QSettings.Status.NoError and not looks_corrupt(path):
        return settings
    del settings  # let go of the file before moving it
    set_aside(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def is_regular_or_absent(path: Path) -> bool:
    """Whether `path` is a plain file (through any links) or nothing at all."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return True  # first run (or a link to a file not made yet): Qt creates it
    except OSError:
        return False


def looks_corrupt(path: Path) -> bool:
    """Damage QSettings reads without complaint: binary junk, e.g. NULs after a crash."""
    if not is_regular_or_absent(path):  # it may have changed since the first look
        return True
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


def kept_name(path: Path) -> Path:
    """The first free name to keep a damaged file under: `.corrupt`, `.corrupt.2`, ..."""
    candidates = [path.with_name(path.name + CORRUPT_SUFFIX)] + [
        path.with_name(f"{path.name}{CORRUPT_SUFFIX}.{number}")
        for number in range(2, MAX_KEPT_CORRUPT + 1)
    ]
    free = [candidate for candidate in candidates if not _exists(candidate)]
    if free:
        return free[0]
    return min(candidates, key=_modified)


def _exists(path: Path) -> bool:
    try:
        path.lstat()
    except FileNotFoundError:
        return False
    except OSError:
        return True  # whatever it is, it is not free to use
    return True


def _modified(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def set_aside(path: Path) -> None:
    kept = kept_name(path)
    try:
        path.replace(kept)
    except OSError as error:
        log.warning("Settings file %s is damaged and could not be moved aside: %s", path, error)
        return
    log.warning("Settings file %s was damaged; kept it as %s and started afresh", path, kept)

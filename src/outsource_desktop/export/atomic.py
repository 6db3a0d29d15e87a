"""Writing export files so that a failure never damages what was there before.

A file is written to a temporary file beside it and renamed into place. What
the path names decides how: a symbolic link is followed, so its target is the
file replaced; a character device such as /dev/null or /dev/stdout, or a pipe
something reads (/dev/stdout piped on), is written into, as a shell's `>`
would; a pipe nothing reads, a socket, a block device or a folder is refused
in words, never replaced by a plain file. Every file-system call is inside
the error handling, so any failure is one `ExportError`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from outsource_desktop.content.problems import printable

if sys.platform != "win32":
    import fcntl

# A temporary file is `.NAME.XXXXXXXX.part`: mkstemp's eight random characters.
PART_PREFIX = "."
PART_SUFFIX = ".part"
_RANDOM_PART = "[a-z0-9_]{8}"
# The longest file name most file systems allow, in bytes, when the folder's own
# limit cannot be read.
DEFAULT_NAME_MAX = 255
# A temporary file left by a killed export is removed once nobody holds it and it
# has not changed for this long; a younger one may belong to an export that has
# only just created it and not yet taken its lock.
STALE_PART_SECONDS = 60.0


class ExportError(Exception):
    """An export that could not be written; `str()` is one line for the reader."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        # The path is the reader's own input: a newline in it must not forge a line.
        super().__init__(f"Could not write {printable(str(path), limit=None)}: {reason}")


_REASONS = {
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EACCES: "permission denied: the folder is not writable",
    errno.EPERM: "permission denied: the folder is not writable",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is too large for this disk or account",
    errno.EISDIR: "the path is a folder",
    errno.ENAMETOOLONG: "the file name is too long for this disk",
    errno.ELOOP: "the path is a loop of symbolic links",
}


def describe(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def _kind_of(mode: int) -> str | None:
    """What a path that cannot take a file is, in words; None for one that can."""
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device"
    return None


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one.

    Raises `ExportError`, with nothing at `path` changed, on any failure.
    """
    try:
        status: os.stat_result | None = path.stat()  # follows links, as writing does
    except FileNotFoundError:
        status = None  # nothing there yet, or a link to nothing
    except OSError as error:
        raise ExportError(path, describe(error)) from None
    except ValueError:  # a NUL byte, which no file system allows in a name
        raise ExportError(path, "this is not a valid file name") from None
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise ExportError(path, "the path is a folder; choose a file name")
        if stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode):
            _write_into_stream(path, data)
            return
        kind = _kind_of(status.st_mode)
        if kind is not None:
            raise ExportError(path, f"the path is {kind}, not a file; choose a file name")
    # A link is replaced by its target's new content, not by a plain file.
    target = Path(os.path.realpath(path))
    # An existing file keeps its permissions; a new one gets a document's usual
    # ones (mkstemp would leave it readable by its owner only).
    mode = stat.S_IMODE(status.st_mode) if status is not None else 0o644
    _replace_file(path, target, data, mode)


def _write_into_stream(path: Path, data: bytes) -> None:
    """Write into a character device or a pipe, as a shell's `>` would."""
    try:
        # Non-blocking: a pipe nothing reads fails at once (ENXIO) instead of
        # hanging the export, as it would with a plain open.
        handle = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise ExportError(
                path, "the path is a named pipe (FIFO) that nothing reads; choose a file name"
            ) from None
        raise ExportError(path, describe(error)) from None
    try:
        mode = os.fstat(handle).st_mode
        if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):  # swapped since stat()
            raise ExportError(path, f"the path is {_kind_of(mode) or 'no longer a device'}")
        os.set_blocking(handle, True)
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    except OSError as error:
        raise ExportError(path, describe(error)) from None
    finally:
        os.close(handle)


def _replace_file(path: Path, target: Path, data: bytes, mode: int) -> None:
    folder = target.parent
    prefix = part_prefix(target)
    temporary: Path | None = None
    try:
        remove_stale_parts(target)
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=PART_SUFFIX, dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            _hold(stream.fileno())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            temporary.chmod(mode)
            temporary.replace(target)
            temporary = None
    except OSError as error:
        raise ExportError(path, describe(error)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _hold(handle: int) -> None:
    """Lock a temporary file while it is written, so a cleaner knows it is in use.

    The kernel drops the lock when the process ends however it ends (SIGKILL
    too), which is what tells a stale file from a live one.
    """
    if sys.platform != "win32":
        fcntl.flock(handle, fcntl.LOCK_EX)


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no such call on Windows
        return DEFAULT_NAME_MAX


def part_prefix(target: Path) -> str:
    """`.NAME.`, with NAME cut so the whole temporary name fits the folder's limit.

    Without the cut, a legal 250-byte name would be refused: its temporary
    name is fifteen bytes longer.
    """
    room = _name_max(target.parent) - len(PART_PREFIX) - 1 - 8 - len(PART_SUFFIX)
    name = os.fsencode(target.name)[: max(room, 1)]
    return f"{PART_PREFIX}{os.fsdecode(name)}."


def _stale_candidates(target: Path) -> Iterator[Path]:
    pattern = re.compile(re.escape(part_prefix(target)) + _RANDOM_PART + re.escape(PART_SUFFIX))
    with os.scandir(target.parent) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name):
                yield Path(entry.path)


def remove_stale_parts(target: Path) -> None:
    """Remove temporary files of this app's own pattern beside `target` that a
    killed export left behind: unlocked and unchanged for a while. Best effort."""
    if sys.platform == "win32":
        return  # no advisory locks: a live export's file could not be told apart
    try:
        candidates = list(_stale_candidates(target))
    except OSError:
        return
    for candidate in candidates:
        with contextlib.suppress(OSError):
            _remove_if_stale(candidate)


def _remove_if_stale(candidate: Path) -> None:
    status = candidate.lstat()
    if not stat.S_ISREG(status.st_mode) or time.time() - status.st_mtime < STALE_PART_SECONDS:
        return
    handle = os.open(candidate, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # an export is writing it
        if os.fstat(handle).st_ino == status.st_ino:
            candidate.unlink()
    finally:
        os.close(handle)

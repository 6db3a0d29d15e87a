"""Writing export files so that a failure never damages what was there before."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; `str()` is one line for the reader."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Could not write {path}: {reason}")


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
}


def describe(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and a rename.

    The rename is atomic on one file system, so readers see either the old file
    or the complete new one; on any failure the old file stays as it was.
    """
    if path.is_dir():
        raise ExportError(path, "the path is a folder; choose a file name")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(path, "the folder does not exist")
    # An existing file keeps its permissions; a new one gets a document's usual
    # ones (mkstemp would leave it readable by its owner only).
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(mode)
        temporary.replace(path)
        temporary = None
    except OSError as error:
        raise ExportError(path, describe(error)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()

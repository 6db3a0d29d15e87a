"""Put the files two contestants run from in the same state in the kernel's page cache.

Peak resident memory counts the pages of Qt's libraries each process maps, and how
many pages one fault maps depends on how the file sits in the page cache: a library
just written (a bundle packaging/build.sh has just made, or a wheel pip has just
installed) maps more per fault than one read back from disk. Measured here: the app's
frozen bundle right after its build, 0.7 MiB more than once its cached pages were
dropped, while the bare bundle, built earlier, showed no such change (so the ratio
rose with no change to the app); the unfrozen bare window, 68.2 MiB right after a
reinstall of PySide6 and 56.7 MiB after. Dropping the cached pages of both
contestants' files first leaves both in the state a reboot leaves: read back on
demand (by the warm-up run), alike for both.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def forget_cached_pages(folders: Iterable[Path]) -> int:
    """Ask the kernel to drop the cached pages of every file under `folders` (pages a
    running process maps are kept); the number of files. Without posix_fadvise (not
    Linux), nothing is done."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    # Pages not yet written back (a bundle just built) are not dropped: write them first.
    os.sync()
    count = 0
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_symlink() or not path.is_file():
                continue
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(descriptor)
    return count

"""Reading a content file's bytes, refusing what cannot be one, with plain-words problems.

Apart from the rest of the loader (content/loader.py), as the bundled content's
fast path (content/bundled.py) reads its file but validates nothing.
"""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING

from outsource_desktop.content.problems import ContentError, Problem

if TYPE_CHECKING:
    from pathlib import Path

# Content files are a few hundred kilobytes; anything this large is not one,
# and reading it would only waste memory before failing.
MAX_CONTENT_BYTES = 32 * 1024 * 1024


def read_content_bytes(path: Path) -> bytes:
    def fail(message: str) -> ContentError:
        return ContentError(path, [Problem(location="(file)", message=message)])

    try:
        status = path.stat()
    except FileNotFoundError:
        raise fail("the file does not exist") from None
    except OSError as error:
        raise fail(f"the file cannot be read ({error.strerror or error})") from None
    except ValueError:  # a name with a NUL byte, which no file system allows
        raise fail("this is not a valid file name") from None
    if stat.S_ISDIR(status.st_mode):
        raise fail("this is a folder, not a content file")
    if not stat.S_ISREG(status.st_mode):
        # A pipe or device would block the app on open() or never end.
        raise fail("this is not a regular file (a pipe, device or socket?)")
    size = status.st_size
    if size > MAX_CONTENT_BYTES:
        limit_mib = MAX_CONTENT_BYTES // (1024 * 1024)
        raise fail(
            f"the file is {size / (1024 * 1024):.0f} MiB; content files may be at most "
            f"{limit_mib} MiB, so it was not read"
        )
    try:
        # Read at most one byte past the limit in case the file grew after stat().
        with path.open("rb") as stream:
            data = stream.read(MAX_CONTENT_BYTES + 1)
    except PermissionError:
        raise fail("permission to read the file was denied") from None
    except OSError as error:
        raise fail(f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_CONTENT_BYTES:
        raise fail("the file is larger than content files may be, so it was not read")
    return data

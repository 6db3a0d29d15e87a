"""Files stored beside another file and keyed to it: the content cache and the Overview snapshot.

A keyed file is a header (a magic line and the key it was made for: the file's
digest, the app version, the layout of what is stored...), the digest of the
body, and the body. Reading gives the body only when the header is the one asked
for and the body is whole; anything else gives None, and the caller builds the
value the slow way. Each caller brings its body's form and its digest: the
content cache pickles with SHA-256 (content/cache.py), the Overview snapshot,
read before the first frame, marshals with CRC-32 (documents/overview_snapshot.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# The digest of a body, as ASCII without a line break (it ends its own line).
Digest = Callable[[bytes | memoryview], bytes]


def keyed_form(header: bytes, body: bytes, digest: Digest) -> bytes:
    """`body` stored behind `header` and its own digest."""
    # The body's own digest: a damaged byte anywhere in it means building the value
    # again, not reading one with one wrong letter.
    return header + digest(body) + b"\n" + body


def read_keyed(path: Path, header: bytes, digest: Digest) -> memoryview | None:
    """The body stored at `path` behind `header`; None if there is none that fits."""
    try:
        stored = path.read_bytes()
    except OSError:
        return None
    if not stored.startswith(header):
        return None  # made for another file, app version or layout
    end_of_digest = stored.find(b"\n", len(header))
    if end_of_digest < 0:
        return None  # cut short
    # A view, not a slice: the body is not copied (twice) to be checked and read.
    stored_digest = stored[len(header) : end_of_digest]
    body = memoryview(stored)[end_of_digest + 1 :]
    return body if digest(body) == stored_digest else None  # else damaged

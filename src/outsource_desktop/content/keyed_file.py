"""Files stored beside another file and keyed to it: the content cache and the Overview snapshot.

A keyed file is a header (a magic line and the key it was made for: the digest
of the file it was made from, the app version, the layout of what is stored...),
the digest of the body, and the body. Reading gives the body only when the header
is the one asked for and the body is whole; anything else gives None, and the
caller builds the value the slow way.

The digests are CRC-32, from zlib, which Python loads for its own start; hashlib's
SHA-256 would load OpenSSL first, ~3 ms and ~1.5 MiB of the window's start. They
tell a current file from one left stale by an edit, or damaged; they are no
defence against tampering and need none: what a keyed file holds is taken as it is
(content taken as validated), so only the app's own bundled files, as trusted as its
code, are ever read through one.
"""

from __future__ import annotations

import zlib
from pathlib import Path


def digest(data: bytes | memoryview) -> str:
    """The CRC-32 of `data`, as eight hex digits."""
    return f"{zlib.crc32(data):08x}"


def keyed_form(header: bytes, body: bytes) -> bytes:
    """`body` stored behind `header` and its own digest."""
    # The body's own digest: a damaged byte anywhere in it means building the value
    # again, not reading one with one wrong letter.
    return header + digest(body).encode() + b"\n" + body


def read_keyed(path: Path, header: bytes) -> memoryview | None:
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
    return body if digest(body).encode() == stored_digest else None  # else damaged

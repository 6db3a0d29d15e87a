"""Pickles stored beside a file and keyed to it: the content cache and the Overview snapshot.

A stored pickle is a header (a magic line and the key it was made for: the file's
digest, the app version, the layout of the classes in it...), the SHA-256 of the
body, and the body. Reading gives the value only when the header is the one asked
for and the body is whole; anything else gives None, and the caller builds the
value the slow way. A pickle can run code when read, so only the app's own bundled
files, as trusted as its code, are ever read through one.
"""

from __future__ import annotations

import hashlib

# The C unpickler that `pickle` re-exports, imported alone: pickle.py would add
# its pure-Python pickler, about 0.25 MiB and 4 ms of every start.
from _pickle import loads as unpickle
from pathlib import Path


def stored_form(header: bytes, value: object) -> bytes:
    """`value` pickled behind `header` and its own digest."""
    import pickle  # only when storing, never at start

    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    # The body's own digest: a damaged byte anywhere in it means building the value
    # again, not reading one with one wrong letter.
    return header + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def read_stored(path: Path, header: bytes) -> object | None:
    """The value stored at `path` behind `header`; None if there is none that fits."""
    try:
        stored = path.read_bytes()
    except OSError:
        return None
    if not stored.startswith(header):
        return None  # made for another file, app version or class layout
    end_of_digest = stored.find(b"\n", len(header))
    if end_of_digest < 0:
        return None  # cut short
    # A view, not a slice: the body is not copied (twice) to be hashed and unpickled.
    digest, body = stored[len(header) : end_of_digest], memoryview(stored)[end_of_digest + 1 :]
    if hashlib.sha256(body).hexdigest().encode() != digest:
        return None  # damaged
    try:
        value: object = unpickle(body)
    except Exception:  # not what this app pickles, however it got there
        return None
    return value

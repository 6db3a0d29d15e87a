"""The bundled content's fast path: the Catalog that validation built, stored and read back.

Importing pydantic and validating cost the app's start about 130 ms and 20 MiB,
for the same bytes on every start. So `outsource-desktop validate FILE --cache`
(run by scripts/bootstrap.sh, and so by packaging/build.sh) validates FILE in full
and stores the Catalog pydantic built into FILE.cache, as plain values in marshal's
form (content/plain_records.py), behind a key: the size and CRC-32 of FILE's bytes
(content/keyed_file.py), the app version, marshal's and Python's versions and the
layout of the content classes. Pydantic stays the one builder of content objects;
this only keeps its output.

What a cache holds is taken as validated, so only the app's own bundled content is
ever read through its cache (content/bundled.py): a cache beside any other file
could hold content that was never checked. No cache, another key or damaged bytes:
the content is validated in full instead.
"""

from __future__ import annotations

import marshal
import sys
from functools import cache
from pathlib import Path
from typing import Any, cast

from outsource_desktop import __version__
from outsource_desktop.content.frozen_record import FrozenRecord, record_fields
from outsource_desktop.content.keyed_file import digest, keyed_form, read_keyed
from outsource_desktop.content.models import Catalog, content_classes
from outsource_desktop.content.plain_records import from_plain, to_plain

CACHE_SUFFIX = ".cache"
# Form 2: marshal's plain values (form 1 was a pickle).
MAGIC = b"outsource-desktop catalog cache 2\n"


def cache_path(content: Path) -> Path:
    return content.with_name(content.name + CACHE_SUFFIX)


@cache
def stored_classes() -> tuple[type[FrozenRecord], ...]:
    """The content classes in the order a cache numbers them: the layout's order. (Found
    once: reading a cache needs them for its key and again for its records.)"""
    return tuple(sorted(content_classes(), key=lambda kind: (kind.__module__, kind.__qualname__)))


def layout_fingerprint() -> str:
    """The content classes' fields and annotations: a cache fits only the classes it came from.

    (Changed bounds such as a longer `ShortText` are not in it: the test suite
    validates the bundled content in full, and bootstrap remakes the cache
    whenever the code is newer than it.)
    """
    layout = [
        [
            f"{kind.__module__}.{kind.__qualname__}",
            [[item.name, item.annotation] for item in record_fields(kind)],
        ]
        for kind in stored_classes()
    ]
    return digest(ascii(layout).encode())


def cache_header(data: bytes) -> bytes:
    """What a cache of content `data` starts with: the magic line, then its key."""
    # ascii(), not json: one line of plain text, and json is not imported at start.
    key = (
        ("size", len(data)),
        ("crc32", digest(data)),
        ("app_version", __version__),
        ("marshal", marshal.version, sys.version_info[:2]),
        ("layout", layout_fingerprint()),
    )
    return MAGIC + ascii(key).encode() + b"\n"


def cache_bytes(catalog: Catalog, data: bytes) -> bytes:
    """The cache of `catalog`, which validation built from the content bytes `data`."""
    class_index = {kind: index for index, kind in enumerate(stored_classes())}
    # to_plain gives only what marshal stores (or raises), which its type cannot say.
    body = marshal.dumps(cast("Any", to_plain(catalog, class_index)))
    return keyed_form(cache_header(data), body)


def read_cache(content: Path, data: bytes) -> Catalog | None:
    """The Catalog cached for `content` whose bytes are `data`; None if there is none that fits.

    Only for content as trusted as the app's code (see the module's docstring).
    """
    body = read_keyed(cache_path(content), cache_header(data))
    if body is None:
        return None
    try:
        plain = marshal.loads(body)  # noqa: S302 - the app's own file, made by validation
        catalog = from_plain(plain, stored_classes())
    except (EOFError, IndexError, TypeError, ValueError):  # not what this app stores
        return None
    return catalog if type(catalog) is Catalog else None

"""The bundled content's fast path: the Catalog that validation built, stored and read back.

Importing pydantic and validating cost the app's start about 130 ms and 20 MiB,
for the same bytes on every start. So `outsource-desktop validate FILE --cache`
(run by scripts/bootstrap.sh, and so by packaging/build.sh) validates FILE in full
and pickles the Catalog pydantic built into FILE.cache, behind a key: the size and
CRC-32 of FILE's bytes (content/keyed_file.py), the app version and the layout of
the content classes. Pydantic
stays the one builder of content objects; this only keeps its output.

A pickle can run code when read, so only the app's own bundled content, as
trusted as its code, is ever read through its cache (content/bundled.py). No
cache, another key or damaged bytes: the content is validated in full instead.
"""

from __future__ import annotations

# The C unpickler that `pickle` re-exports, imported alone: pickle.py would add
# its pure-Python pickler, about 0.25 MiB and 4 ms of every start.
from _pickle import loads as unpickle
from pathlib import Path

from outsource_desktop import __version__
from outsource_desktop.content.frozen_record import record_fields
from outsource_desktop.content.keyed_file import digest, keyed_form, read_keyed
from outsource_desktop.content.models import Catalog, content_classes

CACHE_SUFFIX = ".cache"
MAGIC = b"outsource-desktop catalog cache\n"


def cache_path(content: Path) -> Path:
    return content.with_name(content.name + CACHE_SUFFIX)


def layout_fingerprint() -> str:
    """The content classes' fields and annotations: a pickle fits only the classes it came from.

    (Changed bounds such as a longer `ShortText` are not in it: the test suite
    validates the bundled content in full, and bootstrap remakes the cache
    whenever the code is newer than it.)
    """
    classes = sorted(content_classes(), key=lambda kind: (kind.__module__, kind.__qualname__))
    layout = [
        [
            f"{kind.__module__}.{kind.__qualname__}",
            [[item.name, item.annotation] for item in record_fields(kind)],
        ]
        for kind in classes
    ]
    return digest(ascii(layout).encode())


def cache_header(data: bytes) -> bytes:
    """What a cache of content `data` starts with: the magic line, then its key."""
    # ascii(), not json: one line of plain text, and json is not imported at start.
    key = (
        ("size", len(data)),
        ("crc32", digest(data)),
        ("app_version", __version__),
        ("layout", layout_fingerprint()),
    )
    return MAGIC + ascii(key).encode() + b"\n"


def cache_bytes(catalog: Catalog, data: bytes) -> bytes:
    """The cache of `catalog`, which validation built from the content bytes `data`."""
    import pickle  # only when storing, never at start

    body = pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL)
    return keyed_form(cache_header(data), body)


def read_cache(content: Path, data: bytes) -> Catalog | None:
    """The Catalog cached for `content` whose bytes are `data`; None if there is none that fits.

    Only for content as trusted as the app's code (see the module's docstring).
    """
    body = read_keyed(cache_path(content), cache_header(data))
    if body is None:
        return None
    try:
        catalog: object = unpickle(body)
    except Exception:  # not what this app pickles, however it got there
        return None
    return catalog if type(catalog) is Catalog else None

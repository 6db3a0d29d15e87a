"""The app's own content: its bundled file in each language, read through the cache its build made.

What a cache (content/cache.py) holds is taken as validated, so only the content
shipped inside the app, whose cache its build made, is read through one. Every
other file is validated in full, whatever lies beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from outsource_desktop.content.assets import bundled_content_path, bundled_content_paths
from outsource_desktop.content.cache import read_cache
from outsource_desktop.content.reading import read_content_bytes
from outsource_desktop.i18n import Language

if TYPE_CHECKING:
    from outsource_desktop.content.models import Catalog


def load_content(path: Path, data: bytes | None = None) -> Catalog:
    """Load `path`, raising `ContentError` on any problem; `data`, when given, is its
    bytes as already read (the window's start reads them once for the Overview's
    snapshot and the catalog's cache alike).

    A bundled file (of any language) comes from its own cache while the cache
    fits its bytes; otherwise, and for every other file, it is validated in full.
    """
    if data is None:
        data = read_content_bytes(path)
    if path in bundled_content_paths():
        cached = read_cache(path, data)
        if cached is not None:
            return cached
    # The validating loader (json, pydantic) only when there is no cache to read.
    from outsource_desktop.content.loader import catalog_from_bytes

    return catalog_from_bytes(data, path)


def load_bundled_content(language: Language) -> Catalog:
    """The bundled content in `language`, raising `ContentError` on any problem."""
    return load_content(bundled_content_path(language))

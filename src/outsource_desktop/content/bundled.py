"""The app's own content: its bundled file, read through the cache its build made.

A cache (content/cache.py) is a pickle, which can run code; only the content
shipped inside the app, as trusted as the app's own code, is read through one.
Every other file is validated in full, whatever lies beside it.
"""

from __future__ import annotations

from pathlib import Path

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.cache import read_cache
from outsource_desktop.content.loader import catalog_from_bytes, read_content_bytes
from outsource_desktop.content.models import Catalog


def load_content(path: Path) -> Catalog:
    """Load `path`, raising `ContentError` on any problem.

    The bundled file comes from its cache while the cache fits its bytes;
    otherwise, and for every other file, it is validated in full.
    """
    data = read_content_bytes(path)
    if path == bundled_content_path():
        cached = read_cache(path, data)
        if cached is not None:
            return cached
    return catalog_from_bytes(data, path)

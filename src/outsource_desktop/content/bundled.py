"""Which content files the app trusts: its own bundled file, sealed at build time.

A seal (core/seal.py) is only a digest; anyone can write one beside a file
they hand out. So only the content shipped inside the app, as trusted as the
app's own code, is loaded through its seal; every other file is validated in
full, whatever lies next to it.
"""

from __future__ import annotations

from pathlib import Path

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog


def load_content(path: Path) -> Catalog:
    """Load `path`, raising `ContentError` on any problem (see `load_catalog`)."""
    return load_catalog(path, trust_seal=path == bundled_content_path())

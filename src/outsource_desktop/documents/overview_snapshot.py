"""The first frame's Overview, stored when the content's cache is made (issue #16).

The window opens on the Overview. Building it needs the whole catalog (its 27
content classes, the cache, the overview's queries: ~40 ms before the first
frame). So `outsource-desktop validate FILE --cache` also stores, in
FILE.overview, the overview document built from the validated catalog and the
few facts the window shows beside it, keyed by FILE's name, the SHA-256 of its
bytes, the language its words were built in, the app version and the layout
of the document classes. The window shows
it first and loads the catalog right after its first paint (gui/app.py).

Like the content cache it is a pickle, so only the app's own bundled content is
ever read through one; any mismatch or damage means no snapshot, and the window
is built from the catalog as before. Each content file (a translated one too)
has its own snapshot beside it, keyed by its own bytes, and built in that file's
language: the overview's own words (headings, labels) come from translate(), so
`validate --cache` builds a translated file's snapshot with its language's
translations installed (cli.py), and a window reads only a snapshot made in the
language it speaks.

The Overview's relation diagram is stored too, as PNG images drawn the one way
the screen draws it (export/figures.py) in the colours and at the pixel ratios
a window is most likely to show it in (gui/stored_figures.py): painting it live
builds all of Qt's Python enums, ~15 ms of the first frame. A window in other
colours or at another ratio draws it live, as before.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from outsource_desktop import __version__
from outsource_desktop.content.keyed_pickle import read_stored, stored_form
from outsource_desktop.documents import diagram, render_html
from outsource_desktop.documents import document as document_module
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.render_html import HtmlColours
from outsource_desktop.i18n import Language

if TYPE_CHECKING:
    from outsource_desktop.content.models import Catalog

SNAPSHOT_SUFFIX = ".overview"
MAGIC = b"outsource-desktop overview snapshot\n"


@dataclass(frozen=True)
class StoredFigures:
    """The document's figures, in order, as PNG images drawn at `scale` image pixels per
    diagram unit in `colours` when the snapshot was made."""

    scale: float
    colours: HtmlColours
    pngs: tuple[bytes, ...]


@dataclass(frozen=True)
class OverviewSnapshot:
    document: Document  # overview_document(catalog, comparison_rows(catalog, every model))
    data_version: str
    source_count: int
    model_ids: tuple[str, ...]
    # Added by `validate --cache`, which can draw them (gui/stored_figures.py).
    figures: tuple[StoredFigures, ...] = ()


def overview_snapshot(catalog: Catalog) -> OverviewSnapshot:
    """What the window's first frame shows of `catalog`, built the one way the Overview is."""
    from outsource_desktop.documents.pages import overview_document
    from outsource_desktop.reference.queries import comparison_rows

    model_ids = tuple(model.id for model in catalog.models)
    return OverviewSnapshot(
        document=overview_document(catalog, comparison_rows(catalog, list(model_ids))),
        data_version=catalog.data_version,
        source_count=len(catalog.sources),
        model_ids=model_ids,
    )


def snapshot_path(content: Path) -> Path:
    return content.with_name(content.name + SNAPSHOT_SUFFIX)


def document_layout() -> str:
    """The fields of the classes a snapshot is made of: a pickle fits only the classes it
    came from."""
    layout = sorted(
        [
            f"{module.__name__}.{name}",
            [[item.name, str(item.type)] for item in dataclasses.fields(kind)],
        ]
        for module in (document_module, diagram, render_html, sys.modules[__name__])
        for name, kind in vars(module).items()
        if isinstance(kind, type)
        and dataclasses.is_dataclass(kind)
        and kind.__module__ == module.__name__
    )
    return hashlib.sha256(ascii(layout).encode()).hexdigest()


def snapshot_header(content: Path, data: bytes, language: Language) -> bytes:
    # ascii(), not json: one line of plain text, and json is not imported at start.
    key = (
        ("content_file", content.name),
        ("language", language),
        ("sha256", hashlib.sha256(data).hexdigest()),
        ("app_version", __version__),
        ("layout", document_layout()),
    )
    return MAGIC + ascii(key).encode() + b"\n"


def snapshot_bytes(
    snapshot: OverviewSnapshot, content: Path, data: bytes, language: Language
) -> bytes:
    """The stored form of `snapshot`, made in `language` from `content` whose validated
    bytes are `data`."""
    return stored_form(snapshot_header(content, data, language), snapshot)


def read_snapshot(content: Path, data: bytes, language: Language) -> OverviewSnapshot | None:
    """The snapshot made in `language` for `content` whose bytes are `data`; None if there
    is none that fits.

    Only for content as trusted as the app's code (see the module's docstring).
    """
    snapshot = read_stored(snapshot_path(content), snapshot_header(content, data, language))
    return snapshot if type(snapshot) is OverviewSnapshot else None

"""The first frame's Overview, stored when the content's cache is made (issue #16).

The window opens on the Overview. Building it needs the whole catalog (its
content classes, the cache, the overview's queries) and showing it the document
classes and the HTML writer: ~60 ms before the first frame. So `outsource-desktop
validate FILE --cache` also stores, in FILE.overview, the Overview as a window
shows it: its HTML in the colours a document view is most likely to have, its
figures' pixels at the likely pixel ratios (both made by gui/stored_overview.py),
the headings of its parts, and the few facts shown beside it. The window shows
these first and loads the catalog right after its first paint (gui/app.py); the
Overview's document itself is built from the catalog when first needed.

What is stored is plain strings, numbers and bytes in marshal's form, so reading
it imports nothing: a pickle of the document would import the document classes,
~10 ms. Only the app's own bundled files, as trusted as its code, are ever read
through a snapshot. Its key is FILE's name, size and digest (content/keyed_file.py
says which and why), the language the Overview's words were built in and the app
version: any mismatch or damage means no snapshot, and the window is built from
the catalog. Each content file (a translated one too) has its own snapshot beside it.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from outsource_desktop import __version__
from outsource_desktop.content.keyed_file import digest, keyed_form, read_keyed
from outsource_desktop.documents.colours import HtmlColours
from outsource_desktop.i18n import Language

if TYPE_CHECKING:
    from outsource_desktop.content.models import Catalog
    from outsource_desktop.documents.document import Document

SNAPSHOT_SUFFIX = ".overview"
MAGIC = b"outsource-desktop overview snapshot\n"
# The stored form's version: raised whenever the classes below change.
FORM_VERSION = 4
# Figure pixels are raw deflate (zlib's negative window bits): no zlib header or
# Adler-32 to check, ~0.5 ms of the first frame (StoredFigure).
DEFLATE_BITS = -15
# The Overview's parts are its second-level headings (its "Go to" menu).
PART_LEVEL = 2
# The first frame sets only the Overview's opening, the shortest of a few that fills
# the view: the first part and the lead of the second (up to its first section
# heading), which fill a window of the default size, then two parts, then three. A
# part is ~3-5 KB of HTML; the whole page, ~55 KB with its tables, takes ~8 ms to parse
# and lay out. It follows right after that frame, or before it if three parts do not
# fill the view (gui/widgets/document_view.py).
MAX_OPENING_PARTS = 3
SECTION_HEADING_TAG = "<h3>"  # as render_html writes a heading within a part
PART_HEADING_TAG = "<h2>"  # as render_html writes a part's heading
PAGE_END = "</body></html>"  # as render_html ends a page


class StoredFigure(NamedTuple):
    """A figure drawn at `scale` image pixels per diagram unit, named as the page's <img>
    tag names it: its premultiplied ARGB32 pixels, `bytes_per_line` a row,
    deflated (quicker to unpack than a PNG to decode) with no checksum of their own:
    the snapshot's digest covers them."""

    name: str
    scale: float
    width: int
    height: int
    bytes_per_line: int
    pixels: bytes


class StoredPage(NamedTuple):
    """The Overview as a document view in `colours` shows it: its HTML, whose <img> tags
    name its `figure_count` figures in order, and those figures at each stored scale."""

    colours: HtmlColours
    html: str
    figure_count: int
    figures: tuple[StoredFigure, ...]

    def openings(self) -> list[str]:
        """The openings a first frame may show, shortest first, each a page of its own."""
        return [self.html[:end] + PAGE_END for end in opening_ends(self.html)]

    def figures_at(self, scale: float) -> tuple[StoredFigure, ...] | None:
        """The page's figures drawn at `scale`, in order; None when not stored at it."""
        drawn = tuple(figure for figure in self.figures if figure.scale == scale)
        return drawn if len(drawn) == self.figure_count else None


class OverviewSnapshot(NamedTuple):
    data_version: str
    source_count: int
    model_ids: tuple[str, ...]
    part_headings: tuple[str, ...]
    pages: tuple[StoredPage, ...]

    def page(self, colours: HtmlColours) -> StoredPage | None:
        """The page stored in `colours`; None if none was."""
        return next((page for page in self.pages if page.colours == colours), None)


def opening_ends(html: str) -> list[int]:
    """Where in `html` (a page render_html wrote) the openings end, shortest first: after
    the first part and the second's lead, then after each of MAX_OPENING_PARTS parts."""
    second_part = opening_end(html, 1)
    lead = html.find(SECTION_HEADING_TAG, second_part, opening_end(html, 2))
    ends = [lead] if lead > 0 else []
    ends += [opening_end(html, parts) for parts in range(2, MAX_OPENING_PARTS + 1)]
    return sorted(set(ends))


def opening_end(html: str, parts: int) -> int:
    """Where in `html`, a page render_html wrote, its first `parts` parts end (before the
    next part's heading, or before the page's end when it has no more parts)."""
    end = -1
    for _ in range(parts + 1):
        end = html.find(PART_HEADING_TAG, end + 1)
        if end < 0:
            return len(html) - len(PAGE_END)
    return end


def overview_document(catalog: Catalog) -> Document:
    """The Overview of `catalog`, built the one way a window shows it and a snapshot stores it."""
    from outsource_desktop.documents.pages import overview_document as document_of
    from outsource_desktop.reference.queries import comparison_rows

    return document_of(catalog, comparison_rows(catalog, [model.id for model in catalog.models]))


def part_headings(document: Document) -> tuple[str, ...]:
    """The headings of the Overview's parts, in order."""
    from outsource_desktop.documents.document import Heading

    return tuple(
        block.text
        for block in document.blocks
        if isinstance(block, Heading) and block.level == PART_LEVEL
    )


def overview_snapshot(
    catalog: Catalog, document: Document, pages: tuple[StoredPage, ...]
) -> OverviewSnapshot:
    """What the window's first frame shows of `catalog`: its Overview `document`, drawn as
    `pages`."""
    return OverviewSnapshot(
        data_version=catalog.data_version,
        source_count=len(catalog.sources),
        model_ids=tuple(model.id for model in catalog.models),
        part_headings=part_headings(document),
        pages=pages,
    )


def snapshot_path(content: Path) -> Path:
    return content.with_name(content.name + SNAPSHOT_SUFFIX)


def snapshot_header(content: Path, data: bytes, language: Language) -> bytes:
    # ascii(), not json: one line of plain text, and json is not imported at start.
    key = (
        ("content_file", content.name),
        ("language", language),
        ("size", len(data)),
        ("crc32", digest(data)),
        ("app_version", __version__),
        ("form", FORM_VERSION),
    )
    return MAGIC + ascii(key).encode() + b"\n"


def snapshot_bytes(
    snapshot: OverviewSnapshot, content: Path, data: bytes, language: Language
) -> bytes:
    """The stored form of `snapshot`, made in `language` from `content` whose validated
    bytes are `data`."""
    # marshal takes plain tuples only, not named ones.
    plain = (
        snapshot.data_version,
        snapshot.source_count,
        snapshot.model_ids,
        snapshot.part_headings,
        tuple(
            (
                tuple(page.colours),
                page.html,
                page.figure_count,
                tuple(
                    (
                        figure.name,
                        figure.scale,
                        figure.width,
                        figure.height,
                        figure.bytes_per_line,
                        figure.pixels,
                    )
                    for figure in page.figures
                ),
            )
            for page in snapshot.pages
        ),
    )
    return keyed_form(snapshot_header(content, data, language), marshal.dumps(plain))


def read_snapshot(content: Path, data: bytes, language: Language) -> OverviewSnapshot | None:
    """The snapshot made in `language` for `content` whose bytes are `data`; None if there
    is none that fits.

    Only for content as trusted as the app's code (see the module's docstring).
    """
    body = read_keyed(snapshot_path(content), snapshot_header(content, data, language))
    if body is None:
        return None
    try:
        data_version, source_count, model_ids, headings, pages = marshal.loads(body)  # noqa: S302 - the app's own file
        return OverviewSnapshot(
            data_version,
            source_count,
            model_ids,
            headings,
            tuple(
                StoredPage(
                    HtmlColours(*colours),
                    html,
                    figure_count,
                    tuple(StoredFigure(*figure) for figure in figures),
                )
                for colours, html, figure_count, figures in pages
            ),
        )
    except (ValueError, EOFError, TypeError):  # not the form this version writes
        return None

"""Write a document in any export format, atomically. Shared by the GUI and the CLI."""

from __future__ import annotations

from pathlib import Path

from outsource_desktop.documents.document import Document
from outsource_desktop.export.atomic import atomic_write_bytes
from outsource_desktop.export.formats import to_text_format
from outsource_desktop.export.paper import PaperChoice
from outsource_desktop.export.pdf import render_pdf


def export_document(
    document: Document, path: Path, export_format: str, paper: PaperChoice = "auto"
) -> None:
    """Raises ExportError (nothing at `path` changed) or FormatError."""
    if export_format == "pdf":
        data = render_pdf(document, paper)
    else:
        data = to_text_format(document, export_format)
    atomic_write_bytes(path, data)

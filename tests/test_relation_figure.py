"""The picture of how the models relate: drawn from the relations, on screen and in print."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.diagram import OUTSOURCING, relation_diagram
from outsource_desktop.documents.document import Figure
from outsource_desktop.documents.pages import overview_document
from outsource_desktop.documents.render_html import figure_resource_name, render_html
from outsource_desktop.export.formats import to_markdown
from outsource_desktop.export.write import export_document
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.reference.queries import comparison_rows


def overview(catalog: Catalog) -> Any:
    return overview_document(catalog, comparison_rows(catalog, [m.id for m in catalog.models]))


def test_the_dispute_over_kpo_and_bpo_is_a_dashed_line_with_both_views(
    small_data: dict[str, Any], write_json: Any
) -> None:
    catalog = load_catalog(write_json(small_data))
    diagram = relation_diagram(catalog)
    assert diagram is not None
    assert [box.key for box in diagram.boxes] == [OUTSOURCING, "bpo", "kpo", "lpo"]
    boxes = {box.key: box for box in diagram.boxes}
    # LPO sits under KPO, its parent; outsourcing above them all.
    assert boxes["lpo"].left == boxes["kpo"].left
    assert boxes["lpo"].top > boxes["kpo"].top > boxes[OUTSOURCING].top
    disputed = [link for link in diagram.links if link.disputed]
    assert len(disputed) == 1
    # Source a says KPO is part of BPO; source b calls them separate.
    assert disputed[0].label.lines == ("Sources differ:", "part of BPO [1]", "or separate [2]")
    solid = [" ".join(link.label.lines) for link in diagram.links if not link.disputed]
    assert solid == ["a kind of outsourcing [1]", "a specialisation of KPO [2]"]
    assert "Sources differ on whether KPO is part of BPO" in diagram.description


def test_every_line_and_label_stays_inside_the_picture(catalog: Catalog) -> None:
    diagram = relation_diagram(catalog)
    assert diagram is not None
    for link in diagram.links:
        for x, y in (link.start, link.end):
            assert 0 <= x <= diagram.width
            assert 0 <= y <= diagram.height
        label = link.label
        assert label.left >= 0
        assert label.left + label.width <= diagram.width
    for box in diagram.boxes:
        assert box.right <= diagram.width
        assert box.bottom <= diagram.height


def test_no_relations_no_picture(small_data: dict[str, Any], write_json: Any) -> None:
    small_data["relations"] = []
    catalog = load_catalog(write_json(small_data))
    assert relation_diagram(catalog) is None
    assert not overview(catalog).figures()


def test_html_export_draws_it_as_svg_and_markdown_describes_it(catalog: Catalog) -> None:
    document = overview(catalog)
    html = render_html(document)
    assert html.count("<svg") == 1
    assert 'stroke-dasharray="6 4"' in html  # the disputed line
    assert "<text" in html
    assert "Sources differ:" in html
    (figure,) = document.figures()
    assert figure.diagram.description in to_markdown(document).replace("\\", "")


def test_the_overview_shows_the_picture_drawn_by_the_app(window: MainWindow) -> None:
    view = window.overview_tab.view
    image = view.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(figure_resource_name(0))
    )
    assert not image.isNull()
    assert image.width() >= relation_diagram(window.catalog).width  # type: ignore[union-attr]
    # Not blank: the picture has drawn (non-transparent) pixels.
    assert any(image.pixelColor(x, image.height() // 3).alpha() for x in range(image.width()))


def test_the_printed_overview_carries_the_picture(catalog: Catalog, tmp_path: Path) -> None:
    from outsource_desktop.gui.app import application

    application()
    path = tmp_path / "overview.pdf"
    export_document(overview(catalog), path, "pdf", "a4")
    reader = PdfReader(path)
    pages = [
        page
        for page in reader.pages
        if "How the models relate" in " ".join(page.extract_text().split())
    ]
    assert pages
    assert any(page.images for page in pages)
    assert isinstance(overview(catalog).figures()[0], Figure)

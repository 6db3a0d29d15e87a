"""The first frame's stored Overview (documents/overview_snapshot.py, issue #16): it is the
Overview the full path builds, it is used only when it fits the bundled content's bytes,
and nothing a reader does before the catalog has loaded is lost."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.bundled import load_content
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.documents import overview_snapshot as stored
from outsource_desktop.documents.overview_snapshot import (
    overview_document,
    overview_snapshot,
    read_snapshot,
    snapshot_bytes,
    snapshot_path,
)
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.export.figures import figure_images
from outsource_desktop.export.translations import install_language
from outsource_desktop.gui.app import application, opening_content
from outsource_desktop.gui.appearance import dark_palette
from outsource_desktop.gui.main_window import (
    COMPARISON,
    DEFAULT_SIZE,
    MainWindow,
    PendingCatalog,
)
from outsource_desktop.gui.widgets.document_view import (
    DocumentView,
    screen_colours,
    stored_figure_images,
)
from outsource_desktop.i18n import Language


@pytest.fixture
def speaking(qapp: object) -> Iterator[Callable[[Language], bool]]:
    """Speak a language for the test (its Qt translations installed); English after it."""
    yield install_language
    install_language("en")


@pytest.mark.parametrize("language", ["en", "hi"])
def test_each_bundled_snapshot_is_the_overview_the_full_path_builds_in_its_language(
    language: Language, speaking: Callable[[Language], bool]
) -> None:
    """The Hindi content has its own snapshot, its document built with Hindi's translations:
    the same facts, parts and HTML in each colouring stored as the window renders live."""
    content = bundled_content_path(language)
    snapshot = read_snapshot(content, content.read_bytes(), language)
    assert snapshot is not None, (
        "no current Overview snapshot: run `.venv/bin/python -m outsource_desktop "
        f"validate resources/{content.name} --cache`"
    )
    assert speaking(language)
    # Validated in full, not read from the cache: the snapshot cannot drift from it.
    catalog = load_catalog(content)
    document = overview_document(catalog)
    assert snapshot._replace(pages=()) == overview_snapshot(catalog, document, ())
    assert snapshot.pages, "the snapshot stores the Overview as the window shows it"
    for page in snapshot.pages:
        assert page.html == render_html(document, colours=page.colours, figures="resource")
        assert page.figure_count == len(document.figures())


def bundled_snapshot() -> stored.OverviewSnapshot:
    content = bundled_content_path()
    snapshot = read_snapshot(content, content.read_bytes(), "en")
    assert snapshot is not None
    return snapshot


def test_the_stored_figures_are_the_pixels_drawn_live() -> None:
    application()
    snapshot = bundled_snapshot()
    document = overview_document(load_content(bundled_content_path()))
    assert document.figures(), "the Overview has its relation diagram"
    for page in snapshot.pages:
        for scale in {figure.scale for figure in page.figures}:
            stored_figures = page.figures_at(scale)
            assert stored_figures is not None
            decoded = stored_figure_images(stored_figures)
            drawn = figure_images(document, scale, page.colours)
            assert decoded.keys() == drawn.keys()
            for name, image in drawn.items():
                assert decoded[name].convertToFormat(image.format()) == image


def test_a_window_in_the_light_or_dark_theme_finds_its_page_stored(qtbot: QtBot) -> None:
    """The colours and pixel ratio a window shows the Overview in are among those stored,
    light and dark: otherwise its first frame builds, renders and draws it (issue #16)."""
    application()
    snapshot = bundled_snapshot()
    stored_as = {(figure.scale, page.colours) for page in snapshot.pages for figure in page.figures}
    window = MainWindow(PendingCatalog(snapshot, lambda: load_content(bundled_content_path())))
    qtbot.addWidget(window)
    view = window.overview_tab.view
    for theme in ("light", "dark"):
        window.set_theme(theme)
        scale = max(1.0, view.devicePixelRatioF())
        assert (scale, screen_colours(view.palette())) in stored_as, theme
    window.set_theme("light")


def laid_out_whole(window: MainWindow) -> None:
    """Lay the window's Overview out to its end, as its background layout soon would."""
    text = window.overview_tab.view.document()
    text.documentLayout().blockBoundingRect(text.lastBlock())


def view_area(window: MainWindow) -> QImage:
    """The Overview as painted in `window`: its text and figure, not the scroll bar."""
    view = window.overview_tab.view
    inside = view.viewport().geometry().translated(view.mapTo(window, QPoint(0, 0)))
    return window.grab(inside).toImage()


def test_the_first_frame_from_the_snapshot_looks_as_the_full_path_draws_it(qtbot: QtBot) -> None:
    """The first frame shows the snapshot's opening parts only (documents/overview_snapshot.py),
    exactly as the full path paints the same place; right after it the whole Overview is
    there, and the two windows are the same to the pixel, scroll bar and all."""
    application()
    content = bundled_content_path()
    from_snapshot = MainWindow(PendingCatalog(bundled_snapshot(), lambda: load_content(content)))
    in_full = MainWindow(load_catalog(content))
    for window in (from_snapshot, in_full):
        qtbot.addWidget(window)
        window.show()
    first_frame = view_area(from_snapshot)  # painted now, before the whole page is set
    opening = from_snapshot.overview_tab.view.toPlainText()
    whole = in_full.overview_tab.view.toPlainText()
    assert whole.startswith(opening.rstrip())
    assert len(opening) < len(whole) / 2
    assert not first_frame.isNull()
    assert first_frame == view_area(in_full)
    qtbot.waitUntil(lambda: from_snapshot.overview_tab.view.toPlainText() == whole)
    for window in (from_snapshot, in_full):
        laid_out_whole(window)
    # The scroll bars take the laid-out height from a signal the layout sends on a timer.
    bars = [window.overview_tab.view.verticalScrollBar() for window in (from_snapshot, in_full)]
    qtbot.waitUntil(lambda: bars[0].maximum() == bars[1].maximum() > 0)
    assert from_snapshot.grab().toImage() == in_full.grab().toImage()


def test_a_tall_window_shows_the_whole_overview_in_its_first_frame(qtbot: QtBot) -> None:
    """Where the opening parts do not fill the view, the first frame waits for the rest:
    it never shows less of the Overview than fits."""
    application()
    content = bundled_content_path()
    window = MainWindow(PendingCatalog(bundled_snapshot(), lambda: load_content(content)))
    qtbot.addWidget(window)
    window.resize(1200, 4000)
    window.show()
    view_area(window)  # the first frame
    in_full = MainWindow(load_catalog(content))
    qtbot.addWidget(in_full)
    assert window.overview_tab.view.toPlainText() == in_full.overview_tab.view.toPlainText()


def laid_out_bottom(view: DocumentView) -> float:
    text = view.document()
    return text.documentLayout().blockBoundingRect(text.lastBlock()).bottom()


@pytest.mark.parametrize("height", [DEFAULT_SIZE[1], 1100, 1500])
def test_the_first_frame_fills_the_view_with_the_shortest_opening_that_does(
    qtbot: QtBot, height: int
) -> None:
    """However tall the window, the first frame's opening reaches the bottom of the view,
    and the opening tried before it would not have: in a window of the default size the
    first part alone would not, so the first opening tried is the first part and the
    second's lead."""
    application()
    content = bundled_content_path()
    snapshot = bundled_snapshot()
    window = MainWindow(PendingCatalog(snapshot, lambda: load_content(content)))
    qtbot.addWidget(window)
    window.resize(DEFAULT_SIZE[0], height)
    window.show()
    view_area(window)  # the first frame
    view = window.overview_tab.view
    page = snapshot.page(screen_colours(view.palette()))
    assert page is not None
    openings = page.openings()
    shown = view.toPlainText()
    # Each opening set in a view of the same size: which was shown, which fill it.
    trial = DocumentView()
    qtbot.addWidget(trial)
    trial.resize(view.size())
    trial.setProperty("verticalScrollBarPolicy", 2)  # as the first frame keeps it
    trial.show()
    texts, fills = [], []
    for opening in openings:
        trial.setHtml(opening)
        texts.append(trial.toPlainText())
        fills.append(laid_out_bottom(trial) >= trial.viewport().height())
    used = texts.index(shown)
    assert fills[used]
    assert not any(fills[:used])
    if height == DEFAULT_SIZE[1]:
        assert used == 0
        first_part = page.html[: stored.opening_end(page.html, 1)] + stored.PAGE_END
        trial.setHtml(first_part)
        assert laid_out_bottom(trial) < trial.viewport().height()


def test_a_snapshot_is_read_only_in_the_language_it_was_made_in() -> None:
    """A window speaking English never shows the Hindi file's Hindi headings, nor the
    other way round."""
    for language, other in (("en", "hi"), ("hi", "en")):
        content = bundled_content_path(language)
        assert read_snapshot(content, content.read_bytes(), language) is not None
        assert read_snapshot(content, content.read_bytes(), other) is None


@pytest.fixture
def content_with_snapshot(tmp_path: Path) -> Path:
    """A copy of the bundled content with a snapshot made beside it, as `validate --cache` does."""
    content = tmp_path / "content.json"
    shutil.copyfile(bundled_content_path(), content)
    data = content.read_bytes()
    catalog = load_catalog(content)
    snapshot = overview_snapshot(catalog, overview_document(catalog), bundled_snapshot().pages)
    snapshot_path(content).write_bytes(snapshot_bytes(snapshot, content, data, "en"))
    return content


def test_a_fitting_snapshot_is_read(content_with_snapshot: Path) -> None:
    assert (
        read_snapshot(content_with_snapshot, content_with_snapshot.read_bytes(), "en") is not None
    )


def test_a_snapshot_of_other_bytes_is_ignored(content_with_snapshot: Path) -> None:
    data = json.loads(content_with_snapshot.read_text(encoding="utf-8"))
    data["title"] = data["title"] + " (edited)"
    content_with_snapshot.write_text(json.dumps(data), encoding="utf-8")
    assert read_snapshot(content_with_snapshot, content_with_snapshot.read_bytes(), "en") is None


def test_a_snapshot_of_another_app_version_is_ignored(
    content_with_snapshot: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stored, "__version__", "0.0.0-other")
    assert read_snapshot(content_with_snapshot, content_with_snapshot.read_bytes(), "en") is None


def test_a_snapshot_moved_beside_another_file_is_ignored(content_with_snapshot: Path) -> None:
    """Same bytes, another file (a translation would be one): each has its own snapshot."""
    other = content_with_snapshot.with_name("content.hi.json")
    shutil.copyfile(content_with_snapshot, other)
    shutil.copyfile(snapshot_path(content_with_snapshot), snapshot_path(other))
    assert read_snapshot(other, other.read_bytes(), "en") is None


def test_a_damaged_snapshot_is_ignored(content_with_snapshot: Path) -> None:
    path = snapshot_path(content_with_snapshot)
    stored_bytes = bytearray(path.read_bytes())
    stored_bytes[-10] ^= 0xFF
    path.write_bytes(bytes(stored_bytes))
    assert read_snapshot(content_with_snapshot, content_with_snapshot.read_bytes(), "en") is None


def test_only_the_bundled_content_opens_on_a_snapshot(content_with_snapshot: Path) -> None:
    """What a snapshot holds is shown as it is: one beside a user's file is never read."""
    assert isinstance(opening_content(content_with_snapshot), Catalog)
    assert isinstance(opening_content(bundled_content_path()), PendingCatalog)


# Nothing done before the catalog has loaded is lost ------------------------------


@pytest.fixture
def pending_window(qtbot: QtBot) -> Any:
    """A window opened as the app opens on its bundled content, its catalog not yet loaded,
    and a list that records each load."""
    application()
    content = bundled_content_path()
    snapshot = read_snapshot(content, content.read_bytes(), "en")
    assert snapshot is not None
    loads: list[Catalog] = []

    def load() -> Catalog:
        loads.append(load_content(content))
        return loads[-1]

    window = MainWindow(PendingCatalog(snapshot, load))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert loads == []  # the first frame came from the snapshot alone
    return window, loads


def test_a_tab_clicked_before_the_load_opens_with_the_content(
    pending_window: Any, qtbot: QtBot
) -> None:
    window, loads = pending_window
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(COMPARISON).center())
    assert window.tabs.currentIndex() == COMPARISON
    assert len(loads) == 1
    assert window.comparison_tab.proxy.rowCount() >= len(loads[0].aspects)  # and section rows
    window.finish_start()  # the load after the first frame finds it done
    assert len(loads) == 1


def test_a_shortcut_pressed_before_the_load_searches_the_content(
    pending_window: Any, qtbot: QtBot
) -> None:
    window, loads = pending_window
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert len(loads) == 1
    qtbot.keyClicks(dialog.query, "investment")
    assert dialog.hits()  # it searches the content loaded on the keypress
    dialog.close()


def test_the_overview_from_the_snapshot_reveals_items_once_loaded(pending_window: Any) -> None:
    window, loads = pending_window
    model = window.catalog.models[0]
    assert window.overview_tab.reveal(model.id)
    assert len(loads) == 1
    assert window.overview_tab.view.textCursor().hasSelection()


def test_new_colours_right_after_the_first_frame_show_the_whole_overview(qtbot: QtBot) -> None:
    """Colours changed between the first frame and the whole page show the whole page in
    them at once, its scroll bar back to shown as needed."""
    application()
    content = bundled_content_path()
    window = MainWindow(PendingCatalog(bundled_snapshot(), lambda: load_content(content)))
    qtbot.addWidget(window)
    window.show()
    view = window.overview_tab.view
    view_area(window)  # the first frame, of the opening alone
    # The view's own palette changes at once (the application's reaches it on an event).
    view.setPalette(dark_palette(view.palette()))
    in_full = MainWindow(load_catalog(content))
    qtbot.addWidget(in_full)
    assert view.toPlainText() == in_full.overview_tab.view.toPlainText()
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded

"""Command line: start the app, or validate content, print the schema, export.

Qt is imported only when a window is needed, so `--version`, `validate` and
`schema` stay quick and work without any display. What only a command needs
(json, datetime) is imported in it: a window's start spends nothing on it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from outsource_desktop import APP_NAME, __version__
from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.problems import ContentError, printable
from outsource_desktop.export.export_names import (
    DECK_FORMAT,
    FORMATS,
    STUDY_DECK,
    STUDY_SHEETS,
    TWO_MODEL_VIEWS,
    VIEWS,
)
from outsource_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, language_in_use

if TYPE_CHECKING:
    # The content classes are imported where content is loaded, not here: a window
    # opening on its Overview snapshot loads them only after its first frame (issue #16).
    from outsource_desktop.content.models import Catalog

EXIT_OK = 0
EXIT_OUTPUT_FAILED = 1
EXIT_BAD_INPUT = 2


# What a window is started with by a double-click (nothing) or a smoke test.
PLAIN_WINDOW_ARGUMENTS = ((), ("--quit-after-show",))


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the window's own options."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Offline reference comparing BPO, KPO and LPO outsourcing.",
    )
    parser.add_argument("--version", action="store_true", help="print the app and content versions")
    add_content_option(parser, default=None)
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="show the main window, then exit once it has been painted (for smoke tests)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = subparsers.add_parser(
        "validate", help="check a content file and report its problems"
    )
    validate.add_argument("file", type=Path, metavar="FILE")
    validate.add_argument(
        "--cache",
        action="store_true",
        help="if valid, store what validation built in FILE.cache, which the app reads "
        "instead of validating its own bundled content at every start",
    )
    subparsers.add_parser("schema", help="print the JSON Schema of content files")
    export = subparsers.add_parser(
        "export",
        help="write a view as PDF, CSV, Markdown or HTML, or the flashcards as an Anki deck, "
        "without opening a window",
    )
    export.add_argument(
        "--view",
        choices=(*VIEWS, *STUDY_SHEETS, STUDY_DECK),
        default="comparison",
        help="what to write; 'exam' is the one-page answer to 'Distinguish between BPO and KPO'; "
        f"'{STUDY_DECK}' is the flashcards, written as an Anki deck (--format {DECK_FORMAT})",
    )
    # README promises --content after the subcommand too; SUPPRESS keeps the
    # value given before it when it is not repeated here.
    add_content_option(export, default=argparse.SUPPRESS)
    export.add_argument(
        "--models",
        type=model_list,
        default=None,
        help="the content's model ids in the order wanted, e.g. bpo,kpo,lpo: two or three "
        "for the comparison (or all) view, one or more for services or careers, two for "
        "the exam view (default: the content's first three; for the exam view, its first two)",
    )
    export.add_argument("--differences-only", action="store_true")
    export.add_argument(
        "--details",
        action="store_true",
        help="add each comparison value's explanation below its short value",
    )
    export.add_argument("--filter", default="", metavar="TEXT")
    export.add_argument(
        "--format", choices=(*FORMATS, DECK_FORMAT), help="default: from the output's extension"
    )
    export.add_argument(
        "--seed",
        type=int,
        default=1,
        help="which quiz the question sheet and answer key are of (default: 1); "
        "the same seed gives the same quiz",
    )
    export.add_argument("--paper", choices=("auto", "a4", "letter"), default="auto")
    export.add_argument(
        "--language",
        "--lang",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the language to write in: en (English, the default whatever the system's "
        "language, so scripts give the same file everywhere) or hi (Hindi)",
    )
    export.add_argument("--output", type=Path, required=True, metavar="PATH")
    return parser


def add_content_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--content",
        type=Path,
        default=default,
        metavar="FILE",
        help="use this content file instead of the bundled one",
    )


def model_list(text: str) -> tuple[str, ...]:
    models = tuple(part.strip().casefold() for part in text.split(",") if part.strip())
    if len(set(models)) != len(models):
        raise argparse.ArgumentTypeError("each model may be named once")
    if not models:
        raise argparse.ArgumentTypeError("name at least one model, e.g. bpo,kpo")
    return models


# The comparison sets models side by side: two or three columns; the exam
# answer distinguishes exactly the first number.
COMPARED_MODELS = (2, 3)


def models_problem(view: str, wanted: Sequence[str], known: Sequence[str]) -> str | None:
    """Why `wanted` cannot be exported in `view` from content with the `known` models."""
    unknown = [model_id for model_id in wanted if model_id not in known]
    if unknown:
        return f"unknown model(s): {', '.join(printable(item) for item in unknown)}"
    if view in TWO_MODEL_VIEWS and len(wanted) != COMPARED_MODELS[0]:
        if len(known) < COMPARED_MODELS[0]:
            return f"the {view} view distinguishes two models, and this content has one"
        return f"the {view} view distinguishes two models; name two, e.g. --models bpo,kpo"
    if view not in ("comparison", "all"):
        return None
    fewest = min(COMPARED_MODELS[0], len(known))  # content with one model compares one
    if not fewest <= len(wanted) <= COMPARED_MODELS[1]:
        return f"the {view} view compares {fewest} to {COMPARED_MODELS[1]} models; name that many"
    return None


def report_content_error(error: ContentError) -> int:
    for line in error.lines():
        print(line, file=sys.stderr)
    return EXIT_BAD_INPUT


def content_path(arguments: argparse.Namespace) -> Path:
    """The file named by --content, else the bundled content in the language asked for."""
    if arguments.content is not None:
        return Path(arguments.content)
    return bundled_content_path(getattr(arguments, "language", DEFAULT_LANGUAGE))


def print_version(arguments: argparse.Namespace) -> int:
    try:
        from outsource_desktop.content.bundled import load_content

        catalog = load_content(content_path(arguments))
    except ContentError as error:
        print(f"{APP_NAME} {__version__}")
        return report_content_error(error)
    print(f"{APP_NAME} {__version__} (content {catalog.data_version})")
    return EXIT_OK


def validate(path: Path, *, cache: bool = False) -> int:
    try:
        from outsource_desktop.content.loader import catalog_from_bytes
        from outsource_desktop.content.reading import read_content_bytes

        # In full, whatever cache the file has: this is the check caches rest on.
        data = read_content_bytes(path)
        catalog = catalog_from_bytes(data, path)
    except ContentError as error:
        return report_content_error(error)
    print(
        f"{printable(str(path), limit=None)}: valid content {catalog.data_version} "
        f"({len(catalog.aspects)} aspects, {len(catalog.sources)} sources)"
    )
    if cache:
        from outsource_desktop.content.cache import cache_bytes, cache_path
        from outsource_desktop.export.atomic import ExportError, atomic_write_bytes

        try:
            # Keyed by the very bytes validated above.
            atomic_write_bytes(cache_path(path), cache_bytes(catalog, data))
        except ExportError as error:
            print(f"{APP_NAME}: could not write the cache: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"Cached: {printable(str(cache_path(path)), limit=None)}")
        from outsource_desktop.content.assets import content_language
        from outsource_desktop.documents.overview_snapshot import (
            OverviewSnapshot,
            overview_document,
            overview_snapshot,
            snapshot_bytes,
            snapshot_path,
        )
        from outsource_desktop.gui.stored_overview import drawing_application, stored_pages

        # The Overview's own words in the file's language (documents/overview_snapshot.py).
        language = content_language(path)
        drawing_application()  # before _speaking, which would start a bare QCoreApplication
        built: list[OverviewSnapshot] = []

        def store_overview() -> None:
            document = overview_document(catalog)
            built.append(overview_snapshot(catalog, document, stored_pages(document)))

        _speaking(language, pdf=False, work=store_overview)
        overview = built[0]
        try:
            snapshot = snapshot_bytes(overview, path, data, language)
            atomic_write_bytes(snapshot_path(path), snapshot)
        except ExportError as error:
            print(f"{APP_NAME}: could not write the Overview snapshot: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"Overview snapshot: {printable(str(snapshot_path(path)), limit=None)}")
    return EXIT_OK


def print_schema() -> int:
    import json

    from outsource_desktop.content.validation import catalog_json_schema

    print(json.dumps(catalog_json_schema(), indent=2))
    return EXIT_OK


def export(arguments: argparse.Namespace) -> int:
    # Imported here, not at the top: starting the window needs none of them.
    from outsource_desktop.content.bundled import load_content
    from outsource_desktop.export.atomic import ExportError
    from outsource_desktop.export.formats import FormatError, format_for

    try:
        catalog = load_content(content_path(arguments))
    except ContentError as error:
        return report_content_error(error)
    known = [model.id for model in catalog.models]
    wanted = COMPARED_MODELS[0] if arguments.view in TWO_MODEL_VIEWS else COMPARED_MODELS[1]
    models = arguments.models or tuple(known[:wanted])
    problem = models_problem(arguments.view, models, known)
    if problem is not None:
        print(f"{APP_NAME}: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        export_format = format_for(arguments.output, arguments.format)
        if (arguments.view == STUDY_DECK) != (export_format == DECK_FORMAT):
            raise FormatError(
                f"only the flashcards (--view {STUDY_DECK}) are written as an Anki deck "
                f"(.{DECK_FORMAT}), and they are written in no other format"
            )
        _speaking(
            arguments.language,
            pdf=export_format == "pdf",
            work=lambda: _write(arguments, catalog, models, export_format),
        )
    except (ExportError, FormatError) as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    # To standard error, like every other message: the export itself may have
    # gone to standard output. The path is the reader's own input, so a
    # newline in it must not forge a line.
    print(f"Wrote {printable(str(arguments.output), limit=None)}", file=sys.stderr)
    return EXIT_OK


def _write(
    arguments: argparse.Namespace, catalog: Catalog, models: tuple[str, ...], export_format: str
) -> None:
    if export_format == DECK_FORMAT:
        from outsource_desktop.export.anki import write_anki_package
        from outsource_desktop.reference.study.cards import flashcard_deck

        write_anki_package(flashcard_deck(catalog), catalog.title, arguments.output)
    else:
        _export_document(arguments, catalog, models, export_format)


def _export_document(
    arguments: argparse.Namespace,
    catalog: Catalog,
    models: tuple[str, ...],
    export_format: str,
) -> None:
    import datetime as dt

    from outsource_desktop.documents.study_sheets import study_sheet_document
    from outsource_desktop.documents.views import view_document
    from outsource_desktop.reference.queries import ComparisonOptions

    if arguments.view in STUDY_SHEETS:
        document = study_sheet_document(catalog, arguments.view, arguments.seed)
    else:
        options = ComparisonOptions(
            model_ids=models,
            filter_text=arguments.filter,
            differences_only=arguments.differences_only,
            details=arguments.details,
        )
        document = view_document(catalog, arguments.view, options, dt.date.today())
    from outsource_desktop.export.write import export_document

    export_document(document, arguments.output, export_format, arguments.paper)


def _speaking(language: Language, *, pdf: bool, work: Callable[[], None]) -> None:
    """Do `work` (an export) with its words in `language`; the language in use before,
    after it (the command line's process ends, but its callers may not).

    A language other than English has its Qt translations installed, which needs a
    headless Qt application; a PDF needs a QGuiApplication anyway, for its layout.
    """
    if pdf:
        _prepare_headless_qt()
    previous = language_in_use()
    if language == previous:
        work()
        return
    from PySide6.QtCore import QCoreApplication

    from outsource_desktop.export.translations import install_language

    if QCoreApplication.instance() is None:
        _HEADLESS_APPLICATIONS.append(QCoreApplication([APP_NAME]))
    install_language(language)
    try:
        work()
    finally:
        install_language(previous)


# Kept for the life of the process: Qt's application object must outlive its use.
_HEADLESS_APPLICATIONS: list[object] = []


def _prepare_headless_qt() -> None:
    """PDF layout needs a QGuiApplication; the command line never shows a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from outsource_desktop.export.pdf import ensure_gui_application

    ensure_gui_application()


def main(argv: Sequence[str] | None = None) -> int:
    given = tuple(sys.argv[1:] if argv is None else argv)
    # The commands' parsers are built only when a command may be named: argparse looks
    # up the translation of each parser's messages, ~3 ms of a window's first frame.
    arguments = build_parser(commands=given not in PLAIN_WINDOW_ARGUMENTS).parse_args(given)
    try:
        status = run(arguments)
        if sys.stdout is not None:  # None in a windowed frozen app
            sys.stdout.flush()  # now, so a failed write is caught here, not at exit
    except OSError as error:
        if not writing_stdout_failed(error):
            raise
        return report_stdout_failure(error)
    return status


def writing_stdout_failed(error: OSError) -> bool:
    """Whether `error` came from writing standard output: closed early, full, or gone.

    Every file the commands open is read or written inside their own error
    handling, and such errors name their file; a failed write to a stream does not.
    """
    return isinstance(error, BrokenPipeError) or error.filename is None


def report_stdout_failure(error: OSError) -> int:
    # Whatever is still buffered can never be written: point the stream at
    # /dev/null so Python's own flush at exit does not fail a second time.
    with (
        open(os.devnull, "wb") as sink,  # noqa: PTH123 - a raw descriptor is needed
        contextlib.suppress(OSError, ValueError),
    ):
        os.dup2(sink.fileno(), sys.stdout.fileno())
    if not isinstance(error, BrokenPipeError):  # a reader that stopped reading needs no note
        from outsource_desktop.export.atomic import describe

        with contextlib.suppress(OSError):
            print(f"{APP_NAME}: could not write the output: {describe(error)}", file=sys.stderr)
    return EXIT_OUTPUT_FAILED


def run(arguments: argparse.Namespace) -> int:
    if arguments.version or arguments.command is not None:
        gc.enable()  # off since __main__.py only to speed a window's first frame
    if arguments.version:
        return print_version(arguments)
    if arguments.command == "validate":
        return validate(arguments.file, cache=arguments.cache)
    if arguments.command == "schema":
        return print_schema()
    if arguments.command == "export":
        return export(arguments)

    from outsource_desktop.gui.pyside_import import import_pyside

    import_pyside()  # before the window's modules: PySide6 then reads none of their sources
    from outsource_desktop.gui.app import run_gui

    # The bundled content is loaded in the reader's language, which the window knows.
    return run_gui(arguments.content, quit_after_show=arguments.quit_after_show)

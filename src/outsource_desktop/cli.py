"""Command line: start the app, or validate content, print the schema, export.

Qt is imported only when a window is needed, so `--version`, `validate` and
`schema` stay quick and work without any display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from outsource_desktop import APP_NAME, __version__
from outsource_desktop.assets import bundled_content_path
from outsource_desktop.core.loader import ContentError, load_catalog
from outsource_desktop.core.models import Catalog

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Offline reference comparing BPO, KPO and LPO outsourcing.",
    )
    parser.add_argument("--version", action="store_true", help="print the app and content versions")
    parser.add_argument(
        "--content",
        type=Path,
        metavar="FILE",
        help="use this content file instead of the bundled one",
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="show the main window, then exit once it has been painted (for smoke tests)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser("validate", help="check a content file and report its problems")
    validate.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("schema", help="print the JSON Schema of content files")
    return parser


def report_content_error(error: ContentError) -> int:
    for line in error.lines():
        print(line, file=sys.stderr)
    return EXIT_BAD_INPUT


def content_path(arguments: argparse.Namespace) -> Path:
    return arguments.content if arguments.content is not None else bundled_content_path()


def print_version(arguments: argparse.Namespace) -> int:
    try:
        catalog: Catalog = load_catalog(content_path(arguments))
    except ContentError as error:
        print(f"{APP_NAME} {__version__}")
        return report_content_error(error)
    print(f"{APP_NAME} {__version__} (content {catalog.data_version})")
    return EXIT_OK


def validate(path: Path) -> int:
    try:
        catalog = load_catalog(path)
    except ContentError as error:
        return report_content_error(error)
    print(
        f"{path}: valid content {catalog.data_version} "
        f"({len(catalog.aspects)} aspects, {len(catalog.sources)} sources)"
    )
    return EXIT_OK


def print_schema() -> int:
    print(json.dumps(Catalog.model_json_schema(), indent=2))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    if arguments.version:
        return print_version(arguments)
    if arguments.command == "validate":
        return validate(arguments.file)
    if arguments.command == "schema":
        return print_schema()

    from outsource_desktop.gui.app import run_gui

    return run_gui(content_path(arguments), quit_after_show=arguments.quit_after_show)

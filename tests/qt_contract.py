"""An import-linter contract the built-in ones cannot express: no Qt widgets below the GUI.

import-linter records an import from an installed package as an import of its
top package, so its `forbidden` contract sees `PySide6` but cannot tell QtGui
(which export may use: it renders PDFs headless) from QtWidgets. This contract
reads the import statements grimp keeps for each import instead. pyproject.toml
registers it under [tool.importlinter] contract_types; lint-imports runs from
the repository's top folder, which puts this package on the import path.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class ForbiddenExternalModulesContract(Contract):
    """`source_modules` (and all below them) must not import `forbidden_modules`,
    modules inside installed packages such as `PySide6.QtWidgets`."""

    type_name = "forbidden_external_modules"
    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        names = "|".join(re.escape(name) for name in self.forbidden_modules)  # type: ignore[attr-defined]
        pattern = re.compile(rf"\b(?:{names})\b")
        found: list[tuple[str, int, str]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            for importer in sorted({source.name, *graph.find_descendants(source.name)}):
                for imported in graph.find_modules_directly_imported_by(importer):
                    for detail in graph.get_import_details(importer=importer, imported=imported):
                        if pattern.search(detail["line_contents"]):
                            found.append((importer, detail["line_number"], detail["line_contents"]))
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        found: list[tuple[str, int, str]] = check.metadata["found"]
        for importer, line_number, line in found:
            output.print_error(f"{importer}:{line_number}: {line}", bold=False)
            output.new_line()

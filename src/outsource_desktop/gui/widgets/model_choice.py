"""A combo box choosing one outsourcing model or all of them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.i18n import translate

ALL_MODELS = ""


class ModelChoice(QComboBox):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(translate("ModelChoice", "All models"), ALL_MODELS)
        for model in catalog.models:
            self.addItem(f"{model.short_name} – {model.full_name}", model.id)

    def chosen_model(self) -> str:
        return str(self.currentData())

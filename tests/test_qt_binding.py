"""The Qt binding must not corrupt Python's reference counts in the app's models."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.models.table_models import ComparisonModel
from outsource_desktop.reference.queries import comparison_rows


def test_model_data_returning_none_keeps_none_alive(qtbot: QtBot, catalog: Catalog) -> None:
    # Views ask for many roles a model does not provide; each answer is None.
    # A binding that loses a reference per answer crashes the app later.
    model = ComparisonModel(catalog, comparison_rows(catalog, ["bpo", "kpo"]))
    index = model.index(1, 1)
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(1)  # DecorationRole: never set by the app
    assert sys.getrefcount(None) >= before - 10

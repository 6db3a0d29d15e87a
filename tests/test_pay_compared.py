"""Pay compared on the bundled content: each model's own figures, years kept apart."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.pay import pay_document
from tests.document_text import document_text


def lines_starting(catalog: Catalog, start: str) -> list[str]:
    text = document_text(pay_document(catalog))
    return [line for line in text.splitlines() if line.startswith(start)]


def test_lpo_is_not_given_kpos_sector_figures_as_its_own(catalog: Catalog) -> None:
    kpo_sector_source = f"[{catalog.source_number('kpo-full-form-guide')}]"
    (lpo_sector,) = lines_starting(catalog, "LPO, any role:")
    assert "none of its own" in lpo_sector
    assert "KPO" in lpo_sector
    assert kpo_sector_source not in lpo_sector
    (lpo_entry,) = lines_starting(catalog, "LPO: INR")
    assert kpo_sector_source not in lpo_entry, "KPO's sector figure is not LPO's entry pay"


def test_entry_pay_by_model_gives_the_latest_years_figures_apart_from_older_ones(
    catalog: Catalog,
) -> None:
    for model in catalog.models:
        entry = [
            band
            for role in catalog.roles
            if role.model == model.id
            for band in role.salary_bands
            if band.level == "entry" and band.scope == "role" and band.year is not None
        ]
        if not entry:
            continue
        latest_year = max(band.year or 0 for band in entry)
        latest = [band for band in entry if band.year == latest_year]
        low = min(band.minimum for band in latest if band.minimum is not None)
        high = max(band.maximum for band in latest if band.maximum is not None)
        (line,) = lines_starting(catalog, f"{model.short_name}: INR")
        assert f"in {latest_year}, the latest year given, {low:g}–{high:g}" in line, line
        if any(band.year != latest_year for band in entry):
            assert "earlier (" in line, line

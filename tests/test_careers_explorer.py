"""The career guide: roles that fit the person, their pay, ladders and next steps."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog, Role
from outsource_desktop.documents.career_explorer import explorer_document, role_heading
from outsource_desktop.documents.formatting import salary_text
from outsource_desktop.documents.pages import role_document
from outsource_desktop.documents.tables import role_columns
from outsource_desktop.reference.careers import (
    Fit,
    all_skills,
    eligible_roles,
    fit_of,
    match_roles,
    qualification_by_id,
)
from outsource_desktop.reference.pay import sector_bands, shown_bands
from tests.content_factory import minimal_content
from tests.document_text import document_text


def role(catalog: Catalog, role_id: str) -> Role:
    return next(item for item in catalog.roles if item.id == role_id)


def offered(catalog: Catalog, qualification_id: str, skills: set[str] | None = None) -> list[str]:
    qualification = qualification_by_id(catalog, qualification_id)
    return [match.role.id for match in match_roles(catalog, qualification, skills or set())]


def test_an_llb_sees_the_legal_role_first_and_no_unrelated_role(catalog: Catalog) -> None:
    roles = offered(catalog, "llb")
    assert roles[0] == "lpo-legal-professional"
    assert "kpo-graphic-designer" not in roles
    assert {role(catalog, role_id).model for role_id in roles} == {"lpo"}
    text = document_text(explorer_document(catalog, "llb", []))
    assert "take anyone at your level of education" in text
    graduate = qualification_by_id(catalog, "graduate").name
    assert f"choose “{graduate}” as your qualification to see them" in text


def test_a_school_leaver_sees_bpo_roles(catalog: Catalog) -> None:
    roles = offered(catalog, "school-10-2")
    assert roles
    assert {role(catalog, role_id).model for role_id in roles} == {"bpo"}


def test_a_chartered_accountant_sees_finance_and_accounting_roles(catalog: Catalog) -> None:
    roles = offered(catalog, "ca")
    assert roles[0] == "kpo-accountant"
    finance = next(track for track in catalog.career_tracks if track.id == "finance-accounting")
    assert set(roles) <= set(finance.roles)


def test_subject_degrees_are_offered_far_fewer_roles_than_any_graduate(
    catalog: Catalog,
) -> None:
    graduate = len(offered(catalog, "graduate"))
    for qualification in ("bcom", "llb", "mba", "ca", "medical"):
        assert len(offered(catalog, qualification)) < graduate / 2, qualification


@pytest.mark.parametrize(
    "qualification_id", ["school-10-2", "graduate", "bcom", "llb", "ca", "mba"]
)
def test_roles_are_ranked_by_fit_and_only_real_fits_are_offered(
    catalog: Catalog, qualification_id: str
) -> None:
    qualification = qualification_by_id(catalog, qualification_id)
    matches = match_roles(catalog, qualification, set())
    fits = [match.fit for match in matches]
    assert fits == sorted(fits, reverse=True)
    if not qualification.level_only:
        assert Fit.LEVEL not in fits
    # Every eligible role left out is one open to the reader's level only.
    left_out = [m for m in eligible_roles(catalog, qualification, set()) if m not in matches]
    assert all(match.fit is Fit.LEVEL for match in left_out)


def test_specific_degrees_must_match_but_level_only_ones_are_floors(catalog: Catalog) -> None:
    bcom, engineering = (qualification_by_id(catalog, q) for q in ("bcom", "engineering"))
    medical, school = (qualification_by_id(catalog, q) for q in ("medical", "school-10-2"))
    assert fit_of(catalog, role(catalog, "kpo-accountant"), bcom) is Fit.EXACT
    assert fit_of(catalog, role(catalog, "kpo-accountant"), engineering) is Fit.NONE
    assert fit_of(catalog, role(catalog, "kpo-analyst"), medical) is Fit.LEVEL  # any graduate
    assert fit_of(catalog, role(catalog, "kpo-analyst"), school) is Fit.NONE


def test_ticked_skills_order_roles_of_the_same_fit(catalog: Catalog) -> None:
    skills = {"Creative design", "Animation", "2D and 3D modelling"}
    graduate = qualification_by_id(catalog, "graduate")
    related = [m for m in match_roles(catalog, graduate, skills) if m.fit is Fit.RELATED]
    assert related[0].role.id == "kpo-graphic-designer"
    assert related[0].skills_missing == ("Complex thinking",)
    assert "Animation" in all_skills(catalog)


def test_the_next_steps_suit_the_qualification(catalog: Catalog) -> None:
    text = document_text(explorer_document(catalog, "ca", []))
    assert "Next steps for Chartered Accountant" in text
    assert "CFA" in text
    # Steps meant for other qualifications, and other fields' degrees, are not offered.
    assert "Medical or pharmacy degree" not in text
    assert "professional accounting qualification (such as CA" not in text
    school = document_text(explorer_document(catalog, "school-10-2", []))
    assert "Finish a degree part-time" in school
    assert "CFA" not in school


def test_each_offered_track_shows_its_career_ladder(catalog: Catalog) -> None:
    text = document_text(explorer_document(catalog, "school-10-2", []))
    assert "Customer support (BPO)" in text
    ladder = text[text.index("Customer support (BPO)") :]
    assert (
        ladder.index("Associate:")
        < ladder.index("Team leader:")
        < ladder.index("Operations manager:")
    )


def test_ladder_steps_show_their_pay_with_its_source(catalog: Catalog) -> None:
    track = next(track for track in catalog.career_tracks if track.id == "customer-support")
    leader = next(rung for rung in track.ladder if rung.salary_bands)
    text = document_text(explorer_document(catalog, "school-10-2", []))
    line = next(line for line in text.splitlines() if line.startswith(f"{leader.title}:"))
    for band in leader.salary_bands:
        assert f"{salary_text(band)} [{catalog.source_number(band.source)}]" in line


def test_sector_pay_is_labelled_as_sector_wide(catalog: Catalog) -> None:
    accountant = role(catalog, "kpo-accountant")
    assert {band.scope for band in accountant.salary_bands} == {"sector"}
    text = document_text(explorer_document(catalog, "ca", []))
    assert "no source gives figures for this role; these are for KPO jobs in general" in text
    for band in accountant.salary_bands:
        assert salary_text(band).endswith("; sector-wide)")
        assert salary_text(band) in text


def role_section(text: str, heading: str) -> str:
    """The explorer's words about one role: from its heading to the next role's."""
    start = text.index(f"{heading}\nFit:")
    end = text.find("\nFit:", start + len(heading) + 5)
    return text[start : text.rfind("\n", start, end) if end != -1 else len(text)]


def test_every_bpo_role_shows_the_pay_sources_give_with_its_year(catalog: Catalog) -> None:
    # The whole sector's BPO figures are industry facts (Pay compared), not bands on each
    # role, so a role without figures of its own says where they are.
    school = document_text(explorer_document(catalog, "school-10-2", []))
    with_pay = 0
    for role_id in offered(catalog, "school-10-2"):
        bpo_role = role(catalog, role_id)
        section = role_section(school, role_heading(catalog, bpo_role))
        bands = shown_bands(catalog, bpo_role)
        with_pay += bool(bands)
        for band in bands:
            assert salary_text(band) in section
            assert f"({band.year}" in salary_text(band) or "(year not stated" in salary_text(band)
        if not bands:
            assert "Careers › Pay compared has the industry's." in section
    assert with_pay


def test_a_roles_own_pay_replaces_the_sector_band_of_the_same_level(catalog: Catalog) -> None:
    both = 0
    for item in catalog.roles:
        shown = shown_bands(catalog, item)
        own_levels = {band.level for band in item.salary_bands if band.scope == "role"}
        sector_levels = {band.level for band in sector_bands(catalog, item.model)}
        assert {band.level for band in shown if band.scope == "role"} == own_levels
        assert {band.level for band in shown if band.scope == "sector"} == (
            sector_levels - own_levels
        )
        both += bool(own_levels) and bool(sector_levels - own_levels)
    assert both  # some role shows its own figures beside its sector's


def test_companies_are_listed_per_model(catalog: Catalog) -> None:
    text = document_text(explorer_document(catalog, "graduate", []))
    for model in catalog.models[:2]:
        names = [c.name for c in catalog.companies if model.id in c.models]
        assert names
        assert f"{model.short_name}: {', '.join(names)}." in text
    detail = document_text(role_document(catalog, role(catalog, "kpo-writer")))
    assert "Companies named for KPO" in detail
    assert "Genpact" in detail
    companies = next(c for c in role_columns(catalog) if c.header == "Companies")
    # The table names a role's own companies only, and points to its model's otherwise.
    assert companies.text(role(catalog, "bpo-telemarketer")) == "See BPO's companies"
    analyst = role(catalog, "kpo-analyst")
    names = {c.id: c.name for c in catalog.companies}
    assert companies.text(analyst) == ", ".join(names[item] for item in analyst.companies)


def test_skill_counts_read_as_words_and_citations_sit_on_named_skills(catalog: Catalog) -> None:
    text = document_text(explorer_document(catalog, "graduate", []))
    assert "with 0 skills ticked." in text
    assert "(s)" not in text
    none_held = [line for line in text.splitlines() if "none of them yet" in line]
    assert none_held
    assert not any(re.search(r"\[\d+\]", line) for line in none_held)
    assert any(
        line.startswith("Skills to build:") and re.search(r"\[\d+\]", line)
        for line in text.splitlines()
    )


def pay_content() -> dict[str, Any]:
    """The small content with a second role: one with its own pay, one with none."""
    data = minimal_content()
    second = copy.deepcopy(data["roles"][0])
    second.update(id="junior", title="Junior analyst", salary_bands=[])
    data["roles"][0]["salary_bands"][0]["year"] = 2024
    data["roles"].append(second)
    return data


def test_a_roles_own_pay_is_shown_as_its_own(write_json: Any) -> None:
    catalog = load_catalog(write_json(pay_content()))
    text = document_text(explorer_document(catalog, "graduate", []))
    assert "Analyst (KPO)\nFit:" in text
    analyst = text[text.index("Analyst (KPO)\nFit:") : text.index("Junior analyst (KPO)\nFit:")]
    assert "figures a source gives for this role" in analyst
    assert "Entry: INR 2.5–4 lakh per year (2024) [2]" in analyst
    junior = text[text.index("Junior analyst (KPO)\nFit:") :]
    assert "No source gives pay for this role or its sector." in junior


def test_a_role_without_pay_borrows_its_sectors_band_labelled(write_json: Any) -> None:
    data = pay_content()
    data["roles"][0]["salary_bands"][0]["scope"] = "sector"
    catalog = load_catalog(write_json(data))
    text = document_text(explorer_document(catalog, "graduate", []))
    junior = text[text.index("Junior analyst (KPO)\nFit:") :]
    assert "these are for KPO jobs in general" in junior
    assert "Entry: INR 2.5–4 lakh per year (2024; sector-wide) [2]" in junior


def test_content_without_tracks_or_qualifications_says_what_it_lacks(write_json: Any) -> None:
    data = minimal_content()
    catalog = load_catalog(write_json(data))
    text = document_text(explorer_document(catalog, "graduate", []))
    assert "Analyst (KPO)" in text
    assert "This content file has no career tracks" in text
    data["qualifications"] = []
    data["roles"][0]["qualifications"] = []
    bare = load_catalog(write_json(data))
    assert "lists no qualifications" in document_text(explorer_document(bare, None, []))


def as_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def test_no_internal_id_is_shown_for_any_qualification(catalog: Catalog) -> None:
    ids = {item.id for item in catalog.roles} | {track.id for track in catalog.career_tracks}
    ids |= {item.id for item in catalog.qualifications} | {item.id for item in catalog.companies}
    # Ids that are also ordinary words of the content's own text ("back-office") are no leak.
    written = " ".join(text_values(json.loads(bundled_content_path().read_text("utf-8"))))
    internal = {item for item in ids if re.search(r"[-_]", item) and not as_word(written, item)}
    assert {"kpo-accountant", "finance-accounting", "school-10-2"} <= internal
    for qualification in catalog.qualifications:
        text = document_text(explorer_document(catalog, qualification.id, all_skills(catalog)))
        shown = {item for item in internal if as_word(text, item)}
        assert not shown, f"{qualification.name}: {shown}"


def text_values(node: Any, key: str = "") -> list[str]:
    """Every string of the content a reader may see (values of keys that are not ids)."""
    if isinstance(node, dict):
        return [text for name, value in node.items() for text in text_values(value, name)]
    if isinstance(node, list):
        return [text for value in node for text in text_values(value, key)]
    return [node] if isinstance(node, str) and key in READABLE_KEYS else []


READABLE_KEYS = {"text", "title", "name", "label", "question", "answer", "reason", "note"}

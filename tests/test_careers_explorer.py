"""Career matching: qualification fits, skill coverage and next steps."""

from __future__ import annotations

from outsource_desktop.content.models import Catalog, Role
from outsource_desktop.documents.career_explorer import explorer_document
from outsource_desktop.documents.render_html import render_html
from outsource_desktop.reference.careers import all_skills, fits, match_roles, next_steps


def role(catalog: Catalog, role_id: str) -> Role:
    return next(item for item in catalog.roles if item.id == role_id)


def test_llb_fits_the_legal_role_first_and_graduate_roles_too(catalog: Catalog) -> None:
    matches = match_roles(catalog, "llb", set())
    assert matches[0].role.id == "lpo-legal-professional"
    assert "kpo-analyst" in [match.role.id for match in matches]
    assert "kpo-accountant" not in [match.role.id for match in matches]


def test_school_leavers_fit_bpo_roles_only(catalog: Catalog) -> None:
    models = {match.role.model for match in match_roles(catalog, "school-10-2", set())}
    assert models == {"bpo"}


def test_specific_degrees_must_match_but_open_ones_are_floors(catalog: Catalog) -> None:
    accountant = role(catalog, "kpo-accountant")
    assert fits(catalog, accountant, "bcom")
    assert not fits(catalog, accountant, "engineering")
    assert fits(catalog, role(catalog, "kpo-analyst"), "medical")  # any graduate
    assert not fits(catalog, role(catalog, "kpo-analyst"), "school-10-2")


def test_skills_order_fitting_roles_by_coverage(catalog: Catalog) -> None:
    skills = {"Creative design", "Animation", "2D and 3D modelling"}
    matches = match_roles(catalog, "graduate", skills)
    assert matches[0].role.id == "kpo-graphic-designer"
    assert matches[0].skills_missing == ("Complex thinking",)
    assert "Animation" in all_skills(catalog)


def test_next_level_names_missing_skills_and_qualifications(catalog: Catalog) -> None:
    steps = {step.role.id: step for step in next_steps(catalog, "graduate", set())}
    assert "kpo-accountant" in steps
    assert any("B.Com" in name for name in steps["kpo-accountant"].qualifications_needed)
    assert "Financial modelling" in steps["kpo-accountant"].skills_missing
    # A CA already qualifies for the accountant role, so it is no next step.
    assert "kpo-accountant" not in {s.role.id for s in next_steps(catalog, "ca", set())}


def test_explorer_document_shows_pay_with_currency_unit_source_and_year(
    catalog: Catalog,
) -> None:
    html = render_html(explorer_document(catalog, "llb", ["Legal research"]))
    assert "Legal professional (LPO)" in html
    assert "INR 2.5–4 lakh per year (year not stated)" in html
    assert f"[{catalog.source_number('kpo-full-form-guide')}]" in html
    assert "Skills you have (1 of 6):" in html
    assert "Training expected:" in html
    assert "What to learn for the next level" in html

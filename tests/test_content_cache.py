"""The bundled content's cache gives back exactly what validation built, and only when it fits."""

from __future__ import annotations

import datetime as dt
import json
import marshal
import os
import pickle
import subprocess
import sys
import tempfile
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outsource_desktop.cli import main
from outsource_desktop.content import bundled, cache, loader
from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.bundled import load_content
from outsource_desktop.content.cache import cache_bytes, cache_header, cache_path, read_cache
from outsource_desktop.content.frozen_record import is_record_class, record_fields
from outsource_desktop.content.keyed_file import keyed_form
from outsource_desktop.content.loader import catalog_from_bytes, load_catalog
from outsource_desktop.content.models import Catalog, content_classes
from outsource_desktop.content.problems import ContentError
from outsource_desktop.i18n import LANGUAGES, Language
from tests.content_factory import minimal_content


def assert_identical(ours: Any, theirs: Any, where: str = "catalog") -> None:
    """Equal and of exactly the same types all the way down: 3 may not stand for 3.0."""
    assert type(ours) is type(theirs), where
    if is_record_class(type(ours)):
        for field in record_fields(ours):
            name = field.name
            assert_identical(getattr(ours, name), getattr(theirs, name), f"{where}.{name}")
    elif isinstance(ours, list):
        assert len(ours) == len(theirs), where
        for index, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
            assert_identical(mine, other, f"{where}[{index}]")
    elif isinstance(ours, dict):
        assert list(ours) == list(theirs), where
        for key, value in ours.items():
            assert_identical(value, theirs[key], f"{where}.{key}")
    else:
        assert repr(ours) == repr(theirs), where  # repr tells -0.0 from 0.0


def cached_copy(folder: Path, data: dict[str, Any] | str) -> Path:
    """`data` written as a content file, cached by the command line as a build would."""
    path = folder / "content.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path), "--cache"]) == 0
    assert cache_path(path).is_file()
    return path


@pytest.fixture
def as_bundled(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Make the app take `path` for its own bundled content."""

    def use(path: Path) -> Path:
        monkeypatch.setattr(bundled, "bundled_content_paths", lambda: (path,))
        return path

    return use


# The bundled content ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bundled_content_has_a_current_cache(language: Language) -> None:
    content = bundled_content_path(language)
    assert read_cache(content, content.read_bytes()) is not None, (
        f"{content.name}.cache is missing or stale; scripts/bootstrap.sh remakes it, or run "
        f"`.venv/bin/python -m outsource_desktop validate resources/{content.name} --cache`"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bundled_cache_holds_exactly_what_validation_builds(language: Language) -> None:
    content = bundled_content_path(language)
    cached = read_cache(content, content.read_bytes())
    assert_identical(cached, load_catalog(content))


def test_each_language_is_loaded_from_its_own_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, path: Path) -> Catalog:
        raise AssertionError(f"{path} was validated instead of read from its cache")

    monkeypatch.setattr(loader, "catalog_from_bytes", refuse)
    english = bundled.load_bundled_content("en")
    hindi = bundled.load_bundled_content("hi")
    assert english.title == "BPO, KPO and LPO compared"
    assert hindi.title == "BPO, KPO और LPO की तुलना"
    assert [aspect.id for aspect in hindi.aspects] == [aspect.id for aspect in english.aspects]


LOAD_PROBE = """
import sys
from outsource_desktop.content.bundled import load_bundled_content
from outsource_desktop.i18n import DEFAULT_LANGUAGE
catalog = load_bundled_content(DEFAULT_LANGUAGE)
dated = next(source for source in catalog.sources if source.date)
imported = [name for name in ("datetime", "dataclasses", "_pickle") if name in sys.modules]
print(",".join(imported) or "none", dated.date, dated.published().isoformat(), sep="|")
"""


def test_the_cached_catalog_loads_without_datetime_dataclasses_or_pickle() -> None:
    """Loading the bundled catalog imports neither `datetime` (content/base.py, `IsoDate`)
    nor `dataclasses` (content/frozen_record.py), ~4 ms of the window's start between
    them, nor the `_pickle` extension (~0.4 MiB: content/plain_records.py); a source's
    date is still one when asked for."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    imported, text, published = result.stdout.strip().split("|")
    assert imported == "none", result.stderr
    assert text == published
    assert dt.date.fromisoformat(published).year > 1990


@pytest.mark.parametrize("written", ["2020-02-30", "1704412800", "2024-01-05T00:00:00"])
def test_a_source_date_is_a_day_of_the_calendar_written_yyyy_mm_dd(
    tmp_path: Path, written: str
) -> None:
    """No 30 February, and nothing pydantic's lenient dates would take besides: a number
    of seconds, or a date and time."""
    content = minimal_content()
    content["sources"][1]["date"] = written
    path = tmp_path / "content.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_catalog(path)
    expected = "sources[1].date: expected a date (YYYY-MM-DD), found text"
    assert any(line.endswith(expected) for line in raised.value.lines())


# Run in a fresh process: notes the heavy modules loaded when the window is first
# painted (AfterFirstFrame sees that paint) and when the app has quit.
START_PROBE = """
import json
import sys

from PySide6.QtCore import QEvent

from outsource_desktop.gui import app

HEAVY = {"pydantic", "pydantic_core", "sqlite3", "_sqlite3", "fsrs", "genanki"}


def heavy_loaded():
    return sorted(name for name in sys.modules if name.split(".")[0] in HEAVY)


at_first_paint = []
content_classes_at_first_paint = []
quit_after_paint = app.AfterFirstFrame.eventFilter


def note_first_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint and not at_first_paint:
        at_first_paint.append(heavy_loaded())
        content_classes_at_first_paint.append("outsource_desktop.content.models" in sys.modules)
    return quit_after_paint(self, watched, event)


app.AfterFirstFrame.eventFilter = note_first_paint
from outsource_desktop.cli import main

code = main(["--quit-after-show"])
print(json.dumps({
    "code": code,
    "at_first_paint": at_first_paint,
    "content_classes_at_first_paint": content_classes_at_first_paint,
    "at_exit": heavy_loaded(),
}))
"""


@pytest.mark.parametrize("opening_tab", ["default", "study"])
def test_nothing_heavy_is_imported_before_the_first_paint(opening_tab: str) -> None:
    """The start-up budget (benchmarks/budgets.toml) rests on this: pydantic is
    about 130 ms and 20 MiB, so only content that needs checking loads it; the
    study stack (sqlite3, fsrs) waits until the Study tab has been painted, even
    when the window reopens on it; genanki waits for an Anki export."""
    if opening_tab == "study":
        from outsource_desktop.gui.main_window import STUDY
        from outsource_desktop.gui.settings import settings_path

        settings = settings_path()
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[window]\ntab={STUDY}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", START_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0, result.stderr
    assert report["at_first_paint"] == [[]], result.stdout + result.stderr
    if opening_tab == "default":  # nothing on the way needs them at all
        assert report["at_exit"] == [], result.stdout
        # The Overview comes from its snapshot; the content is loaded after the paint.
        assert report["content_classes_at_first_paint"] == [False], result.stdout


# Generated content: the fast path and the validated path agree ----------------------

# Padding a validator might strip (a long text may also hold tabs and line breaks),
# and characters UTF-8 can carry that content may hold: no lone surrogates, and
# no control characters or line separators, which validation refuses.
SHORT_PADDING = st.sampled_from(["", " ", "   ", "\u00a0", "\u3000"])
LONG_PADDING = st.sampled_from(["", " ", "   ", "\t", "\n", "\u00a0", "\u3000"])
CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))


def padded(longest: int, padding: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # Text of nothing but spaces counts as empty, so the core holds something else.
    core = st.text(CHARACTERS, min_size=1, max_size=30).filter(lambda text: not text.isspace())
    return st.one_of(
        st.builds(lambda before, text, after: before + text + after, padding, core, padding),
        st.just("x" * longest),  # the longest text allowed
        st.just("x"),  # the shortest
    )


SHORT = padded(500, SHORT_PADDING)
TEXT = padded(20_000, LONG_PADDING)
VALUE = padded(60, SHORT_PADDING)  # a comparison cell's short value
SOURCES = st.lists(st.sampled_from(["a", "b"]), min_size=1, max_size=3)
SALARY = st.one_of(
    st.integers(min_value=0, max_value=10**6),  # JSON writes 4 where the model holds 4.0
    st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False),
    st.just(-0.0),
)


@st.composite
def claims(draw: st.DrawFn, disputed: bool = False, cell: bool = False) -> dict[str, Any]:
    claim: dict[str, Any] = {"text": draw(TEXT), "sources": draw(SOURCES)}
    if cell:
        claim["value"] = draw(VALUE)
    if draw(st.booleans()):
        claim["opinion"] = draw(st.booleans())
    if (disputed or cell) and draw(st.booleans()):
        claim["disagreements"] = draw(st.lists(claims(), max_size=2))
    return claim


def maybe(draw: st.DrawFn, target: dict[str, Any], key: str, values: Any) -> None:
    """Leave `key` out, set it to null, or give it a value: all three are valid."""
    choice = draw(st.sampled_from(["absent", "null", "value"]))
    if choice == "null":
        target[key] = None
    elif choice == "value":
        target[key] = draw(values)


@st.composite
def salary_band(draw: st.DrawFn) -> dict[str, Any]:
    low, high = sorted([draw(SALARY), draw(SALARY)])
    band: dict[str, Any] = {
        "level": draw(st.sampled_from(["entry", "mid", "senior"])),
        "currency": draw(st.from_regex(r"[A-Z]{3}", fullmatch=True)),
        "unit": draw(SHORT),
        "source": "b",
    }
    bounds = draw(st.sampled_from(["both", "minimum", "maximum"]))
    if bounds != "maximum":
        band["minimum"] = low
    if bounds != "minimum":
        band["maximum"] = high
    maybe(draw, band, "year", st.integers(min_value=1990, max_value=2100))
    maybe(draw, band, "note", SHORT)
    if draw(st.booleans()):
        band["scope"] = draw(st.sampled_from(["role", "sector"]))
    return band


@st.composite
def valid_content(draw: st.DrawFn) -> str:
    """The minimal content with generated texts, numbers, dates and optional fields."""
    data = minimal_content()
    data["title"] = draw(SHORT)
    data["data_version"] = f"{draw(st.integers(0, 9999)):04d}.{draw(st.integers(0, 99)):02d}.0"
    for source in data["sources"]:
        source["title"] = draw(SHORT)
        for key in ("author", "site", "note"):
            maybe(draw, source, key, SHORT)
        maybe(draw, source, "date", st.dates(dt.date(1, 1, 1)).map(dt.date.isoformat))
        maybe(draw, source, "url", st.from_regex(r"https?://[a-z0-9./-]{1,40}", fullmatch=True))
        if draw(st.booleans()):
            source["seed"] = draw(st.booleans())
    for model in data["models"]:
        model["full_name"] = draw(SHORT)
        model["definition"] = draw(claims(disputed=True))
        model["who_does_it"] = draw(claims())
        model["examples"] = draw(st.lists(SHORT, max_size=2))
        for key in ("key_points", "advantages", "disadvantages"):
            model[key] = draw(st.lists(claims(), max_size=2))
    for aspect in data["aspects"]:
        aspect["label"] = draw(SHORT)
        chosen = draw(st.lists(st.sampled_from(["bpo", "kpo", "lpo"]), min_size=1, unique=True))
        aspect["claims"] = {model: draw(claims(cell=True)) for model in chosen}
    service = data["service_types"][0]
    service["description"] = draw(claims(disputed=True))
    service["examples"] = draw(st.lists(SHORT, max_size=3))
    data["qualifications"][0]["rank"] = draw(st.integers(min_value=0, max_value=100))
    role = data["roles"][0]
    role["skills"] = draw(st.lists(SHORT, min_size=1, max_size=3))
    role["salary_bands"] = draw(st.lists(salary_band(), max_size=3))
    data["engagement_steps"][0]["number"] = draw(st.integers(min_value=1, max_value=2**62))
    term = data["glossary"][0]
    term["definition"] = draw(claims())
    maybe(draw, term, "stands_for", SHORT)
    term["models"] = draw(st.lists(st.sampled_from(["bpo", "kpo", "lpo"]), unique=True))
    fact = data["industry"][0]
    fact["topic"] = draw(st.sampled_from(["history", "size", "pay", "trend"]))
    fact["text"] = draw(TEXT)
    maybe(draw, fact, "year", st.integers(min_value=1900, max_value=2100))
    question = data["questions"][0]
    question["kind"] = draw(st.sampled_from(["faq", "exam"]))
    question["answer"] = draw(TEXT)
    return json.dumps(data, ensure_ascii=draw(st.booleans()))


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=valid_content())
def test_the_cache_gives_back_exactly_what_validation_built(folder: Path, text: str) -> None:
    path = cached_copy(folder, text)
    validated = catalog_from_bytes(path.read_bytes(), path)
    cached = read_cache(path, path.read_bytes())
    assert cached is not None
    assert_identical(cached, validated)


# A cache that does not fit is never read -------------------------------------------


def test_an_edited_file_is_validated_again_not_read_from_its_old_cache(
    tmp_path: Path, small_data: dict[str, Any], as_bundled: Any
) -> None:
    path = as_bundled(cached_copy(tmp_path, small_data))
    small_data["aspects"][0]["label"] = "Edited since"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    assert read_cache(path, path.read_bytes()) is None
    assert load_content(path).aspects[0].label == "Edited since"
    small_data["aspects"][0]["label"] = ""
    path.write_text(json.dumps(small_data), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(path)
    assert any(": aspects[0].label: " in line for line in caught.value.lines())


@pytest.mark.parametrize("changed", ["__version__", "layout_fingerprint"])
def test_a_cache_from_another_app_version_or_class_layout_is_not_read(
    tmp_path: Path, small_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, changed: str
) -> None:
    with monkeypatch.context() as patch:
        if changed == "__version__":
            patch.setattr(cache, "__version__", "0.0.0-other")
        else:
            patch.setattr(cache, "layout_fingerprint", lambda: "other classes")
        path = cached_copy(tmp_path, small_data)
    assert read_cache(path, path.read_bytes()) is None


def classes_held_by(kind: type) -> set[type]:
    """`kind` and every record class its fields can hold, however deeply (lists, dicts, unions)."""
    found: set[type] = set()
    waiting: list[Any] = [kind]
    while waiting:
        hint = waiting.pop()
        if is_record_class(hint):
            if hint not in found:
                found.add(hint)
                waiting.extend(typing.get_type_hints(hint).values())
        else:
            waiting.extend(typing.get_args(hint))
    return found


def test_the_class_layout_covers_every_class_a_catalog_holds() -> None:
    # Content classes live in several modules (advisor_model, career_tracks, salary...):
    # a field changed in any of them must make an old cache unreadable, not misread.
    held = classes_held_by(Catalog)
    assert {kind.__name__ for kind in held} >= {"Advisor", "Effect", "CareerTrack", "SalaryBand"}
    assert held <= set(content_classes())


def test_a_cache_made_for_other_content_is_not_read(
    tmp_path: Path, small_data: dict[str, Any]
) -> None:
    first = cached_copy(tmp_path, small_data)
    small_data["title"] = "Other content"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(small_data), encoding="utf-8")
    cache_path(other).write_bytes(cache_path(first).read_bytes())
    assert read_cache(other, other.read_bytes()) is None


def damage(stored: bytes, header: bytes, how: str) -> bytes:
    digest, _, body = stored[len(header) :].partition(b"\n")

    def flipped(position: int) -> bytes:
        return body[:position] + bytes([body[position] ^ 0x20]) + body[position + 1 :]

    damaged = {
        "truncated": digest + b"\n" + body[: len(body) // 2],
        "garbage": digest + b"\n" + b"\x80\x05not marshal data at all",
        "no body": b"",
        "byte flipped near the start": digest + b"\n" + flipped(40),
        # Still well-formed marshal data, of a catalog with one letter changed.
        "a letter changed in a text": digest + b"\n" + flipped(body.index(b"Routine tasks")),
        "byte flipped at the end": digest + b"\n" + flipped(len(body) - 2),
    }
    return header + damaged[how]


@pytest.mark.parametrize(
    "how",
    [
        "truncated",
        "garbage",
        "no body",
        "byte flipped near the start",
        "a letter changed in a text",
        "byte flipped at the end",
    ],
)
def test_a_damaged_cache_falls_back_to_full_validation(
    tmp_path: Path, small_data: dict[str, Any], as_bundled: Any, how: str
) -> None:
    path = as_bundled(cached_copy(tmp_path, small_data))
    header = cache_header(path.read_bytes())
    cache_path(path).write_bytes(damage(cache_path(path).read_bytes(), header, how))
    assert read_cache(path, path.read_bytes()) is None
    assert_identical(load_content(path), load_catalog(path))


@pytest.mark.parametrize(
    "held",
    [
        {"title": "a dict, not a Catalog"},
        (10_000, "a record of a class that does not exist"),
        (0, "a record with too few fields"),
        ("catalog", "a record whose class is not an index"),
        ((0,), "a record in place of a class index"),
    ],
)
def test_a_cache_holding_something_other_than_a_catalog_is_not_used(
    tmp_path: Path, small_data: dict[str, Any], as_bundled: Any, held: object
) -> None:
    path = as_bundled(cached_copy(tmp_path, small_data))
    body = marshal.dumps(held)
    cache_path(path).write_bytes(keyed_form(cache_header(path.read_bytes()), body))
    assert read_cache(path, path.read_bytes()) is None
    assert_identical(load_content(path), load_catalog(path))


def test_a_pickled_cache_of_the_first_form_is_not_read(
    tmp_path: Path, small_data: dict[str, Any], as_bundled: Any
) -> None:
    """Caches were pickles before (form 1): one left from then is remade, never unpickled."""
    path = as_bundled(cached_copy(tmp_path, small_data))
    catalog = load_catalog(path)
    old_header = cache_header(path.read_bytes()).replace(b"catalog cache 2\n", b"catalog cache\n")
    body = pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL)
    cache_path(path).write_bytes(keyed_form(old_header, body))
    assert read_cache(path, path.read_bytes()) is None


def test_the_bundled_file_is_read_through_its_cache_without_validation(
    tmp_path: Path, small_data: dict[str, Any], catalog: Catalog, as_bundled: Any
) -> None:
    # What the cache holds is taken as it is: here a catalog other than the file's,
    # stored under the file's key, which only the cache could have supplied.
    path = as_bundled(tmp_path / "content.json")
    path.write_text(json.dumps(small_data), encoding="utf-8")
    cache_path(path).write_bytes(cache_bytes(catalog, path.read_bytes()))
    assert load_content(path) == catalog


def test_a_cache_beside_any_other_file_is_never_read(
    tmp_path: Path, small_data: dict[str, Any], catalog: Catalog
) -> None:
    small_data["roles"][0]["companies"] = ["ghost"]
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    # Anyone can write a cache beside a file they hand out: what it holds is never
    # taken as validated.
    cache_path(path).write_bytes(cache_bytes(catalog, path.read_bytes()))
    with pytest.raises(ContentError) as caught:
        load_content(path)
    assert any("roles[0].companies[0]" in line for line in caught.value.lines())


# The command that makes caches --------------------------------------------------------


def test_a_broken_file_gets_no_cache(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    small_data["roles"] = []
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    assert main(["validate", str(path), "--cache"]) == 2
    assert not cache_path(path).exists()
    assert "roles: this may not be empty" in capsys.readouterr().err


def test_validate_checks_in_full_even_when_cached(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = cached_copy(tmp_path, small_data)
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0
    assert "valid content" in capsys.readouterr().out


def test_a_cache_that_cannot_be_written_is_reported_in_plain_words(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    cache_path(path).mkdir()  # a folder where the cache should go
    assert main(["validate", str(path), "--cache"]) == 2
    error = capsys.readouterr().err
    assert "could not write the cache" in error
    assert "Traceback" not in error


def test_values_of_the_wrong_json_type_are_refused_so_never_cached(
    tmp_path: Path, small_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    # Lax pydantic read "false" as false and 2.0 as 2; strict content refuses
    # them, so no cache can hold a value read apart from what the file says.
    small_data["models"][0]["definition"]["opinion"] = "false"
    small_data["qualifications"][0]["rank"] = 2.0
    small_data["sources"][0]["seed"] = 1
    path = tmp_path / "content.json"
    path.write_text(json.dumps(small_data), encoding="utf-8")
    assert main(["validate", str(path), "--cache"]) == 2
    errors = capsys.readouterr().err
    assert "models[0].definition.opinion: expected true or false, found text" in errors
    assert "qualifications[0].rank: expected a whole number, found a decimal number" in errors
    assert "sources[0].seed: expected true or false, found a number" in errors
    assert not cache_path(path).exists()

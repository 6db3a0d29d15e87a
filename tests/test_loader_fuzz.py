"""Random damage to the bundled content: the loader only ever answers ContentError, quickly."""

from __future__ import annotations

import copy
import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outsource_desktop.content.assets import bundled_content_path
from outsource_desktop.content.loader import load_catalog
from outsource_desktop.content.models import Catalog
from outsource_desktop.content.problems import ContentError

BUNDLED: dict[str, Any] = json.loads(bundled_content_path().read_text(encoding="utf-8"))
# Stand-ins that json.dumps cannot write (it refuses ints over 4,300 digits and
# recurses on deep lists); swapped for the raw text after dumping.
HUGE_INT = "\x00HUGE-INT\x00"
DEEP_LIST = "\x00DEEP-LIST\x00"
RAW = {json.dumps(HUGE_INT): "9" * 20_000, json.dumps(DEEP_LIST): "[" * 50_000 + "]" * 50_000}
SECONDS_PER_EXAMPLE = 1.0
timings: list[float] = []

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "<b>x</b>", "\u202e", "\x00", "A" * 30_000, HUGE_INT, DEEP_LIST]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def containers(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of every object and list in the content."""
    if isinstance(node, dict | list):
        yield path
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            yield from containers(value, (*path, key))


def at(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


@st.composite
def damaged_content(draw: st.DrawFn) -> str:
    data = copy.deepcopy(BUNDLED)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        # Paths are listed afresh: an earlier change may have removed some.
        target = at(data, draw(st.sampled_from(list(containers(data)))))
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        kind = draw(st.sampled_from(["delete", "replace", "swap", "duplicate", "add", "empty"]))
        if not keys or kind == "add":
            if isinstance(target, dict):
                target[draw(st.text(max_size=12))] = draw(values)
            else:
                target.append(draw(values))
            continue
        key = draw(st.sampled_from(keys))
        if kind == "delete":
            del target[key]
        elif kind == "replace":
            target[key] = draw(values)
        elif kind == "swap":
            other = draw(st.sampled_from(keys))
            target[key], target[other] = target[other], target[key]
        elif kind == "duplicate" and isinstance(target, list):
            target.append(copy.deepcopy(target[key]))  # duplicate ids, repeated records
        elif kind == "duplicate":
            target[f"{key}_copy"] = copy.deepcopy(target[key])
        elif isinstance(target[key], list | dict):
            target[key] = type(target[key])()
    text = json.dumps(data, allow_nan=True)
    for stand_in, raw in RAW.items():
        text = text.replace(stand_in, raw)
    if draw(st.integers(min_value=0, max_value=9)) == 0:  # now and then, cut the file short
        text = text[: draw(st.integers(min_value=0, max_value=len(text)))]
    return text


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@settings(
    max_examples=300,
    deadline=SECONDS_PER_EXAMPLE * 1000,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=damaged_content())
def test_damaged_content_only_ever_raises_content_error(folder: Path, text: str) -> None:
    path = folder / "damaged.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    problems: list[str] = []
    started = time.perf_counter()
    try:
        assert isinstance(load_catalog(path), Catalog)
    except ContentError as error:  # anything else fails the test
        problems = error.lines()
    elapsed = time.perf_counter() - started
    timings.append(elapsed)
    assert elapsed < SECONDS_PER_EXAMPLE
    assert all(line.startswith(f"{path}: ") for line in problems)


def test_report_fuzz_timings() -> None:
    # Runs after the property test (file order) and shows its slowest example.
    if not timings:
        pytest.skip("the property test did not run")
    print(f"\nfuzz: {len(timings)} examples, slowest {max(timings) * 1000:.1f} ms")
    assert max(timings) < SECONDS_PER_EXAMPLE

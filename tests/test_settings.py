"""Settings: a private file in tests, defaults after damage, and the damaged file kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from outsource_desktop.gui.settings import CORRUPT_SUFFIX, app_settings, settings_path

GOOD = b"[General]\nzoom=3\n"


def test_tests_never_touch_the_real_settings(private_user_folders: Path) -> None:
    settings = app_settings()
    assert settings_path().is_relative_to(str(private_user_folders))
    assert settings.fileName() == str(settings_path())


def test_settings_are_saved_and_read_back() -> None:
    settings = app_settings()
    settings.setValue("zoom", 3)
    settings.sync()
    assert app_settings().value("zoom", type=int) == 3
    assert not settings_path().with_name(settings_path().name + CORRUPT_SUFFIX).exists()


@pytest.mark.parametrize(
    "damage",
    [
        b"\0" * 512,  # what a crash during writing often leaves on ext4
        b"[General\nzoom=3\n",  # Qt reports a format error
        GOOD + b"name=\xff\xfe\n",  # not UTF-8
    ],
    ids=["NUL bytes", "broken section", "not UTF-8"],
)
def test_a_damaged_file_is_kept_aside_and_defaults_used(
    damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    settings = app_settings()
    assert settings.allKeys() == []
    assert settings.value("zoom", 1, type=int) == 1
    assert path.with_name(path.name + CORRUPT_SUFFIX).read_bytes() == damage
    assert "damaged" in caplog.text
    settings.setValue("zoom", 2)
    settings.sync()
    assert app_settings().value("zoom", type=int) == 2


def test_a_folder_in_place_of_the_file_is_moved_aside() -> None:
    path = settings_path()
    path.mkdir(parents=True)
    assert app_settings().allKeys() == []
    assert path.with_name(path.name + CORRUPT_SUFFIX).is_dir()


def test_a_good_file_is_left_alone() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(GOOD)
    assert app_settings().value("zoom", type=int) == 3
    assert path.read_bytes() == GOOD

"""What the app says about itself matches what it does (issue #18, item 8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from outsource_desktop.gui.main_window import MainWindow

README = Path(__file__).resolve().parents[1] / "README.md"


def test_about_says_printing_talks_to_the_print_service(window: MainWindow) -> None:
    box: QMessageBox = window.show_about()
    text = " ".join(box.text().split())
    box.close()
    assert "It makes no network connection itself" in text
    assert "printing goes through this computer's print service" in text
    assert "never connects" not in text  # printing does, to the local print service


def test_readme_describes_the_hardened_behaviour() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "makes no network connection itself" in text
    assert "print service" in text
    assert "CUPS" in text
    assert "`--content FILE` may come before `export` or after it" in text
    assert "leading apostrophe" in text
    assert "OWASP" in text
    assert "benchmarks/growth.py" in text

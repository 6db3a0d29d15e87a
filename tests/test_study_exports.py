"""Study material taken elsewhere: the Anki deck read back from its zip and database,
and the question sheet, answer key and exam practice sheet as PDFs read back."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from outsource_desktop.cli import main
from outsource_desktop.content.models import Catalog
from outsource_desktop.export.anki import write_anki_package
from outsource_desktop.export.atomic import ExportError
from outsource_desktop.gui.main_window import STUDY, MainWindow
from outsource_desktop.reference.study.cards import StudyCard, flashcard_deck
from outsource_desktop.reference.study.exam import exam_questions
from outsource_desktop.reference.study.questions import build_quiz


def read_apkg(path: Path, folder: Path) -> dict[str, Any]:
    """What Anki would import: the notes' guids and fields, the deck names, the note types."""
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        assert json.loads(archive.read("media")) == {}
        archive.extract("collection.anki2", folder)
    connection = sqlite3.connect(folder / "collection.anki2")
    try:
        notes = connection.execute("SELECT guid, flds, mid FROM notes").fetchall()
        (card_count,) = connection.execute("SELECT count(*) FROM cards").fetchone()
        decks_json, models_json = connection.execute("SELECT decks, models FROM col").fetchone()
    finally:
        connection.close()
    return {
        "fields": {guid: flds.split("\x1f") for guid, flds, _mid in notes},
        "note_count": len(notes),
        "card_count": card_count,
        "decks": {int(key): deck["name"] for key, deck in json.loads(decks_json).items()},
        "models": json.loads(models_json),
        "note_type_ids": {mid for _guid, _flds, mid in notes},
    }


def test_the_anki_deck_holds_every_card_as_a_note(catalog: Catalog, tmp_path: Path) -> None:
    cards = flashcard_deck(catalog)
    path = tmp_path / "deck.apkg"
    write_anki_package(cards, catalog.title, path)
    deck = read_apkg(path, tmp_path / "read")
    assert deck["note_count"] == deck["card_count"] == len(cards)
    assert catalog.title in deck["decks"].values()
    (note_type_id,) = deck["note_type_ids"]
    note_type = deck["models"][str(note_type_id)]
    assert [field["name"] for field in note_type["flds"]] == ["Front", "Back", "Source"]
    shown = sorted(
        tuple(html.unescape(field) for field in fields) for fields in deck["fields"].values()
    )
    # The back is the answer, then the line on why; lines break as Anki breaks them.
    expected = [
        (card.front, f"{card.back}\n\n{card.explanation}" if card.explanation else card.back)
        for card in cards
    ]
    assert shown == sorted(
        (front, back.replace("\n", "<br>"), card.source_line)
        for (front, back), card in zip(expected, cards, strict=True)
    )
    assert any(card.explanation for card in cards)


def test_exporting_again_gives_the_same_ids_so_anki_updates_instead_of_copying(
    catalog: Catalog, tmp_path: Path
) -> None:
    cards = flashcard_deck(catalog)
    reworded = [StudyCard(card.card_id, card.front + " (v2)", card.back, "") for card in cards]
    write_anki_package(cards, catalog.title, tmp_path / "one.apkg")
    write_anki_package(reworded, catalog.title, tmp_path / "two.apkg")
    one = read_apkg(tmp_path / "one.apkg", tmp_path / "one")
    two = read_apkg(tmp_path / "two.apkg", tmp_path / "two")
    assert set(one["fields"]) == set(two["fields"])
    assert len(one["fields"]) == len(cards)
    assert one["decks"] == two["decks"]
    assert one["note_type_ids"] == two["note_type_ids"]


def test_card_text_reaches_anki_as_text_not_markup(tmp_path: Path) -> None:
    card = StudyCard("odd", "Is <b>this</b> bold & <script>x</script>?", "No.\nTwo lines.", "")
    write_anki_package([card], "Deck::Name", tmp_path / "odd.apkg")
    deck = read_apkg(tmp_path / "odd.apkg", tmp_path / "odd")
    ((front, back, _source),) = deck["fields"].values()
    assert "<b>" not in front
    assert "<script>" not in front
    assert html.unescape(front) == card.front
    assert back == "No.<br>Two lines."
    assert "Deck:Name" in deck["decks"].values()  # "::" would file it under a parent deck


def test_a_failed_anki_export_keeps_the_earlier_file(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"an earlier deck")
    with pytest.raises(ExportError, match="no flashcards"):
        write_anki_package([], catalog.title, path)
    with pytest.raises(ExportError, match="folder does not exist"):
        write_anki_package(flashcard_deck(catalog), catalog.title, tmp_path / "gone" / "d.apkg")
    assert path.read_bytes() == b"an earlier deck"
    assert [entry.name for entry in tmp_path.iterdir()] == ["deck.apkg"]


def test_the_command_line_writes_the_deck(
    catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "flashcards.apkg"
    assert main(["export", "--view", "study", "--format", "apkg", "--output", str(path)]) == 0
    assert read_apkg(path, tmp_path / "read")["note_count"] == len(flashcard_deck(catalog))
    assert f"Wrote {path}" in capsys.readouterr().err  # stdout may be the export itself


@pytest.mark.parametrize(
    "arguments",
    [
        ["--view", "study", "--output", "{tmp}/deck.pdf"],
        ["--view", "comparison", "--output", "{tmp}/table.apkg"],
    ],
)
def test_only_the_deck_is_written_as_apkg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    arguments = [argument.format(tmp=tmp_path) for argument in arguments]
    assert main(["export", *arguments]) == 2
    error = capsys.readouterr().err.strip()
    assert "only the flashcards (--view study) are written as an Anki deck" in error
    assert not list(tmp_path.iterdir())


@pytest.fixture
def gui_application(qapp: Any) -> Any:
    """The tests' QApplication, made before the command line would make a bare
    QGuiApplication for its PDFs (a later widget test could not run on that)."""
    return qapp


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def words(text: str, count: int = 6) -> str:
    return " ".join(text.split()[:count])


@pytest.mark.usefixtures("gui_application")
def test_question_sheet_and_answer_key_print_apart_for_the_same_quiz(
    catalog: Catalog, tmp_path: Path
) -> None:
    sheet_path, key_path = tmp_path / "sheet.pdf", tmp_path / "key.pdf"
    for view, path in (("question-sheet", sheet_path), ("answer-key", key_path)):
        assert main(["export", "--view", view, "--seed", "5", "--output", str(path)]) == 0
    sheet, key = pdf_text(sheet_path), pdf_text(key_path)
    quiz = build_quiz(catalog, 5)
    assert sheet.startswith("Question sheet")
    assert "Answer key" not in sheet
    assert key.startswith("Answer key")
    for number, item in enumerate(quiz.items, start=1):
        assert f"Question {number}" in sheet
        letter = "ABCD"[item.correct]
        assert re.search(rf"\b{number}\. {letter}\. ", key), f"no answer {number} in the key"
    assert "Sources" in key


@pytest.mark.usefixtures("gui_application")
def test_the_exam_sheet_asks_every_exam_question_before_any_model_answer(
    catalog: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "exam.pdf"
    assert main(["export", "--view", "exam-sheet", "--output", str(path)]) == 0
    text = pdf_text(path)
    questions = exam_questions(catalog)
    assert questions
    assert text.startswith("Exam practice")
    answers_from = text.index("Model answers")
    for item in questions:
        assert text.index(words(item.question)) < answers_from
        # The model answer, point by point, then how its marks are shared out.
        first_point = text.index(words(item.points[0]), answers_from)
        assert text.index(words(item.points[-1]), first_point) >= first_point
        assert text.index(words(item.marking_note()), first_point) > first_point
    assert "Sources" in text


def test_the_study_tab_exports_its_deck_and_sheets_from_the_menu(
    window: MainWindow, tmp_path: Path
) -> None:
    actions = window.menu_actions
    assert not actions.export_anki.isEnabled()  # the window opens on another tab
    window.tabs.setCurrentIndex(STUDY)
    for action in (actions.export_anki, actions.export_answer_key, actions.export_exam_sheet):
        assert action.isEnabled()
    study = window.study_tab
    assert window.export_anki(tmp_path / "deck.apkg")
    deck = read_apkg(tmp_path / "deck.apkg", tmp_path / "read")
    assert deck["note_count"] == len(study.study.cards)
    assert window.export_document_to(window.exam_sheet_document(), tmp_path / "exam.pdf", "pdf")
    assert pdf_text(tmp_path / "exam.pdf").startswith("Exam practice")
    assert "deck.apkg" not in window.statusBar().currentMessage()
    assert "exam.pdf" in window.statusBar().currentMessage()

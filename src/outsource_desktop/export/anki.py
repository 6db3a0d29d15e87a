"""Flashcards as an Anki deck (.apkg), made with genanki.

Every id is derived from a fixed name or a card's stable id, so a deck
exported again and imported into Anki updates the notes already there
instead of adding copies: Anki matches notes by guid and decks and note
types by id. Card text is plain, so it is escaped into the HTML Anki shows.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from outsource_desktop.export.atomic import ExportError, atomic_write_bytes
from outsource_desktop.export.steps import Steps, run_to_end
from outsource_desktop.reference.study.cards import StudyCard

DECK_ID_NAME = "outsource-desktop/flashcards"
NOTE_TYPE_ID_NAME = "outsource-desktop/flashcard-note/1"
NOTE_TYPE_NAME = "Outsourcing Models flashcard"
FIELD_NAMES = ("Front", "Back", "Source")
CARD_TEMPLATE = {
    "name": "Card 1",
    "qfmt": "<div class=front>{{Front}}</div>",
    "afmt": "{{FrontSide}}<hr id=answer><div class=back>{{Back}}</div>"
    "<div class=source>{{Source}}</div>",
}
CARD_STYLE = """.card { font-family: sans-serif; font-size: 20px; text-align: center; }
.front { font-weight: bold; }
.source { margin-top: 1em; font-size: 14px; opacity: 0.7; }
"""


def stable_anki_id(name: str) -> int:
    """An id for a deck or note type, in the range genanki asks for: [2**30, 2**31)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_guid(card: StudyCard) -> str:
    return str(genanki.guid_for(card.card_id))


def _field(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def anki_back(card: StudyCard) -> str:
    """The answer, and under it the line on why: Anki's note keeps its three fields."""
    return f"{card.back}\n\n{card.explanation}" if card.explanation else card.back


def anki_deck(cards: Sequence[StudyCard], deck_name: str) -> genanki.Deck:
    note_type = genanki.Model(
        stable_anki_id(NOTE_TYPE_ID_NAME),
        NOTE_TYPE_NAME,
        fields=[{"name": name} for name in FIELD_NAMES],
        templates=[CARD_TEMPLATE],
        css=CARD_STYLE,
    )
    # "::" would make Anki file the deck under a parent deck of that name.
    deck = genanki.Deck(stable_anki_id(DECK_ID_NAME), deck_name.replace("::", ":"))
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=note_type,
                fields=[_field(card.front), _field(anki_back(card)), _field(card.source_line)],
                guid=note_guid(card),
            )
        )
    return deck


# Shares of the work done when the notes are made and when their database is
# written (the most of it); measured at 50,000 cards. The zip is the rest.
NOTES_DONE = 0.25
DATABASE_DONE = 0.8


def package_steps(cards: Sequence[StudyCard], deck_name: str) -> Steps[bytes]:
    """The .apkg file's bytes, a zip of the deck's collection database; yields progress."""
    package = genanki.Package(anki_deck(cards, deck_name))
    yield NOTES_DONE
    timestamp = time.time()
    # genanki's own write_to_file leaves its temporary database behind and writes
    # the target in place; building the zip here keeps both tidy.
    with tempfile.TemporaryDirectory(prefix="outsource-desktop-anki-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        yield DATABASE_DONE
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")  # the package has no pictures or sounds
    return buffer.getvalue()


def write_steps(cards: Sequence[StudyCard], deck_name: str, path: Path) -> Steps[None]:
    """Write the deck to `path` step by step, yielding the fraction done.

    The file is written at the very end, atomically: stopping early (closing
    the generator) or a failure (ExportError) leaves any earlier file as it was.
    """
    if not cards:
        raise ExportError(path, "there are no flashcards to export")
    try:
        data = yield from package_steps(cards, deck_name)
    except (OSError, sqlite3.Error) as error:  # the temporary folder, e.g. a full disk
        raise ExportError(path, f"the deck could not be built ({error})") from None
    atomic_write_bytes(path, data)


def write_anki_package(cards: Sequence[StudyCard], deck_name: str, path: Path) -> None:
    """Raises ExportError, leaving any earlier file at `path` as it was."""
    run_to_end(write_steps(cards, deck_name, path))

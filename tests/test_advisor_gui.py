"""The Advisor tab as an owner uses it: pick the work, adjust answers, read, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from outsource_desktop.content.loader import load_catalog
from outsource_desktop.documents.document import Table
from outsource_desktop.gui.app import application
from outsource_desktop.gui.main_window import MainWindow
from outsource_desktop.gui.tabs.advisor import AdvisorTab, with_mnemonic


def advisor_tab(window: MainWindow) -> AdvisorTab:
    window.tabs.setCurrentWidget(window.advisor_tab)
    return window.advisor_tab


def pick(qtbot: QtBot, tab: AdvisorTab, name: str) -> None:
    """Choose the work by its name from the picker, with the keyboard as a reader might."""
    tab.work_picker.setFocus()
    index = tab.work_picker.findText(name)
    assert index > 0, f"no work called {name!r}"
    while tab.work_picker.currentIndex() != index:
        key = Qt.Key.Key_Down if tab.work_picker.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(tab.work_picker, key)


def answer(tab: AdvisorTab, question_id: str, label: str) -> None:
    box = tab.answer_boxes[question_id]
    index = box.findText(label)
    assert index >= 0, f"no answer {label!r}"
    box.setCurrentIndex(index)


def test_picking_customer_support_advises_bpo_and_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = advisor_tab(window)
    pick(qtbot, tab, "Customer support (calls, chat, email)")
    text = tab.advice.toPlainText()
    assert "Best fit: BPO (Business Process Outsourcing)" in text
    assert "Why BPO: the answers that decided it" in text
    assert "Kind of work: Talking to customers: calls, chat, email, help desk." in text
    # The pick filled in the answers, which stay the reader's to change.
    assert tab.answer_boxes["volume"].currentText() == "A large, steady volume of similar tasks"
    assert "Answering customers' questions" in tab.work_description.text()


def test_picking_patent_search_advises_a_legal_provider(qtbot: QtBot, window: MainWindow) -> None:
    tab = advisor_tab(window)
    pick(qtbot, tab, "Patent search and prior-art research")
    text = tab.advice.toPlainText()
    assert "Best fit: LPO (Legal Process Outsourcing), ahead of KPO" in text
    assert "Questions to ask a provider" in text
    assert "qualified legal professionals, and which lawyer supervises them?" in text


def test_changing_an_answer_after_a_pick_changes_the_advice(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = advisor_tab(window)
    pick(qtbot, tab, "Research and development of your own products")
    answer(tab, "capacity", "Yes: we have the people, the skills and the time")
    text = tab.advice.toPlainText()
    assert "Best fit: keeping the work in-house" in text
    assert "you changed 1 answer." in text
    assert "Your own team: Yes: we have the people, the skills and the time." in text
    answer(tab, "capacity", "No: nobody has the skills or the time")
    answer(tab, "data", "Ordinary business data")
    answer(tab, "control", "Regular check-ins are enough")
    assert "Best fit: KPO (Knowledge Process Outsourcing)" in tab.advice.toPlainText()


def test_highly_sensitive_data_alone_points_in_house(window: MainWindow) -> None:
    tab = advisor_tab(window)
    assert "Pick the work or answer the questions" in tab.advice.toPlainText()
    answer(
        tab,
        "data",
        "Highly sensitive or regulated: health records, trade secrets, legal privilege, "
        "regulated financial data",
    )
    assert "Best fit: keeping the work in-house" in tab.advice.toPlainText()
    document = tab.advice.shown_document()
    assert document is not None
    ranking = next(b for b in document.blocks if isinstance(b, Table) and b.headers[0] == "Rank")
    fits = {row[1]: row[2:] for row in ranking.rows}
    assert fits["BPO"] == fits["KPO"] == fits["LPO"], "no kind of provider is favoured"
    tab.reset_button.click()
    assert tab.work_picker.currentIndex() == 0
    assert "Pick the work or answer the questions" in tab.advice.toPlainText()


def test_the_advice_exports_to_pdf_as_shown(window: MainWindow, tmp_path: Path) -> None:
    tab = advisor_tab(window)
    tab.pick_work("payroll")
    path = tmp_path / "advice.pdf"
    assert window.export_current(path, "pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    words = " ".join(text.split())
    assert "Outsourcing advice: Payroll and benefits administration" in words
    assert "Best fit: BPO (Business Process Outsourcing)" in words
    assert "What to watch for" in words
    for internal_id in ("bpo-back-office", "bpo-financial", "hands-on", "keep-decisions"):
        assert internal_id not in words


def test_each_question_is_one_alt_key_away(qtbot: QtBot, window: MainWindow) -> None:
    tab = advisor_tab(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.work_picker.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # &Kind of work
    assert tab.answer_boxes["kind"].hasFocus()
    assert with_mnemonic("R&D spend", set("r")) == "R&&&D spend"


def test_content_without_advisor_questions_still_advises_plainly(
    qtbot: QtBot, small_data: dict[str, Any], write_json: Any
) -> None:
    application()
    window = MainWindow(load_catalog(write_json(small_data)))
    qtbot.addWidget(window)
    tab = advisor_tab(window)
    assert not tab.answer_boxes
    assert "has no advisor questions" in tab.advice.toPlainText()
    tab.pick_work("call-centre")
    text = tab.advice.toPlainText()
    service = small_data["service_types"][0]
    assert f"{service['name']}: filed under BPO (Business Process Outsourcing)." in text
    assert service["description"]["text"] in text

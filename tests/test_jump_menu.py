"""The menus that jump to a place of a long page (the Overview's parts, the comparison's
sections): each place by its name as written, and choosing one says which."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from outsource_desktop.gui.widgets.jump_menu import JumpMenu


def test_a_place_is_named_as_written_and_choosing_it_gives_its_key(qtbot: QtBot) -> None:
    menu = JumpMenu("Go to…", [("Costs & savings", "costs"), ("Risks", "risks")])
    qtbot.addWidget(menu)
    chosen: list[str] = []
    menu.chosen.connect(chosen.append)
    actions = menu.place_actions()
    # An "&" in content is shown, not taken for a keyboard shortcut.
    assert [action.text().replace("&&", "&") for action in actions] == ["Costs & savings", "Risks"]
    assert actions[0].iconText() == "Costs & savings"
    assert menu.text() == "Go to…"
    actions[1].trigger()
    assert chosen == ["risks"]

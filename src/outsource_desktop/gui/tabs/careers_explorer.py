"""The career explorer panel: pick a qualification and skills, read the roles that fit,
their pay, the career ladders and the next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.career_explorer import explorer_document
from outsource_desktop.documents.document import Document
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.layouts import fill_with_split
from outsource_desktop.i18n import translate
from outsource_desktop.reference.careers import all_skills


class CareerExplorer(QWidget):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.qualification = QComboBox()
        for item in sorted(catalog.qualifications, key=lambda item: item.rank):
            self.qualification.addItem(item.name, item.id)
        self.skills = QListWidget()
        for skill in all_skills(catalog):
            # QListWidgetItem text is never rich text, so content shows as typed.
            entry = QListWidgetItem(skill)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.skills.addItem(entry)
        # Wide enough for the longest skill, so none is cut off.
        self.skills.setMinimumWidth(self.skills.sizeHintForColumn(0) + 40)
        qualification_label = QLabel(translate("CareersExplorer", "&Qualification:"))
        qualification_label.setBuddy(self.qualification)
        skills_label = QLabel(translate("CareersExplorer", "S&kills you have:"))
        skills_label.setBuddy(self.skills)
        self.clear_button = QPushButton(translate("CareersExplorer", "C&lear skills"))
        self.clear_button.clicked.connect(self.clear_skills)
        describe(
            self.qualification,
            translate("CareersExplorer", "Qualification"),
            translate("CareersExplorer", "Your highest qualification"),
        )
        describe(
            self.skills,
            translate("CareersExplorer", "Skills you have"),
            translate("CareersExplorer", "Tick the skills you have; space toggles one"),
        )
        describe(
            self.clear_button,
            translate("CareersExplorer", "Clear skills"),
            translate("CareersExplorer", "Untick every skill"),
        )
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.addWidget(qualification_label)
        choices_layout.addWidget(self.qualification)
        choices_layout.addWidget(skills_label)
        choices_layout.addWidget(self.skills, 1)
        choices_layout.addWidget(self.clear_button)
        self.result = describe(
            DocumentView(),
            translate("CareersExplorer", "Roles that fit"),
            translate("CareersExplorer", "Roles for your qualification, pay and next steps"),
        )
        fill_with_split(self, [(choices, 1), (self.result, 3)])
        self.qualification.currentIndexChanged.connect(self._update)
        self.skills.itemChanged.connect(self._update)
        self._update()

    def checked_skills(self) -> list[str]:
        return [
            self.skills.item(row).text()
            for row in range(self.skills.count())
            if self.skills.item(row).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, qualification_id: str, skills: list[str] | None = None) -> None:
        self.qualification.setCurrentIndex(self.qualification.findData(qualification_id))
        for row in range(self.skills.count()):
            item = self.skills.item(row)
            if skills is not None and item.text() in skills:
                item.setCheckState(Qt.CheckState.Checked)

    def clear_skills(self) -> None:
        for row in range(self.skills.count()):
            self.skills.item(row).setCheckState(Qt.CheckState.Unchecked)

    def document(self) -> Document:
        chosen = self.qualification.currentData()  # None when the content lists none
        return explorer_document(
            self.catalog, None if chosen is None else str(chosen), self.checked_skills()
        )

    def _update(self) -> None:
        self.result.show_document(self.document())

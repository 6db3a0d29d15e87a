"""A tab widget that builds each tab the first time it is shown or asked for.

The window opens on one tab; building the other five (and importing their
modules) would only delay the first paint. Until built, a tab is an empty
placeholder page; when built, the real widget takes the placeholder's place,
so `currentWidget()` and `indexOf()` always see real tabs once they exist.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from outsource_desktop.gui.tabs.tab import Tab

TabFactory = Callable[[], Tab]


class _Placeholder(QWidget):
    def __init__(self, factory: TabFactory) -> None:
        super().__init__()
        self.factory = factory


class LazyTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Connected first, so every later slot on currentChanged sees the real tab.
        self.currentChanged.connect(self.built)

    def is_built(self, index: int) -> bool:
        return isinstance(self.widget(index), Tab)

    def built(self, index: int) -> Tab:
        """The real widget of tab `index`, built now if it has not been yet."""
        page = self.widget(index)
        if isinstance(page, Tab):
            return page
        assert isinstance(page, _Placeholder), f"no tab {index}"
        real = page.factory()
        current = self.currentIndex()
        label = self.tabText(index)
        # Swapped silently: the tab the reader sees does not change.
        was_blocked = self.blockSignals(True)
        try:
            self.removeTab(index)
            self.insertTab(index, real, label)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(was_blocked)
        page.deleteLater()
        return real

    def current_tab(self) -> Tab:
        return self.built(self.currentIndex())

    def replace_all(self, tabs: list[tuple[TabFactory, str]]) -> None:
        """New tabs (e.g. for new content), staying at the current index.

        The tab in view is built first: if that fails, the old tabs stay.
        """
        current = min(max(self.currentIndex(), 0), len(tabs) - 1)
        shown = tabs[current][0]()
        old_pages = [self.widget(index) for index in range(self.count())]
        was_blocked = self.blockSignals(True)
        try:
            self.clear()
            for index, (factory, label) in enumerate(tabs):
                self.addTab(shown if index == current else _Placeholder(factory), label)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(was_blocked)
        for page in old_pages:
            if page is not None:
                page.deleteLater()
        self.currentChanged.emit(current)

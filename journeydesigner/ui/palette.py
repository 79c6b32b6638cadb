"""The palette dock: what a consultant drags onto the canvas.

Entries are grouped in sections (timeline, cards, emotions, devices), each a
small icon grid. Dragging an entry carries a :class:`PaletteEntry` as MIME
data; Enter (or a double-click) on an entry asks the main window to insert it
into the selected cell instead. The connection tool is a checkable button, not
a drag source.

Devices get one entry each, rather than one "device" entry with a submenu:
a menu cannot start a drag, and dragging "Mobile" straight onto a cell is the
gesture a workshop needs. The emotion and device sections are rebuilt when the
map's scale or device catalogue changes.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.canvas.mime import PaletteEntry
from journeydesigner.document.changes import Change
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.cards import CardType
from journeydesigner.ui.icons import emotion_icon_key, icon, signed_score

_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 24

# The card entries, in the order of the standard lanes.
CARD_ENTRIES = (
    CardType.ACTION,
    CardType.TOUCHPOINT,
    CardType.THOUGHT,
    CardType.PAIN_POINT,
    CardType.OPPORTUNITY,
    CardType.METRIC,
    CardType.NOTE,
)


@dataclass(frozen=True)
class _EntrySpec:
    name: str
    entry: PaletteEntry
    label: str
    icon_key: str
    tooltip: str
    fallback_icon: str = "generic"


class PaletteList(QListWidget):
    """One section's entries as an icon grid exactly as tall as its rows (no scroll bar)."""

    entryActivated = Signal(str)  # entry name

    def __init__(self, min_cell_width: int, dock: PaletteDock) -> None:
        super().__init__()
        self._dock = dock
        self._min_cell_width = min_cell_width
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The sections sit on the dock's own background: white boxes of
        # uneven height read as clutter.
        self.setStyleSheet("QListWidget { background: transparent; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemDoubleClicked.connect(lambda item: self.entryActivated.emit(item.data(_NAME_ROLE)))

    def set_entries(self, specs: list[_EntrySpec]) -> None:
        """Show *specs*, replacing what the list held."""
        self.clear()
        for spec in specs:
            item = QListWidgetItem(icon(spec.icon_key, spec.fallback_icon), spec.label)
            item.setData(_NAME_ROLE, spec.name)
            item.setToolTip(spec.tooltip)
            plain = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", spec.tooltip)).split())
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, plain)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self._fit()

    def item_named(self, name: str) -> QListWidgetItem | None:
        """The item of the entry *name*, if this list shows it."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_NAME_ROLE) == name:
                return item
        return None

    # ------------------------------------------------------------ geometry

    def _cell_height(self, cell_width: int) -> int:
        # The icon, the tallest wrapped label (at most two lines: longer ones
        # are elided) and some air.
        metrics = self.fontMetrics()
        lines = 1
        for row in range(self.count()):
            text = self.item(row).text()
            box = metrics.boundingRect(QRect(0, 0, cell_width - 8, 1000), Qt.TextFlag.TextWordWrap, text)
            lines = max(lines, min(2, math.ceil(box.height() / metrics.lineSpacing())))
        return ICON_SIZE + lines * metrics.lineSpacing() + 16

    def _fit(self) -> None:
        width = max(self.viewport().width(), self._min_cell_width)
        columns = max(1, width // self._min_cell_width)
        # QListView wraps when a cell would end on the viewport's last pixel
        # column, so the cells share one pixel less than the width.
        cell_width = (width - 2) // columns
        cell = QSize(cell_width, self._cell_height(cell_width))
        if self.gridSize() != cell:
            self.setGridSize(cell)
            # Lay out now: Adjust mode would wait for a timer, and until then
            # the rows would not match the height set below.
            self.doItemsLayout()
        rows = max(1, math.ceil(self.count() / columns))
        self.setFixedHeight(rows * cell.height() + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(2 * self._min_cell_width, self.height())

    # ------------------------------------------------------------ drag and keys

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self._dock.mime_for(item.data(_NAME_ROLE)))
        drag.setPixmap(item.icon().pixmap(QSize(32, 32), self.devicePixelRatioF()))
        drag.exec(Qt.DropAction.CopyAction)  # a palette entry is never moved away

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.entryActivated.emit(item.data(_NAME_ROLE))
            event.accept()
            return
        super().keyPressEvent(event)


class PaletteDock(QDockWidget):
    """Stages, cards, emotion markers and devices to drag onto the canvas, and the connection tool."""

    insertRequested = Signal(object)  # PaletteEntry: insert into the selected cell
    connectionToolToggled = Signal(bool)

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Palette"), parent)
        self.setObjectName("palette")
        self._state = state
        self._by_list: dict[str, dict[str, PaletteEntry]] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)

        self._timeline_list = self._section(layout, self.tr("Timeline"), 92, "paletteTimeline")
        self._connection_button = QToolButton()
        self._connection_button.setObjectName("paletteConnectionTool")
        self._connection_button.setCheckable(True)
        self._connection_button.setIcon(icon("connection"))
        self._connection_button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self._connection_button.setText(self.tr("Connect cards"))
        self._connection_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._connection_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._connection_button.setToolTip(
            self._tooltip(
                self.tr("Connection tool"),
                self.tr("Draws an arrow from one card to another."),
                self.tr(
                    "Click here, then click a card and then the card it leads to. "
                    "Esc or a second click here stops the tool."
                ),
            )
        )
        self._connection_button.toggled.connect(self.connectionToolToggled)
        layout.addWidget(self._connection_button)

        self._card_list = self._section(layout, self.tr("Cards"), 92, "paletteCards")
        self._emotion_list = self._section(layout, self.tr("Emotions"), 62, "paletteEmotions")
        self._device_list = self._section(layout, self.tr("Devices"), 92, "paletteDevices")
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(scroll)

        self._fill_static()
        self._fill_catalogue()
        state.document.changed.connect(self._on_changed)

    # ------------------------------------------------------------ public API

    def entry_names(self) -> list[str]:
        """Names of every draggable entry: ``stage``, card types, ``emotion:<score>``, ``device:<id>``."""
        return list(self._entries)

    def entry(self, name: str) -> PaletteEntry:
        """The payload of the entry *name* (KeyError when there is none)."""
        return self._entries[name]

    def mime_for(self, name: str) -> QMimeData:
        """The MIME data a drag of the entry *name* carries (what the canvas receives on drop)."""
        return self._entries[name].to_mime()

    def item_for(self, name: str) -> QListWidgetItem:
        """The list item showing the entry *name* (KeyError when there is none)."""
        for lst in self._lists():
            item = lst.item_named(name)
            if item is not None:
                return item
        raise KeyError(name)

    def list_for(self, name: str) -> PaletteList:
        """The section list holding the entry *name*."""
        return self._list_of(self.item_for(name))

    @property
    def connection_tool_checked(self) -> bool:
        """True while the connection tool is on."""
        return self._connection_button.isChecked()

    def set_connection_tool_checked(self, checked: bool) -> None:
        """Turn the connection tool on or off (the canvas turns it off on Esc)."""
        self._connection_button.setChecked(checked)

    # ------------------------------------------------------------ building

    def _section(self, layout: QVBoxLayout, title: str, cell_width: int, name: str) -> PaletteList:
        header = QLabel(title)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setContentsMargins(2, 8, 0, 2)
        layout.addWidget(header)
        lst = PaletteList(cell_width, self)
        lst.setObjectName(name)
        lst.setAccessibleName(title)
        lst.entryActivated.connect(self._activate)
        lst.currentItemChanged.connect(self._keep_one_selection)
        layout.addWidget(lst)
        return lst

    def _lists(self) -> tuple[PaletteList, ...]:
        return (self._timeline_list, self._card_list, self._emotion_list, self._device_list)

    def _list_of(self, item: QListWidgetItem) -> PaletteList:
        lst = item.listWidget()
        assert isinstance(lst, PaletteList)
        return lst

    @staticmethod
    def _tooltip(title: str, what: str, how: str) -> str:
        return f"<p><b>{html.escape(title)}</b><br>{html.escape(what)}</p><p><i>{html.escape(how)}</i></p>"

    def _card_texts(self) -> dict[CardType, tuple[str, str]]:
        return {
            CardType.ACTION: (self.tr("Action"), self.tr("What the customer does.")),
            CardType.TOUCHPOINT: (
                self.tr("Touchpoint"),
                self.tr("A moment of contact between customer and company."),
            ),
            CardType.THOUGHT: (self.tr("Thought"), self.tr("What the customer thinks or says.")),
            CardType.PAIN_POINT: (
                self.tr("Pain point"),
                self.tr("Something that hurts the customer's experience."),
            ),
            CardType.OPPORTUNITY: (self.tr("Opportunity"), self.tr("An idea to improve the experience.")),
            CardType.METRIC: (self.tr("Metric"), self.tr("A figure behind the journey, with its target.")),
            CardType.NOTE: (self.tr("Note"), self.tr("A free note of the team; fits any lane but emotions.")),
        }

    def _fill_static(self) -> None:
        how = self.tr("Drag onto a cell of the canvas, or press Enter to add it to the selected cell.")
        stage = _EntrySpec(
            "stage",
            PaletteEntry(kind="stage"),
            self.tr("Stage"),
            "stage",
            self._tooltip(
                self.tr("Stage"),
                self.tr("A phase of the journey: a new column of the timeline."),
                self.tr(
                    "Drag between two stages of the canvas, "
                    "or press Enter to add it after the selected stage."
                ),
            ),
        )
        self._set(self._timeline_list, [stage])
        cards = []
        texts = self._card_texts()
        for card_type in CARD_ENTRIES:
            label, what = texts[card_type]
            cards.append(
                _EntrySpec(
                    card_type.value,
                    PaletteEntry(kind="card", card_type=card_type.value),
                    label,
                    card_type.value,
                    self._tooltip(label, what, how),
                )
            )
        self._set(self._card_list, cards)

    def _fill_catalogue(self) -> None:
        journey = self._state.document.journey
        scale = journey.emotion_scale
        emotions = [
            _EntrySpec(
                f"emotion:{level.score}",
                PaletteEntry(kind="emotion", score=level.score),
                level.label,
                emotion_icon_key(level.score, scale),
                self._tooltip(
                    self.tr("Emotion marker: {label} ({score})").format(
                        label=level.label, score=signed_score(level.score)
                    ),
                    self.tr("A point of the persona's emotion curve."),
                    self.tr(
                        "Drag onto the emotions lane: the height where you drop it sets the score. "
                        "Enter adds it to the selected cell."
                    ),
                ),
            )
            for level in scale.levels
        ]
        devices = [
            _EntrySpec(
                f"device:{device.id}",
                PaletteEntry(kind="device", device=device.id),
                device.name,
                device.icon,
                self._tooltip(
                    self.tr("Device: {name}").format(name=device.name),
                    self.tr("A device the customer uses at that moment."),
                    self.tr(
                        "Drag onto a cell of the channels lane, "
                        "or press Enter to add it to the selected cell."
                    ),
                ),
                fallback_icon="device",
            )
            for device in journey.devices
        ]
        self._set(self._emotion_list, emotions)
        self._set(self._device_list, devices)

    def _set(self, lst: PaletteList, specs: list[_EntrySpec]) -> None:
        self._by_list[lst.objectName()] = {spec.name: spec.entry for spec in specs}
        lst.set_entries(specs)

    @property
    def _entries(self) -> dict[str, PaletteEntry]:
        # In the order the sections show them.
        merged: dict[str, PaletteEntry] = {}
        for lst in self._lists():
            merged.update(self._by_list.get(lst.objectName(), {}))
        return merged

    # ------------------------------------------------------------ reactions

    def _on_changed(self, change: Change) -> None:
        if change.whole_map:
            self._fill_catalogue()

    def _activate(self, name: str) -> None:
        entry = self._entries.get(name)
        if entry is not None:
            self.insertRequested.emit(entry)

    def _keep_one_selection(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        # Each section is its own list; only the one the user is in shows a selection.
        if current is None:
            return
        owner = current.listWidget()
        for lst in self._lists():
            if lst is not owner:
                lst.clearSelection()

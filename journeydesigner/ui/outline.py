"""The outline dock: every persona's stages, lanes and cards as a tree.

The tree reads persona › stage › lane › card, the cards of each stage × lane
cell in their order. Its selection follows the editor state both ways; a
document change updates only the personas it reaches, and inside a persona
whose stages and lanes are unchanged only the cells whose cards changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView, QWidget

from journeydesigner.canvas.texts import level_label
from journeydesigner.document.changes import Change
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.cards import (
    AnyCard,
    DeviceCard,
    EmotionCard,
    MetricCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
)
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.timeline import Lane, Stage
from journeydesigner.ui.inspector_fields import (
    card_type_label,
    format_number,
    format_score,
    lane_kind_label,
    swatch,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id the row stands for
PERSONA_ROLE = Qt.ItemDataRole.UserRole + 2  # the persona the row belongs to
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "persona", "stage", "lane" or "card"
STAGE_ROLE = Qt.ItemDataRole.UserRole + 4  # lane and card rows: the stage of their cell
LANE_ROLE = Qt.ItemDataRole.UserRole + 5  # card rows: the lane of their cell

_DETAIL_CHARS = 240  # how much of a description a tooltip quotes

Cell = tuple[str, str]  # (stage id, lane id)


@dataclass
class _PersonaRows:
    """The rows of one persona's subtree, by id."""

    item: QStandardItem
    stage_order: list[str] = field(default_factory=list)
    lane_order: list[str] = field(default_factory=list)
    stages: dict[str, QStandardItem] = field(default_factory=dict)
    cells: dict[Cell, QStandardItem] = field(default_factory=dict)
    cards: dict[str, QStandardItem] = field(default_factory=dict)


def _cells_of(persona: Persona) -> dict[Cell, list[AnyCard]]:
    cells: dict[Cell, list[AnyCard]] = {}
    for card in persona.timeline.cards:
        cells.setdefault((card.stage, card.lane), []).append(card)
    return cells


def _row(text: str, kind: str, item_id: str, persona_id: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(item_id, ID_ROLE)
    item.setData(persona_id, PERSONA_ROLE)
    item.setData(kind, KIND_ROLE)
    return item


def _set_texts(item: QStandardItem, text: str, details: str) -> None:
    # QStandardItem.setData ignores equal values, so unchanged rows emit nothing.
    item.setText(text)
    item.setData(details, Qt.ItemDataRole.AccessibleDescriptionRole)
    item.setToolTip(details)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DETAIL_CHARS else text[: _DETAIL_CHARS - 1] + "…"


class OutlineDock(QDockWidget):
    """A tree of all personas › stages › lanes › cards whose selection is the editor's."""

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setWindowTitle(self.tr("Outline"))
        self.state = state
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setObjectName("outlineTree")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(14)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Journey outline"))
        self.view.setAccessibleDescription(
            self.tr(
                "Personas with their stages, lanes and cards. Selecting rows selects "
                "the items on the canvas and shows them in the inspector."
            )
        )
        self.setWidget(self.view)
        self._rows: dict[str, _PersonaRows] = {}
        self._expanded: set[str] = set()
        self._syncing = False
        self._catalogue: tuple[object, ...] = ()
        self._dim = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))

        self.view.expanded.connect(lambda index: self._track(index, True))
        self.view.collapsed.connect(lambda index: self._track(index, False))
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        state.selectionChanged.connect(self._on_state_selection)
        state.personaChanged.connect(self._on_persona_changed)
        state.document.changed.connect(self._on_document_changed)

        self._expanded.update(p.id for p in self.journey.personas)
        self._catalogue_changed()
        self._sync_persona_rows()
        self._on_persona_changed(state.persona_id)

    # ------------------------------------------------------------ public

    @property
    def document(self) -> JourneyDocument:
        """The document shown."""
        return self.state.document

    @property
    def journey(self) -> JourneyMap:
        """The map shown."""
        return self.state.document.journey

    def items_for(self, item_id: str) -> list[QStandardItem]:
        """The rows standing for *item_id* (a lane has one row under each stage)."""
        owner = self.journey.index.owner(item_id)
        rows = self._rows.get(owner.id) if owner is not None else None
        if rows is None:
            return []
        if item_id == rows.item.data(ID_ROLE):
            return [rows.item]
        if item_id in rows.cards:
            return [rows.cards[item_id]]
        if item_id in rows.stages:
            return [rows.stages[item_id]]
        return [rows.cells[(s, item_id)] for s in rows.stage_order if (s, item_id) in rows.cells]

    # ------------------------------------------------------------ building

    def _sync_persona_rows(self) -> set[str]:
        """Add, remove and reorder persona rows; return the ids of rows built anew."""
        journey = self.journey
        built: set[str] = set()
        for persona_id in [p for p in self._rows if p not in journey.index.personas]:
            self.model.removeRow(self._rows.pop(persona_id).item.row())
        for position, persona in enumerate(journey.personas):
            rows = self._rows.get(persona.id)
            if rows is None:
                rows = _PersonaRows(_row("", "persona", persona.id, persona.id))
                self._fill_persona(rows, persona)
                self.model.insertRow(position, rows.item)
                self._rows[persona.id] = rows
                built.add(persona.id)
            elif rows.item.row() != position:
                self.model.insertRow(position, self.model.takeRow(rows.item.row()))
                built.add(persona.id)  # moved rows forget their expansion
            self._persona_texts(rows, persona)
        for persona_id in built:
            self._restore_expansion(self._rows[persona_id])
        return built

    def _fill_persona(self, rows: _PersonaRows, persona: Persona) -> None:
        """(Re)build the stages, cells and cards under a persona row."""
        rows.item.removeRows(0, rows.item.rowCount())
        rows.stages.clear()
        rows.cells.clear()
        rows.cards.clear()
        timeline = persona.timeline
        rows.stage_order = [s.id for s in timeline.stages]
        rows.lane_order = [lane.id for lane in timeline.lanes]
        cells = _cells_of(persona)
        stage_items = []
        for number, stage in enumerate(timeline.stages, 1):
            stage_item = _row("", "stage", stage.id, persona.id)
            rows.stages[stage.id] = stage_item
            for lane in timeline.lanes:
                cell_item = _row("", "lane", lane.id, persona.id)
                cell_item.setData(stage.id, STAGE_ROLE)
                rows.cells[(stage.id, lane.id)] = cell_item
                cards = cells.get((stage.id, lane.id), [])
                cell_item.appendRows([self._card_row(rows, persona, card) for card in cards])
                self._cell_texts(cell_item, stage, lane, len(cards))
                stage_item.appendRow(cell_item)
            self._stage_texts(stage_item, stage, number, len(timeline.stages), cells, rows.lane_order)
            stage_items.append(stage_item)
        rows.item.appendRows(stage_items)  # one insertion for the whole subtree

    def _card_row(self, rows: _PersonaRows, persona: Persona, card: AnyCard) -> QStandardItem:
        item = _row("", "card", card.id, persona.id)
        item.setData(card.stage, STAGE_ROLE)
        item.setData(card.lane, LANE_ROLE)
        self._card_texts(item, card)
        rows.cards[card.id] = item
        return item

    def _update_persona(self, persona: Persona, change: Change, all_cards: bool = False) -> None:
        """Bring one persona's subtree up to date after *change* (all_cards: redo every card's text)."""
        rows = self._rows[persona.id]
        timeline = persona.timeline
        same_shape = rows.stage_order == [s.id for s in timeline.stages] and rows.lane_order == [
            lane.id for lane in timeline.lanes
        ]
        if not same_shape:
            self._fill_persona(rows, persona)
            self._restore_expansion(rows)
            self._persona_texts(rows, persona)
            return
        cells = _cells_of(persona)
        touched: set[Cell] = set()  # cells where cards were added, removed, moved or changed
        for item_id in change.items:
            row = rows.cards.get(item_id)
            if row is not None:
                touched.add((row.data(STAGE_ROLE), row.data(LANE_ROLE)))
            entry = self.journey.index.cards.get(item_id)
            if entry is not None and entry[0] is persona:
                touched.add((entry[1].stage, entry[1].lane))
        stale = [c for c in touched if self._cell_ids(rows.cells[c]) != [k.id for k in cells.get(c, [])]]
        for cell in stale:  # first forget every stale row: a moved card may land in a later cell
            cell_item = rows.cells[cell]
            for row_number in range(cell_item.rowCount()):
                rows.cards.pop(cell_item.child(row_number).data(ID_ROLE), None)
            cell_item.removeRows(0, cell_item.rowCount())
        for cell in stale:
            rows.cells[cell].appendRows([self._card_row(rows, persona, c) for c in cells.get(cell, [])])
        fresh = set(stale)
        for cell in (set(rows.cells) if all_cards else touched) - fresh:
            for card in cells.get(cell, []):
                if all_cards or card.id in change.items:
                    self._card_texts(rows.cards[card.id], card)
        # A stage or lane edit (name, colour, hidden) shows in every cell row.
        text_cells = set(rows.cells) if change.structure else touched
        lanes = {lane.id: lane for lane in timeline.lanes}
        count = len(timeline.stages)
        for number, stage in enumerate(timeline.stages, 1):
            if change.structure or any(c[0] == stage.id for c in touched):
                self._stage_texts(rows.stages[stage.id], stage, number, count, cells, rows.lane_order)
        for stage_id, lane_id in text_cells:
            stage = self.journey.index.stages[stage_id][1]
            cards = cells.get((stage_id, lane_id), [])
            self._cell_texts(rows.cells[(stage_id, lane_id)], stage, lanes[lane_id], len(cards))
        self._persona_texts(rows, persona)

    @staticmethod
    def _cell_ids(cell_item: QStandardItem) -> list[str]:
        return [cell_item.child(r).data(ID_ROLE) for r in range(cell_item.rowCount())]

    # ------------------------------------------------------------ texts

    def _persona_texts(self, rows: _PersonaRows, persona: Persona) -> None:
        name = persona.name or self.tr("(unnamed persona)")
        timeline = persona.timeline
        details = self.tr("Persona {name}. {stages} stages, {cards} cards.").format(
            name=name, stages=len(timeline.stages), cards=len(timeline.cards)
        )
        if persona.role:
            details += " " + persona.role
        _set_texts(rows.item, name, details)
        rows.item.setData(swatch(persona.color), Qt.ItemDataRole.DecorationRole)
        font = QFont(self.view.font())
        font.setBold(persona.id == self.state.persona_id)  # the persona shown on the canvas
        rows.item.setFont(font)

    def _stage_texts(
        self,
        item: QStandardItem,
        stage: Stage,
        number: int,
        count: int,
        cells: dict[Cell, list[AnyCard]],
        lane_order: list[str],
    ) -> None:
        cards = sum(len(cells.get((stage.id, lane_id), [])) for lane_id in lane_order)
        name = stage.name or self.tr("(unnamed stage)")
        details = self.tr("Stage {number} of {count}, {cards} cards.").format(
            number=number, count=count, cards=cards
        )
        if stage.timeframe:
            details += " " + stage.timeframe
        _set_texts(item, name, details)
        item.setData(swatch(stage.color), Qt.ItemDataRole.DecorationRole)

    def _cell_texts(self, item: QStandardItem, stage: Stage, lane: Lane, cards: int) -> None:
        name = lane.name or lane_kind_label(lane.kind)
        text = f"{name} {self.tr('(hidden)')}" if lane.hidden else name
        details = self.tr("Lane {lane} ({kind}) in stage {stage}, {cards} cards.").format(
            lane=name, kind=lane_kind_label(lane.kind), stage=stage.name, cards=cards
        )
        if lane.hidden:
            details += " " + self.tr("The lane is hidden.")
        _set_texts(item, text, details)
        item.setForeground(self._dim if cards == 0 or lane.hidden else QBrush())

    def _card_texts(self, item: QStandardItem, card: AnyCard) -> None:
        title = card.title or self.tr("(untitled)")
        kind = card_type_label(card.type)
        if isinstance(card, EmotionCard):
            text = f"{kind} {format_score(card.score)}: {title}"
        else:
            text = f"{kind}: {title}"
        _set_texts(item, text, self._card_details(card))

    def _card_details(self, card: AnyCard) -> str:
        """The facts of a card in words, for tooltips and screen readers."""
        journey = self.journey
        parts = [card_type_label(card.type)]
        if isinstance(card, TouchpointCard):
            channels = {c.id: c.name for c in journey.channels}
            devices = {d.id: d.name for d in journey.devices}
            if card.channel:
                parts.append(self.tr("channel {name}").format(name=channels.get(card.channel, card.channel)))
            if card.devices:
                names = ", ".join(devices.get(d, d) for d in card.devices)
                parts.append(self.tr("devices {names}").format(names=names))
            if card.owner:
                parts.append(self.tr("owner {name}").format(name=card.owner))
            if card.moment_of_truth:
                parts.append(self.tr("moment of truth"))
        elif isinstance(card, DeviceCard):
            name = next((d.name for d in journey.devices if d.id == card.device), card.device)
            parts.append(self.tr("device {name}").format(name=name))
        elif isinstance(card, EmotionCard):
            label = journey.emotion_scale.label_for(card.score)
            score = format_score(card.score)
            parts.append(self.tr("emotion {score} ({label})").format(score=score, label=label))
        elif isinstance(card, PainPointCard):
            parts.append(self.tr("severity {level}").format(level=level_label(card.severity)))
        elif isinstance(card, OpportunityCard):
            parts.append(self.tr("priority {level}").format(level=level_label(card.priority)))
            if card.owner:
                parts.append(self.tr("owner {name}").format(name=card.owner))
        elif isinstance(card, MetricCard):
            figure = " ".join(x for x in (format_number(card.value), card.unit) if x)
            if figure:
                parts.append(self.tr("value {figure}").format(figure=figure))
            if card.target is not None:
                parts.append(self.tr("target {figure}").format(figure=format_number(card.target)))
            if card.source:
                parts.append(self.tr("source {name}").format(name=card.source))
        details = ", ".join(parts) + "."
        if card.title:
            details = f"{card.title}. {details}"
        if card.description:
            details += " " + _quote(card.description)
        return details

    # ------------------------------------------------------------ expansion

    @staticmethod
    def _key(index: QModelIndex | QPersistentModelIndex) -> str:
        if index.data(KIND_ROLE) == "lane":
            return f"{index.data(STAGE_ROLE)}/{index.data(ID_ROLE)}"
        return str(index.data(ID_ROLE))

    def _track(self, index: QModelIndex, expanded: bool) -> None:
        if expanded:
            self._expanded.add(self._key(index))
        else:
            self._expanded.discard(self._key(index))

    def _restore_expansion(self, rows: _PersonaRows) -> None:
        expanded = self._expanded
        if rows.item.data(ID_ROLE) in expanded:
            self.view.expand(rows.item.index())
        for stage_id, stage_item in rows.stages.items():
            if stage_id in expanded:
                self.view.expand(stage_item.index())
        for (stage_id, lane_id), cell_item in rows.cells.items():
            if f"{stage_id}/{lane_id}" in expanded:
                self.view.expand(cell_item.index())

    # ------------------------------------------------------------ selection

    def _on_document_changed(self, change: Change) -> None:
        journey = self.journey
        # Removing selected rows changes the view's selection: that is not the user's doing.
        self._syncing = True
        try:
            built = self._sync_persona_rows() if change.persona_list or change.whole_map else set()
            targets = set(change.personas)
            all_cards = change.whole_map and self._catalogue_changed()
            if all_cards:
                targets = {p.id for p in journey.personas}  # channel or emotion names in every row
            for persona_id in sorted(targets):
                persona = journey.index.personas.get(persona_id)
                if persona is not None and persona_id in self._rows and persona_id not in built:
                    self._update_persona(persona, change, all_cards)
        finally:
            self._syncing = False
        self._show_selection(scroll=False)

    def _catalogue_changed(self) -> bool:
        """True when the names that card rows quote (channels, devices, emotion levels) changed.

        Most map-wide changes (the map's title, typed a key at a time) leave
        them alone, and redoing every row of a large map per keystroke is slow.
        """
        journey = self.journey
        signature = (
            tuple((c.id, c.name) for c in journey.channels),
            tuple((d.id, d.name) for d in journey.devices),
            tuple((level.score, level.label) for level in journey.emotion_scale.levels),
        )
        changed = signature != self._catalogue
        self._catalogue = signature
        return changed

    def _on_state_selection(self, _ids: list[str]) -> None:
        self._show_selection(scroll=True)

    def _on_persona_changed(self, _persona_id: str) -> None:
        for persona_id, rows in self._rows.items():
            persona = self.journey.index.personas.get(persona_id)
            if persona is not None:
                self._persona_texts(rows, persona)
        self._show_selection(scroll=True)

    def _show_selection(self, scroll: bool) -> None:
        """Select the rows of the state's selection (the current persona when it is empty)."""
        if self._syncing:
            return
        ids = self.state.selection or [self.state.persona_id]
        items = [item for item_id in ids for item in self.items_for(item_id)]
        selection = QItemSelection()
        for item in items:
            selection.select(item.index(), item.index())
        model = self.view.selectionModel()
        self._syncing = True
        try:
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if items:
                first = items[0].index()
                model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                if scroll:
                    parent = first.parent()
                    while parent.isValid():
                        self.view.expand(parent)
                        parent = parent.parent()
                    self.view.scrollTo(first)
        finally:
            self._syncing = False

    def _on_view_selection(self, *_args: object) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self._push("", [])
            return
        current = self.view.currentIndex()
        anchor = current if current.isValid() and current in rows else rows[0]
        persona_id = str(anchor.data(PERSONA_ROLE))
        ids = [
            str(index.data(ID_ROLE))
            for index in rows
            if index.data(PERSONA_ROLE) == persona_id and index.data(KIND_ROLE) != "persona"
        ]
        self._push(persona_id, ids)
        dropped = len(rows) - len(ids)
        if dropped and len(rows) > 1:
            # A selection holds items of one persona only (and a persona row
            # stands for "nothing selected"): show what was selected.
            self._show_selection(scroll=False)

    def _push(self, persona_id: str, ids: list[str]) -> None:
        self._syncing = True
        try:
            if persona_id:
                self.state.set_persona(persona_id)
            self.state.set_selection(ids)
        finally:
            self._syncing = False

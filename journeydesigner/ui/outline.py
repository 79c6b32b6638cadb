"""The outline dock: every persona's stages, lanes and cards as a tree.

The tree reads persona › stage › lane › card, the cards of each stage × lane
cell in their order. Its selection follows the editor state both ways.

Large maps open fast and stay quick to edit. The rows of a persona's lanes
and cards are made the first time one of them is needed: a stage of that
persona opened, or one of its lanes or cards selected (until then each stage
holds a placeholder row, the usual way for a tree to load as it opens). A
change of the map touches only the rows it reaches: a moved card's row is
taken out of one cell and put into another, and only the texts that changed
are written again. The rows
live in a QStandardItemModel, so the tree's own work on them stays in Qt.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView, QWidget

from journeydesigner.document.changes import Change
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.cards import AnyCard
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.ui.after_frame import AfterFrame
from journeydesigner.ui.inspector_fields import swatch
from journeydesigner.ui.outline_texts import (
    card_details,
    card_text,
    cell_details,
    cell_text,
    persona_texts,
    stage_texts,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id the row stands for
PERSONA_ROLE = Qt.ItemDataRole.UserRole + 2  # the persona the row belongs to
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "persona", "stage", "lane" or "card"
STAGE_ROLE = Qt.ItemDataRole.UserRole + 4  # lane and card rows: the stage of their cell
LANE_ROLE = Qt.ItemDataRole.UserRole + 5  # card rows: the lane of their cell

Cell = tuple[str, str]  # (stage id, lane id)
_STAGE_OF = attrgetter("stage")


@dataclass
class _PersonaRows:
    """One persona's subtree: its rows by id and, once loaded, the cards of each cell.

    Until a stage of the persona opens (or one of its lanes or cards is asked
    for) it has stage rows only; ``loaded`` then makes its lane and card rows.
    """

    item: QStandardItem
    stage_order: list[str] = field(default_factory=list)
    lane_order: list[str] = field(default_factory=list)
    stages: dict[str, QStandardItem] = field(default_factory=dict)
    cells: dict[Cell, QStandardItem] = field(default_factory=dict)
    loaded: bool = False
    # Once loaded: the card ids of each cell as the tree shows them, and the card rows.
    cell_cards: dict[Cell, list[str]] = field(default_factory=dict)
    card_cell: dict[str, Cell] = field(default_factory=dict)
    cards: dict[str, QStandardItem] = field(default_factory=dict)


def _cells_of(persona: Persona, wanted: set[Cell] | None = None) -> dict[Cell, list[AnyCard]]:
    """The cards of each cell of *persona*, in order (only the *wanted* cells, when given)."""
    cells: dict[Cell, list[AnyCard]] = {} if wanted is None else {cell: [] for cell in wanted}
    for card in persona.timeline.cards:
        cell = (card.stage, card.lane)
        if wanted is None:
            cells.setdefault(cell, []).append(card)
        elif cell in wanted:
            cells[cell].append(card)
    return cells


_PROTOTYPES: dict[str, QStandardItem] = {}


def _placeholder() -> QStandardItem:
    """The one row of a stage whose lane rows are not made yet (its opening makes them)."""
    item = QStandardItem("…")
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    item.setData("placeholder", KIND_ROLE)
    return item


def _row(text: str, kind: str, item_id: str, persona_id: str) -> QStandardItem:
    # Copied from a row of the same kind: two calls fewer per row than setting
    # it all, which counts when a large map opens.
    prototype = _PROTOTYPES.get(kind)
    if prototype is None:
        prototype = _PROTOTYPES[kind] = QStandardItem()
        prototype.setEditable(False)
        prototype.setData(kind, KIND_ROLE)
    item = QStandardItem(prototype)  # not clone(): PySide deletes its result twice (a crash)
    item.setText(text)
    item.setData(item_id, ID_ROLE)
    item.setData(persona_id, PERSONA_ROLE)
    return item


def _set_texts(item: QStandardItem, text: str, details: str) -> None:
    # QStandardItem.setData ignores equal values, so unchanged rows emit nothing.
    item.setText(text)
    item.setData(details, Qt.ItemDataRole.AccessibleDescriptionRole)
    item.setToolTip(details)


def _row_keys(indexes: list[QModelIndex]) -> set[tuple[str, str]]:
    """What rows stand for, comparable across calls (a lane's row by its stage too)."""
    return {(index.data(ID_ROLE), index.data(STAGE_ROLE)) for index in indexes}


class OutlineDock(QDockWidget):
    """A tree of all personas › stages › lanes › cards whose selection is the editor's."""

    def __init__(self, state: EditorState, parent: QWidget | None = None, *, later: bool = False) -> None:
        """*later*: leave the tree empty until it is first needed (:meth:`flush`)."""
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
        self._swatches: dict[str, QIcon] = {}
        self._pending: Change | None = None  # edits the tree has not followed yet
        self._follow = AfterFrame(self.flush, self)

        self.view.expanded.connect(lambda index: self._track(index, True))
        self.view.collapsed.connect(lambda index: self._track(index, False))
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        state.selectionChanged.connect(self._on_state_selection)
        state.personaChanged.connect(self._on_persona_changed)
        state.document.changed.connect(self._on_document_changed)

        self._expanded.update(p.id for p in self.journey.personas)
        self._built = False
        if not later:
            self.flush()

    def _build(self) -> None:
        """Make the personas' rows (their stages' rows; the rest when a stage opens)."""
        self._built = True
        self._pending = None  # the rows are made from the map as it is now
        self._catalogue_changed()
        self._sync_persona_rows()
        self._on_persona_changed(self.state.persona_id)

    # ------------------------------------------------------------ public

    @property
    def document(self) -> JourneyDocument:
        """The document shown."""
        return self.state.document

    @property
    def journey(self) -> JourneyMap:
        """The map shown."""
        return self.state.document.journey

    def items_for(self, item_id: str) -> list[QModelIndex]:
        """The rows standing for *item_id* (a lane has one row under each stage)."""
        self.flush()
        owner = self.journey.index.owner(item_id)
        rows = self._rows.get(owner.id) if owner is not None else None
        if owner is None or rows is None:
            return []
        if item_id == owner.id:
            return [rows.item.index()]
        if item_id in self.journey.index.cards:
            self._load(rows, owner)
            card_row = rows.cards.get(item_id)  # none yet for a card just added, until announced
            return [] if card_row is None else [card_row.index()]
        if item_id in rows.stages:
            return [rows.stages[item_id].index()]
        if item_id in self.journey.index.lanes:
            self._load(rows, owner)
        return [rows.cells[(s, item_id)].index() for s in rows.stage_order if (s, item_id) in rows.cells]

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
        """(Re)build the stage rows under a persona row (and, once loaded, its lane and card rows).

        Until then each stage row holds one placeholder row, so that the tree
        shows it can be opened; opening it loads the persona (see _track).
        """
        was_loaded, rows.loaded = rows.loaded, False
        rows.item.removeRows(0, rows.item.rowCount())
        rows.stages.clear()
        rows.cells.clear()
        rows.cards.clear()
        rows.cell_cards.clear()
        rows.card_cell.clear()
        timeline = persona.timeline
        rows.stage_order = [s.id for s in timeline.stages]
        rows.lane_order = [lane.id for lane in timeline.lanes]
        stage_items = []
        for stage in timeline.stages:
            stage_item = _row("", "stage", stage.id, persona.id)
            rows.stages[stage.id] = stage_item
            if rows.lane_order and not was_loaded:
                stage_item.appendRow(_placeholder())
            stage_items.append(stage_item)
        self._stage_texts(rows, persona, set(rows.stage_order))
        rows.item.appendRows(stage_items)  # one insertion for the whole subtree
        if was_loaded:
            self._load(rows, persona)

    def _load(self, rows: _PersonaRows, persona: Persona) -> None:
        """Make a persona's lane and card rows, the first time they are needed."""
        if rows.loaded:
            return
        rows.loaded = True
        cells = _cells_of(persona)
        lanes = [(lane.id, cell_text(lane)) for lane in persona.timeline.lanes]
        for stage_id, stage_item in rows.stages.items():
            cell_items = []
            for lane_id, text in lanes:
                cell = (stage_id, lane_id)
                cell_item = _row(text, "lane", lane_id, persona.id)
                cell_item.setData(stage_id, STAGE_ROLE)
                rows.cells[cell] = cell_item
                cards = cells.get(cell, [])
                rows.cell_cards[cell] = [card.id for card in cards]
                rows.card_cell.update((card.id, cell) for card in cards)
                if cards:
                    cell_item.appendRows([self._card_row(rows, persona, card) for card in cards])
                self._cell_texts(rows, cell)
                cell_items.append(cell_item)
            stage_item.removeRows(0, stage_item.rowCount())  # the placeholder
            stage_item.appendRows(cell_items)

    def _card_row(self, rows: _PersonaRows, persona: Persona, card: AnyCard) -> QStandardItem:
        item = _row("", "card", card.id, persona.id)
        item.setData(card.stage, STAGE_ROLE)
        item.setData(card.lane, LANE_ROLE)
        _set_texts(item, card_text(card), card_details(self.journey, card))
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
        if not rows.loaded:
            # No lane row to update: only the stage rows show what changed (their counts of cards).
            self._stage_texts(rows, persona, set(rows.stage_order))
            self._persona_texts(rows, persona)
            return
        index = self.journey.index
        touched: set[Cell] = set()  # cells where cards came, went, moved or changed
        for item_id in change.items:
            shown_in = rows.card_cell.get(item_id)
            if shown_in is not None:
                touched.add(shown_in)
            entry = index.cards.get(item_id)
            if entry is not None and entry[0] is persona:
                touched.add((entry[1].stage, entry[1].lane))
        touched &= rows.cells.keys()
        cells = _cells_of(persona, touched)
        self._move_card_rows(rows, persona, {cell: [c.id for c in cells[cell]] for cell in touched})
        for cell in touched:
            for card_id in rows.cell_cards.get(cell, []):
                if rows.card_cell.get(card_id) == cell:
                    del rows.card_cell[card_id]
        for cell in touched:
            rows.cell_cards[cell] = [card.id for card in cells[cell]]
            rows.card_cell.update((card.id, cell) for card in cells[cell])
        for card_id in rows.cards if all_cards else change.items & rows.cards.keys():
            card = index.cards[card_id][1]
            _set_texts(rows.cards[card_id], card_text(card), card_details(self.journey, card))
        # A stage or lane edit (name, colour, hidden) shows in every lane row.
        for cell in set(rows.cells) if change.structure else touched:
            self._cell_texts(rows, cell)
        self._stage_texts(
            rows, persona, set(rows.stage_order) if change.structure else {c[0] for c in touched}
        )
        self._persona_texts(rows, persona)

    def _move_card_rows(self, rows: _PersonaRows, persona: Persona, new: dict[Cell, list[str]]) -> None:
        """Make the card rows of each cell of *new* read its ids: rows that left a cell are
        taken out first (a card moved to a later cell must not be a row of two cells at once),
        then put where they now belong; only cards new to the persona get new rows."""
        taken: dict[str, QStandardItem] = {}
        for cell, ids in new.items():
            cell_item = rows.cells.get(cell)
            if cell_item is None:
                continue
            shown = rows.cell_cards.get(cell, [])
            staying = set(ids)
            kept = [card_id for card_id in shown if card_id in staying]
            in_order = kept == [card_id for card_id in ids if card_id in set(kept)]
            for position in range(len(shown) - 1, -1, -1):
                if not in_order or shown[position] not in staying:
                    taken[shown[position]] = cell_item.takeRow(position)[0]
        cards = self.journey.index.cards
        for cell, ids in new.items():
            cell_item = rows.cells.get(cell)
            if cell_item is None:
                continue
            position = 0
            while position < len(ids):
                if (
                    position < cell_item.rowCount()
                    and cell_item.child(position).data(ID_ROLE) == ids[position]
                ):
                    position += 1
                    continue
                end = position
                present = cell_item.child(position).data(ID_ROLE) if position < cell_item.rowCount() else None
                while end < len(ids) and ids[end] != present:
                    end += 1
                run = []
                for card_id in ids[position:end]:
                    item = taken.pop(card_id, None)
                    if item is None:
                        item = self._card_row(rows, persona, cards[card_id][1])
                    else:
                        item.setData(cell[0], STAGE_ROLE)
                        item.setData(cell[1], LANE_ROLE)
                    run.append(item)
                cell_item.insertRows(position, run)
                position = end
        for card_id in taken:  # removed from the map
            rows.cards.pop(card_id, None)

    # ------------------------------------------------------------ texts

    def _persona_texts(self, rows: _PersonaRows, persona: Persona) -> None:
        _set_texts(rows.item, *persona_texts(persona))
        rows.item.setData(self._swatch(persona.color), Qt.ItemDataRole.DecorationRole)
        font = QFont(self.view.font())
        font.setBold(persona.id == self.state.persona_id)  # the persona shown on the canvas
        rows.item.setFont(font)

    def _stage_texts(self, rows: _PersonaRows, persona: Persona, stage_ids: set[str]) -> None:
        if rows.loaded:
            counts = {
                stage_id: sum(
                    len(rows.cell_cards.get((stage_id, lane_id), ())) for lane_id in rows.lane_order
                )
                for stage_id in stage_ids
            }
        else:
            counts = Counter(map(_STAGE_OF, persona.timeline.cards))
        stages = self.journey.index.stages
        count = len(rows.stage_order)
        for number, stage_id in enumerate(rows.stage_order, 1):
            if stage_id not in stage_ids:
                continue
            stage = stages[stage_id][1]
            item = rows.stages[stage_id]
            _set_texts(item, *stage_texts(stage, number, count, counts.get(stage_id, 0)))
            item.setData(self._swatch(stage.color), Qt.ItemDataRole.DecorationRole)

    def _cell_texts(self, rows: _PersonaRows, cell: Cell) -> None:
        index = self.journey.index
        stage, lane = index.stages[cell[0]][1], index.lanes[cell[1]][1]
        cards = len(rows.cell_cards.get(cell, ()))
        item = rows.cells[cell]
        _set_texts(item, cell_text(lane), cell_details(stage, lane, cards))
        item.setForeground(self._dim if cards == 0 or lane.hidden else QBrush())

    def _swatch(self, colour: str) -> QIcon:
        icon = self._swatches.get(colour)
        if icon is None:
            icon = self._swatches[colour] = swatch(colour)
        return icon

    # ------------------------------------------------------------ expansion

    @staticmethod
    def _key(index: QModelIndex | QPersistentModelIndex) -> str:
        if index.data(KIND_ROLE) == "lane":
            return f"{index.data(STAGE_ROLE)}/{index.data(ID_ROLE)}"
        return str(index.data(ID_ROLE))

    def _track(self, index: QModelIndex, expanded: bool) -> None:
        if expanded:
            self._expanded.add(self._key(index))
            if index.data(KIND_ROLE) == "stage":
                # Its lane rows show: they need their card rows to show what they hold.
                persona_id = str(index.data(PERSONA_ROLE))
                persona = self.journey.index.personas.get(persona_id)
                if persona is not None and persona_id in self._rows:
                    self._load(self._rows[persona_id], persona)
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
        # The tree follows the map just after the canvas has shown the edit
        # (see flush): a burst of edits (a key held down, a History jump)
        # reaches it once, and the canvas is never kept waiting for it.
        if self._pending is None:
            self._pending = Change()
            self._follow.request()
        self._pending.merge(change)

    def flush(self) -> None:
        """Bring the tree up to date with the map now, if edits are waiting for it."""
        if not self._built:
            self._build()
            return
        change, self._pending = self._pending, None
        if change is None:
            return
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
        self.flush()
        self._show_selection(scroll=True)

    def _on_persona_changed(self, _persona_id: str) -> None:
        self.flush()
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
        indexes = [index for item_id in ids for index in self.items_for(item_id)]
        model = self.view.selectionModel()
        if not scroll and _row_keys(model.selectedRows()) == _row_keys(indexes):
            return  # already shown: nothing to announce
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index)
        self._syncing = True
        try:
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if indexes:
                first = indexes[0]
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

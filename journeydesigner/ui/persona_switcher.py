"""The persona switcher: which persona's timeline the canvas shows, and persona commands.

A combo box lists the personas (their chart marker in their colour, and their
name); a menu button next to it adds, renames, duplicates, deletes and
reorders personas and copies stages and lanes between them. Every change is
one undoable command of the document.

"Add persona" gives the new persona the current persona's stages and lanes
(new ids, no cards, no profile): the personas of one map nearly always share
their stages, and the coverage matrix and emotion overview match stages by
name. "Duplicate" also copies the profile (role, goals, quote …).

"Copy stages and lanes from" is a submenu listing the other personas with
what each would add, so no dialog is needed; personas with nothing to add are
greyed out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from journeydesigner.document.changes import Change
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model import edits as ed
from journeydesigner.model import limits
from journeydesigner.model.copying import copy_lane, copy_persona, copy_stage, missing_structure, name_key
from journeydesigner.model.ids import new_id
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import text
from journeydesigner.model.timeline import Lane, Timeline
from journeydesigner.templates.data import STANDARD_LANES
from journeydesigner.ui.icons import icon
from journeydesigner.ui.overview import marker_icon

# Colours for new personas, distinct from each other (Tableau 10).
PERSONA_COLOURS = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)

Confirm = Callable[[str, str], bool]
AskText = Callable[[str, str, str], str | None]


def next_colour(used: list[str]) -> str:
    """The first persona colour not in *used* (cycling when all are taken)."""
    taken = {c.upper() for c in used}
    for colour in PERSONA_COLOURS:
        if colour.upper() not in taken:
            return colour
    return PERSONA_COLOURS[len(used) % len(PERSONA_COLOURS)]


def unique_name(wanted: str, existing: list[str]) -> str:
    """*wanted*, or *wanted* with the first free number (" 2", " 3" …) when the name is taken."""
    taken = {name_key(n) for n in existing}
    wanted = wanted[: limits.MAX_NAME_CHARS]
    if name_key(wanted) not in taken:
        return wanted
    number = 2
    while True:
        suffix = f" {number}"
        candidate = wanted[: limits.MAX_NAME_CHARS - len(suffix)] + suffix
        if name_key(candidate) not in taken:
            return candidate
        number += 1


class PersonaSwitcher(QWidget):
    """A combo box to switch persona and a menu of persona commands.

    ``confirm(title, question) -> bool`` and ``ask_text(title, label, value)
    -> str | None`` show the dialogs; tests replace them.
    """

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaSwitcher")
        self._state = state
        self._document = state.document
        self.confirm: Confirm = self._ask_confirmation
        self.ask_text: AskText = self._ask_text

        self.combo = QComboBox()
        self.combo.setObjectName("personaCombo")
        self.combo.setToolTip(self.tr("The persona whose journey the canvas shows"))
        self.combo.setAccessibleName(self.tr("Persona"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(12)
        self.combo.setIconSize(QSize(14, 14))
        self.combo.activated.connect(self._on_activated)

        self.menu = QMenu(self)
        self.menu.setObjectName("personaMenu")
        self._build_actions()
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("personaMenuButton")
        self.menu_button.setText(self.tr("Personas"))
        self.menu_button.setIcon(icon("persona"))
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolTip(self.tr("Add, rename, duplicate, delete or reorder personas"))
        self.menu_button.setMenu(self.menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.menu_button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self._document.changed.connect(self._on_changed)
        state.personaChanged.connect(self._show_current)
        self._refill()

    # ------------------------------------------------------------ actions

    def _action(self, name: str, label: str, slot: Callable[[], object]) -> QAction:
        action = QAction(label, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_add = self._action("actionAddPersona", self.tr("Add persona"), self.add_persona)
        self.action_add.setIcon(icon("persona"))
        self.action_rename = self._action("actionRenamePersona", self.tr("Rename…"), self.rename_persona)
        self.menu.addSeparator()
        self.action_duplicate = self._action(
            "actionDuplicatePersona", self.tr("Duplicate (with cards)"), lambda: self.duplicate_persona(True)
        )
        self.action_duplicate_structure = self._action(
            "actionDuplicatePersonaStructure",
            self.tr("Duplicate (stages and lanes only)"),
            lambda: self.duplicate_persona(False),
        )
        self.copy_menu = QMenu(self.tr("Copy stages and lanes from"), self.menu)
        self.copy_menu.setObjectName("personaCopyStructureMenu")
        self.copy_menu.setToolTip(self.tr("Add the stages and lanes of another persona that this one lacks"))
        self.copy_menu.setToolTipsVisible(True)
        self.menu.addMenu(self.copy_menu)
        self.menu.addSeparator()
        self.action_move_up = self._action(
            "actionMovePersonaUp", self.tr("Move up"), lambda: self.move_persona(-1)
        )
        self.action_move_down = self._action(
            "actionMovePersonaDown", self.tr("Move down"), lambda: self.move_persona(1)
        )
        self.menu.addSeparator()
        self.action_delete = self._action("actionDeletePersona", self.tr("Delete…"), self.delete_persona)
        self.menu.aboutToShow.connect(self._update_actions)
        # What each persona would add is worked out only when someone looks.
        self.menu.aboutToShow.connect(self._fill_copy_menu)

    def _update_actions(self) -> None:
        personas = self._document.journey.personas
        current = self._state.persona
        position = next((i for i, p in enumerate(personas) if p is current), -1)
        has = current is not None
        self.action_rename.setEnabled(has)
        self.action_duplicate.setEnabled(has)
        self.action_duplicate_structure.setEnabled(has)
        self.action_delete.setEnabled(has and len(personas) > 1)
        self.action_move_up.setEnabled(position > 0)
        self.action_move_down.setEnabled(0 <= position < len(personas) - 1)
        self.copy_menu.setEnabled(has and len(personas) > 1)

    def _fill_copy_menu(self) -> None:
        self.copy_menu.clear()
        current = self._state.persona
        for persona in self._document.journey.personas:
            if current is None or persona is current:
                continue
            missing = missing_structure(current, persona)
            stages, lanes = len(missing.stages), len(missing.lanes)
            parts = []
            if stages:
                parts.append(self.tr("1 stage") if stages == 1 else self.tr("{n} stages").format(n=stages))
            if lanes:
                parts.append(self.tr("1 lane") if lanes == 1 else self.tr("{n} lanes").format(n=lanes))
            detail = ", ".join(parts) if parts else self.tr("nothing to add")
            action = self.copy_menu.addAction(
                marker_icon(self._position(persona), persona.color), f"{persona.name} ({detail})"
            )
            action.setObjectName(f"copyStructureFrom:{persona.id}")
            action.setEnabled(bool(missing))
            action.triggered.connect(lambda _checked=False, pid=persona.id: self.copy_structure_from(pid))

    # ------------------------------------------------------------ commands

    def _personas(self) -> list[Persona]:
        return self._document.journey.personas

    def _position(self, persona: Persona) -> int:
        return next(i for i, p in enumerate(self._personas()) if p is persona)

    def add_persona(self) -> str | None:
        """Add a persona with the current one's stages and lanes; show it. Returns its id."""
        journey = self._document.journey
        current = self._state.persona
        if current is not None:
            timeline = Timeline(
                stages=[copy_stage(s) for s in current.timeline.stages],
                lanes=[copy_lane(lane) for lane in current.timeline.lanes],
            )
        else:
            language = journey.language
            timeline = Timeline(
                lanes=[
                    Lane(id=new_id("lane"), kind=kind, name=text(f"lane.{kind.value}", language))
                    for kind in STANDARD_LANES
                ]
            )
        persona = Persona(
            id=new_id("persona"),
            name=unique_name(text("persona.default", journey.language), [p.name for p in journey.personas]),
            color=next_colour([p.color for p in journey.personas]),
            timeline=timeline,
        )
        if not self._document.execute(self.tr("Add persona"), ed.AddPersona(persona)):
            return None
        self._state.set_persona(persona.id)
        return persona.id

    def rename_persona(self, name: str | None = None) -> bool:
        """Rename the current persona (asks for the name when *name* is None)."""
        persona = self._state.persona
        if persona is None:
            return False
        if name is None:
            name = self.ask_text(self.tr("Rename persona"), self.tr("Name:"), persona.name)
            if name is None:
                return False
        name = name.strip()
        if not name or name == persona.name:
            return False
        return self._document.execute(self.tr("Rename persona"), ed.UpdateItem(persona.id, {"name": name}))

    def duplicate_persona(self, with_cards: bool = True) -> str | None:
        """Insert a copy of the current persona after it, with new ids; show it. Returns its id."""
        persona = self._state.persona
        if persona is None:
            return None
        journey = self._document.journey
        copy = copy_persona(persona, with_cards)
        copy.name = unique_name(
            self.tr("{name} (copy)").format(name=persona.name), [p.name for p in journey.personas]
        )
        copy.color = next_colour([p.color for p in journey.personas])
        label = self.tr("Duplicate persona") if with_cards else self.tr("Duplicate persona structure")
        if not self._document.execute(label, ed.AddPersona(copy, self._position(persona) + 1)):
            return None
        self._state.set_persona(copy.id)
        return copy.id

    def delete_persona(self) -> bool:
        """Delete the current persona after confirmation; the last one cannot be deleted."""
        persona = self._state.persona
        personas = self._personas()
        if persona is None or len(personas) <= 1:
            return False
        timeline = persona.timeline
        question = self.tr(
            "Delete the persona “{name}” with its journey ({stages} stages, {cards} cards)?\n"
            "Undo brings it back."
        ).format(name=persona.name, stages=len(timeline.stages), cards=len(timeline.cards))
        if not self.confirm(self.tr("Delete persona"), question):
            return False
        position = self._position(persona)
        neighbour = personas[position + 1] if position + 1 < len(personas) else personas[position - 1]
        self._state.set_persona(neighbour.id)
        if self._document.execute(self.tr("Delete persona"), ed.RemovePersona(persona.id)):
            return True
        self._state.set_persona(persona.id)
        return False

    def move_persona(self, delta: int) -> bool:
        """Move the current persona *delta* places in the list (-1 = up/left, +1 = down/right)."""
        persona = self._state.persona
        if persona is None:
            return False
        target = self._position(persona) + delta
        if not 0 <= target < len(self._personas()):
            return False
        return self._document.execute(self.tr("Move persona"), ed.MovePersona(persona.id, target))

    def copy_structure_from(self, source_id: str) -> bool:
        """Add the stages and lanes of persona *source_id* that the current persona lacks (by name)."""
        persona = self._state.persona
        source = self._document.journey.index.personas.get(source_id)
        if persona is None or source is None or source is persona:
            return False
        missing = missing_structure(persona, source)
        if not missing:
            return False
        edits: list[ed.Edit] = [ed.AddStage(persona.id, stage, index) for index, stage in missing.stages]
        edits += [ed.AddLane(persona.id, lane, index) for index, lane in missing.lanes]
        label = self.tr("Copy stages and lanes from {name}").format(name=source.name)
        return self._document.execute(label, edits)

    # ------------------------------------------------------------ dialogs

    def _ask_confirmation(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_text(self, title: str, label: str, value: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, value)
        return name if ok else None

    # ------------------------------------------------------------ keeping in sync

    def _refill(self) -> None:
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for position, persona in enumerate(self._personas()):
                self.combo.addItem(marker_icon(position, persona.color), persona.name, persona.id)
                self.combo.setItemData(position, persona.role or persona.name, Qt.ItemDataRole.ToolTipRole)
        finally:
            self.combo.blockSignals(False)
        self._show_current(self._state.persona_id)
        self._update_actions()

    def _show_current(self, persona_id: str) -> None:
        row = self.combo.findData(persona_id)
        if row != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(row)
            self.combo.blockSignals(False)
        self._update_actions()

    def _on_changed(self, change: Change) -> None:
        if change.persona_list or change.whole_map:
            self._refill()

    def _on_activated(self, row: int) -> None:
        persona_id = self.combo.itemData(row)
        if isinstance(persona_id, str):
            self._state.set_persona(persona_id)

"""What the user is looking at: the current persona and the selection.

Shared by the canvas and every dock, so that selecting in one selects in all.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from journeydesigner.document.changes import Change
from journeydesigner.document.document import JourneyDocument
from journeydesigner.model.persona import Persona


class EditorState(QObject):
    """The current persona and the ids of the selected items."""

    personaChanged = Signal(str)  # persona id ("" when the map has none)
    selectionChanged = Signal(list)  # ids, in the order they were selected

    def __init__(self, document: JourneyDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        personas = document.journey.personas
        self._persona_id = personas[0].id if personas else ""
        self._selection: list[str] = []
        document.changed.connect(self._on_changed)

    # ------------------------------------------------------------ persona

    @property
    def persona_id(self) -> str:
        """The id of the persona whose timeline is shown."""
        return self._persona_id

    @property
    def persona(self) -> Persona | None:
        """The persona whose timeline is shown."""
        return self.document.journey.index.personas.get(self._persona_id)

    def set_persona(self, persona_id: str) -> None:
        """Show the timeline of *persona_id*; the selection is cleared."""
        if persona_id == self._persona_id:
            return
        self._persona_id = persona_id
        self.set_selection([])
        self.personaChanged.emit(persona_id)

    # ------------------------------------------------------------ selection

    @property
    def selection(self) -> list[str]:
        """The selected ids (cards, stages, lanes, connections)."""
        return list(self._selection)

    def set_selection(self, ids: Iterable[str]) -> None:
        """Select exactly *ids*; emits selectionChanged when it differs."""
        new = list(dict.fromkeys(ids))
        if new != self._selection:
            self._selection = new
            self.selectionChanged.emit(list(new))

    def _on_changed(self, change: Change) -> None:
        journey = self.document.journey
        if self._persona_id not in journey.index.personas:
            # The shown persona was removed (or undone away): show another one.
            self._persona_id = ""
            self.set_persona(journey.personas[0].id if journey.personas else "")
        index = journey.index
        alive = [
            i
            for i in self._selection
            if i in index.cards or i in index.stages or i in index.lanes or i in index.connections
        ]
        if alive != self._selection:
            self.set_selection(alive)
        del change

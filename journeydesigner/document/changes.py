"""What an edit changed, so views can update only what it reaches."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeydesigner.model import edits as ed
from journeydesigner.model.journey import JourneyMap


@dataclass
class Change:
    """The reach of one or more applied edits.

    ``personas``: timelines whose content changed (cards, stages, lanes,
    connections). ``items``: ids of objects added, removed or changed.
    ``moved``: those of ``items`` that only changed place (a card moved to
    another cell or position): they look the same, so a view moves them
    without drawing them again; every other one of ``items`` must repaint.
    ``structure``: stages or lanes changed, so headers and columns must be
    laid out again. ``persona_list``: personas were added,
    removed, renamed or reordered. ``whole_map``: map-level fields (title,
    scale, catalogues) changed, which may affect everything.
    """

    personas: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    moved: set[str] = field(default_factory=set)
    structure: bool = False
    persona_list: bool = False
    whole_map: bool = False

    def merge(self, other: Change) -> None:
        """Add the reach of *other* to this change."""
        self.personas |= other.personas
        # Moved in one and changed in the other: changed.
        changed = (self.items - self.moved) | (other.items - other.moved)
        self.items |= other.items
        self.moved = (self.moved | other.moved) - changed
        self.structure |= other.structure
        self.persona_list |= other.persona_list
        self.whole_map |= other.whole_map

    def touches(self, persona_id: str) -> bool:
        """True when the timeline of *persona_id* may look different."""
        return self.whole_map or persona_id in self.personas


def _owner(journey: JourneyMap, item_id: str) -> str | None:
    persona = journey.index.owner(item_id)
    return persona.id if persona is not None else None


def describe(journey: JourneyMap, edit: ed.Edit) -> Change:
    """The reach of *edit*; call it before applying the edit, while what it names exists."""
    change = Change()
    if isinstance(edit, ed.UpdateMap | ed.AddCatalogueEntry | ed.RemoveCatalogueEntry):
        change.whole_map = True
    elif isinstance(edit, ed.AddPersona | ed.RemovePersona | ed.MovePersona):
        persona_id = edit.persona.id if isinstance(edit, ed.AddPersona) else edit.persona_id
        change.persona_list = True
        change.personas.add(persona_id)
    elif isinstance(edit, ed.UpdateItem):
        owner = _owner(journey, edit.item_id)
        change.items.add(edit.item_id)
        if edit.item_id in journey.index.personas:
            change.persona_list = True
            change.personas.add(edit.item_id)
        elif owner is None:
            change.whole_map = True  # a channel or device: badges anywhere may change
        else:
            change.personas.add(owner)
            if edit.item_id in journey.index.stages or edit.item_id in journey.index.lanes:
                change.structure = True
    elif isinstance(edit, ed.AddStage | ed.AddLane):
        change.personas.add(edit.persona_id)
        change.structure = True
    elif isinstance(edit, ed.RemoveStage | ed.RemoveLane | ed.MoveStage | ed.MoveLane):
        item_id = edit.stage_id if isinstance(edit, ed.RemoveStage | ed.MoveStage) else edit.lane_id
        owner = _owner(journey, item_id)
        if owner is not None:
            change.personas.add(owner)
        change.structure = True
        change.items.add(item_id)
    elif isinstance(edit, ed.AddCard):
        change.personas.add(edit.persona_id)
        change.items.add(edit.card.id)
    elif isinstance(edit, ed.RemoveCards):
        change.items.update(edit.card_ids)
        for card_id in edit.card_ids:
            owner = _owner(journey, card_id)
            if owner is not None:
                change.personas.add(owner)
    elif isinstance(edit, ed.RestoreItems):
        change.personas.add(edit.persona_id)
        change.items.update(card.id for _, card in edit.cards)
        change.items.update(connection.id for _, connection in edit.connections)
        change.structure = edit.stage is not None or edit.lane is not None
    elif isinstance(edit, ed.MoveCard | ed.PlaceCard):
        change.items.add(edit.card_id)
        change.moved.add(edit.card_id)
        owner = _owner(journey, edit.card_id)
        if owner is not None:
            change.personas.add(owner)
    elif isinstance(edit, ed.AddConnection):
        change.personas.add(edit.persona_id)
        change.items.add(edit.connection.id)
    elif isinstance(edit, ed.RemoveConnection):
        change.items.add(edit.connection_id)
        owner = _owner(journey, edit.connection_id)
        if owner is not None:
            change.personas.add(owner)
    else:
        # An edit this function does not know yet: assume the worst, which is
        # always correct and only slower.
        change.whole_map = True
        change.structure = True
        change.persona_list = True
    return change

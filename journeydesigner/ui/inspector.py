"""The inspector dock: edits the fields of the selection, or of the current persona and the map.

Every change goes through ``JourneyDocument.execute`` as one undo command.
Typing in a field merges into one command through the merge key
``"<item id>:<field>"``. The form is rebuilt only when *what* is inspected
changes (selection, persona); a document change refreshes the values in
place and leaves alone any widget that already shows the model's value, so
the cursor of the field being typed in stays where it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.canvas.texts import level_label
from journeydesigner.document.changes import Change
from journeydesigner.document.document import JourneyDocument
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.cards import (
    CardBase,
    DeviceCard,
    EmotionCard,
    LaneKind,
    MetricCard,
    OpportunityCard,
    PainPointCard,
    TouchpointCard,
    lane_accepts,
)
from journeydesigner.model.edits import Edit, UpdateItem, UpdateMap
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.timeline import Connection, Lane, Stage
from journeydesigner.ui.inspector_fields import (
    AvatarEditor,
    CheckEditor,
    CheckListEditor,
    Choices,
    ColorEditor,
    ComboEditor,
    FieldEditor,
    LineEditor,
    ListEditor,
    NumberEditor,
    TextEditor,
    WidthEditor,
    card_type_label,
    emotion_choice_label,
    lane_kind_label,
)

# (model field, editor kind, label) of one row of a form.
_Spec = tuple[str, str, str]

_LEVELS = ("low", "medium", "high")
_PERSONA = "persona:"  # the key of the form of a persona (nothing selected): this and its id


def _is_persona_form(key: tuple[str, ...]) -> bool:
    return len(key) == 1 and key[0].startswith(_PERSONA)


@dataclass
class _Binding:
    """One editor bound to one field of some items (no ids: the map itself)."""

    field: str
    editor: FieldEditor
    ids: tuple[str, ...]
    choices: Callable[[JourneyMap], Choices] | None


def find_item(journey: JourneyMap, item_id: str) -> Any:
    """The card, stage, lane, connection or persona called *item_id*, or None."""
    index = journey.index
    for table in (index.cards, index.stages, index.lanes, index.connections):
        entry: Any = table.get(item_id)
        if entry is not None:
            return entry[1]
    return index.personas.get(item_id)


class InspectorDock(QDockWidget):
    """Edits every field of the selected items, or of the current persona and the map.

    ``statusMessage`` carries a message for the window's status bar (an edit the
    model refused, an avatar picture too large); the dock shows it too.
    """

    statusMessage = Signal(str)

    def __init__(self, state: EditorState, parent: QWidget | None = None, *, later: bool = False) -> None:
        """*later*: leave the form empty until :meth:`populate` (or the first selection or edit)."""
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setWindowTitle(self.tr("Inspector"))
        self.state = state
        self._bindings: list[_Binding] = []
        self._form_key: tuple[str, ...] | None = None

        self._scroll = QScrollArea()
        self._scroll.setObjectName("inspectorScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._message = QLabel()
        self._message.setObjectName("inspectorMessage")
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setAccessibleName(self.tr("Inspector message"))
        self._message.setStyleSheet("QLabel { color: #A4262C; padding: 4px 6px; }")
        self._message.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._message)
        self.setWidget(body)

        state.selectionChanged.connect(self._on_state_changed)
        state.personaChanged.connect(self._on_state_changed)
        state.document.changed.connect(self._on_document_changed)
        if not later:
            self._rebuild()

    def populate(self) -> None:
        """Show the form of the selection, if it is not shown yet."""
        if self._form_key is None:
            self._rebuild()

    # ------------------------------------------------------------ public

    @property
    def document(self) -> JourneyDocument:
        """The document being edited."""
        return self.state.document

    def editor(self, field: str, *, map_field: bool = False) -> FieldEditor | None:
        """The editor of *field* in the current form (``map_field``: of the map's own fields)."""
        for binding in self._bindings:
            if binding.field == field and (not binding.ids) == map_field:
                return binding.editor
        return None

    def message(self) -> str:
        """The message shown at the bottom of the dock ("" when none)."""
        return self._message.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Send Undo and Redo typed in a field to the document, not to the field.

        A text field would otherwise take Ctrl+Z for its own undo, which
        changes the text behind the document's back (and then records that as
        a new edit). Refusing the shortcut override lets the window's Undo
        action run; without one, the key press undoes the document here.
        """
        kind = event.type()
        if isinstance(event, QKeyEvent) and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if kind == QEvent.Type.KeyPress and undo:
                    self.document.undo_stack.undo()
                elif kind == QEvent.Type.KeyPress:
                    self.document.undo_stack.redo()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ what is inspected

    def _selected(self) -> list[tuple[str, Any]]:
        index = self.document.journey.index
        found: list[tuple[str, Any]] = []
        for item_id in self.state.selection:
            for table in (index.cards, index.stages, index.lanes, index.connections):
                entry: Any = table.get(item_id)
                if entry is not None:
                    found.append((item_id, entry[1]))
                    break
        return found

    def _key(self) -> tuple[str, ...]:
        selected = self._selected()
        if selected:
            return tuple(item_id for item_id, _ in selected)
        return (_PERSONA + self.state.persona_id,)

    def _on_state_changed(self, *_args: object) -> None:
        key = self._key()
        if key == self._form_key:
            return
        if _is_persona_form(key) and self._form_key is not None and _is_persona_form(self._form_key):
            self._show_persona(self._form_key[0].removeprefix(_PERSONA), key)
        else:
            self._rebuild()

    def _show_persona(self, shown: str, key: tuple[str, ...]) -> None:
        """Another persona in the form already made: its rows are the same (making them costs ms)."""
        persona_id = key[0].removeprefix(_PERSONA)
        for binding in self._bindings:
            if binding.ids == (shown,):
                binding.ids = (persona_id,)
        self._show_message("")
        self._form_key = key
        self._refresh()

    def _on_document_changed(self, change: Change) -> None:
        journey = self.document.journey
        alive = all(find_item(journey, i) is not None for b in self._bindings for i in b.ids)
        if not alive or self._key() != self._form_key:
            self._rebuild()
            return
        ids = {i for b in self._bindings for i in b.ids}
        if change.whole_map or ids & change.items:
            self._refresh()

    # ------------------------------------------------------------ forms

    def _rebuild(self) -> None:
        self._bindings = []
        self._show_message("")
        content = QWidget()
        content.setObjectName("inspectorContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        selected = self._selected()
        persona = self.state.persona
        if selected:
            layout.addWidget(self._items_group(selected))
        else:
            if persona is not None:
                layout.addWidget(self._persona_group(persona.id))
            layout.addWidget(self._map_group())
        layout.addStretch(1)
        self._scroll.setWidget(content)
        self._form_key = self._key()
        self._refresh()

    def _refresh(self) -> None:
        journey = self.document.journey
        for binding in self._bindings:
            if binding.choices is not None:
                binding.editor.set_choices(binding.choices(journey))
            binding.editor.show(self._values(binding))

    def _values(self, binding: _Binding) -> list[Any]:
        journey = self.document.journey
        if not binding.ids:
            return [getattr(journey, binding.field)]
        return [getattr(find_item(journey, i), binding.field) for i in binding.ids]

    def _group(self, title: str, subtitle: str = "") -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setContentsMargins(8, 6, 8, 8)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(6)
        if subtitle:
            form.addRow(self._caption(subtitle))
        return group, form

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setObjectName("inspectorCaption")
        caption.setWordWrap(True)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        return caption

    def _add_rows(self, form: QFormLayout, specs: list[_Spec], ids: tuple[str, ...], prefix: str) -> None:
        for field, kind, label in specs:
            editor, choices = self._make_editor(kind, label)
            editor.widget.setObjectName(f"{prefix}_{field}")
            if isinstance(editor, CheckEditor):
                form.addRow(editor.widget)
            else:
                form.addRow(label, editor.widget)
            if isinstance(editor, LineEditor | NumberEditor | TextEditor | WidthEditor):
                editor.widget.installEventFilter(self)  # Ctrl+Z undoes the document, see eventFilter
            binding = _Binding(field, editor, ids, choices)
            editor.edited.connect(lambda payload, b=binding: self._commit(b, payload))
            if isinstance(editor, AvatarEditor):
                editor.failed.connect(self._show_message)
            self._bindings.append(binding)

    def _items_group(self, selected: list[tuple[str, Any]]) -> QGroupBox:
        objects = [obj for _, obj in selected]
        ids = tuple(item_id for item_id, _ in selected)
        emotion_words = all(isinstance(obj, EmotionCard) for obj in objects)
        spec_lists = [self._specs_for(obj, emotion_words) for obj in objects]
        common = [s for s in spec_lists[0] if all(any(s[:2] == t[:2] for t in other) for other in spec_lists)]
        if len(objects) == 1:
            title, subtitle = self._describe(objects[0])
        elif all(isinstance(obj, CardBase) for obj in objects):
            title, subtitle = self.tr("%n cards", "", len(objects)), self.tr("Changes apply to all of them.")
        else:
            title, subtitle = self.tr("%n items", "", len(objects)), self.tr("Changes apply to all of them.")
        group, form = self._group(title, subtitle)
        if not common:
            form.addRow(QLabel(self.tr("The selected items have no field in common.")))
        self._add_rows(form, common, ids, "field")
        return group

    def _describe(self, obj: Any) -> tuple[str, str]:
        """Group title and caption for one inspected item."""
        journey = self.document.journey
        if isinstance(obj, CardBase):
            stage = journey.index.stages.get(obj.stage)
            lane = journey.index.lanes.get(obj.lane)
            where = " › ".join(entry[1].name for entry in (stage, lane) if entry is not None)
            return card_type_label(obj.type), where
        if isinstance(obj, Stage):
            return self.tr("Stage"), ""
        if isinstance(obj, Lane):
            return self.tr("Lane"), ""
        return self.tr("Connection"), self._connection_caption(obj)

    def _connection_caption(self, connection: Connection) -> str:
        cards = self.document.journey.index.cards
        names = []
        for end in (connection.source, connection.target):
            entry = cards.get(end)
            names.append(entry[1].title if entry is not None and entry[1].title else end)
        return f"{names[0]} → {names[1]}"

    def _persona_group(self, persona_id: str) -> QGroupBox:
        group, form = self._group(self.tr("Persona"))
        specs: list[_Spec] = [
            ("name", "line", self.tr("Name")),
            ("role", "line", self.tr("Role")),
            ("quote", "quote", self.tr("Quote")),
            ("description", "text", self.tr("Description")),
            ("goals", "list", self.tr("Goals")),
            ("motivations", "list", self.tr("Motivations")),
            ("frustrations", "list", self.tr("Frustrations")),
            ("color", "color", self.tr("Colour")),
            ("avatar", "avatar", self.tr("Avatar")),
        ]
        self._add_rows(form, specs[:4], (persona_id,), "persona")
        form.addRow(self._caption(self.tr("Goals, motivations and frustrations: one per line.")))
        self._add_rows(form, specs[4:], (persona_id,), "persona")
        return group

    def _map_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Map"))
        specs: list[_Spec] = [
            ("title", "line", self.tr("Title")),
            ("organisation", "line", self.tr("Organisation")),
            ("description", "text", self.tr("Description")),
        ]
        self._add_rows(form, specs, (), "map")
        return group

    def _specs_for(self, obj: Any, emotion_words: bool) -> list[_Spec]:
        """The rows of the form of *obj* (emotion_words: title and note of an emotion marker)."""
        if isinstance(obj, CardBase):
            title = self.tr("Label") if emotion_words else self.tr("Title")
            description = self.tr("Note") if emotion_words else self.tr("Description")
            return [("title", "line", title), *self._card_specs(obj), ("description", "text", description)]
        if isinstance(obj, Stage):
            return [
                ("name", "line", self.tr("Name")),
                ("timeframe", "line", self.tr("Timeframe")),
                ("description", "text", self.tr("Description")),
                ("color", "color", self.tr("Colour")),
                ("width", "width", self.tr("Width")),
            ]
        if isinstance(obj, Lane):
            return [
                ("name", "line", self.tr("Name")),
                ("kind", "lane_kind", self.tr("Kind")),
                ("hidden", "check", self.tr("Hidden")),
            ]
        return [("label", "line", self.tr("Label"))]

    def _card_specs(self, card: CardBase) -> list[_Spec]:
        if isinstance(card, TouchpointCard):
            return [
                ("channel", "channel", self.tr("Channel")),
                ("devices", "devices", self.tr("Devices")),
                ("owner", "line", self.tr("Owner")),
                ("moment_of_truth", "check", self.tr("Moment of truth")),
            ]
        if isinstance(card, DeviceCard):
            return [("device", "device", self.tr("Device"))]
        if isinstance(card, EmotionCard):
            return [("score", "score", self.tr("Emotion"))]
        if isinstance(card, PainPointCard):
            return [("severity", "level", self.tr("Severity"))]
        if isinstance(card, OpportunityCard):
            return [("priority", "level", self.tr("Priority")), ("owner", "line", self.tr("Owner"))]
        if isinstance(card, MetricCard):
            return [
                ("name", "line", self.tr("Metric")),
                ("value", "number", self.tr("Value")),
                ("unit", "line", self.tr("Unit")),
                ("target", "number", self.tr("Target")),
                ("source", "line", self.tr("Source")),
            ]
        return []

    def _make_editor(
        self, kind: str, label: str
    ) -> tuple[FieldEditor, Callable[[JourneyMap], Choices] | None]:
        simple: dict[str, Callable[[], FieldEditor]] = {
            "line": lambda: LineEditor(label),
            "text": lambda: TextEditor(label, 4),
            "quote": lambda: TextEditor(label, 2),
            "list": lambda: ListEditor(label, 4),
            "number": lambda: NumberEditor(label),
            "check": lambda: CheckEditor(label),
            "width": lambda: WidthEditor(label),
            "color": lambda: ColorEditor(label, self.tr("Choose a colour")),
            "avatar": lambda: AvatarEditor(label),
        }
        if kind in simple:
            return simple[kind](), None
        choices: dict[str, Callable[[JourneyMap], Choices]] = {
            "channel": self._channel_choices,
            "device": self._device_choices,
            "devices": self._device_choices,
            "score": self._score_choices,
            "level": lambda _journey: [(level_label(level), level) for level in _LEVELS],
            "lane_kind": lambda _journey: [(lane_kind_label(k), k) for k in LaneKind],
        }
        editor: FieldEditor = CheckListEditor(label) if kind == "devices" else ComboEditor(label)
        return editor, choices[kind]

    def _channel_choices(self, journey: JourneyMap) -> Choices:
        return [(self.tr("(none)"), None), *((c.name, c.id) for c in journey.channels)]

    def _device_choices(self, journey: JourneyMap) -> Choices:
        return [(d.name, d.id) for d in journey.devices]

    def _score_choices(self, journey: JourneyMap) -> Choices:
        return [(emotion_choice_label(lv.label, lv.score), lv.score) for lv in journey.emotion_scale.levels]

    # ------------------------------------------------------------ committing

    def _command_text(self, binding: _Binding) -> str:
        if not binding.ids:
            return self.tr("Change map details")
        if binding.ids[0] in self.document.journey.index.personas:
            return self.tr("Change persona")
        texts = {
            "title": self.tr("Change title"),
            "description": self.tr("Change description"),
            "channel": self.tr("Change channel"),
            "devices": self.tr("Change devices"),
            "owner": self.tr("Change owner"),
            "moment_of_truth": self.tr("Change moment of truth"),
            "device": self.tr("Change device"),
            "score": self.tr("Change emotion"),
            "severity": self.tr("Change severity"),
            "priority": self.tr("Change priority"),
            "name": self.tr("Change name"),
            "value": self.tr("Change value"),
            "unit": self.tr("Change unit"),
            "target": self.tr("Change target"),
            "source": self.tr("Change source"),
            "timeframe": self.tr("Change timeframe"),
            "color": self.tr("Change colour"),
            "width": self.tr("Change width"),
            "kind": self.tr("Change lane kind"),
            "hidden": self.tr("Show or hide lane"),
            "label": self.tr("Change label"),
        }
        return texts.get(binding.field, self.tr("Change field"))

    def _commit(self, binding: _Binding, payload: Any) -> None:
        journey = self.document.journey
        editor, field = binding.editor, binding.field
        edits: list[Edit]
        if not binding.ids:
            old = getattr(journey, field)
            new = editor.resolve(payload, old)
            if new == old:
                return
            edits = [UpdateMap({field: new})]
        else:
            olds = [getattr(find_item(journey, i), field) for i in binding.ids]
            news = [editor.resolve(payload, old) for old in olds]
            if news == olds:
                return
            if field == "kind" and not self._lane_kind_fits(binding.ids, payload):
                return
            # Every item, changed or not: a later keystroke merged into this
            # command must find all of them in its undo.
            edits = [UpdateItem(i, {field: new}) for i, new in zip(binding.ids, news, strict=True)]
        key = f"{','.join(binding.ids) or 'map'}:{field}" if editor.merges else None
        if self.document.execute(self._command_text(binding), edits, merge_key=key):
            self._show_message("")
        else:
            self._show_message(self.tr("That value cannot be used here; the field was not changed."))
            self._refresh()

    def _lane_kind_fits(self, lane_ids: tuple[str, ...], kind: Any) -> bool:
        """Refuse, with a message, a lane kind that the cards already in the lane cannot go in."""
        journey = self.document.journey
        for lane_id in lane_ids:
            persona, lane = journey.index.lanes[lane_id]
            cards = [c for c in persona.timeline.cards if c.lane == lane_id]
            misfits = sorted({c.type for c in cards if not lane_accepts(kind, c.type)})
            if misfits:
                kinds = ", ".join(card_type_label(t) for t in misfits)
                self._show_message(
                    self.tr("The lane “{lane}” cannot be of kind “{kind}”: it holds {types} cards.").format(
                        lane=lane.name, kind=lane_kind_label(str(kind)), types=kinds
                    )
                )
                self._refresh()
                return False
        return True

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))
        if text:
            self.statusMessage.emit(text)

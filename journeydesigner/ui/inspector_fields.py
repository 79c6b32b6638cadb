"""Editors of single model fields used by the inspector, and display labels shared with the outline.

Each editor wraps one widget. It shows the values a field has in the
selected items (several different values show as "mixed") and emits
:attr:`FieldEditor.edited` with a payload only when the *user* changes it;
showing a value never echoes back. :meth:`FieldEditor.resolve` turns a
payload into the new value for one item, so that an edit such as "tick this
device" keeps each selected card's other devices.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from journeydesigner.model import limits
from journeydesigner.model.persona import IconAvatar, ImageAvatar
from journeydesigner.ui.icons import has_icon, icon

Choices = list[tuple[str, Any]]

MIXED = object()  # the value shown when the selected items disagree

# Icon keys an avatar may use; only those the icon set has are offered (see avatar_icon_keys).
AVATAR_ICONS = ("person", "woman", "man", "senior", "young", "family", "professional", "student")


# ---------------------------------------------------------------- labels

# The names are marked for lupdate here and translated one at a time when
# asked for: the outline asks for thousands when a large map opens.


def _translated(labels: dict[str, object], key: str) -> str:
    """The translation of *key*'s label in *labels* (the key itself when it has none)."""
    source = labels.get(key)
    return QCoreApplication.translate("Labels", str(source)) if source is not None else key


_CARD_TYPE_LABELS = {
    "touchpoint": QT_TRANSLATE_NOOP("Labels", "Touchpoint"),
    "device": QT_TRANSLATE_NOOP("Labels", "Device"),
    "emotion": QT_TRANSLATE_NOOP("Labels", "Emotion"),
    "pain_point": QT_TRANSLATE_NOOP("Labels", "Pain point"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    "metric": QT_TRANSLATE_NOOP("Labels", "Metric"),
    "action": QT_TRANSLATE_NOOP("Labels", "Action"),
    "thought": QT_TRANSLATE_NOOP("Labels", "Thought"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
}


def card_type_label(card_type: str) -> str:
    """The display name of a card type ("Touchpoint" …)."""
    return _translated(_CARD_TYPE_LABELS, card_type)


_LANE_KIND_LABELS = {
    "actions": QT_TRANSLATE_NOOP("Labels", "Actions"),
    "touchpoints": QT_TRANSLATE_NOOP("Labels", "Touchpoints"),
    "channels": QT_TRANSLATE_NOOP("Labels", "Channels and devices"),
    "thoughts": QT_TRANSLATE_NOOP("Labels", "Thoughts"),
    "emotions": QT_TRANSLATE_NOOP("Labels", "Emotions"),
    "pain_points": QT_TRANSLATE_NOOP("Labels", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("Labels", "Opportunities"),
    "metrics": QT_TRANSLATE_NOOP("Labels", "Metrics"),
    "backstage": QT_TRANSLATE_NOOP("Labels", "Backstage"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
}


def lane_kind_label(kind: str) -> str:
    """The display name of a lane kind ("Pain points" …)."""
    return _translated(_LANE_KIND_LABELS, kind)


_AVATAR_ICON_LABELS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "woman": QT_TRANSLATE_NOOP("Labels", "Woman"),
    "man": QT_TRANSLATE_NOOP("Labels", "Man"),
    "senior": QT_TRANSLATE_NOOP("Labels", "Senior"),
    "young": QT_TRANSLATE_NOOP("Labels", "Young person"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "professional": QT_TRANSLATE_NOOP("Labels", "Professional"),
    "student": QT_TRANSLATE_NOOP("Labels", "Student"),
}


def avatar_icon_label(key: str) -> str:
    """The display name of an avatar icon key (unknown keys show as themselves)."""
    return _translated(_AVATAR_ICON_LABELS, key)


def avatar_icon_keys(current: str = "") -> list[str]:
    """The avatar icons to offer: those of the icon set, plus *current* if it lacks it."""
    keys = [key for key in AVATAR_ICONS if has_icon(key)]
    if current and current not in keys:
        keys.append(current)
    return keys


def format_score(score: int) -> str:
    """A score with its sign: "+2", "0", "-1"."""
    return f"{score:+d}" if score else "0"


def emotion_choice_label(label: str, score: int) -> str:
    """How an emotion level reads in a list: "Positive (+1)"."""
    return f"{label} ({format_score(score)})" if label else format_score(score)


def format_number(value: float | None) -> str:
    """A metric figure as typed: "3.1", "40", "" for none."""
    return "" if value is None else f"{value:.15g}"


def parse_number(text: str) -> float | None:
    """Parse a metric figure; "" is None, a comma is a decimal point; raises ValueError."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def swatch(color: str, size: int = 14) -> QIcon:
    """A small square of *color*, for buttons and tree rows."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def common_value(values: list[Any]) -> Any:
    """The value all *values* share, or MIXED (None when there are none)."""
    if not values:
        return None
    first = values[0]
    return first if all(v == first for v in values[1:]) else MIXED


# ---------------------------------------------------------------- editors


class FieldEditor(QObject):
    """Base of the field editors: a widget, the values it shows, what the user typed."""

    edited = Signal(object)  # payload; see resolve()
    merges = True  # consecutive edits of this field merge into one undo step

    def __init__(self, widget: QWidget, name: str) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.setAccessibleName(name)

    def show(self, values: list[Any]) -> None:
        """Show the field's values in the selected items, leaving equal values alone."""
        raise NotImplementedError

    def set_choices(self, choices: Choices) -> None:
        """Replace the values offered (editors without choices ignore this)."""
        del choices

    def resolve(self, payload: Any, old: Any) -> Any:
        """The new value of one item whose value is *old*."""
        del old
        return payload

    def mixed_text(self) -> str:
        """The placeholder shown when the selected items disagree."""
        return self.tr("Several values")


class LineEditor(FieldEditor):
    """A one-line text field, committed at every keystroke."""

    def __init__(self, name: str, max_length: int = limits.MAX_NAME_CHARS) -> None:
        line = QLineEdit()
        super().__init__(line, name)
        self.line = line
        line.setMaxLength(max_length)
        self.line.textEdited.connect(self.edited.emit)

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        text = "" if value is MIXED or value is None else str(value)
        self.line.setPlaceholderText(self.mixed_text() if value is MIXED else "")
        if self.line.text() != text:
            self.line.setText(text)
            if not self.line.hasFocus():
                self.line.setCursorPosition(0)  # show the start of a long text


class NumberEditor(FieldEditor):
    """A number that may be empty (metric value and target)."""

    def __init__(self, name: str) -> None:
        line = QLineEdit()
        super().__init__(line, name)
        self.line = line
        line.setMaxLength(40)
        self.line.setPlaceholderText(self.tr("empty"))
        self.line.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError:
            self._mark(valid=False)
            return
        self._mark(valid=True)
        self.edited.emit(value)

    def _mark(self, valid: bool) -> None:
        self.line.setStyleSheet("" if valid else "QLineEdit { background: #FDE2E1; }")
        self.line.setToolTip("" if valid else self.tr("Type a number, such as 3.5, or leave it empty."))

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        self.line.setPlaceholderText(self.mixed_text() if value is MIXED else self.tr("empty"))
        try:
            current: Any = parse_number(self.line.text())
        except ValueError:
            current = MIXED  # an unfinished entry: replace it with the model's value
        if value is MIXED:
            if self.line.text():
                self.line.setText("")
        elif current != value or current is MIXED:
            self.line.setText(format_number(value))
            self._mark(valid=True)


class TextEditor(FieldEditor):
    """A multi-line text field; Tab moves on to the next field."""

    def __init__(self, name: str, lines: int = 4) -> None:
        text = QPlainTextEdit()
        super().__init__(text, name)
        self.text = text
        text.setTabChangesFocus(True)
        margins = 2 * (text.document().documentMargin() + text.frameWidth())
        text.setFixedHeight(int(text.fontMetrics().lineSpacing() * lines + margins) + 2)
        self._showing = False
        self.text.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._showing:
            self.edited.emit(self.value())

    def value(self) -> Any:
        """The widget's value in model form."""
        return self.text.toPlainText()

    def _text_of(self, value: Any) -> str:
        return "" if value is None else str(value)

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        self.text.setPlaceholderText(self.mixed_text() if value is MIXED else "")
        wanted = "" if value is MIXED else self._text_of(value)
        if (value is MIXED and self.text.toPlainText()) or (value is not MIXED and self.value() != value):
            self._showing = True
            try:
                self.text.setPlainText(wanted)
            finally:
                self._showing = False


class ListEditor(TextEditor):
    """A list of short texts, one per line; blank lines are dropped."""

    def value(self) -> Any:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def _text_of(self, value: Any) -> str:
        return "\n".join(value or [])


class ComboEditor(FieldEditor):
    """A choice among values (channel, level, score, lane kind …)."""

    def __init__(self, name: str, choices: Choices | None = None) -> None:
        combo = QComboBox()
        super().__init__(combo, name)
        self.combo = combo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        self._choices: Choices = []
        self._shown: Any = MIXED
        self.combo.activated.connect(self._chosen)
        if choices:
            self.set_choices(choices)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self.edited.emit(self._choices[index][1])

    def set_choices(self, choices: Choices) -> None:
        if choices == self._choices:
            return
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for label, _value in choices:
                self.combo.addItem(label)
            self._choices = list(choices)
        self._select(self._shown)

    def _select(self, value: Any) -> None:
        index = next((i for i, (_, v) in enumerate(self._choices) if v == value), -1)
        if self.combo.currentIndex() != index:
            with QSignalBlocker(self.combo):
                self.combo.setCurrentIndex(index)

    def show(self, values: list[Any]) -> None:
        self._shown = common_value(values)
        self.combo.setPlaceholderText(self.mixed_text() if self._shown is MIXED else "")
        self._select(self._shown)


class CheckEditor(FieldEditor):
    """A yes/no field; a mixed selection shows partly checked."""

    merges = False

    def __init__(self, name: str) -> None:
        check = QCheckBox(name)
        super().__init__(check, name)
        self.check = check
        self.check.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.edited.emit(self.check.checkState() == Qt.CheckState.Checked)

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        if value is MIXED:
            state = Qt.CheckState.PartiallyChecked
        else:
            state = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        with QSignalBlocker(self.check):
            self.check.setTristate(value is MIXED)
            self.check.setCheckState(state)


class Toggle(NamedTuple):
    """Payload of a tick in a check list: add or remove one entry."""

    key: str
    on: bool


class CheckListEditor(FieldEditor):
    """A list of ids shown as check boxes (a touchpoint's devices)."""

    merges = False

    def __init__(self, name: str) -> None:
        items = QListWidget()
        super().__init__(items, name)
        self.list = items
        items.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._choices: Choices = []
        self._values: list[Any] = []
        self._showing = False
        self.list.itemChanged.connect(self._ticked)

    def set_choices(self, choices: Choices) -> None:
        if choices == self._choices:
            return
        self._showing = True
        try:
            self.list.clear()
            for label, key in choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.list.addItem(item)
        finally:
            self._showing = False
        self._choices = list(choices)
        rows = max(1, min(len(choices), 6))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2)
        self.show(self._values)

    def _ticked(self, item: QListWidgetItem) -> None:
        if not self._showing:
            key = str(item.data(Qt.ItemDataRole.UserRole))
            self.edited.emit(Toggle(key, item.checkState() == Qt.CheckState.Checked))

    def resolve(self, payload: Any, old: Any) -> Any:
        toggle: Toggle = payload
        current = list(old or [])
        if toggle.on and toggle.key not in current:
            return [*current, toggle.key]  # appended: the other devices keep their order
        if not toggle.on:
            return [k for k in current if k != toggle.key]
        return current

    def show(self, values: list[Any]) -> None:
        self._values = list(values)
        self._showing = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                key = item.data(Qt.ItemDataRole.UserRole)
                having = sum(1 for v in values if key in (v or []))
                if having == 0:
                    state = Qt.CheckState.Unchecked
                elif having == len(values):
                    state = Qt.CheckState.Checked
                else:
                    state = Qt.CheckState.PartiallyChecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._showing = False


class WidthEditor(FieldEditor):
    """A stage's width in points."""

    def __init__(self, name: str) -> None:
        spin = QDoubleSpinBox()
        super().__init__(spin, name)
        self.spin = spin
        spin.setRange(limits.MIN_STAGE_WIDTH, limits.MAX_STAGE_WIDTH)
        spin.setDecimals(0)
        spin.setSingleStep(20)
        self.spin.setSuffix(self.tr(" pt"))
        self._showing = False
        self.spin.valueChanged.connect(self._changed)

    def _changed(self, value: float) -> None:
        if not self._showing:
            self.edited.emit(float(value))

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        if value is MIXED or value is None:
            return  # the spin box keeps whatever it shows; there is no empty state
        if abs(self.spin.value() - float(value)) >= 0.5:
            self._showing = True
            try:
                self.spin.setValue(float(value))
            finally:
                self._showing = False


class ColorEditor(FieldEditor):
    """A colour, chosen with the colour dialog."""

    merges = False

    def __init__(self, name: str, dialog_title: str) -> None:
        button = QPushButton()
        super().__init__(button, name)
        self.button = button
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._title = dialog_title
        self._color = "#FFFFFF"
        self.button.clicked.connect(self.choose)

    def choose(self) -> None:
        """Ask for a colour; emits edited when the user picks one."""
        chosen = QColorDialog.getColor(QColor(self._color), self.button, self._title)
        if chosen.isValid():
            self.edited.emit(chosen.name().upper())

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        if value is MIXED or value is None:
            self.button.setIcon(QIcon())
            self.button.setText(self.mixed_text())
            return
        self._color = str(value)
        self.button.setIcon(swatch(self._color))
        self.button.setText(self._color.upper())


class AvatarError(ValueError):
    """A picture that cannot be an avatar; the message is for the user."""


class AvatarEditor(FieldEditor):
    """A persona's avatar: an icon from the set, or a PNG/JPEG picture up to 2 MB."""

    merges = False
    failed = Signal(str)  # a message for the user

    def __init__(self, name: str) -> None:
        box = QWidget()
        super().__init__(box, name)
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        self.preview = QLabel()
        self.preview.setFixedSize(48, 48)
        self.preview.setScaledContents(True)
        self.combo = QComboBox()
        self.combo.setObjectName("avatarIcon")
        self.combo.setAccessibleName(self.tr("Avatar icon"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(6)
        self.button = QPushButton(self.tr("Choose image…"))
        self.button.setObjectName("avatarImage")
        self.button.setAccessibleName(self.tr("Choose an image for the avatar"))
        # Two rows keep the dock narrow: the icon choice above the picture button.
        layout.addWidget(self.combo, 0, 0)
        layout.addWidget(self.button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        self._keys: list[str] = []
        self._shown: Any = None
        self.combo.activated.connect(self._chosen)
        self.button.clicked.connect(self.choose_file)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._keys) and self._keys[index]:
            self.edited.emit(IconAvatar(icon=self._keys[index]))

    def choose_file(self) -> None:
        """Ask for a picture file and use it."""
        name, _ = QFileDialog.getOpenFileName(
            self.button, self.tr("Choose avatar image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> None:
        """Use the picture at *path*; reports a message through failed when it cannot."""
        try:
            self.edited.emit(self.load(path))
        except AvatarError as exc:
            self.failed.emit(str(exc))

    def load(self, path: Path) -> ImageAvatar:
        """Read *path* as an avatar; raises AvatarError with a message for the user."""
        try:
            size = path.stat().st_size
            if size > limits.MAX_AVATAR_BYTES:
                raise AvatarError(self.tr("The image is larger than 2 MB. Choose a smaller one."))
            raw = path.read_bytes()
        except OSError as exc:
            raise AvatarError(self.tr("The image could not be read.")) from exc
        try:
            return ImageAvatar.from_bytes(raw)
        except ValidationError as exc:
            raise AvatarError(self.tr("Only PNG and JPEG images up to 2 MB can be avatars.")) from exc

    def show(self, values: list[Any]) -> None:
        value = common_value(values)
        if value == self._shown:
            return
        self._shown = value
        current = value.icon if isinstance(value, IconAvatar) else ""
        keys = avatar_icon_keys(current)
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self._keys = keys
            for key in keys:
                self.combo.addItem(icon(key, "persona"), avatar_icon_label(key))
            if isinstance(value, ImageAvatar):
                self._keys.append("")
                self.combo.addItem(self.tr("Picture"))
                self.combo.setCurrentIndex(len(self._keys) - 1)
            else:
                self.combo.setCurrentIndex(keys.index(current) if current in keys else -1)
        pixmap = QPixmap()
        if isinstance(value, ImageAvatar):
            pixmap.loadFromData(value.image_bytes())
        self.preview.setPixmap(pixmap)
        self.preview.setVisible(not pixmap.isNull())

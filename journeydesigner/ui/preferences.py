"""The preferences dialog: interface language, recovery copies, new maps and printing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.templates import template_names, template_summary
from journeydesigner.ui.settings import (
    AUTOSAVE_MAX,
    AUTOSAVE_MIN,
    LANGUAGE_NAMES,
    MAP_LANGUAGES,
    PAPER_SIZES,
    AppSettings,
)

CONTEXT = "PreferencesDialog"


def paper_name(size: str) -> str:
    """The name of a paper size (one of PAPER_SIZES) as shown to the user, with its dimensions."""
    names = {
        "A4": QCoreApplication.translate("PreferencesDialog", "A4 (210 × 297 mm)"),
        "A3": QCoreApplication.translate("PreferencesDialog", "A3 (297 × 420 mm)"),
        "A2": QCoreApplication.translate("PreferencesDialog", "A2 (420 × 594 mm)"),
        "A1": QCoreApplication.translate("PreferencesDialog", "A1 (594 × 841 mm)"),
        "A0": QCoreApplication.translate("PreferencesDialog", "A0 (841 × 1189 mm)"),
        "letter": QCoreApplication.translate("PreferencesDialog", "US Letter (8.5 × 11 in)"),
        "legal": QCoreApplication.translate("PreferencesDialog", "US Legal (8.5 × 14 in)"),
        "tabloid": QCoreApplication.translate("PreferencesDialog", "Tabloid (11 × 17 in)"),
    }
    return names[size]


def note_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small wrapped explanation shown under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    # Mid-grey text reads as secondary in both light and dark palettes.
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class PreferencesDialog(QDialog):
    """Edits the application settings; OK saves every field, Cancel saves nothing."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.settings = settings
        layout = QVBoxLayout(self)
        forms = [self._make_general(), self._make_new_maps(), self._make_printing()]
        for box, _form in forms:
            layout.addWidget(box)
        self._align_labels([form for _box, form in forms])
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self._load()
        self.setMinimumWidth(540)

    # ------------------------------------------------------------ construction

    def _group(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        box.setObjectName(name)
        form = QFormLayout(box)
        # The same look on every platform: fields grow, long labels stay on one line.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return box, form

    def _make_general(self) -> tuple[QGroupBox, QFormLayout]:
        box, form = self._group(QCoreApplication.translate("PreferencesDialog", "General"), "generalGroup")
        self.languageCombo = QComboBox(box)
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.addItem(
            QCoreApplication.translate("PreferencesDialog", "System language"), "system"
        )
        for code in MAP_LANGUAGES:
            self.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        form.addRow(
            QCoreApplication.translate("PreferencesDialog", "Interface &language:"), self.languageCombo
        )
        language_note = note_label(
            QCoreApplication.translate(
                "PreferencesDialog", "Takes effect the next time Journey Designer starts."
            ),
            box,
        )
        language_note.setObjectName("languageNote")
        form.addRow("", language_note)
        self.languageCombo.setAccessibleDescription(language_note.text())

        self.autosaveSpin = QSpinBox(box)
        self.autosaveSpin.setObjectName("autosaveSpin")
        self.autosaveSpin.setRange(AUTOSAVE_MIN, AUTOSAVE_MAX)
        self.autosaveSpin.setSingleStep(10)
        self.autosaveSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", " seconds"))
        form.addRow(
            QCoreApplication.translate("PreferencesDialog", "Save a &recovery copy every:"), self.autosaveSpin
        )
        autosave_note = note_label(
            QCoreApplication.translate(
                "PreferencesDialog",
                "While a map has unsaved changes, a copy is kept so your work can be recovered "
                "after a crash.",
            ),
            box,
        )
        autosave_note.setObjectName("autosaveNote")
        form.addRow("", autosave_note)
        self.autosaveSpin.setAccessibleDescription(autosave_note.text())

        self.schemeCombo = QComboBox(box)
        self.schemeCombo.setObjectName("schemeCombo")
        for code, name in (
            ("system", QCoreApplication.translate("PreferencesDialog", "As the system")),
            ("light", QCoreApplication.translate("PreferencesDialog", "Light")),
            ("dark", QCoreApplication.translate("PreferencesDialog", "Dark")),
        ):
            self.schemeCombo.addItem(name, code)
        self.schemeCombo.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog", "Windows and panels; the map stays light, as it prints"
            )
        )
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Colours:"), self.schemeCombo)

        self.welcomeCheck = QCheckBox(
            QCoreApplication.translate("PreferencesDialog", "Show the &welcome window at start"), box
        )
        self.welcomeCheck.setObjectName("welcomeCheck")
        form.addRow("", self.welcomeCheck)
        return box, form

    def _make_new_maps(self) -> tuple[QGroupBox, QFormLayout]:
        box, form = self._group(QCoreApplication.translate("PreferencesDialog", "New maps"), "newMapsGroup")
        self.templateCombo = QComboBox(box)
        self.templateCombo.setObjectName("templateCombo")
        language = self.settings.interface_language()
        for name in template_names():
            title, summary = template_summary(name, language)
            self.templateCombo.addItem(title, name)
            self.templateCombo.setItemData(
                self.templateCombo.count() - 1, summary, Qt.ItemDataRole.ToolTipRole
            )
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Template:"), self.templateCombo)

        self.newMapLanguageCombo = QComboBox(box)
        self.newMapLanguageCombo.setObjectName("newMapLanguageCombo")
        for code in MAP_LANGUAGES:
            self.newMapLanguageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.newMapLanguageCombo.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog", "The language of the stage and lane names of new maps"
            )
        )
        form.addRow(
            QCoreApplication.translate("PreferencesDialog", "&Map language:"), self.newMapLanguageCombo
        )
        return box, form

    def _make_printing(self) -> tuple[QGroupBox, QFormLayout]:
        box, form = self._group(QCoreApplication.translate("PreferencesDialog", "Printing"), "printingGroup")
        self.paperCombo = QComboBox(box)
        self.paperCombo.setObjectName("paperCombo")
        for size in PAPER_SIZES:
            self.paperCombo.addItem(paper_name(size), size)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Paper size:"), self.paperCombo)

        self.unitsCombo = QComboBox(box)
        self.unitsCombo.setObjectName("unitsCombo")
        self.unitsCombo.addItem(QCoreApplication.translate("PreferencesDialog", "Millimetres"), "mm")
        self.unitsCombo.addItem(QCoreApplication.translate("PreferencesDialog", "Inches"), "in")
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Units:"), self.unitsCombo)
        return box, form

    @staticmethod
    def _align_labels(forms: list[QFormLayout]) -> None:
        # One label column width for all groups, so the fields line up.
        labels: list[QLabel] = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    labels.append(widget)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # ------------------------------------------------------------ values

    def _load(self) -> None:
        s = self.settings
        _select_data(self.languageCombo, s.language)
        _select_data(self.schemeCombo, s.colour_scheme)
        self.autosaveSpin.setValue(s.autosave_seconds)
        self.welcomeCheck.setChecked(s.show_welcome)
        _select_data(self.templateCombo, s.default_template)
        _select_data(self.newMapLanguageCombo, s.new_map_language)
        _select_data(self.paperCombo, s.paper_size)
        _select_data(self.unitsCombo, s.units)

    def save(self) -> None:
        """Write every field into the settings."""
        s = self.settings
        s.language = str(self.languageCombo.currentData())
        s.colour_scheme = str(self.schemeCombo.currentData())
        s.autosave_seconds = self.autosaveSpin.value()
        s.show_welcome = self.welcomeCheck.isChecked()
        s.default_template = str(self.templateCombo.currentData())
        s.new_map_language = str(self.newMapLanguageCombo.currentData())
        s.paper_size = str(self.paperCombo.currentData())
        s.units = str(self.unitsCombo.currentData())
        s.sync()

    def accept(self) -> None:
        """Save, then close."""
        self.save()
        super().accept()

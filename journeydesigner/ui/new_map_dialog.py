"""The new-map window (File › New) and, in welcome mode, the window shown at start.

It lists the templates with their summaries in the chosen map language; in
welcome mode it also lists the recent maps and offers to open another one.
The caller reads the outcome (result_kind, chosen_template, chosen_path …)
after the dialog closes.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.model.journey import JourneyMap
from journeydesigner.paths import SAMPLES_DIR
from journeydesigner.storage import FILE_SUFFIX, JourneyFileError, load_map
from journeydesigner.templates import build_template, template_names, template_summary
from journeydesigner.ui.settings import LANGUAGE_NAMES, MAP_LANGUAGES, AppSettings, file_exists

CONTEXT = "NewMapDialog"
NAME_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
ResultKind = Literal["new", "open", "sample"]


def sample_maps() -> list[tuple[Path, str]]:
    """The bundled sample maps with their titles (the file name when a sample cannot be read)."""
    samples = []
    for path in sorted(SAMPLES_DIR.glob(f"*{FILE_SUFFIX}")):
        try:
            title = load_map(path).title or path.stem
        except JourneyFileError:
            continue
        samples.append((path, title))
    return samples


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text in bold with its detail (DETAIL_ROLE) on a second, quieter line."""

    PADDING = 6

    def __init__(self, parent: QObject, detail_elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self.detail_elide = detail_elide

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), 2 * QFontMetrics(option.font).lineSpacing() + 2 * self.PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        title: str = opt.text
        opt.text = ""
        # The style draws the background, selection and focus; the texts come on top.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        state = opt.state
        palette: QPalette = opt.palette
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        bold = QFont(opt.font)
        bold.setBold(True)
        detail = str(index.data(DETAIL_ROLE) or "")
        line = QFontMetrics(opt.font).lineSpacing()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(bold)
        painter.setPen(palette.color(group, role))
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, flags, elided)
        painter.setFont(opt.font)
        if not selected and enabled:
            painter.setPen(palette.color(group, QPalette.ColorRole.PlaceholderText))
        second = rect.adjusted(0, line, 0, 0)
        painter.drawText(
            second,
            flags,
            QFontMetrics(opt.font).elidedText(detail, self.detail_elide, rect.width()),
        )
        painter.restore()


class NewMapDialog(QDialog):
    """Choose a template and a language for a new map, or (welcome mode) a map to open."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, welcome: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("newMapDialog")
        self.settings = settings
        self.welcome = welcome
        self._kind: ResultKind | None = None
        self._path: Path | None = None
        self.setWindowTitle(
            QCoreApplication.translate("NewMapDialog", "Welcome to Journey Designer")
            if welcome
            else QCoreApplication.translate("NewMapDialog", "New map")
        )
        layout = QVBoxLayout(self)
        templates = self._make_templates()
        if welcome:
            heading = QLabel(QCoreApplication.translate("NewMapDialog", "Welcome to Journey Designer"), self)
            heading.setObjectName("welcomeHeading")
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
            columns = QHBoxLayout()
            # Template summaries are longer than file names: give them more room.
            columns.addLayout(self._make_recent(), 4)
            columns.addSpacing(12)
            columns.addLayout(templates, 5)
            layout.addLayout(columns)
        else:
            layout.addLayout(templates)
        layout.addLayout(self._make_buttons())
        if welcome:
            # Tab through the columns as they are laid out: recent maps first.
            chain: list[QWidget] = [
                self.recentList,
                self.openOtherButton,
                self.templateList,
                self.mapLanguageCombo,
                self.welcomeCheck,
                self.buttonBox,
            ]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        # A template is preselected, so Enter creates a map right away.
        self.templateList.setFocus()
        self.resize(1000 if welcome else 580, 500)

    # ------------------------------------------------------------ construction

    def _make_templates(self) -> QVBoxLayout:
        column = QVBoxLayout()
        label = QLabel(
            QCoreApplication.translate("NewMapDialog", "New map from a &template:")
            if self.welcome
            else QCoreApplication.translate("NewMapDialog", "&Template:"),
            self,
        )
        self.templateList = QListWidget(self)
        self.templateList.setObjectName("templateList")
        self.templateList.setAccessibleName(QCoreApplication.translate("NewMapDialog", "Templates"))
        self.templateList.setItemDelegate(TwoLineDelegate(self.templateList))
        self.templateList.setUniformItemSizes(True)
        label.setBuddy(self.templateList)
        for name in template_names():
            item = QListWidgetItem(self.templateList)
            item.setData(NAME_ROLE, name)
        self.templateList.itemDoubleClicked.connect(self._create)
        column.addWidget(label)
        column.addWidget(self.templateList, 1)

        self.mapLanguageCombo = QComboBox(self)
        self.mapLanguageCombo.setObjectName("mapLanguageCombo")
        for code in MAP_LANGUAGES:
            self.mapLanguageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.mapLanguageCombo.setToolTip(
            QCoreApplication.translate("NewMapDialog", "The language of the new map's stage and lane names")
        )
        self.mapLanguageCombo.setCurrentIndex(
            max(self.mapLanguageCombo.findData(self.settings.new_map_language), 0)
        )
        self.mapLanguageCombo.currentIndexChanged.connect(self._update_templates)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("NewMapDialog", "Map &language:"), self.mapLanguageCombo)
        column.addLayout(form)
        self._update_templates()
        self._select_template(self.settings.default_template)
        return column

    def _make_recent(self) -> QVBoxLayout:
        column = QVBoxLayout()
        label = QLabel(QCoreApplication.translate("NewMapDialog", "&Recent maps:"), self)
        self.recentList = QListWidget(self)
        self.recentList.setObjectName("recentList")
        self.recentList.setAccessibleName(QCoreApplication.translate("NewMapDialog", "Recent maps"))
        self.recentList.setItemDelegate(TwoLineDelegate(self.recentList, Qt.TextElideMode.ElideMiddle))
        self.recentList.setUniformItemSizes(True)
        label.setBuddy(self.recentList)
        recent = self.settings.recent_files()
        for path in recent:
            item = QListWidgetItem(self.recentList)
            item.setData(NAME_ROLE, str(path))
            item.setData(DETAIL_ROLE, str(path.parent))
            if file_exists(path):
                item.setText(path.name)
                item.setToolTip(str(path))
            else:
                item.setText(
                    QCoreApplication.translate("NewMapDialog", "%1 (not found)").replace("%1", path.name)
                )
                item.setToolTip(
                    QCoreApplication.translate("NewMapDialog", "This map is no longer in %1").replace(
                        "%1", str(path.parent)
                    )
                )
                # Greyed out and not selectable: there is nothing to open.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if not recent:
            item = QListWidgetItem(
                QCoreApplication.translate("NewMapDialog", "No recent maps"), self.recentList
            )
            item.setData(
                DETAIL_ROLE,
                QCoreApplication.translate("NewMapDialog", "Maps you open or save will appear here."),
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.recentList.itemDoubleClicked.connect(self._open_recent)
        # Enter opens the selected recent map instead of pressing Create
        # (with nothing to open, it still presses Create).
        self.recentList.installEventFilter(self)
        self.openOtherButton = QPushButton(
            QCoreApplication.translate("NewMapDialog", "&Open another map…"), self
        )
        self.openOtherButton.setObjectName("openOtherButton")
        self.openOtherButton.setAutoDefault(False)
        self.openOtherButton.clicked.connect(self._open_other)
        column.addWidget(label)
        column.addWidget(self.recentList, 1)
        row = QHBoxLayout()
        row.addWidget(self.openOtherButton)
        row.addWidget(self._make_samples_button())
        row.addStretch(1)
        column.addLayout(row)
        return column

    def _make_samples_button(self) -> QPushButton:
        """A button whose menu lists the bundled sample maps, by title; each opens as a new, untitled map."""
        self.samplesButton = QPushButton(QCoreApplication.translate("NewMapDialog", "Open a &sample"), self)
        self.samplesButton.setObjectName("samplesButton")
        self.samplesButton.setAutoDefault(False)
        self.samplesButton.setToolTip(
            QCoreApplication.translate(
                "NewMapDialog",
                "Complete example maps to explore; they open as new maps, the samples stay as they are",
            )
        )
        menu = QMenu(self.samplesButton)
        menu.setObjectName("samplesMenu")
        for path, title in sample_maps():
            action = menu.addAction(title)
            action.setToolTip(path.name)
            action.triggered.connect(lambda _checked=False, p=path: self._open_sample(p))
        self.samplesButton.setMenu(menu)
        self.samplesButton.setEnabled(not menu.isEmpty())
        return self.samplesButton

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        if self.welcome:
            self.welcomeCheck = QCheckBox(
                QCoreApplication.translate("NewMapDialog", "&Show this window at start"), self
            )
            self.welcomeCheck.setObjectName("welcomeCheck")
            self.welcomeCheck.setChecked(self.settings.show_welcome)
            row.addWidget(self.welcomeCheck)
        row.addStretch(1)
        close = (
            QDialogButtonBox.StandardButton.Close if self.welcome else QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox = QDialogButtonBox(close, self)
        self.buttonBox.setObjectName("buttonBox")
        self.createButton = self.buttonBox.addButton(
            QCoreApplication.translate("NewMapDialog", "&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.createButton.setObjectName("createButton")
        self.createButton.setDefault(True)
        self.buttonBox.accepted.connect(self._create)
        self.buttonBox.rejected.connect(self.reject)
        row.addWidget(self.buttonBox)
        return row

    # ------------------------------------------------------------ templates

    def _update_templates(self) -> None:
        language = self.chosen_language()
        for row in range(self.templateList.count()):
            item = self.templateList.item(row)
            title, summary = template_summary(str(item.data(NAME_ROLE)), language)
            item.setText(title)
            item.setData(DETAIL_ROLE, summary)
            item.setToolTip(summary)

    def _select_template(self, name: str) -> None:
        for row in range(self.templateList.count()):
            if self.templateList.item(row).data(NAME_ROLE) == name:
                self.templateList.setCurrentRow(row)
                return

    # ------------------------------------------------------------ outcomes

    def _create(self, *_: object) -> None:
        self._kind = "new"
        self._path = None
        self.accept()

    def _open(self, path: Path) -> None:
        self._kind = "open"
        self._path = path
        self.accept()

    def _open_sample(self, path: Path) -> None:
        self._kind = "sample"
        self._path = path
        self.accept()

    def _open_recent(self, item: QListWidgetItem | None) -> bool:
        """Open the recent map of *item*; False when it has none (placeholder, or missing file)."""
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled or item.data(NAME_ROLE) is None:
            return False
        self._open(Path(str(item.data(NAME_ROLE))))
        return True

    def _open_other(self) -> None:
        existing = [p for p in self.settings.recent_files() if file_exists(p)]
        start = str(existing[0].parent if existing else Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("NewMapDialog", "Open map"),
            start,
            QCoreApplication.translate("NewMapDialog", "Journey maps (*.journey)"),
        )
        if name:
            self._open(Path(name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.recentList
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return self._open_recent(self.recentList.currentItem())
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        """Close with a result; a plain accept means "create a new map"."""
        if self._kind is None:
            self._kind = "new"
        super().accept()

    def reject(self) -> None:
        """Close without a result."""
        self._kind = None
        self._path = None
        super().reject()

    def done(self, result: int) -> None:
        # The welcome check box is saved however the window closes.
        if self.welcome:
            self.settings.show_welcome = self.welcomeCheck.isChecked()
        super().done(result)

    def result_kind(self) -> ResultKind | None:
        """ "new", "open", "sample" (a copy of a bundled sample), or None when the dialog was cancelled."""
        return self._kind

    def chosen_template(self) -> str:
        """The name of the selected template (the default template when none is selected)."""
        item = self.templateList.currentItem()
        if item is None or not item.isSelected():
            return self.settings.default_template
        return str(item.data(NAME_ROLE))

    def chosen_language(self) -> str:
        """The language of the new map: "es" or "en"."""
        return str(self.mapLanguageCombo.currentData() or MAP_LANGUAGES[0])

    def chosen_path(self) -> Path | None:
        """The map to open when result_kind() is "open", or the sample to copy when it is "sample"."""
        return self._path if self._kind in ("open", "sample") else None

    def build_map(self) -> JourneyMap:
        """A new map from the chosen template, in the chosen language."""
        return build_template(self.chosen_template(), self.chosen_language())

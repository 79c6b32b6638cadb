"""The analysis dock: figures per stage for the current persona, and channel coverage.

"By stage" shows, for the current persona, each stage's average emotion (face
and number), pain points, opportunities and touchpoints by channel, with a
row for the whole journey. "Channel coverage" crosses every channel of the
catalogue with the stages of all personas (matched by name): the number of
touchpoints, and a hatched "gap" cell where no touchpoint serves the stage,
so gaps read without colour.

Cells keep their raw values under ``VALUE_ROLE`` (float, int or None) for
tests and for anyone copying figures.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.document.changes import Change
from journeydesigner.document.editor_state import EditorState
from journeydesigner.model.analysis import (
    coverage_matrix,
    emotion_curve,
    lowest_moment,
    stage_counts,
    stage_emotion_averages,
)
from journeydesigner.model.journey import JourneyMap
from journeydesigner.ui.icons import emotion_icon_key, icon, signed_score

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
_GAP_BRUSH = QBrush(QColor("#B0BEC5"), Qt.BrushStyle.BDiagPattern)


def _total_background(table: QWidget) -> QColor:
    """The totals' shade: the palette's alternate base, so light and dark schemes both read."""
    return table.palette().color(QPalette.ColorRole.AlternateBase)


# Columns of the stage table.
COL_STAGE, COL_EMOTION, COL_PAIN, COL_OPPORTUNITY, COL_TOUCHPOINTS, COL_CHANNELS = range(6)


def _table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setIconSize(QSize(18, 18))
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(max(24, table.fontMetrics().lineSpacing() + 10))
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table


def _cell(
    text: str, value: object = None, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(VALUE_ROLE, value)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item


def format_score(value: float, locale: QLocale | None = None) -> str:
    """An average score with one decimal and its sign (``+1.5``, ``0.0``, ``−0.5``)."""
    locale = locale or QLocale()
    text = locale.toString(abs(value), "f", 1)
    if round(value, 1) > 0:
        return f"+{text}"
    if round(value, 1) < 0:
        return f"−{text}"
    return text


class AnalysisDock(QDockWidget):
    """Stage figures for the current persona and the channel × stage coverage of the map."""

    def __init__(self, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Analysis"), parent)
        self.setObjectName("analysis")
        self._state = state
        self._dirty = True

        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_table = _table("analysisStages")
        by_stage = QWidget()
        stage_layout = QVBoxLayout(by_stage)
        stage_layout.setContentsMargins(6, 6, 6, 6)
        stage_layout.addWidget(self.summary)
        stage_layout.addWidget(self.stage_table)

        self.coverage_table = _table("analysisCoverage")
        self.coverage_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        key = QLabel()
        key.setPixmap(self._gap_sample())
        key_text = QLabel(
            self.tr(
                "gap: no touchpoint of that channel in that stage, over all personas (stages matched by name)"
            )
        )
        key_text.setWordWrap(True)
        key_row = QHBoxLayout()
        key_row.addWidget(key)
        key_row.addWidget(key_text, 1)
        coverage = QWidget()
        coverage_layout = QVBoxLayout(coverage)
        coverage_layout.setContentsMargins(6, 6, 6, 6)
        coverage_layout.addWidget(self.coverage_table)
        coverage_layout.addLayout(key_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        self.tabs.addTab(by_stage, self.tr("By stage"))
        self.tabs.addTab(coverage, self.tr("Channel coverage"))
        self.setWidget(self.tabs)

        state.document.changed.connect(self._on_changed)
        state.personaChanged.connect(lambda _id: self._invalidate())
        # Filled when first shown (showEvent): the dock starts hidden, behind the History.

    # ------------------------------------------------------------ updating

    def _on_changed(self, change: Change) -> None:
        del change  # any card, stage, channel or persona can move a figure
        self._invalidate()

    def _invalidate(self) -> None:
        # A hidden dock waits until it is shown: a workshop edits far more
        # often than anyone looks at the figures.
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Recompute both tables from the map now."""
        journey = self._state.document.journey
        self._fill_stages(journey)
        self._fill_coverage(journey)
        self._dirty = False

    # ------------------------------------------------------------ by stage

    def _channel_names(self, journey: JourneyMap) -> dict[str, str]:
        return {c.id: c.name for c in journey.channels}

    def _by_channel(self, journey: JourneyMap, counts: Counter[str]) -> str:
        names = self._channel_names(journey)
        order = {c.id: i for i, c in enumerate(journey.channels)}
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order))))
        return ", ".join(f"{names.get(channel, channel)} {n}" for channel, n in ranked)

    def _channels_cell(self, journey: JourneyMap, counts: Counter[str]) -> QTableWidgetItem:
        text = self._by_channel(journey, counts)
        item = _cell(text, dict(counts), Qt.AlignmentFlag.AlignLeft)
        item.setToolTip(text.replace(", ", "\n"))
        return item

    def _emotion_cell(
        self, journey: JourneyMap, average: float | None, scores: list[int]
    ) -> QTableWidgetItem:
        if average is None:
            item = _cell("—", None)
            item.setToolTip(self.tr("No emotion marker in this stage"))
            return item
        item = _cell(format_score(average), average, Qt.AlignmentFlag.AlignLeft)
        item.setIcon(icon(emotion_icon_key(average, journey.emotion_scale)))
        listed = ", ".join(signed_score(s) for s in scores)
        item.setToolTip(
            self.tr("Average of {count} markers: {scores}").format(count=len(scores), scores=listed)
        )
        return item

    def _fill_stages(self, journey: JourneyMap) -> None:
        table = self.stage_table
        table.clear()
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Stage"),
                self.tr("Emotion"),
                self.tr("Pain points"),
                self.tr("Opportunities"),
                self.tr("Touchpoints"),
                self.tr("By channel"),
            ]
        )
        persona = self._state.persona
        if persona is None:
            table.setRowCount(0)
            self.summary.setText(self.tr("The map has no persona."))
            return
        stages = persona.timeline.stages
        averages = stage_emotion_averages(persona)
        counts = stage_counts(persona)
        scores: dict[str, list[int]] = {s.id: [] for s in stages}
        for point in emotion_curve(persona):
            scores[point.stage_id].append(point.score)
        table.setRowCount(len(stages) + 1)
        total_channels: Counter[str] = Counter()
        for row, stage in enumerate(stages):
            entry = counts[stage.id]
            total_channels.update(entry.touchpoints_by_channel)
            name = _cell(stage.name, stage.name, Qt.AlignmentFlag.AlignLeft)
            name.setToolTip(stage.description or stage.name)
            table.setItem(row, COL_STAGE, name)
            table.setItem(row, COL_EMOTION, self._emotion_cell(journey, averages[stage.id], scores[stage.id]))
            table.setItem(row, COL_PAIN, _cell(str(entry.pain_points), entry.pain_points))
            table.setItem(row, COL_OPPORTUNITY, _cell(str(entry.opportunities), entry.opportunities))
            table.setItem(row, COL_TOUCHPOINTS, _cell(str(entry.touchpoints), entry.touchpoints))
            table.setItem(row, COL_CHANNELS, self._channels_cell(journey, entry.touchpoints_by_channel))
        self._fill_total_row(journey, len(stages), [s for v in scores.values() for s in v], total_channels)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANNELS, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fill_summary(journey)

    def _fill_total_row(
        self, journey: JourneyMap, row: int, all_scores: list[int], channels: Counter[str]
    ) -> None:
        persona = self._state.persona
        assert persona is not None
        table = self.stage_table
        counts = stage_counts(persona).values()
        average = sum(all_scores) / len(all_scores) if all_scores else None
        cells = [
            _cell(self.tr("Whole journey"), None, Qt.AlignmentFlag.AlignLeft),
            self._emotion_cell(journey, average, all_scores),
            _cell(str(sum(c.pain_points for c in counts)), sum(c.pain_points for c in counts)),
            _cell(str(sum(c.opportunities for c in counts)), sum(c.opportunities for c in counts)),
            _cell(str(sum(c.touchpoints for c in counts)), sum(c.touchpoints for c in counts)),
            self._channels_cell(journey, channels),
        ]
        bold = QFont(table.font())
        bold.setBold(True)
        for column, item in enumerate(cells):
            item.setFont(bold)
            item.setBackground(_total_background(table))
            table.setItem(row, column, item)

    def _fill_summary(self, journey: JourneyMap) -> None:
        persona = self._state.persona
        assert persona is not None
        low = lowest_moment(persona)
        if low is None:
            self.summary.setText(self.tr("{name}: no emotion markers yet.").format(name=persona.name))
            return
        stage = next(s.name for s in persona.timeline.stages if s.id == low.stage_id)
        label = low.label or journey.emotion_scale.label_for(low.score)
        self.summary.setText(
            self.tr("{name} — lowest moment: {label} ({score}) in {stage}").format(
                name=persona.name, label=label, score=signed_score(low.score), stage=stage
            )
        )

    # ------------------------------------------------------------ coverage

    def _fill_coverage(self, journey: JourneyMap) -> None:
        matrix = coverage_matrix(journey)
        table = self.coverage_table
        table.clear()
        table.setRowCount(len(matrix.channels))
        table.setColumnCount(len(matrix.stages) + 2)
        table.setHorizontalHeaderLabels([self.tr("Channel"), *matrix.stages, self.tr("Total")])
        channels = {c.id: c for c in journey.channels}
        bold = QFont(table.font())
        bold.setBold(True)
        for row, channel_id in enumerate(matrix.channels):
            channel = channels[channel_id]
            name = _cell(channel.name, channel_id, Qt.AlignmentFlag.AlignLeft)
            name.setIcon(icon(channel.icon, "channel"))
            table.setItem(row, 0, name)
            total = 0
            for column, stage in enumerate(matrix.stages, start=1):
                count = matrix.count(channel_id, stage)
                total += count
                if count:
                    item = _cell(str(count), count)
                    item.setFont(bold)
                    item.setToolTip(
                        self.tr("{count} touchpoints on {channel} in {stage}").format(
                            count=count, channel=channel.name, stage=stage
                        )
                    )
                else:
                    # Hatched and marked with a dash: a gap reads without colour.
                    item = _cell("–", 0)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("gap"))
                    item.setForeground(table.palette().color(QPalette.ColorRole.PlaceholderText))
                    item.setBackground(_GAP_BRUSH)
                    item.setToolTip(
                        self.tr("Gap: no touchpoint on {channel} in {stage}").format(
                            channel=channel.name, stage=stage
                        )
                    )
                table.setItem(row, column, item)
            total_item = _cell(str(total), total)
            total_item.setBackground(_total_background(table))
            table.setItem(row, len(matrix.stages) + 1, total_item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.resizeColumnToContents(0)
        # Count columns as wide as their stage name, and never too narrow for
        # the hatched gaps to read as cells.
        metrics = header.fontMetrics()
        titles = [*matrix.stages, self.tr("Total")]
        for column, title in enumerate(titles, start=1):
            table.setColumnWidth(column, max(60, metrics.horizontalAdvance(title) + 18))

    @staticmethod
    def _gap_sample() -> QPixmap:
        pixmap = QPixmap(28, 18)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.fillRect(pixmap.rect(), _GAP_BRUSH)
        painter.setPen(QColor("#90A4AE"))
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
        painter.end()
        return pixmap

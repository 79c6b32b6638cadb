"""A persona's emotion curve for paper: faces and numbers first, colour only as an extra. No Qt."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.platypus import Flowable

from journeydesigner.export.fonts import BOLD, REGULAR, text_width
from journeydesigner.export.handout_style import Palette, signed, word
from journeydesigner.export.pdf_draw import draw_string, fill_with, paint_face, stroke_with
from journeydesigner.export.text import fit_line, wrap_lines
from journeydesigner.layout.colours import TEXT, emotion_rgb
from journeydesigner.model.analysis import CurvePoint, emotion_curve, lowest_moment
from journeydesigner.model.journey import EmotionScale
from journeydesigner.model.persona import Persona

_AXIS_FONT = 8.0
_STAGE_FONT = 7.5
_STAGE_LINES = 3
_MARKER_RADIUS = 7.0
_LEVEL_FACE_RADIUS = 5.0
_TOP_ROOM = 16.0  # above the top level: the lowest moment's triangle may sit there
_BOTTOM_ROOM = 24.0  # below the lowest level: labels of the markers on it
_MIN_STAGE_FONT = 5.5
_LEGEND_FONT = 7.5
_LEGEND_ROW = 13.0
_LEGEND_GAP = 14.0


def scale_fraction(scale: EmotionScale, score: int) -> float:
    """Where *score* sits on the scale: 0 the lowest level, 1 the highest."""
    span = scale.maximum - scale.minimum
    return (score - scale.minimum) / span if span else 0.5


def face_fill(palette: Palette, fraction: float) -> Color:
    """A face's fill: red through amber to green, or white when printing in greys."""
    return white if palette.greyscale else palette.rgb(emotion_rgb(fraction))


def _stage_font(name: str, width: float) -> float:
    """The stage-name size at which the name's longest word fits its column (words break only below it)."""
    longest = max((text_width(w, _STAGE_FONT) for w in name.split()), default=0.0)
    if longest <= width:
        return _STAGE_FONT
    # A hair under the exact ratio: rounding must not push the word back over the edge.
    return max(_MIN_STAGE_FONT, _STAGE_FONT * width / longest * 0.98)


def _knocked_out(canvas: Any, x: float, y: float, text: str, font: str, size: float, centred: bool) -> None:
    """*text* on a white patch, so the curve passing behind it does not cross the letters."""
    width = text_width(text, size, bold=font == BOLD)
    start = x - width / 2 if centred else x
    fill_with(canvas, white)
    canvas.rect(start - 1.5, y - size * 0.25, width + 3, size * 1.05, stroke=0, fill=1)
    canvas.setFont(font, size)


class EmotionChart(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The persona's emotion curve across its stages, drawn to the frame's width.

    Stages run along x with their names underneath; the scale's levels run up
    y, each with its face and number, and a legend underneath names them.
    Every marker is a face with its score and label; the lowest moment gets a
    ring and a triangle.
    """

    def __init__(self, persona: Persona, scale: EmotionScale, language: str, palette: Palette) -> None:
        super().__init__()
        self.persona = persona
        self.scale = scale
        self.language = language
        self.palette = palette
        self.curve = emotion_curve(persona)
        self.lowest = lowest_moment(persona)
        self.plot_height = max(150.0, min(240.0, 44.0 * len(scale.levels)))
        self.width = 0.0
        self.height = 0.0
        self.legend: list[list[tuple[int, str, float]]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The chart takes the frame's width; its height grows with the legend's rows."""
        self.width = available_width
        self.legend = self._legend_rows(available_width)
        self.height = (
            _TOP_ROOM
            + self.plot_height
            + _BOTTOM_ROOM
            + _STAGE_LINES * (_STAGE_FONT + 1.5)
            + 8
            + len(self.legend) * _LEGEND_ROW
        )
        return self.width, self.height

    def _legend_item_width(self, score: int, label: str) -> float:
        return (
            2 * _LEVEL_FACE_RADIUS
            + 4
            + text_width(signed(score), _LEGEND_FONT, bold=True)
            + 3
            + text_width(label, _LEGEND_FONT)
        )

    def _legend_rows(self, width: float) -> list[list[tuple[int, str, float]]]:
        """The scale's levels (score, label, width) flowed into rows of the chart's width."""
        rows: list[list[tuple[int, str, float]]] = [[]]
        used = 0.0
        for level in self.scale.levels:
            label = fit_line(level.label, width / 2, _LEGEND_FONT)
            item = self._legend_item_width(level.score, label)
            if rows[-1] and used + item > width:
                rows.append([])
                used = 0.0
            rows[-1].append((level.score, label, item))
            used += item + _LEGEND_GAP
        return rows

    def _draw_legend(self, canvas: Any, left: float) -> None:
        """One line (or a few) under the chart: each level's face, number and name."""
        ink = self.palette.colour(TEXT)
        y = (len(self.legend) - 1) * _LEGEND_ROW + _LEGEND_ROW / 2
        for row in self.legend:
            x = left
            for score, label, item in row:
                fraction = scale_fraction(self.scale, score)
                face_x = x + _LEVEL_FACE_RADIUS
                paint_face(
                    canvas, face_x, y, _LEVEL_FACE_RADIUS, fraction, face_fill(self.palette, fraction), ink
                )
                number = signed(score)
                canvas.setFont(BOLD, _LEGEND_FONT)
                fill_with(canvas, ink)
                text_x = face_x + _LEVEL_FACE_RADIUS + 4
                canvas.drawString(text_x, y - _LEGEND_FONT * 0.35, number)
                canvas.setFont(REGULAR, _LEGEND_FONT)
                fill_with(canvas, self.palette.muted)
                number_width = text_width(number, _LEGEND_FONT, bold=True)
                canvas.drawString(text_x + number_width + 3, y - _LEGEND_FONT * 0.35, label)
                x += item + _LEGEND_GAP
            y -= _LEGEND_ROW

    def _number_width(self) -> float:
        return max(text_width(signed(s), _AXIS_FONT, bold=True) for s in self.scale.scores())

    def _axis_width(self) -> float:
        # Only numbers and faces: the level names go to the legend, leaving the stages room.
        return self._number_width() + 2 * _LEVEL_FACE_RADIUS + 12

    def draw(self) -> None:
        """Grid, level faces, stage names, the curve, its faces and the lowest moment."""
        canvas = self.canv
        stages = self.persona.timeline.stages
        axis = self._axis_width()
        left, right = axis, self.width - 4
        top = self.height - _TOP_ROOM
        bottom = top - self.plot_height
        base = bottom - _BOTTOM_ROOM  # the x axis, with the stage names under it
        levels = self.scale.scores()
        step = (top - bottom) / max(1, len(levels) - 1)
        level_y = {score: bottom + i * step for i, score in enumerate(levels)}
        column = (right - left) / max(1, len(stages))

        self._draw_levels(canvas, level_y, left)
        stroke_with(canvas, self.palette.grid)
        canvas.setLineWidth(0.5)
        for i in range(len(stages) + 1):
            canvas.line(left + i * column, base, left + i * column, top + 4)
        stroke_with(canvas, self.palette.muted)
        canvas.line(left, base, right, base)
        self._draw_stage_names(canvas, left, column, base - _STAGE_FONT - 2)
        self._draw_legend(canvas, 0.0)
        if not self.curve:
            canvas.setFont(REGULAR, 9)
            fill_with(canvas, self.palette.muted)
            canvas.drawCentredString(
                (left + right) / 2, (bottom + top) / 2, word(self.language, "no_markers")
            )
            return
        points = self._positions(left, column, level_y)
        stroke_with(canvas, self.palette.colour(TEXT))
        canvas.setLineWidth(1.6)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        for i, (x, y, _) in enumerate(points):
            if i == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
        canvas.drawPath(path, stroke=1, fill=0)
        crowded = max(sum(1 for p in self.curve if p.stage_index == q.stage_index) for q in self.curve)
        spacing = column / (crowded + 1)
        # Crowded stages (a stress map) get smaller faces; every face keeps its shape.
        radius = max(2.5, min(_MARKER_RADIUS, spacing / 2 - 1))
        for x, y, point in points:
            # A label may take its column, less where a marker on the same level is nearer.
            nearest = min((abs(x - x2) for x2, y2, _ in points if y2 == y and x2 != x), default=column)
            self._draw_marker(canvas, x, y, point, min(column, nearest), radius)

    def _draw_levels(self, canvas: Any, level_y: dict[int, float], left: float) -> None:
        ink = self.palette.colour(TEXT)
        for level in self.scale.levels:
            y = level_y[level.score]
            stroke_with(canvas, self.palette.grid)
            canvas.setLineWidth(0.5)
            canvas.line(left, y, self.width - 4, y)
            fraction = scale_fraction(self.scale, level.score)
            face_x = left - _LEVEL_FACE_RADIUS - 4
            paint_face(
                canvas, face_x, y, _LEVEL_FACE_RADIUS, fraction, face_fill(self.palette, fraction), ink
            )
            number = signed(level.score)
            canvas.setFont(BOLD, _AXIS_FONT)
            fill_with(canvas, ink)
            number_right = face_x - _LEVEL_FACE_RADIUS - 3
            canvas.drawRightString(number_right, y - _AXIS_FONT * 0.35, number)

    def _draw_stage_names(self, canvas: Any, left: float, column: float, top: float) -> None:
        fill_with(canvas, self.palette.text)
        stages = self.persona.timeline.stages
        for i, stage in enumerate(stages):
            # Narrow columns (many stages) get the stage's number: the sections name them in full.
            name = stage.name if column >= 34 else str(i + 1)
            size = min(_stage_font(s.name, column - 4) for s in stages) if column >= 34 else _STAGE_FONT
            lines = wrap_lines(name, column - 4, size, _STAGE_LINES)
            for k, line in enumerate(lines):
                x = left + (i + 0.5) * column
                draw_string(canvas, x, top - k * (_STAGE_FONT + 1.5), line, size, align="centre")

    def _positions(
        self, left: float, column: float, level_y: dict[int, float]
    ) -> list[tuple[float, float, CurvePoint]]:
        per_stage: dict[int, list[CurvePoint]] = {}
        for point in self.curve:
            per_stage.setdefault(point.stage_index, []).append(point)
        positions = []
        for point in self.curve:
            siblings = per_stage[point.stage_index]
            # Several markers in one stage share its column, evenly spaced.
            offset = (siblings.index(point) + 1) / (len(siblings) + 1)
            positions.append((left + (point.stage_index + offset) * column, level_y[point.score], point))
        return positions

    def _draw_marker(
        self, canvas: Any, x: float, y: float, point: CurvePoint, width: float, radius: float
    ) -> None:
        """A marker's face, score and label; *width* is the room its label and number may take.

        Where markers crowd, numbers and labels give way (the stage pages list
        every emotion with its face, score and title); the lowest keeps its number.
        """
        ink = self.palette.colour(TEXT)
        fraction = scale_fraction(self.scale, point.score)
        lowest = self.lowest is not None and point.card_id == self.lowest.card_id
        if lowest:
            canvas.saveState()
            stroke_with(canvas, ink)
            canvas.setLineWidth(1.2)
            canvas.setDash(2, 1.5)
            canvas.circle(x, y, radius + 4, stroke=1, fill=0)
            canvas.restoreState()
            fill_with(canvas, ink)
            # A triangle pointing down at the marker, repeated in the caption below the chart.
            tip = y + radius + 6
            path = canvas.beginPath()
            path.moveTo(x, tip)
            path.lineTo(x - 4, tip + 6)
            path.lineTo(x + 4, tip + 6)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        paint_face(canvas, x, y, radius, fraction, face_fill(self.palette, fraction), ink)
        roomy = radius >= _MARKER_RADIUS  # crowded charts show faces only, all alike
        if (roomy and width >= 2 * radius + 16) or lowest:
            number_x = x + radius + (6 if lowest else 2)
            _knocked_out(canvas, number_x, y + 3, signed(point.score), BOLD, 8, centred=False)
            fill_with(canvas, ink)
            canvas.drawString(number_x, y + 3, signed(point.score))
        label = fit_line(point.label, width - 4, 7) if roomy and width >= 28 else ""
        if label:
            label_y = y - radius - (13 if lowest else 9)
            _knocked_out(canvas, x, label_y, label, REGULAR, 7, centred=True)
            fill_with(canvas, self.palette.muted)
            draw_string(canvas, x, label_y, label, 7, align="centre")

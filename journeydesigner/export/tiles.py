"""The tiled wall poster: the map at a print scale across A4 or letter sheets. No Qt.

Each persona gets a cover sheet (the whole map small, with the grid of sheets
numbered: the assembly plan) and then its sheets, row by row. Neighbouring
sheets repeat an overlap strip; cut marks show where to trim, dashed lines
where the neighbour's edge goes, and registration targets printed at the
same map position on both sheets let the two be lined up exactly.

The map is drawn once per persona as a Form XObject and shown, clipped, on
every sheet: the file stays small and the export fast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.units import mm

from journeydesigner.export.draw_timeline import ascent, draw_timeline
from journeydesigner.export.labels import pick
from journeydesigner.export.options import TILE_PAPERS
from journeydesigner.export.pdf_draw import OUTLINE, Canvas, draw_text
from journeydesigner.export.pdf_page import MARGIN, PdfContext, draw_title_block, title_size
from journeydesigner.export.text import wrap_lines
from journeydesigner.layout import colours
from journeydesigner.layout.timeline import TimelineLayout, layout_timeline
from journeydesigner.model.persona import Persona

SHEET_MARGIN = 10 * mm  # most printers cannot print closer to the edge
HEADER_HEIGHT = 96.0  # layout points above the timeline for the poster's own title
MARK_RADIUS = 2.5 * mm


@dataclass(frozen=True)
class TileGrid:
    """How a persona's poster splits into sheets."""

    sheet: tuple[float, float]
    content_width: float
    content_height: float
    step_x: float
    step_y: float
    rows: int
    columns: int
    poster_width: float  # the printed poster, in points
    poster_height: float


def tile_paper(ctx: PdfContext) -> str:
    """The sheet paper: the chosen one if a home printer takes it, else A4."""
    return ctx.options.paper if ctx.options.paper in TILE_PAPERS else "A4"


def tile_grid(ctx: PdfContext, layout: TimelineLayout) -> TileGrid:
    """Rows and columns of sheets for *layout* at the options' scale and overlap."""
    sheet = ctx.options.page_size(tile_paper(ctx))
    content_w, content_h = sheet[0] - 2 * SHEET_MARGIN, sheet[1] - 2 * SHEET_MARGIN
    # The overlap may take at most a third of a sheet, or sheets would barely advance.
    overlap = min(max(0.0, ctx.options.overlap_mm * mm), content_w / 3, content_h / 3)
    step_x, step_y = content_w - overlap, content_h - overlap
    poster_w = layout.width * ctx.options.scale
    poster_h = (layout.height + HEADER_HEIGHT) * ctx.options.scale
    columns = max(1, math.ceil((poster_w - content_w) / step_x - 1e-9) + 1)
    rows = max(1, math.ceil((poster_h - content_h) / step_y - 1e-9) + 1)
    return TileGrid(sheet, content_w, content_h, step_x, step_y, rows, columns, poster_w, poster_h)


def tiles_page_count(ctx: PdfContext) -> int:
    """A cover plus rows × columns sheets per persona."""
    total = 0
    for persona in ctx.personas:
        grid = tile_grid(ctx, layout_timeline(ctx.journey, persona))
        total += 1 + grid.rows * grid.columns
    return total


def sheet_label(language: str, row: int, column: int) -> str:
    """ "Fila 2 · Columna 3" / "Row 2 · Column 3" (1-based)."""
    return pick(language, f"Fila {row} · Columna {column}", f"Row {row} · Column {column}")


def draw_tiles(ctx: PdfContext) -> None:
    """Cover and sheets of each chosen persona."""
    for index, persona in enumerate(ctx.personas):
        layout = layout_timeline(ctx.journey, persona)
        grid = tile_grid(ctx, layout)
        form = f"jd-poster-{index}"
        first_sheet = ctx.page + 2  # the page number of the persona's first sheet
        _draw_cover(ctx, persona, layout, grid, form, first_sheet)
        for row in range(grid.rows):
            for column in range(grid.columns):
                _draw_sheet(ctx, grid, form, row, column)


def _define_form(ctx: PdfContext, persona: Persona, layout: TimelineLayout, name: str) -> None:
    """The poster (its own title and the timeline) as a form; coordinates (x, -y) in layout points."""
    canvas = ctx.canvas
    total_h = layout.height + HEADER_HEIGHT
    canvas.beginForm(name, 0, -total_h, layout.width, 0)
    ctx.palette.fill(canvas, "#FFFFFF")
    canvas.rect(0, -total_h, layout.width, total_h, stroke=0, fill=1)
    draw_title_block(ctx, persona, 0, -12, layout.width, 34, show_page=False)
    canvas.saveState()
    canvas.translate(0, -HEADER_HEIGHT)
    draw_timeline(canvas, ctx.journey, persona, layout, ctx.timeline_style)
    canvas.setLineWidth(1)
    ctx.palette.stroke(canvas, OUTLINE)
    canvas.rect(0, -layout.height, layout.width, layout.height, stroke=1, fill=0)
    canvas.restoreState()
    canvas.endForm()


def _draw_cover(
    ctx: PdfContext, persona: Persona, layout: TimelineLayout, grid: TileGrid, form: str, first_sheet: int
) -> None:
    """The assembly plan: instructions, the map small and the sheets' grid numbered."""
    canvas, palette, language = ctx.canvas, ctx.palette, ctx.language
    width, height = grid.sheet
    ctx.begin_page(grid.sheet)
    _define_form(ctx, persona, layout, form)
    inner = width - 2 * MARGIN
    size = title_size(inner)
    bottom = draw_title_block(ctx, persona, MARGIN, height - MARGIN, inner, size)
    overlap_mm = round((grid.content_width - grid.step_x) / mm)
    sheets = grid.rows * grid.columns
    text = pick(
        language,
        f"Plan de montaje: {sheets} hojas en {grid.rows} filas y {grid.columns} columnas, "
        f"escala {ctx.options.scale:g}, póster de {grid.poster_width / mm / 10:.0f} × "
        f"{grid.poster_height / mm / 10:.0f} cm. Recorta cada hoja por las marcas de corte de la "
        f"izquierda y de arriba, superponla {overlap_mm} mm sobre la anterior haciendo coincidir "
        "las dianas, y pégala.",
        f"Assembly plan: {sheets} sheets in {grid.rows} rows and {grid.columns} columns, "
        f"scale {ctx.options.scale:g}, poster {grid.poster_width / mm / 10:.0f} × "
        f"{grid.poster_height / mm / 10:.0f} cm. Trim each sheet along the cut marks on its left "
        f"and top, lay it {overlap_mm} mm over the previous one with the targets on top of each "
        "other, and glue it.",
    )
    body = 10.0
    lines = wrap_lines(text, inner, body, 4)
    y = bottom - body * 1.6
    palette.fill(canvas, colours.TEXT)
    for line in lines:
        draw_text(canvas, MARGIN, y, line, body)
        y -= body * 1.35
    # The plan: the whole grid of sheets scaled into what is left of the page.
    plan_w = grid.step_x * (grid.columns - 1) + grid.content_width
    plan_h = grid.step_y * (grid.rows - 1) + grid.content_height
    area_top = y - body * 0.6
    scale = min(inner / plan_w, (area_top - MARGIN) / plan_h)
    left = MARGIN + (inner - plan_w * scale) / 2
    canvas.saveState()
    canvas.translate(left, area_top)
    canvas.scale(scale, scale)
    canvas.saveState()
    canvas.scale(ctx.options.scale, ctx.options.scale)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.setLineWidth(1.2 / scale)
    palette.stroke(canvas, colours.SELECTION)
    number_size = min(grid.step_x, grid.step_y) * 0.16
    for row in range(grid.rows):
        for column in range(grid.columns):
            x0, y0 = column * grid.step_x, -row * grid.step_y
            w = grid.step_x if column < grid.columns - 1 else grid.content_width
            h = grid.step_y if row < grid.rows - 1 else grid.content_height
            canvas.rect(x0, y0 - h, w, h, stroke=1, fill=0)
            cx, cy = x0 + w / 2, y0 - h / 2
            canvas.saveState()  # the translucent box's opacity ends with it
            palette.fill(canvas, "#FFFFFF", alpha=0.85)
            canvas.roundRect(
                cx - number_size * 2.2,
                cy - number_size * 0.9,
                number_size * 4.4,
                number_size * 1.9,
                number_size * 0.2,
                stroke=1,
                fill=1,
            )
            canvas.restoreState()
            palette.fill(canvas, colours.TEXT)
            page = first_sheet + row * grid.columns + column
            draw_text(canvas, cx, cy + number_size * 0.05, str(page), number_size, bold=True, align="centre")
            label = sheet_label(language, row + 1, column + 1)
            draw_text(
                canvas,
                cx,
                cy - number_size * 0.6,
                label,
                number_size * 0.3,
                width=number_size * 4.2,
                align="centre",
            )
    canvas.restoreState()
    ctx.end_page()


def _draw_sheet(ctx: PdfContext, grid: TileGrid, form: str, row: int, column: int) -> None:
    """One sheet: its part of the poster, clipped, with cut, overlap and alignment marks."""
    canvas, palette = ctx.canvas, ctx.palette
    width, height = grid.sheet
    m = SHEET_MARGIN
    ctx.begin_page(grid.sheet)
    x0, y0 = column * grid.step_x, row * grid.step_y  # this sheet's corner on the poster
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(m, m, grid.content_width, grid.content_height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.translate(m - x0, height - m + y0)
    canvas.saveState()
    canvas.scale(ctx.options.scale, ctx.options.scale)
    canvas.doForm(form)
    canvas.restoreState()
    _draw_targets(canvas, ctx, grid, row, column)
    canvas.restoreState()
    _draw_cut_marks(canvas, ctx, grid, row, column)
    palette.fill(canvas, colours.TEXT)
    label_y = m / 2 - 3
    label = sheet_label(ctx.language, row + 1, column + 1)
    draw_text(canvas, m, label_y, label, 9, bold=True, width=width / 2 - m)
    palette.fill(canvas, colours.TEXT_MUTED)
    draw_text(canvas, width - m, label_y, ctx.page_label(), 8, width=width / 2 - m, align="right")
    ctx.end_page()


def _draw_targets(canvas: Canvas, ctx: PdfContext, grid: TileGrid, row: int, column: int) -> None:
    """Registration targets in the middle of each overlap strip, at the same poster spot on both sheets."""
    overlap = grid.content_width - grid.step_x
    if overlap <= 2 * MARK_RADIUS:
        return
    spots: list[tuple[float, float]] = []
    for seam in range(1, grid.columns):  # vertical seams
        x = seam * grid.step_x + overlap / 2
        for r in range(grid.rows):
            spots += [(x, r * grid.step_y + grid.content_height * f) for f in (0.3, 0.7)]
    for seam in range(1, grid.rows):  # horizontal seams
        y = seam * grid.step_y + overlap / 2
        for c in range(grid.columns):
            spots += [(c * grid.step_x + grid.content_width * f, y) for f in (0.3, 0.7)]
    canvas.setLineWidth(0.6)
    ctx.palette.stroke(canvas, "#000000")
    x0, y0 = column * grid.step_x, row * grid.step_y
    for x, y in spots:
        if x0 <= x <= x0 + grid.content_width and y0 <= y <= y0 + grid.content_height:
            ctx.palette.fill(canvas, "#FFFFFF")
            canvas.circle(x, -y, MARK_RADIUS, stroke=1, fill=1)
            canvas.line(x - MARK_RADIUS * 1.5, -y, x + MARK_RADIUS * 1.5, -y)
            canvas.line(x, -y - MARK_RADIUS * 1.5, x, -y + MARK_RADIUS * 1.5)


def _draw_cut_marks(canvas: Canvas, ctx: PdfContext, grid: TileGrid, row: int, column: int) -> None:
    """Cut marks at the content's corners (in the margin) and dashed lines where neighbours overlap."""
    m = SHEET_MARGIN
    width, height = grid.sheet
    left, bottom = m, m
    right, top = m + grid.content_width, m + grid.content_height
    gap, length = 1.5 * mm, m - 3 * mm
    canvas.saveState()
    canvas.setLineWidth(0.5)
    ctx.palette.stroke(canvas, "#000000")
    for x, dx in ((left, -1), (right, 1)):
        for y, dy in ((bottom, -1), (top, 1)):
            canvas.line(x + dx * gap, y, x + dx * (gap + length), y)
            canvas.line(x, y + dy * gap, x, y + dy * (gap + length))
    overlap = grid.content_width - grid.step_x
    canvas.setDash([3, 3])
    ctx.palette.stroke(canvas, "#6B7785")
    # Where the previous sheet's edge will lie on this one, and this one's on the next.
    if column > 0:
        canvas.line(left + overlap, bottom, left + overlap, top)
    if column < grid.columns - 1:
        canvas.line(right - overlap, bottom, right - overlap, top)
    if row > 0:
        canvas.line(left, top - overlap, right, top - overlap)
    if row < grid.rows - 1:
        canvas.line(left, bottom + overlap, right, bottom + overlap)
    canvas.restoreState()
    # Scissors hints: which edges get trimmed, in the margin.
    ctx.palette.fill(canvas, colours.TEXT_MUTED)
    word = pick(ctx.language, "cortar", "cut")
    size = 7.0
    if column > 0:
        canvas.saveState()
        canvas.translate(m / 2 + ascent(size) / 2, height / 2)
        canvas.rotate(90)
        draw_text(canvas, 0, 0, f"✂ {word}", size, align="centre")
        canvas.restoreState()
    if row > 0:
        draw_text(canvas, width / 2, height - m / 2 - ascent(size) / 2, f"✂ {word}", size, align="centre")

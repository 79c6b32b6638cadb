"""The analysis page appended to a poster, tiles or worksheet: one per persona. No Qt.

Two figures the consultant discusses with the client: which channels serve
which stages (a table of touchpoint counts, gaps stand out) and how the
persona feels at each stage on average (bars from zero with the number and
a face, so neither colour nor length alone carries the value).
"""

from __future__ import annotations

from journeydesigner.export.draw_timeline import ascent
from journeydesigner.export.fonts import text_width
from journeydesigner.export.labels import pick
from journeydesigner.export.pdf_draw import OUTLINE, draw_face, draw_text
from journeydesigner.export.pdf_page import MARGIN, PdfContext, draw_title_block, title_size
from journeydesigner.export.text import wrap_lines
from journeydesigner.layout import colours
from journeydesigner.model.analysis import coverage_matrix, stage_emotion_averages
from journeydesigner.model.persona import Persona


def analysis_page_count(ctx: PdfContext) -> int:
    """One page per chosen persona."""
    return len(ctx.personas)


def draw_analysis_pages(ctx: PdfContext) -> None:
    """The analysis page of each chosen persona."""
    for persona in ctx.personas:
        draw_analysis_page(ctx, persona)


def format_score(value: float, language: str) -> str:
    """A signed average with one decimal, with a decimal comma in Spanish."""
    text = f"{value:+.1f}" if round(value, 1) else "0.0"
    return text.replace(".", ",") if pick(language, "es", "en") == "es" else text


def draw_analysis_page(ctx: PdfContext, persona: Persona) -> None:
    """Coverage table above, emotion averages below, sized to the page."""
    canvas, palette, language = ctx.canvas, ctx.palette, ctx.language
    width, height = ctx.options.page_size()
    ctx.begin_page((width, height))
    inner = width - 2 * MARGIN
    size = title_size(min(width, height) * 1.414)
    note = pick(language, "Análisis", "Analysis")
    bottom = draw_title_block(ctx, persona, MARGIN, height - MARGIN, inner, size, note=note, show_date=False)

    matrix = coverage_matrix(ctx.journey, [persona])
    channel_names = {c.id: c.name for c in ctx.journey.channels}
    stages = persona.timeline.stages
    heading = size * 0.55
    # Every row (table rows, chart rows, two headings, two header rows) gets the same height.
    units = len(matrix.channels) + len(stages) + 6
    row = max(9.0, min(size * 1.3, (bottom - MARGIN - heading * 4) / units))
    font = min(size * 0.5, row * 0.48)

    y = bottom - heading * 2
    palette.fill(canvas, colours.TEXT)
    draw_text(
        canvas,
        MARGIN,
        y,
        pick(language, "Cobertura de canales por etapa", "Channel coverage by stage"),
        heading,
        bold=True,
        width=inner,
    )
    y -= heading
    label_w = min(inner * 0.22, 200.0)
    total_w = font * 4
    col_w = (inner - label_w - total_w) / max(1, len(matrix.stages))
    header_h = row * 1.6
    # Column headers: stage names on up to two lines, in a size at which no word is split.
    longest = max((text_width(w, 1.0, bold=True) for n in matrix.stages for w in n.split()), default=1.0)
    head = max(6.0, min(font, (col_w - 6) / max(longest, 0.01)))
    for i, name in enumerate(matrix.stages):
        x = MARGIN + label_w + i * col_w
        lines = wrap_lines(name, col_w - 6, head, 2, bold=True)
        line_y = y - ascent(head, True) - (header_h - len(lines) * head * 1.2) / 2
        for line in lines:
            draw_text(canvas, x + col_w / 2, line_y, line, head, bold=True, align="centre")
            line_y -= head * 1.2
    draw_text(
        canvas,
        MARGIN + inner - total_w / 2,
        y - ascent(font, True) - (header_h - font * 1.2) / 2,
        pick(language, "Total", "Total"),
        font,
        bold=True,
        align="centre",
        width=total_w,
    )
    y -= header_h
    canvas.setLineWidth(0.5)
    for channel_id in matrix.channels:
        palette.stroke(canvas, colours.GRID)
        canvas.line(MARGIN, y, MARGIN + inner, y)
        base = y - row / 2 - font * 0.35
        palette.fill(canvas, colours.TEXT)
        draw_text(
            canvas, MARGIN + 4, base, channel_names.get(channel_id, channel_id), font, width=label_w - 8
        )
        total = 0
        for i, stage_name in enumerate(matrix.stages):
            count = matrix.count(channel_id, stage_name)
            total += count
            x = MARGIN + label_w + i * col_w
            if count:
                # Deeper tint for more touchpoints; the number is always printed.
                palette.fill(canvas, (0.9 - min(count, 4) * 0.08, 0.94 - min(count, 4) * 0.05, 1.0))
                canvas.rect(x + 1, y - row + 1, col_w - 2, row - 2, stroke=0, fill=1)
                palette.fill(canvas, colours.TEXT)
                draw_text(canvas, x + col_w / 2, base, str(count), font, bold=True, align="centre")
            else:
                palette.fill(canvas, colours.TEXT_MUTED)
                draw_text(canvas, x + col_w / 2, base, "·", font, align="centre")
        palette.fill(canvas, colours.TEXT)
        draw_text(canvas, MARGIN + inner - total_w / 2, base, str(total), font, bold=True, align="centre")
        y -= row
    palette.stroke(canvas, colours.GRID)
    canvas.line(MARGIN, y, MARGIN + inner, y)

    y -= heading * 2.5
    palette.fill(canvas, colours.TEXT)
    draw_text(
        canvas,
        MARGIN,
        y,
        pick(language, "Emoción media por etapa", "Average emotion by stage"),
        heading,
        bold=True,
        width=inner,
    )
    y -= heading
    _draw_averages(ctx, persona, y, inner, label_w, row, font)
    ctx.end_page()


def _draw_averages(
    ctx: PdfContext, persona: Persona, top: float, inner: float, label_w: float, row: float, font: float
) -> None:
    """A horizontal bar per stage from the neutral line, with the average and a face."""
    canvas, palette, language = ctx.canvas, ctx.palette, ctx.language
    scale = ctx.journey.emotion_scale
    averages = stage_emotion_averages(persona)
    span = scale.maximum - scale.minimum or 1
    value_w = font * 4.5
    chart_left = MARGIN + label_w
    chart_w = inner - label_w - value_w - row
    # Zero sits where it falls on the scale (the middle for −2 … +2).
    zero_fraction = min(1.0, max(0.0, (0 - scale.minimum) / span))
    zero_x = chart_left + chart_w * zero_fraction
    y = top
    # The scale's ends and middle as light guides with their scores.
    palette.fill(canvas, colours.TEXT_MUTED)
    for score in (scale.minimum, 0, scale.maximum):
        x = chart_left + chart_w * (score - scale.minimum) / span
        draw_text(canvas, x, y - font, f"{score:+d}" if score else "0", font * 0.85, align="centre")
    y -= row
    chart_top = y
    for stage in persona.timeline.stages:
        base = y - row / 2 - font * 0.35
        palette.fill(canvas, colours.TEXT)
        draw_text(canvas, MARGIN + 4, base, stage.name, font, width=label_w - 8)
        value = averages.get(stage.id)
        if value is None:
            palette.fill(canvas, colours.TEXT_MUTED)
            draw_text(
                canvas,
                chart_left + chart_w + row,
                base,
                pick(language, "sin datos", "no data"),
                font,
                width=value_w,
            )
        else:
            fraction = (value - scale.minimum) / span
            x = chart_left + chart_w * fraction
            palette.fill(canvas, palette.emotion(fraction))
            palette.stroke(canvas, OUTLINE)
            canvas.setLineWidth(0.4)
            canvas.rect(min(zero_x, x), y - row * 0.8, abs(x - zero_x), row * 0.6, stroke=1, fill=1)
            draw_face(
                canvas, chart_left + chart_w + row / 2, y - row / 2, row * 0.75, fraction, palette, OUTLINE
            )
            palette.fill(canvas, colours.TEXT)
            draw_text(
                canvas,
                chart_left + chart_w + row * 1.1,
                base,
                format_score(value, language),
                font,
                bold=True,
                width=value_w,
            )
        y -= row
    canvas.setLineWidth(0.8)
    palette.stroke(canvas, OUTLINE)
    canvas.line(zero_x, chart_top, zero_x, y)

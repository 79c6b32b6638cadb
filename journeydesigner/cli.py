"""The ``journeydesigner`` command line.

With no sub-command (and an optional FILE) it opens the designer. The
sub-commands work without a screen and never import Qt, so they run on build
servers and in scripts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from journeydesigner import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

# convert --format: the names journeydesigner.interop.FORMAT_NAMES knows (a test keeps them equal).
FORMAT_CHOICES = ("csv", "excel", "journey", "json-schema", "mermaid", "mmd", "schema", "xlsx")


class CommandError(Exception):
    """A failure to report as one line on stderr with exit status 1."""


def _default_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


# ---------------------------------------------------------------- commands


def cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check each file; one line per bad file on stderr."""
    from journeydesigner.storage import JourneyFileError, load_map

    status = EXIT_OK
    for path in args.files:
        try:
            load_map(path)
        except JourneyFileError as exc:
            print(exc, file=err)
            status = EXIT_FAILURE
        else:
            if not args.quiet:
                print(f"{path}: ok", file=out)
    return status


def map_info(path: str) -> dict[str, Any]:
    """The summary printed by ``info``: title, language, personas, stages, cards."""
    from journeydesigner.model.analysis import card_counts
    from journeydesigner.storage import load_map

    journey = load_map(path)
    return {
        "file": path,
        "title": journey.title,
        "language": journey.language,
        "organisation": journey.organisation,
        "personas": [p.name for p in journey.personas],
        "stages": {p.name: [s.name for s in p.timeline.stages] for p in journey.personas},
        "lanes": {p.name: [lane.name for lane in p.timeline.lanes] for p in journey.personas},
        "cards": dict(sorted(card_counts(journey).items())),
        "cards_per_persona": {p.name: len(p.timeline.cards) for p in journey.personas},
        "connections": sum(len(p.timeline.connections) for p in journey.personas),
    }


def cmd_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print a summary of a map, as text or JSON."""
    info = map_info(args.file)
    if args.json:
        json.dump(info, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    print(f"Title:       {info['title']}", file=out)
    print(f"Language:    {info['language']}", file=out)
    if info["organisation"]:
        print(f"Organisation: {info['organisation']}", file=out)
    print(f"Personas:    {len(info['personas'])}", file=out)
    for name, stages in info["stages"].items():
        count = info["cards_per_persona"][name]
        print(f"  {name}: {len(stages)} stages, {count} cards", file=out)
        print(f"    {' → '.join(stages)}", file=out)
    total = sum(info["cards"].values())
    detail = ", ".join(f"{kind} {count}" for kind, count in info["cards"].items())
    print(f"Cards:       {total}" + (f" ({detail})" if detail else ""), file=out)
    print(f"Connections: {info['connections']}", file=out)
    return EXIT_OK


def cmd_templates(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """List the templates, name first."""
    from journeydesigner.templates import template_names, template_summary

    language = args.lang or _default_language()
    names = template_names()
    width = max(len(name) for name in names)
    for name in names:
        title, summary = template_summary(name, language)
        print(f"{name:<{width}}  {title}: {summary}", file=out)
    return EXIT_OK


def cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Create a map from a template."""
    from journeydesigner.storage import save_map
    from journeydesigner.templates import UnknownTemplateError, build_template, template_names

    target = Path(args.out)
    if target.exists() and not args.force:
        raise CommandError(f"{target}: already exists (use --force to replace it)")
    try:
        journey = build_template(args.template, args.lang or _default_language())
    except UnknownTemplateError:
        names = ", ".join(template_names())
        raise CommandError(f"unknown template {args.template!r} (choose from: {names})") from None
    if args.title:
        journey.title = args.title
    save_map(journey, target)
    print(f"{target}: created from template {args.template}", file=out)
    return EXIT_OK


def _read_input(name: str) -> bytes:
    """The bytes of IN ("-": standard input), at most the size a map may have."""
    from journeydesigner.model.limits import MAX_FILE_BYTES
    from journeydesigner.storage.errors import os_error_reason

    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            with open(name, "rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"{name}: cannot read the file: {os_error_reason(exc, saving=False)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise CommandError(f"{name}: files larger than 64 MB are refused")
    return data


def _write_output(name: str, data: bytes, out: TextIO) -> None:
    """Write OUT atomically ("-": standard output)."""
    from journeydesigner.storage.atomic import atomic_write_bytes
    from journeydesigner.storage.errors import os_error_reason

    if name == "-":
        stream = getattr(out, "buffer", None)
        if stream is not None:
            out.flush()
            stream.write(data)
            stream.flush()
        else:
            out.write(data.decode("utf-8"))
        return
    try:
        atomic_write_bytes(name, data)
    except OSError as exc:
        raise CommandError(f"{name}: cannot write: {os_error_reason(exc, saving=True)}") from None


def cmd_convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Convert between .journey, Mermaid, CSV, Excel; or write the JSON Schema.

    IN's format comes from its extension, else from its content; OUT's from
    --format, else from its extension. Rows of an inventory that cannot be
    placed are warnings (one line each); nothing placed is an error.
    """
    from journeydesigner.interop import (
        FORMAT_NAMES,
        Format,
        InteropError,
        export_bytes,
        format_for_name,
        import_bytes,
        sniff_format,
    )
    from journeydesigner.storage import load_map, save_map

    target = FORMAT_NAMES[args.format] if args.format else format_for_name(args.output)
    if target is None:
        raise CommandError(
            f"{args.output}: unknown format: name it .journey, .mmd, .csv, .xlsx or .schema.json, "
            "or give --format"
        )
    if target == Format.SCHEMA:  # the schema of the file format: IN is not read
        from journeydesigner.storage.schema import schema_text

        _write_output(args.output, schema_text().encode("utf-8"), out)
        return EXIT_OK
    source = format_for_name(args.input) if args.input != "-" else None
    if source == Format.JOURNEY:
        journey = load_map(args.input)
    else:
        data = _read_input(args.input)
        try:
            imported = import_bytes(
                data, source or sniff_format(data), name=args.input, fallback_language=_default_language()
            )
        except InteropError as exc:
            raise CommandError(f"{args.input}: {exc}") from None
        for skipped in imported.skipped:
            print(f"{args.input}: line {skipped.line}: row skipped: {skipped.reason}", file=err)
        journey = imported.journey
    if target == Format.JOURNEY and args.output != "-":
        save_map(journey, args.output)
        return EXIT_OK
    try:
        data = export_bytes(journey, target)
    except (InteropError, ValueError) as exc:
        raise CommandError(f"{args.output}: {exc}") from None
    _write_output(args.output, data, out)
    return EXIT_OK


def _fold(name: str) -> str:
    """*name* without case or accents ("Marta Roig" matches "marta roíg")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def find_persona_id(journey: Any, name: str) -> str:
    """The id of the persona called *name*: exact match first, then ignoring case and accents."""
    for persona in journey.personas:
        if persona.name == name:
            return str(persona.id)
    wanted = _fold(name)
    for persona in journey.personas:
        if _fold(persona.name) == wanted:
            return str(persona.id)
    names = ", ".join(p.name for p in journey.personas) or "none"
    raise CommandError(f"unknown persona {name!r} (the map has: {names})")


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Export a map as a PDF (no Qt) or, through the canvas, a PNG or SVG image."""
    from journeydesigner.storage import load_map

    journey = load_map(args.map)
    persona_ids = tuple(dict.fromkeys(find_persona_id(journey, name) for name in args.persona or []))
    if args.pdf is None:
        return _export_image(args, journey, persona_ids, out)
    from journeydesigner.export.options import Orientation, PdfLayout, PdfOptions
    from journeydesigner.export.pdf import ExportError, export_pdf

    layout = PdfLayout(args.layout)
    paper = args.paper or ("A3" if layout == PdfLayout.POSTER else "A4")
    default_orientation = Orientation.PORTRAIT if layout == PdfLayout.HANDOUTS else Orientation.LANDSCAPE
    orientation = Orientation(args.orientation) if args.orientation else default_orientation
    options = PdfOptions(
        layout=layout, paper=paper, orientation=orientation, personas=persona_ids, greyscale=args.greyscale
    )
    try:
        pages = export_pdf(journey, Path(args.pdf), options)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    print(f"{args.pdf}: {pages} pages", file=out)
    return EXIT_OK


def _export_image(args: argparse.Namespace, journey: Any, persona_ids: tuple[str, ...], out: TextIO) -> int:
    target = args.png or args.svg
    pdf_only = [
        flag
        for flag, value in (
            ("--layout", args.layout != "poster"),
            ("--paper", args.paper),
            ("--orientation", args.orientation),
            ("--greyscale", args.greyscale),
        )
        if value
    ]
    if pdf_only:
        raise CommandError(f"{pdf_only[0]} applies to --pdf only")
    if len(persona_ids) > 1:
        raise CommandError("an image shows one persona: give --persona at most once")
    if args.dpi is not None and not 10 <= args.dpi <= 1200:
        raise CommandError(f"--dpi {args.dpi}: choose a resolution from 10 to 1200")
    # Images are drawn by the real canvas, so this path alone loads Qt.
    from journeydesigner.canvas.image_export import export_image

    try:
        export_image(journey, persona_ids[0] if persona_ids else None, Path(target), args.dpi or 150)
    except (OSError, ValueError) as exc:
        # An OSError's str() starts with "[Errno N]"; its strerror is the plain message.
        text = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        message = " ".join(text.split()) or type(exc).__name__
        raise CommandError(message if str(target) in message else f"{target}: {message}") from None
    print(f"{target}: exported", file=out)
    return EXIT_OK


def cmd_install_desktop(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Register the designer, its file type and icons with the Linux desktop (or remove them)."""
    from journeydesigner.desktop_install import install_desktop

    return install_desktop(args.scope, args.uninstall, out, err)


# ---------------------------------------------------------------- parsing


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "validate": cmd_validate,
    "info": cmd_info,
    "templates": cmd_templates,
    "new": cmd_new,
    "convert": cmd_convert,
    "export": cmd_export,
    "install-desktop": cmd_install_desktop,
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="journeydesigner",
        description="Design customer journey maps. Run without a command to open the designer.",
        epilog="journeydesigner [FILE] opens FILE in the designer.",
    )
    parser.add_argument("--version", action="version", version=f"Journey Designer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check .journey files")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    info = commands.add_parser("info", help="summarise a map")
    info.add_argument("file", metavar="FILE")
    info.add_argument("--json", action="store_true", help="print JSON")

    templates = commands.add_parser("templates", help="list the built-in templates")
    templates.add_argument("--lang", choices=("es", "en"), help="language of the descriptions")

    new = commands.add_parser("new", help="create a map from a template")
    new.add_argument("out", metavar="OUT.journey")
    new.add_argument("--template", default="purchase-journey", metavar="NAME")
    new.add_argument("--lang", choices=("es", "en"), help="language of the map (default: system)")
    new.add_argument("--title", help="the map's title")
    new.add_argument("--force", action="store_true", help="replace OUT if it exists")

    convert = commands.add_parser(
        "convert",
        help="convert between .journey, Mermaid, CSV and Excel (or re-save a map in the current format)",
        description=(
            "Convert IN to OUT. Formats by extension: .journey (a map), .mmd or .mermaid (a Mermaid "
            "journey diagram), .csv and .xlsx (the touchpoint inventory), .schema.json (the JSON "
            "Schema of .journey files; IN is not read). An IN with another extension is recognised "
            "by its content. '-' reads standard input or writes standard output."
        ),
    )
    convert.add_argument("input", metavar="IN")
    convert.add_argument("output", metavar="OUT")
    convert.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        help="the format of OUT, whatever its extension (needed when OUT is '-')",
    )

    export = commands.add_parser("export", help="export a map as a PDF, PNG or SVG")
    export.add_argument("map", metavar="MAP")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="OUT.pdf", help="write a PDF (poster, tiles, handouts or worksheet)")
    target.add_argument("--png", metavar="OUT.png", help="write one persona's timeline as a PNG image")
    target.add_argument("--svg", metavar="OUT.svg", help="write one persona's timeline as an SVG image")
    export.add_argument("--layout", choices=("poster", "tiles", "handouts", "worksheet"), default="poster")
    export.add_argument(
        "--paper",
        choices=("A4", "A3", "A2", "A1", "A0", "letter", "legal", "tabloid"),
        help="paper size (default: A3 for the poster, A4 otherwise)",
    )
    export.add_argument(
        "--orientation",
        choices=("landscape", "portrait"),
        help="page orientation (default: portrait for handouts, landscape otherwise)",
    )
    export.add_argument(
        "--persona", action="append", metavar="NAME", help="only this persona (repeatable; default: all)"
    )
    export.add_argument("--greyscale", action="store_true", help="greys only, for black-and-white printers")
    export.add_argument("--dpi", type=int, help="resolution of a PNG image (default: 150)")

    from journeydesigner.desktop_install import add_arguments as add_install_desktop_arguments

    install_desktop = commands.add_parser(
        "install-desktop", help="register the designer, its file type and icons with the Linux desktop"
    )
    add_install_desktop_arguments(install_desktop)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journeydesigner", add_help=False)
    parser.add_argument("files", nargs="*", metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        gui_args, qt_args = _gui_parser().parse_known_args(args_list)
        from journeydesigner.app import run

        return run(gui_args.files, qt_args)

    args = build_parser().parse_args(args_list)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    from journeydesigner.storage import JourneyFileError

    try:
        return COMMANDS[args.command](args, sys.stdout, sys.stderr)
    except (JourneyFileError, CommandError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"{getattr(exc, 'filename', '') or 'journeydesigner'}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE


def entry_point() -> None:
    """Console entry point."""
    sys.exit(main())

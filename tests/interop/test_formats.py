"""Recognising formats by name and by content; the JSON Schema; the package stays free of Qt."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from journeydesigner.interop import (
    Format,
    InteropError,
    export_bytes,
    format_for_name,
    import_bytes,
    sniff_format,
)
from journeydesigner.storage import dumps_map, load_map
from journeydesigner.storage.schema import SCHEMA_PATH
from tests.conftest import SAMPLES


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("mapa.journey", Format.JOURNEY),
        ("MAPA.JOURNEY", Format.JOURNEY),
        ("dia.mmd", Format.MERMAID),
        ("dia.mermaid", Format.MERMAID),
        ("inventario.csv", Format.CSV),
        ("Inventario.XLSX", Format.XLSX),
        ("journey.schema.json", Format.SCHEMA),
        ("carpeta.csv/datos.json", None),
        ("notas.txt", None),
        ("sin-extension", None),
    ],
)
def test_formats_by_extension(name: str, fmt: Format | None) -> None:
    assert format_for_name(name) == fmt


@pytest.mark.parametrize("fmt", [Format.JOURNEY, Format.MERMAID, Format.CSV, Format.XLSX])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_formats_by_content(sample: object, fmt: Format) -> None:
    assert sniff_format(export_bytes(load_map(sample), fmt)) == fmt  # type: ignore[arg-type]


def test_mermaid_recognised_through_front_matter_comments_and_other_diagram_types() -> None:
    assert sniff_format(b"---\ntitle: x\n---\njourney\n") == Format.MERMAID
    assert sniff_format(b"%% comment\n\n  flowchart TD\n") == Format.MERMAID
    assert sniff_format("\ufeffEtapa;Tipo\n".encode()) == Format.CSV
    assert sniff_format(b"") == Format.CSV


def test_the_schema_export_is_the_committed_schema() -> None:
    data = export_bytes(load_map(SAMPLES[0]), Format.SCHEMA)
    assert data == SCHEMA_PATH.read_bytes()
    assert json.loads(data)["$schema"].startswith("https://json-schema.org/")
    with pytest.raises(InteropError, match="cannot be imported"):
        import_bytes(data, Format.SCHEMA)


def test_a_journey_file_imports_as_itself() -> None:
    data = SAMPLES[0].read_bytes()
    assert dumps_map(import_bytes(data, Format.JOURNEY, name=SAMPLES[0]).journey) == dumps_map(
        load_map(SAMPLES[0])
    )


def test_interop_never_loads_qt() -> None:
    code = (
        "import sys\n"
        "from journeydesigner.interop import Format, export_bytes, import_bytes\n"
        "from journeydesigner.storage import load_map\n"
        f"journey = load_map({str(SAMPLES[0])!r})\n"
        "for fmt in Format:\n"
        "    data = export_bytes(journey, fmt)\n"
        "    if fmt != Format.SCHEMA:\n"
        "        import_bytes(data, fmt, name='x')\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr

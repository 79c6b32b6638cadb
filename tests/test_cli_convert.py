"""``journeydesigner convert``: every direction, --format, standard streams, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from journeydesigner.cli import FORMAT_CHOICES, main
from journeydesigner.interop import FORMAT_NAMES, Format, export_bytes
from journeydesigner.interop.mermaid_syntax import parse_journey
from journeydesigner.storage import dumps_map, load_map
from journeydesigner.storage.schema import SCHEMA_PATH
from tests.conftest import ROOT
from tests.test_cli import run_cli

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"
TELECOM = ROOT / "samples" / "telecom-support.journey"
DOCS_EXAMPLE = (
    "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n"
    "      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n"
    "      Go downstairs: 5: Me\n      Sit down: 5: Me\n"
)


def convert(*args: str | Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["convert", *(str(a) for a in args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def cards(path: Path) -> int:
    return sum(len(p.timeline.cards) for p in load_map(path).personas)


def test_the_format_names_of_the_command_are_the_packages() -> None:
    assert sorted(FORMAT_CHOICES) == sorted(FORMAT_NAMES)


def test_journey_to_every_format_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for suffix in (".mmd", ".mermaid", ".csv", ".xlsx"):
        out = tmp_path / f"zapatillas{suffix}"
        assert convert(SNEAKERS, out, capsys=capsys) == (0, "", "")
        back = tmp_path / f"de{suffix.replace('.', '-')}.journey"
        assert convert(out, back, capsys=capsys) == (0, "", "")
        journey = load_map(back)
        assert [p.name for p in journey.personas] == ["Irene Soto", "Marta Roig"]
        if suffix in (".csv", ".xlsx"):
            assert cards(back) == cards(SNEAKERS)
            assert journey.title == "zapatillas"
        else:
            assert journey.title == load_map(SNEAKERS).title
    text = (tmp_path / "zapatillas.mmd").read_text(encoding="utf-8")
    assert text == export_bytes(load_map(SNEAKERS), Format.MERMAID).decode("utf-8")
    assert parse_journey(text).sections[0].name == "Descubrimiento"
    assert (tmp_path / "zapatillas.csv").read_bytes() == export_bytes(load_map(SNEAKERS), Format.CSV)
    sheet = openpyxl.load_workbook(tmp_path / "zapatillas.xlsx").worksheets[0]
    assert sheet.max_row == 1 + cards(SNEAKERS)


def test_between_the_other_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dia.mmd").write_text(DOCS_EXAMPLE, encoding="utf-8")
    assert convert(tmp_path / "dia.mmd", tmp_path / "dia.csv", capsys=capsys)[0] == 0
    rows = (tmp_path / "dia.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("Persona,Stage,Lane,Type")  # an English diagram gives an English inventory
    assert len(rows) == 1 + 2 * 6  # six task lines for Me and Cat: an action and a marker each
    assert convert(tmp_path / "dia.csv", tmp_path / "dia.xlsx", capsys=capsys)[0] == 0
    assert convert(tmp_path / "dia.xlsx", tmp_path / "otra.mmd", capsys=capsys)[0] == 0
    # The tasks, scores and actors survive the trip through the inventory.
    again = parse_journey((tmp_path / "otra.mmd").read_text(encoding="utf-8"))
    original = parse_journey(DOCS_EXAMPLE)
    assert [(s.name, [(t.name, t.score, t.actors) for t in s.tasks]) for s in again.sections] == [
        (s.name, [(t.name, t.score, t.actors) for t in s.tasks]) for s in original.sections
    ]


def test_journey_to_journey_still_resaves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "copia.journey"
    assert convert(TELECOM, out, capsys=capsys) == (0, "", "")
    assert out.read_bytes() == dumps_map(load_map(TELECOM))


def test_the_json_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "journey.schema.json"
    assert convert(SNEAKERS, out, capsys=capsys) == (0, "", "")
    assert out.read_bytes() == SCHEMA_PATH.read_bytes()
    # The schema does not depend on IN, which is not read.
    other = tmp_path / "otro.json"
    assert convert(tmp_path / "no-existe", other, "--format", "json-schema", capsys=capsys)[0] == 0
    assert json.loads(other.read_text(encoding="utf-8"))["title"].startswith("Journey Designer map")


def test_format_overrides_the_extension_of_out_and_in_is_recognised_by_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diagram = tmp_path / "diagrama.txt"
    assert convert(SNEAKERS, diagram, "--format", "mermaid", capsys=capsys)[0] == 0
    assert diagram.read_text(encoding="utf-8").startswith("journey\n")
    assert convert(diagram, tmp_path / "de-txt.journey", capsys=capsys)[0] == 0  # Mermaid by its content
    inventory = tmp_path / "inventario.data"
    assert convert(SNEAKERS, inventory, "--format", "excel", capsys=capsys)[0] == 0
    assert inventory.read_bytes().startswith(b"PK\x03\x04")
    assert convert(inventory, tmp_path / "de-data.csv", capsys=capsys)[0] == 0
    assert cards(SNEAKERS) == len((tmp_path / "de-data.csv").read_text(encoding="utf-8-sig").splitlines()) - 1
    # --format names OUT's format even where the extension says another.
    odd = tmp_path / "really-mermaid.csv"
    assert convert(SNEAKERS, odd, "--format", "mmd", capsys=capsys)[0] == 0
    assert odd.read_text(encoding="utf-8").startswith("journey\n")


def test_standard_input_and_output() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journeydesigner", "convert", "-", "-", "--format", "csv"],
        input=DOCS_EXAMPLE.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"\xef\xbb\xbfPersona,Stage,Lane,Type,Title")
    result = subprocess.run(
        [sys.executable, "-m", "journeydesigner", "convert", str(SNEAKERS), "-", "--format", "xlsx"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert openpyxl.load_workbook(io.BytesIO(result.stdout)).worksheets[0]["B1"].value == "Etapa"


def test_rows_that_cannot_be_placed_are_warnings_and_the_rest_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "inventario.csv"
    source.write_text(
        "Etapa;Tipo;Título\nCompra;Acción;Paga\n;Acción;Sin etapa\nCompra;Cohete;Raro\nUso;Nota;Sale\n",
        encoding="utf-8",
    )
    status, out, err = convert(source, tmp_path / "mapa.journey", capsys=capsys)
    assert status == 0
    assert out == ""
    assert err.splitlines() == [
        f"{source}: line 3: row skipped: no stage: every card belongs to a stage",
        f"{source}: line 4: row skipped: unknown card type 'Cohete'",
    ]
    assert cards(tmp_path / "mapa.journey") == 2


@pytest.mark.parametrize(
    ("content", "name", "out", "expected"),
    [
        ("journey\nsection A\n  Tea: 7: Me\n", "dia.mmd", "x.journey", "dia.mmd: line 3: the score '7'"),
        ("journey\n  Tea: 3: Me\n", "dia.mmd", "x.csv", "dia.mmd: line 2: a task before the first section"),
        (
            "journey\nsection A\n  Tea 3 Me\n",
            "dia.mmd",
            "x.csv",
            "dia.mmd: line 3: 'Tea 3 Me' is not a section",
        ),
        ("flowchart TD\n  A --> B\n", "dia.mmd", "x.csv", "dia.mmd: line 1: not a Mermaid journey diagram"),
        ("", "dia.mmd", "x.csv", "dia.mmd: line 1: the file is empty"),
        ("Nombre;Edad\n", "inv.csv", "x.journey", "inv.csv: line 1: the header has no stage column"),
        (
            "Etapa;Tipo\nA;Cohete\n",
            "inv.csv",
            "x.journey",
            "inv.csv: its only row could not be placed; line 2",
        ),
        ("not a workbook", "inv.xlsx", "x.journey", "inv.xlsx: not an Excel workbook"),
        (
            '{"format": "journeydesigner", "schema_version": 99}',
            "m.journey",
            "x.csv",
            "m.journey: $.schema_version: made by a newer",
        ),
        ("{}", "m.schema.json", "x.journey", "m.schema.json: a JSON Schema describes the .journey format"),
        ("journey\nsection A\nT: 1\n", "dia.mmd", "x.pdf", "x.pdf: unknown format"),
        ("journey\nsection A\nT: 1\n", "dia.mmd", "missing/x.csv", "missing/x.csv: cannot write: the folder"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_1(
    tmp_path: Path, content: str, name: str, out: str, expected: str
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    target = tmp_path / out
    result = run_cli("convert", str(source), str(target))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(str(tmp_path / expected.split(":")[0]) + ":")
    assert expected.split(": ", 1)[1] in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_a_missing_input_and_usage_errors(tmp_path: Path) -> None:
    missing = tmp_path / "no-existe.csv"
    result = run_cli("convert", str(missing), str(tmp_path / "x.journey"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{missing}: cannot read the file: the file does not exist " + (
        "(it was moved, renamed or removed, or the drive was disconnected)"
    )
    assert run_cli("convert", str(SNEAKERS), "-", "--format", "pdf").returncode == 2
    result = run_cli("convert", str(SNEAKERS), "-")
    assert result.returncode == 1
    assert "give --format" in result.stderr


def test_convert_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from journeydesigner.cli import main\n"
        f"src = {str(SNEAKERS)!r}\n"
        f"folder = {str(tmp_path)!r}\n"
        "for name in ('a.mmd', 'a.csv', 'a.xlsx', 'a.schema.json', 'a.journey'):\n"
        "    assert main(['convert', src, folder + '/' + name]) == 0\n"
        "    if not name.endswith('.schema.json'):\n"
        "        assert main(['convert', folder + '/' + name, folder + '/b.journey']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr

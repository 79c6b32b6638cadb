"""The command line contract: validate, info, templates, new, convert."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesigner.cli import main
from journeydesigner.storage import dumps_map, load_map
from journeydesigner.templates import template_names


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m journeydesigner`` in a real process, as users and scripts do."""
    return subprocess.run(
        [sys.executable, "-m", "journeydesigner", *args], capture_output=True, text=True, check=False
    )


@pytest.fixture
def good_map(tmp_path: Path) -> Path:
    path = tmp_path / "bueno.journey"
    assert main(["new", "--lang", "es", "--template", "purchase-journey", str(path)]) == 0
    return path


def test_validate_good_and_bad_files(good_map: Path, tmp_path: Path) -> None:
    bad = tmp_path / "roto.journey"
    bad.write_text('{"format": "journeydesigner", "schema_version": 1, "title": 5}', encoding="utf-8")
    not_json = tmp_path / "texto.journey"
    not_json.write_text("esto no es JSON", encoding="utf-8")

    result = run_cli("validate", str(good_map))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""

    result = run_cli("validate", str(good_map), str(bad), str(not_json))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}: $.title: ")
    assert lines[1].startswith(f"{not_json}: $: not valid JSON")
    assert "Traceback" not in result.stderr


def test_validate_missing_file_and_usage_errors(tmp_path: Path) -> None:
    missing = tmp_path / "no-existe.journey"
    result = run_cli("validate", str(missing))
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"{missing}: $: cannot read the file")
    assert run_cli("validate").returncode == 2
    assert run_cli("info").returncode == 2
    assert run_cli("new", "--lang", "fr", str(tmp_path / "x.journey")).returncode == 2


def test_info_text_and_json(good_map: Path) -> None:
    result = run_cli("info", str(good_map), "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["title"] == "Recorrido de compra"
    assert info["language"] == "es"
    assert info["personas"] == ["Cliente"]
    assert info["stages"]["Cliente"] == [
        "Descubrimiento",
        "Evaluación",
        "Compra",
        "Fidelización",
        "Recomendación",
    ]
    assert info["cards"] == {}
    assert info["connections"] == 0

    text = run_cli("info", str(good_map)).stdout
    assert "Recorrido de compra" in text
    assert "Descubrimiento → Evaluación" in text


def test_info_on_bad_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "malo.journey"
    bad.write_bytes(b"\x00\x01\x02")
    result = run_cli("info", str(bad))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(str(bad))


def test_templates_lists_names_first() -> None:
    result = run_cli("templates")
    assert result.returncode == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == template_names()
    assert {
        "customer-lifecycle",
        "purchase-journey",
        "extended-lifecycle",
        "omnichannel-retail",
        "blank",
    } <= set(names)


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("language", ["es", "en"])
def test_new_from_every_template(tmp_path: Path, name: str, language: str) -> None:
    out = tmp_path / f"{name}-{language}.journey"
    assert main(["new", "--template", name, "--lang", language, str(out)]) == 0
    journey = load_map(out)
    assert journey.language == language
    assert journey.personas and journey.personas[0].timeline.stages


def test_new_refuses_unknown_template_and_existing_file(good_map: Path, tmp_path: Path) -> None:
    result = run_cli("new", "--template", "nope", str(tmp_path / "n.journey"))
    assert result.returncode == 1
    assert "unknown template 'nope'" in result.stderr
    before = good_map.read_bytes()
    result = run_cli("new", str(good_map))
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert good_map.read_bytes() == before


def test_convert_resaves_and_migrates(good_map: Path, tmp_path: Path) -> None:
    out = tmp_path / "copia.journey"
    result = run_cli("convert", str(good_map), str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == good_map.read_bytes()

    old = json.loads(good_map.read_text(encoding="utf-8"))
    old["schema_version"] = 0
    for stage in old["personas"][0]["timeline"]["stages"]:
        stage["time_frame"] = stage.pop("timeframe")
    del old["channels"]
    v0 = tmp_path / "antiguo.journey"
    v0.write_text(json.dumps(old), encoding="utf-8")
    migrated = tmp_path / "migrado.journey"
    assert run_cli("convert", str(v0), str(migrated)).returncode == 0
    assert json.loads(migrated.read_text(encoding="utf-8"))["schema_version"] == 1
    assert dumps_map(load_map(migrated)) == migrated.read_bytes()


def test_convert_bad_input_and_unwritable_output(good_map: Path, tmp_path: Path) -> None:
    newer = tmp_path / "nuevo.journey"
    newer.write_text('{"format": "journeydesigner", "schema_version": 99}', encoding="utf-8")
    result = run_cli("convert", str(newer), str(tmp_path / "out.journey"))
    assert result.returncode == 1
    assert "newer version of Journey Designer" in result.stderr
    assert not (tmp_path / "out.journey").exists()

    result = run_cli("convert", str(good_map), str(tmp_path / "missing-folder" / "out.journey"))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_entry_point_script_is_installed() -> None:
    script = Path(sys.executable).with_name("journeydesigner")
    assert script.exists()
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "Journey Designer" in result.stdout


# ---------------------------------------------------------------- export

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "zapatillas-omnicanal.journey"


def test_export_pdf_layouts_and_page_sizes(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "póster.pdf"
    result = run_cli("export", str(SAMPLE), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 2 pages"
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape

    worksheet = tmp_path / "hoja.pdf"
    args = ["--layout", "worksheet", "--paper", "letter", "--orientation", "portrait", "--greyscale"]
    assert main(["export", str(SAMPLE), "--pdf", str(worksheet), *args]) == 0
    box = PdfReader(worksheet).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)

    tiles = tmp_path / "mural.pdf"
    assert main(["export", str(SAMPLE), "--pdf", str(tiles), "--layout", "tiles"]) == 0
    assert len(PdfReader(tiles).pages) > 2


def test_export_persona_by_name_ignores_case_and_accents(tmp_path: Path) -> None:
    out = tmp_path / "marta.pdf"
    result = run_cli("export", str(SAMPLE), "--pdf", str(out), "--persona", "MARTA roíg")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 1 pages"
    from pypdf import PdfReader

    assert "Marta Roig" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--persona", "Nadie"], "unknown persona 'Nadie'"),
        (["--pdf-to-missing-folder"], "cannot write the PDF"),
        (["--bad-map"], "not valid JSON"),
    ],
)
def test_export_failures_are_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    source, out = str(SAMPLE), tmp_path / "x.pdf"
    if args == ["--bad-map"]:
        bad = tmp_path / "malo.journey"
        bad.write_text("esto no es un mapa", encoding="utf-8")
        source, args = str(bad), []
    elif args == ["--pdf-to-missing-folder"]:
        out, args = tmp_path / "no-existe" / "x.pdf", []
    result = run_cli("export", source, "--pdf", str(out), *args)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_export_needs_exactly_one_target() -> None:
    assert run_cli("export", str(SAMPLE)).returncode == 2
    assert run_cli("export", str(SAMPLE), "--pdf", "a.pdf", "--png", "a.png").returncode == 2
    assert run_cli("export", str(SAMPLE), "--pdf", "a.pdf", "--paper", "B5").returncode == 2


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_export_image(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"irene.{suffix}"
    result = run_cli("export", str(SAMPLE), f"--{suffix}", str(out), "--persona", "Irene Soto", "--dpi", "40")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    missing = tmp_path / "no-existe" / f"x.{suffix}"
    result = run_cli("export", str(SAMPLE), f"--{suffix}", str(missing))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    result = run_cli("export", str(SAMPLE), f"--{suffix}", str(out), "--layout", "tiles")
    assert result.returncode == 1
    assert "--layout applies to --pdf only" in result.stderr

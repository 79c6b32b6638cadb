"""Older .journey files go through the ordered migrations and load as the current version.

``tests/data/v0/tienda-v0.journey`` is a hand-written file of version 0, the
prototype format: cards say ``kind``, emotion markers keep their score in
``emotion``, stages say ``time_frame`` and there are no channel or device
catalogues in the file.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from journeydesigner.model import SCHEMA_VERSION, JourneyMap
from journeydesigner.model.catalogue import default_channels, default_devices
from journeydesigner.storage import JourneyFileError, dumps_map, load_map, loads_map, migrations, save_map
from journeydesigner.storage.migrations import MIGRATIONS, migrate

V0_FILE = Path(__file__).resolve().parents[1] / "data" / "v0" / "tienda-v0.journey"


@pytest.fixture
def v0_document() -> dict[str, Any]:
    return json.loads(V0_FILE.read_bytes())


def _card(journey: JourneyMap, card_id: str) -> Any:
    return next(c for c in journey.personas[0].timeline.cards if c.id == card_id)


def test_the_fixture_is_really_a_version_0_file(v0_document: dict[str, Any]) -> None:
    assert v0_document["schema_version"] == 0
    assert "channels" not in v0_document and "devices" not in v0_document
    timeline = v0_document["personas"][0]["timeline"]
    assert all("time_frame" in s and "timeframe" not in s for s in timeline["stages"])
    assert all("kind" in c and "type" not in c for c in timeline["cards"])
    assert all("emotion" in c and "score" not in c for c in timeline["cards"] if c["kind"] == "emotion")
    # Version 0 is refused by the current model without its migration.
    with pytest.raises(ValidationError):
        JourneyMap.model_validate(
            {k: v for k, v in v0_document.items() if k not in ("format", "schema_version")}
        )


def test_v0_file_loads_as_the_current_version() -> None:
    journey = load_map(V0_FILE)

    assert journey.title == "Compra en la tienda online"
    assert journey.organisation == "Librerías Alcalá"
    assert journey.authors == ["Lucía Fernández", "Pau Serra"]
    assert journey.created.isoformat() == "2023-03-08T10:15:00+00:00"

    persona = journey.personas[0]
    assert (persona.id, persona.name) == ("persona-carmen", "Carmen")
    timeline = persona.timeline
    # time_frame → timeframe
    assert [s.timeframe for s in timeline.stages] == ["Día 1", "Día 1, 5 minutos", "Días 2-4"]
    assert timeline.stages[2].description == "Entrega en casa o en tienda"
    # lanes keep their kind
    assert [lane.kind.value for lane in timeline.lanes] == [
        "actions",
        "touchpoints",
        "channels",
        "emotions",
        "pain_points",
        "opportunities",
        "metrics",
    ]
    assert timeline.lanes[-1].hidden is True
    # card kind → type, in the original order
    assert [c.type for c in timeline.cards] == [
        "action",
        "touchpoint",
        "device",
        "emotion",
        "action",
        "emotion",
        "pain_point",
        "opportunity",
        "metric",
        "touchpoint",
        "emotion",
    ]
    # emotion → score
    assert [(c.id, c.score) for c in timeline.cards if c.type == "emotion"] == [
        ("tarjeta-animo-1", 1),
        ("tarjeta-animo-2", -2),
        ("tarjeta-animo-3", 2),
    ]
    assert _card(journey, "tarjeta-animo-2").description == "4,95 € que no esperaba"
    # the other fields of the cards come through untouched
    search = _card(journey, "tarjeta-buscador")
    assert (search.channel, search.devices, search.moment_of_truth) == ("web", ["mobile"], False)
    pickup = _card(journey, "tarjeta-recoge")
    assert (pickup.channel, pickup.devices, pickup.moment_of_truth) == ("store", ["in-person"], True)
    assert _card(journey, "tarjeta-movil").device == "mobile"
    metric = _card(journey, "tarjeta-abandono")
    assert (metric.name, metric.value, metric.unit, metric.target) == ("Abandono en el pago", 31.5, "%", 20.0)
    assert _card(journey, "tarjeta-envio").severity == "high"
    assert [(k.source, k.target, k.label) for k in timeline.connections] == [
        ("tarjeta-busca", "tarjeta-paga", ""),
        ("tarjeta-paga", "tarjeta-recoge", "2 días después"),
    ]
    # the catalogues a v0 file did not store are the built-in ones, in Spanish
    assert [c.model_dump() for c in journey.channels] == [c.model_dump() for c in default_channels("es")]
    assert [d.model_dump() for d in journey.devices] == [d.model_dump() for d in default_devices("es")]
    assert journey.channels[4].name == "Teléfono / centro de llamadas"


def test_saving_a_v0_file_writes_the_current_version(tmp_path: Path) -> None:
    original = V0_FILE.read_bytes()
    journey = load_map(V0_FILE)
    target = tmp_path / "tienda.journey"
    save_map(journey, target)

    assert V0_FILE.read_bytes() == original  # loading never rewrites the old file
    saved = json.loads(target.read_bytes())
    assert SCHEMA_VERSION == 1
    assert list(saved)[:2] == ["format", "schema_version"]
    assert (saved["format"], saved["schema_version"]) == ("journeydesigner", 1)
    timeline = saved["personas"][0]["timeline"]
    assert all("kind" not in c and "emotion" not in c for c in timeline["cards"])
    assert all("time_frame" not in s for s in timeline["stages"])
    assert [c["score"] for c in timeline["cards"] if c["type"] == "emotion"] == [1, -2, 2]
    assert [c["id"] for c in saved["channels"]][:3] == ["web", "app", "email"]

    # The saved file is an ordinary current file: it loads without migrating
    # to the same map, and load → save gives the same bytes.
    again = load_map(target)
    assert again.model_dump() == journey.model_dump()
    assert dumps_map(again) == target.read_bytes()


def test_every_version_below_the_current_one_has_a_migration() -> None:
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))
    assert all(callable(step) for step in MIGRATIONS.values())


def test_migrations_run_in_order_from_the_file_version(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def step(version: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
        def upgrade(doc: dict[str, Any]) -> dict[str, Any]:
            assert doc["version"] == version, "steps must see the output of the previous step"
            calls.append(version)
            return dict(doc, version=version + 1)

        return upgrade

    for version in range(4):
        monkeypatch.setitem(MIGRATIONS, version, step(version))

    assert migrate({"version": 0}, 0, 4) == {"version": 4}
    assert calls == [0, 1, 2, 3]
    calls.clear()
    assert migrate({"version": 2}, 2, 4) == {"version": 4}
    assert calls == [2, 3]
    calls.clear()
    assert migrate({"version": 4}, 4, 4) == {"version": 4}
    assert calls == []


def test_loading_uses_the_migration_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # Replace the real step: the loader must go through MIGRATIONS[0].
    seen: list[str] = []
    real_step = MIGRATIONS[0]

    def recording_step(doc: dict[str, Any]) -> dict[str, Any]:
        seen.append(doc["title"])
        return real_step(doc)

    monkeypatch.setitem(MIGRATIONS, 0, recording_step)
    load_map(V0_FILE)
    assert seen == ["Compra en la tienda online"]
    seen.clear()
    loads_map(dumps_map(load_map(V0_FILE)))  # a current file is not migrated again
    assert seen == ["Compra en la tienda online"]


def test_v0_to_v1_step(v0_document: dict[str, Any]) -> None:
    body = {k: v for k, v in v0_document.items() if k not in ("format", "schema_version")}
    upgraded = migrations.MIGRATIONS[0](copy.deepcopy(body))
    timeline = upgraded["personas"][0]["timeline"]
    assert timeline["stages"][0] == {
        "id": "etapa-buscar",
        "name": "Buscar",
        "timeframe": "Día 1",
        "color": "#5B8DEF",
        "width": 240.0,
    }
    assert timeline["cards"][3] == {
        "id": "tarjeta-animo-1",
        "type": "emotion",
        "stage": "etapa-buscar",
        "lane": "carril-emociones",
        "title": "Lo encuentra",
        "score": 1,
    }
    assert timeline["lanes"] == body["personas"][0]["timeline"]["lanes"]  # lanes keep "kind"
    assert upgraded["personas"][0]["avatar"] == {"kind": "icon", "icon": "person"}
    JourneyMap.model_validate(upgraded)


def test_v0_to_v1_uses_the_map_language_and_keeps_stored_catalogues() -> None:
    english = MIGRATIONS[0]({"title": "Online shop", "language": "en"})
    assert english["channels"][4]["name"] == "Phone / call centre"
    assert english["devices"][0]["name"] == "Desktop"

    own = [{"id": "kiosko", "name": "Quiosco de la tienda", "icon": "kiosk", "online": False}]
    kept = MIGRATIONS[0]({"title": "x", "channels": own, "devices": []})
    assert kept["channels"] == own and kept["devices"] == []

    both = MIGRATIONS[0]({"personas": [{"timeline": {"cards": [{"kind": "note", "type": "action"}]}}]})
    assert both["personas"][0]["timeline"]["cards"][0] == {"kind": "note", "type": "action"}


def _v0_file(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    document = json.loads(V0_FILE.read_bytes())
    change(document)
    path = tmp_path / "viejo.journey"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "json_path", "reason"),
    [
        pytest.param(
            lambda d: d["personas"][0]["timeline"]["cards"][3].pop("emotion"),
            "$.personas[0].timeline.cards[3].score",
            r"required field is missing",
            id="emotion marker without its emotion",
        ),
        pytest.param(
            lambda d: d["personas"][0]["timeline"]["cards"][3].update(emotion=7),
            "$.personas[0].timeline.cards[3].score",
            r"score 7 is not on the emotion scale",
            id="emotion off the scale",
        ),
        pytest.param(
            lambda d: d["personas"][0]["timeline"]["cards"][0].update(kind="sticker"),
            "$.personas[0].timeline.cards[0]",
            r"unknown or missing type 'sticker'",
            id="unknown card kind",
        ),
        pytest.param(
            lambda d: d["personas"][0]["timeline"]["cards"][1].update(channel="fax"),
            "$.personas[0].timeline.cards[1].channel",
            r"unknown channel 'fax'",
            id="channel not in the built-in catalogue",
        ),
        pytest.param(
            lambda d: d["personas"][0].update(timeline=[]),
            "$.personas[0].timeline",
            r"valid dictionary",
            id="timeline not an object",
        ),
        pytest.param(
            lambda d: d["personas"][0]["timeline"].update(cards=["tarjeta"]),
            "$.personas[0].timeline.cards[0]",
            r"dictionary",
            id="card not an object",
        ),
        pytest.param(lambda d: d.update(personas={}), "$.personas", r"valid list", id="personas not a list"),
        pytest.param(lambda d: d.update(language=5), "$.language", r"valid string", id="language not text"),
    ],
)
def test_broken_v0_files_are_refused_with_paths_into_the_file(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], json_path: str, reason: str
) -> None:
    path = _v0_file(tmp_path, change)
    with pytest.raises(JourneyFileError) as info:
        load_map(path)
    err = info.value
    assert type(err) is JourneyFileError
    assert len(str(err).splitlines()) == 1
    assert str(err).startswith(f"{path}: {json_path}: "), str(err)
    assert re.search(reason, err.reason), str(err)


@pytest.mark.parametrize(
    "error",
    [KeyError("timeline"), TypeError("'int' object is not iterable"), ValueError("línea uno\nlínea dos")],
    ids=["KeyError", "TypeError", "multi-line ValueError"],
)
def test_a_failing_migration_is_a_clean_error(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    def broken(doc: dict[str, Any]) -> dict[str, Any]:
        raise error

    monkeypatch.setitem(MIGRATIONS, 0, broken)
    with pytest.raises(JourneyFileError) as info:
        load_map(V0_FILE)
    message = str(info.value)
    assert message.startswith(f"{V0_FILE}: $: cannot upgrade from format 0")
    assert len(message.splitlines()) == 1

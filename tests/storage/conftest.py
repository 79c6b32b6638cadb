"""Fixtures of the storage tests: a small valid map, and bad files made from it.

The small map is built with the model, so it is valid by construction. Bad
files are made by mutating a fresh copy of its JSON document, which keeps
each broken file one deliberate mistake away from a good one.

Ids of the small map (all unique in the map, as the model requires):

- persona ``p-ana`` (image avatar, the full timeline) and ``p-luis``;
- stages ``s-descubrir``, ``s-comprar``, ``s-recibir`` (Ana), ``s-luis`` (Luis);
- one lane of every kind for Ana, ``l-<kind>`` (``l-actions``, ``l-emotions`` …),
  and ``l-luis`` for Luis;
- cards ``c-accion``, ``c-contacto`` (touchpoint: web, mobile + desktop),
  ``c-dispositivo`` (device: mobile), ``c-emocion`` (-1), ``c-alegria`` (+2),
  ``c-pensamiento``, ``c-dolor``, ``c-idea``, ``c-metrica``, ``c-nota`` (Ana)
  and ``c-luis`` (Luis);
- connections ``k-1`` (accion → contacto) and ``k-2`` (contacto → emocion).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.model import (
    ActionCard,
    Connection,
    DeviceCard,
    EmotionCard,
    ImageAvatar,
    JourneyMap,
    Lane,
    LaneKind,
    MetricCard,
    NoteCard,
    OpportunityCard,
    PainPointCard,
    Persona,
    Stage,
    ThoughtCard,
    Timeline,
    TouchpointCard,
)
from journeydesigner.storage import dumps_map, heap

# A real 1×1 PNG.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

# What a mutation may give back: None (the document was changed in place),
# raw bytes (written as they are) or any other JSON value (encoded).
Mutation = Callable[[dict[str, Any]], Any]


def build_small_map() -> JourneyMap:
    """A small but complete map: two personas, every lane kind, every card type."""
    when = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
    ana = Persona(
        id="p-ana",
        name="Ana García",
        role="Compradora habitual",
        quote="«Quiero saber cuándo llega mi pedido»",
        goals=["Comprar rápido", "Pagar con el móvil"],
        frustrations=["Gastos de envío ocultos"],
        color="#E07A5F",
        avatar=ImageAvatar.from_bytes(TINY_PNG),
        timeline=Timeline(
            stages=[
                Stage(id="s-descubrir", name="Descubrir", timeframe="Semana 1"),
                Stage(id="s-comprar", name="Comprar", width=320.0),
                Stage(id="s-recibir", name="Recibir", description="Entrega <48 h> & seguimiento"),
            ],
            lanes=[Lane(id=f"l-{kind.value}", kind=kind, name=kind.value) for kind in LaneKind],
            cards=[
                ActionCard(id="c-accion", stage="s-descubrir", lane="l-actions", title="Busca zapatillas"),
                TouchpointCard(
                    id="c-contacto",
                    stage="s-descubrir",
                    lane="l-touchpoints",
                    title="Ficha de producto",
                    channel="web",
                    devices=["mobile", "desktop"],
                    moment_of_truth=True,
                ),
                DeviceCard(id="c-dispositivo", stage="s-comprar", lane="l-channels", device="mobile"),
                EmotionCard(id="c-emocion", stage="s-comprar", lane="l-emotions", score=-1, title="Dudas"),
                EmotionCard(id="c-alegria", stage="s-recibir", lane="l-emotions", score=2, title="¡Llegó!"),
                ThoughtCard(
                    id="c-pensamiento", stage="s-comprar", lane="l-thoughts", title="¿Y si no me valen?"
                ),
                PainPointCard(id="c-dolor", stage="s-comprar", lane="l-pain_points", severity="high"),
                OpportunityCard(id="c-idea", stage="s-comprar", lane="l-opportunities", priority="high"),
                MetricCard(
                    id="c-metrica",
                    stage="s-comprar",
                    lane="l-metrics",
                    name="Abandono del carrito",
                    value=68.5,
                    unit="%",
                    target=50.0,
                ),
                NoteCard(id="c-nota", stage="s-recibir", lane="l-notes", description="Revisar con logística"),
            ],
            connections=[
                Connection(id="k-1", source="c-accion", target="c-contacto"),
                Connection(id="k-2", source="c-contacto", target="c-emocion", label="lleva a"),
            ],
        ),
    )
    luis = Persona(
        id="p-luis",
        name="Luis",
        timeline=Timeline(
            stages=[Stage(id="s-luis", name="Llamar")],
            lanes=[Lane(id="l-luis", kind=LaneKind.ACTIONS, name="Acciones")],
            cards=[ActionCard(id="c-luis", stage="s-luis", lane="l-luis", title="Llama a la tienda")],
        ),
    )
    return JourneyMap.new(
        "Compra online de calzado",
        language="es",
        organisation="Calzados Sol",
        authors=["Marta Ruiz", "Jordi Puig"],
        created=when,
        modified=when,
        personas=[ana, luis],
    )


def encode(document: Any) -> bytes:
    """A JSON value as file bytes (NaN and Infinity are written as JSON constants)."""
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="session")
def small_map_bytes() -> bytes:
    """The saved bytes of the small map (immutable, so shared by all tests)."""
    return dumps_map(build_small_map())


@pytest.fixture
def small_map() -> JourneyMap:
    """A fresh small map."""
    return build_small_map()


@pytest.fixture
def small_document(small_map_bytes: bytes) -> dict[str, Any]:
    """A fresh copy of the small map's JSON document, ready to be broken."""
    return json.loads(small_map_bytes)


@pytest.fixture
def make_file(tmp_path: Path, small_map_bytes: bytes) -> Callable[[Mutation | bytes], Path]:
    """Write a bad file to ``tmp_path`` and return its path.

    Call it with raw bytes, or with a function that changes the small map's
    document in place (returning None) or returns the bytes or the JSON value
    to write instead.
    """

    def make(content: Mutation | bytes, name: str = "bad.journey") -> Path:
        if isinstance(content, bytes):
            data = content
        else:
            document = json.loads(small_map_bytes)
            result = content(document)
            if result is None:
                data = encode(document)
            elif isinstance(result, bytes):
                data = result
            else:
                data = encode(result)
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return make


def items_by_id(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every object of *document* that has an id: id → (JSON path, object)."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for key in ("channels", "devices"):
        for i, entry in enumerate(document[key]):
            found[entry["id"]] = (f"$.{key}[{i}]", entry)
    for p, persona in enumerate(document["personas"]):
        found[persona["id"]] = (f"$.personas[{p}]", persona)
        for key in ("stages", "lanes", "cards", "connections"):
            for i, entry in enumerate(persona["timeline"][key]):
                found[entry["id"]] = (f"$.personas[{p}].timeline.{key}[{i}]", entry)
    return found


@pytest.fixture
def where(small_document: dict[str, Any]) -> Callable[[str], str]:
    """The JSON path of an object of the small map, by id (``where("c-emocion")``)."""
    index = items_by_id(small_document)
    return lambda identifier: index[identifier][0]


@pytest.fixture(autouse=True)
def python_collects(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's own garbage collection, as in the command line.

    A GUI test earlier in the session may have handed collection to the GUI
    thread's timer (document.collector), which keeps automatic collection off.
    """
    monkeypatch.setattr(heap, "_automatic", True)

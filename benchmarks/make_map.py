"""Generate large synthetic journey maps for benchmarks and stress tests.

    python benchmarks/make_map.py --personas 10 --cards 10000 --seed 1 OUT.journey

The default shape is the stress map of the benchmarks: 12 stages × 8 lanes per
persona and one connection for every five cards. The same seed gives the same
file.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from journeydesigner.model import (  # noqa: E402
    CARD_CLASSES,
    CardType,
    Connection,
    JourneyMap,
    Lane,
    Persona,
    Stage,
    Timeline,
)
from journeydesigner.model.cards import LANE_DEFAULT_CARD, CardBase  # noqa: E402
from journeydesigner.model.texts import text  # noqa: E402
from journeydesigner.storage import save_map  # noqa: E402
from journeydesigner.templates.data import STAGE_COLOURS, STANDARD_LANES  # noqa: E402

LANE_KINDS = STANDARD_LANES  # the 8 lanes of every template
WORDS = [
    "compara",
    "precios",
    "lee",
    "opiniones",
    "pide",
    "ayuda",
    "recibe",
    "pedido",
    "abre",
    "caja",
    "devuelve",
    "talla",
    "escribe",
    "correo",
    "llama",
    "centro",
    "atención",
    "espera",
    "respuesta",
    "usa",
    "app",
    "paga",
    "tarjeta",
    "recoge",
    "tienda",
    "comparte",
    "redes",
    "valora",
    "servicio",
    "vuelve",
    "comprar",
    "recomienda",
    "amigos",
    "busca",
    "modelo",
    "prueba",
    "tallas",
    "entrega",
    "rápida",
]
FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(2, 6))
    return " ".join(words).capitalize()


def _card(rng: random.Random, number: int, stage: Stage, lane: Lane, journey: JourneyMap) -> CardBase:
    card_type = LANE_DEFAULT_CARD[lane.kind]
    fields: dict[str, object] = {
        "id": f"c{number:06d}",
        "stage": stage.id,
        "lane": lane.id,
        "title": _title(rng),
        "description": _title(rng) if rng.random() < 0.3 else "",
    }
    if card_type is CardType.EMOTION:
        fields["score"] = rng.choice(journey.emotion_scale.scores())
    elif card_type is CardType.TOUCHPOINT:
        fields["channel"] = rng.choice(journey.channels).id
        fields["devices"] = [d.id for d in rng.sample(journey.devices, rng.randint(0, 2))]
    elif card_type is CardType.DEVICE:
        fields["device"] = rng.choice(journey.devices).id
    elif card_type is CardType.METRIC:
        fields.update(name="Conversión", value=round(rng.uniform(0, 100), 1), unit="%", target=50.0)
    return CARD_CLASSES[card_type](**fields)


def make_map(
    personas: int, cards: int, seed: int, stages: int = 12, connections: int | None = None
) -> JourneyMap:
    """A synthetic map with *cards* cards spread over *personas* timelines."""
    rng = random.Random(seed)
    journey = JourneyMap.new(
        title=f"Mapa sintético ({personas} personas, {cards} tarjetas)",
        language="es",
        created=FIXED_TIME,
        modified=FIXED_TIME,
    )
    connections = cards // 5 if connections is None else connections
    number = 0
    for p in range(personas):
        stage_list = [
            Stage(id=f"p{p}-s{s}", name=f"Etapa {s + 1}", color=STAGE_COLOURS[s % len(STAGE_COLOURS)])
            for s in range(stages)
        ]
        lanes = [
            Lane(id=f"p{p}-l{k}", kind=kind, name=text(f"lane.{kind.value}", "es"))
            for k, kind in enumerate(LANE_KINDS)
        ]
        share = cards // personas + (1 if p < cards % personas else 0)
        card_list = []
        for _ in range(share):
            card_list.append(_card(rng, number, rng.choice(stage_list), rng.choice(lanes), journey))
            number += 1
        link_share = connections // personas + (1 if p < connections % personas else 0)
        links = []
        if len(card_list) >= 2:
            for k in range(link_share):
                source, target = rng.sample(card_list, 2)
                links.append(Connection(id=f"p{p}-k{k}", source=source.id, target=target.id))
        journey.personas.append(
            Persona(
                id=f"p{p}",
                name=f"Persona {p + 1}",
                role="Segmento sintético",
                timeline=Timeline(stages=stage_list, lanes=lanes, cards=card_list, connections=links),
            )
        )
    return JourneyMap.model_validate(journey.model_dump())


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic map."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", metavar="OUT.journey")
    parser.add_argument("--personas", type=int, default=10)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--stages", type=int, default=12)
    parser.add_argument("--connections", type=int, default=None, help="default: one per five cards")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.personas < 1 or args.cards < 0 or args.stages < 1:
        parser.error("--personas and --stages must be at least 1, --cards at least 0")
    journey = make_map(args.personas, args.cards, args.seed, args.stages, args.connections)
    save_map(journey, args.out)
    print(f"{args.out}: {args.personas} personas, {args.cards} cards")
    return 0


if __name__ == "__main__":
    sys.exit(main())

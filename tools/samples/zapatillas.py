"""Sample map «Compra omnicanal de zapatillas» (Spanish): two personas, eight stages."""

from __future__ import annotations

from datetime import UTC, datetime

from journeydesigner.model.catalogue import Channel
from journeydesigner.model.journey import JourneyMap
from tools.samples.builder import assemble
from tools.samples.zapatillas_fiel import clienta_fiel
from tools.samples.zapatillas_primera import primera_compradora

FILE_NAME = "zapatillas-omnicanal.journey"

WHATSAPP = Channel(id="whatsapp", name="WhatsApp", icon="chat", online=True)


def build() -> JourneyMap:
    """The omnichannel sneaker purchase of Zancada, a fictitious running-shoe brand."""
    journey = JourneyMap.new(
        "Compra omnicanal de zapatillas de running",
        language="es",
        description=(
            "Recorrido de compra de zapatillas de Zancada, de la primera búsqueda a la recomendación, "
            "visto por una compradora primeriza y por una socia fiel del club. Mapa del estado actual, "
            "elaborado con 18 entrevistas a clientas, la analítica web y de la app, y los datos del "
            "centro de atención al cliente del primer trimestre."
        ),
        organisation="Zancada Sport",
        authors=["Lucía Ferrer", "Andrés Molina", "Nerea Calvo"],
        created=datetime(2025, 3, 10, 9, 0, tzinfo=UTC),
        modified=datetime(2025, 4, 2, 17, 45, tzinfo=UTC),
    )
    return assemble(journey, [primera_compradora(), clienta_fiel()], channels=[WHATSAPP])

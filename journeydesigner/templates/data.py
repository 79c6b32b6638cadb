"""The built-in templates: stage sets in Spanish and English, and their lanes.

Each stage is (name_es, name_en, description_es, description_en, timeframe_es, timeframe_en).
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesigner.model.cards import LaneKind

StageText = tuple[str, str, str, str, str, str]

STANDARD_LANES: tuple[LaneKind, ...] = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.CHANNELS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.METRICS,
)

# Muted colours that stay readable behind dark text and distinct in greyscale
# neighbours; stages cycle through them.
STAGE_COLOURS = (
    "#4E79A7",
    "#59A14F",
    "#EDC948",
    "#F28E2B",
    "#E15759",
    "#B07AA1",
    "#76B7B2",
    "#9C755F",
    "#FF9DA7",
)


@dataclass(frozen=True)
class TemplateSpec:
    """A template: its name (the CLI's key), titles, summary, stages and lanes."""

    name: str
    title_es: str
    title_en: str
    summary_es: str
    summary_en: str
    stages: tuple[StageText, ...]
    lanes: tuple[LaneKind, ...] = STANDARD_LANES


TEMPLATES: tuple[TemplateSpec, ...] = (
    TemplateSpec(
        name="customer-lifecycle",
        title_es="Ciclo de vida del cliente",
        title_en="Customer lifecycle",
        summary_es="Cinco fases de la relación con el cliente, del primer contacto a la recomendación.",
        summary_en="Five phases of the customer relationship, from first contact to advocacy.",
        stages=(
            (
                "Alcance",
                "Reach",
                "La marca llega a quien todavía no la conoce.",
                "The brand reaches people who do not know it yet.",
                "Continuo",
                "Ongoing",
            ),
            (
                "Adquisición",
                "Acquire",
                "Un interesado se convierte en cliente con su primera compra.",
                "An interested person becomes a customer with a first purchase.",
                "1–4 semanas",
                "1–4 weeks",
            ),
            (
                "Desarrollo",
                "Develop",
                "Tras la primera compra se cuida la relación y la satisfacción.",
                "After the first purchase the relationship and satisfaction are nurtured.",
                "1–3 meses",
                "1–3 months",
            ),
            (
                "Retención",
                "Retain",
                "El cliente vuelve a comprar porque sigue encontrando valor.",
                "The customer buys again because the value is still there.",
                "6–12 meses",
                "6–12 months",
            ),
            (
                "Promoción",
                "Advocate",
                "El cliente satisfecho recomienda la marca a otros.",
                "The satisfied customer recommends the brand to others.",
                "Continuo",
                "Ongoing",
            ),
        ),
    ),
    TemplateSpec(
        name="purchase-journey",
        title_es="Recorrido de compra",
        title_en="Purchase journey",
        summary_es="De descubrir una necesidad a recomendar la compra.",
        summary_en="From discovering a need to recommending the purchase.",
        stages=(
            (
                "Descubrimiento",
                "Discovery",
                "El cliente descubre una necesidad y las opciones que hay.",
                "The customer discovers a need and the options available.",
                "1–2 semanas",
                "1–2 weeks",
            ),
            (
                "Evaluación",
                "Evaluation",
                "Compara productos, precios y opiniones.",
                "Compares products, prices and reviews.",
                "Días",
                "Days",
            ),
            (
                "Compra",
                "Purchase",
                "Decide y paga, en línea o en tienda.",
                "Decides and pays, online or in store.",
                "Minutos",
                "Minutes",
            ),
            (
                "Fidelización",
                "Loyalty",
                "Usa el producto, recibe servicio y vuelve.",
                "Uses the product, gets service and comes back.",
                "Meses",
                "Months",
            ),
            (
                "Recomendación",
                "Advocacy",
                "Cuenta su experiencia y recomienda la marca.",
                "Shares the experience and recommends the brand.",
                "Continuo",
                "Ongoing",
            ),
        ),
    ),
    TemplateSpec(
        name="extended-lifecycle",
        title_es="Ciclo de vida ampliado",
        title_en="Extended lifecycle",
        summary_es="Nueve etapas, de la necesidad a los fans incondicionales.",
        summary_en="Nine stages, from need to devoted fans.",
        stages=(
            ("Necesidad", "Need", "Surge una necesidad o un deseo.", "A need or a wish appears.", "", ""),
            (
                "Conciencia",
                "Awareness",
                "El cliente sabe que la marca existe.",
                "The customer learns that the brand exists.",
                "",
                "",
            ),
            (
                "Consideración",
                "Consideration",
                "La marca entra en la lista de opciones.",
                "The brand makes the shortlist.",
                "",
                "",
            ),
            (
                "Selección",
                "Selection",
                "El cliente elige entre las opciones finales.",
                "The customer chooses among the final options.",
                "",
                "",
            ),
            ("Compra", "Purchase", "Se realiza la transacción.", "The transaction takes place.", "", ""),
            (
                "Experiencia",
                "Experience",
                "El cliente usa el producto o servicio.",
                "The customer uses the product or service.",
                "",
                "",
            ),
            (
                "Lealtad",
                "Loyalty",
                "El cliente repite y prefiere la marca.",
                "The customer returns and prefers the brand.",
                "",
                "",
            ),
            (
                "Compromiso",
                "Engagement",
                "El cliente participa: opina, colabora, se implica.",
                "The customer takes part: reviews, contributes, gets involved.",
                "",
                "",
            ),
            (
                "Fans",
                "Fans",
                "Defensores incondicionales que atraen a otros clientes.",
                "Devoted advocates who bring in other customers.",
                "",
                "",
            ),
        ),
    ),
    TemplateSpec(
        name="omnichannel-retail",
        title_es="Comercio omnicanal",
        title_en="Omnichannel retail",
        summary_es="Compra en línea y en tienda, con entrega, devoluciones y posventa.",
        summary_en="Buying online and in store, with delivery, returns and after-sales.",
        stages=(
            (
                "Inspiración",
                "Inspiration",
                "Anuncios, redes sociales y escaparates despiertan el interés.",
                "Ads, social media and shop windows spark interest.",
                "",
                "",
            ),
            (
                "Búsqueda",
                "Research",
                "Busca, compara precios y lee opiniones en varios canales.",
                "Searches, compares prices and reads reviews across channels.",
                "",
                "",
            ),
            (
                "Compra",
                "Purchase",
                "Compra en la web, en la app o en la tienda.",
                "Buys on the website, in the app or in store.",
                "",
                "",
            ),
            (
                "Entrega o recogida",
                "Delivery or pick-up",
                "Recibe el pedido en casa o lo recoge en tienda.",
                "Receives the order at home or collects it in store.",
                "1–3 días",
                "1–3 days",
            ),
            ("Uso", "Use", "Estrena y usa el producto.", "Starts using the product.", "", ""),
            (
                "Devolución y posventa",
                "Returns and after-sales",
                "Cambia, devuelve o pide ayuda con el producto.",
                "Exchanges, returns or asks for help with the product.",
                "30 días",
                "30 days",
            ),
            (
                "Fidelización",
                "Loyalty",
                "Programa de socios, ofertas y nuevas compras.",
                "Membership programme, offers and repeat purchases.",
                "",
                "",
            ),
        ),
        lanes=(*STANDARD_LANES, LaneKind.BACKSTAGE),
    ),
    TemplateSpec(
        name="blank",
        title_es="Mapa en blanco",
        title_en="Blank map",
        summary_es="Tres etapas genéricas y los carriles habituales, para empezar de cero.",
        summary_en="Three generic stages and the usual lanes, to start from scratch.",
        stages=(
            ("Etapa 1", "Stage 1", "", "", "", ""),
            ("Etapa 2", "Stage 2", "", "", "", ""),
            ("Etapa 3", "Stage 3", "", "", "", ""),
        ),
    ),
)

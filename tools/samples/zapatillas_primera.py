"""Zapatillas omnicanal: Irene, who buys running shoes for the first time."""

from __future__ import annotations

from journeydesigner.model.persona import IconAvatar, Persona
from tools.samples.builder import TimelineBuilder


def primera_compradora() -> Persona:
    """Irene Soto's journey: search, compare, buy online, return for size, join the club."""
    b = TimelineBuilder("primera", "es")

    b.stage(
        "descubrimiento",
        "Descubrimiento",
        timeframe="3 semanas antes de la carrera",
        description="Irene se apunta a una carrera solidaria y se da cuenta de que necesita calzado técnico.",
    )
    b.action(
        "Busca «zapatillas para empezar a correr»",
        "Lo busca en Google desde el móvil, en la pausa del café, justo después de inscribirse.",
    )
    anuncio = b.touchpoint(
        "Anuncio de búsqueda de Zancada",
        "Sale tercero entre los resultados patrocinados y lleva a la colección de iniciación.",
        channel="web",
        devices=["mobile"],
        owner="Marketing digital",
    )
    video = b.touchpoint(
        "Vídeo de una corredora local en Instagram",
        "Una creadora de contenido de Zaragoza prueba el modelo Brisa 2 en un rodaje suave por el Ebro.",
        channel="social",
        devices=["mobile"],
        owner="Marca y redes sociales",
    )
    b.device("mobile", "Móvil en la pausa del café")
    b.thought(
        "«No sabía que había zapatillas para cada pisada»",
        "Descubre términos como pronación o drop y no sabe si le afectan.",
    )
    b.emotion(1, "Curiosa", "La carrera la motiva y disfruta buscando, aunque todavía no sabe qué mirar.")
    b.opportunity(
        "Guía «Tu primera zapatilla» en la página de destino",
        "Tres preguntas sencillas (distancia, superficie, peso) que terminen en dos o tres modelos.",
        priority="high",
        owner="Contenidos y SEO",
    )
    b.metric("CTR de anuncios de búsqueda", 3.1, "%", target=4.0, source="Google Ads")
    b.backstage(
        "Campaña de búsqueda por intención de inicio",
        "De enero a marzo se pujan más alto las palabras clave de quien empieza a correr.",
    )

    b.stage(
        "evaluacion",
        "Evaluación",
        timeframe="Días 1–5",
        description="Compara modelos, lee reseñas y resuelve sus dudas sobre la talla antes de decidirse.",
    )
    b.action(
        "Compara tres modelos en pestañas abiertas",
        "El Brisa 2 de Zancada y dos modelos de la competencia; filtra las reseñas por «principiante».",
    )
    ficha = b.touchpoint(
        "Ficha de producto del Brisa 2",
        "Fotos, tabla de tallas y 412 reseñas con una valoración media de 4,5 sobre 5.",
        channel="web",
        devices=["mobile", "desktop"],
        owner="Comercio electrónico",
    )
    chat = b.touchpoint(
        "Chat con una asesora de running",
        "La asesora le pregunta por sus kilómetros semanales y le aconseja media talla más.",
        channel="chat",
        devices=["desktop"],
        owner="Atención al cliente",
        moment_of_truth=True,
    )
    b.device("desktop", "Ordenador de casa, por la noche")
    b.thought(
        "«Si me equivoco de talla, ¿cómo la devuelvo?»",
        "Busca la política de devoluciones y no la encuentra en la ficha.",
    )
    b.emotion(0, "Indecisa", "Las reseñas le dan confianza, pero la tabla de tallas la confunde.")
    b.pain(
        "Tabla de tallas difícil de interpretar",
        "Mezcla tallas europeas, británicas y centímetros sin explicar cómo medirse el pie.",
        severity="high",
    )
    b.pain(
        "Devolución gratuita escondida en el pie de página",
        "La condición que más tranquiliza a quien compra por primera vez no aparece junto al precio.",
        severity="medium",
    )
    b.opportunity(
        "Medidor de talla con una foto del pie",
        "Una foto sobre un folio A4 basta para recomendar talla y ancho de horma.",
        priority="high",
        owner="Producto digital",
    )
    b.opportunity(
        "Devolución gratuita junto al botón de compra",
        "Mostrar «cambio de talla gratis en 30 días» donde se toma la decisión.",
        priority="medium",
        owner="Comercio electrónico",
    )
    b.metric("Tasa de rebote en ficha de producto", 46.2, "%", target=38.0, source="Google Analytics")
    b.backstage(
        "Asesoras de chat formadas en pisada y tallas",
        "Turno de 9:00 a 22:00 con una guía de recomendación según el tipo de corredora.",
    )

    b.stage(
        "compra",
        "Compra",
        timeframe="Día 5, 22:40",
        description="Decide el modelo y la talla, y compra en la web desde el móvil.",
    )
    b.action("Añade el Brisa 2 al carrito y paga con Bizum", "Elige la talla 39 por consejo de la asesora.")
    carrito = b.touchpoint(
        "Carrito y pago en la web móvil",
        "Registro obligatorio, elección de envío y pago con tarjeta, PayPal o Bizum.",
        channel="web",
        devices=["mobile"],
        owner="Comercio electrónico",
    )
    confirmacion = b.touchpoint(
        "Correo de confirmación del pedido",
        "Llega al minuto con el resumen, la fecha de entrega prevista y el enlace de seguimiento.",
        channel="email",
        devices=["mobile"],
        owner="CRM",
    )
    b.device("mobile", "Móvil, desde el sofá")
    b.thought("«Si llegan mañana, las estreno el sábado»", "La entrega en 24 horas es lo que la decide.")
    b.emotion(1, "Ilusionada", "Ya tiene sus primeras zapatillas de correr de camino.")
    b.pain(
        "Obligada a crear una cuenta para pagar",
        "El registro pide ocho campos; estuvo a punto de abandonar el carrito a esas horas.",
        severity="high",
    )
    b.opportunity(
        "Compra como invitada con registro posterior",
        "Ofrecer crear la cuenta en la página de confirmación, con los datos ya rellenados.",
        priority="high",
        owner="Comercio electrónico",
    )
    b.metric("Tasa de conversión (web móvil)", 1.8, "%", target=2.5, source="Google Analytics")
    b.metric("Abandono del carrito", 72.4, "%", target=65.0, source="Google Analytics")
    b.backstage(
        "Comprobación antifraude y reserva de stock",
        "El pedido se valida en menos de dos minutos y se asigna al almacén de Zaragoza.",
    )

    b.stage(
        "entrega",
        "Entrega",
        timeframe="Día 6",
        description="Sigue el envío y recibe el paquete en casa al día siguiente de la compra.",
    )
    b.action(
        "Sigue el envío y recibe el paquete en casa", "Cambia la franja desde el móvil para estar en casa."
    )
    seguimiento = b.touchpoint(
        "Avisos de seguimiento por WhatsApp",
        "Un mensaje con una franja de dos horas y un enlace para cambiar la dirección o el día.",
        channel="whatsapp",
        devices=["mobile"],
        owner="Logística",
    )
    tarjeta = b.touchpoint(
        "Tarjeta de agradecimiento manuscrita",
        "Una tarjeta firmada por el equipo del almacén que le desea suerte en su primera carrera.",
        channel="post",
        devices=["in-person"],
        owner="Logística",
        moment_of_truth=True,
    )
    b.device("in-person", "En casa, al abrir la caja")
    b.thought("«¡Qué detalle, me han escrito a mano!»", "Hace una foto de la tarjeta antes de probarse nada.")
    b.emotion(0, "Expectante", "Espera el paquete con cierta inquietud por si no llega dentro de la franja.")
    b.emotion(2, "Encantada", "La tarjeta la sorprende: la comparte en sus historias de Instagram.")
    b.pain(
        "No puede elegir la franja al pagar",
        "La asigna el transportista; si no está en casa, el paquete va a un punto de recogida lejano.",
        severity="medium",
    )
    b.opportunity(
        "Elegir franja o punto de recogida al pagar",
        "Ofrecer las franjas del transportista en el propio proceso de compra.",
        priority="medium",
        owner="Logística",
    )
    b.metric(
        "Plazo medio de entrega",
        1.3,
        "días",
        target=1.0,
        source="Sistema de gestión del almacén",
        description="Desde la confirmación del pedido hasta la entrega, península.",
    )
    b.backstage(
        "Pedido preparado a primera hora",
        "Los pedidos de la noche salen antes de las 7:00, con la tarjeta en los de primera compra.",
    )
    b.note(
        "La tarjeta cuesta unos 0,40 € por pedido",
        "Aparece en redes más que cualquier promoción del trimestre; conviene protegerla si se automatiza.",
    )

    b.stage(
        "uso",
        "Uso",
        timeframe="Días 6–8",
        description="Estrena las zapatillas en sus primeros rodajes y descubre que la talla no le va.",
    )
    b.action("Se las prueba y sale a correr 3 km", "Hace el recorrido que usará para preparar la carrera.")
    primeros_km = b.touchpoint(
        "Correo «Tus primeros kilómetros»",
        "Consejos de calentamiento y de cómo atar los cordones, 24 horas después de la entrega.",
        channel="email",
        devices=["mobile"],
        owner="CRM",
    )
    b.device("mobile", "Móvil en el brazalete, midiendo la ruta")
    b.thought("«Son cómodas, pero me aprietan los dedos»", "Al segundo kilómetro nota presión en el meñique.")
    b.emotion(-1, "Preocupada", "Teme haberse equivocado de talla y quedarse sin zapatillas para la carrera.")
    talla = b.pain(
        "La horma le queda estrecha",
        "El Brisa 2 es estrecho de puntera y la ficha de producto no lo indica.",
        severity="high",
    )
    b.opportunity(
        "Indicar el ancho de horma en la ficha",
        "Un indicador sencillo (estrecha, normal, ancha) junto a la tabla de tallas.",
        priority="medium",
        owner="Producto",
    )
    b.metric(
        "Reseñas que mencionan problemas de talla",
        23.0,
        "%",
        target=10.0,
        source="Plataforma de reseñas",
        title="Reseñas con quejas de talla",
    )
    b.note(
        "Confunden «talla pequeña» con «horma estrecha»",
        "Lo vimos en varias entrevistas: piden una talla más cuando lo que necesitan es un ancho mayor.",
    )

    b.stage(
        "devolucion",
        "Devolución",
        timeframe="Días 8–10",
        description="Intenta cambiar la talla en la web y acaba resolviéndolo en la tienda del centro.",
    )
    cambio = b.action(
        "Pide el cambio de talla en la web",
        "Entra en «Mis pedidos» desde el enlace del correo de confirmación.",
    )
    b.action(
        "Lleva la caja a la tienda del centro",
        "Prefiere probarse las tallas allí antes que esperar un reembolso y volver a comprar.",
    )
    portal = b.touchpoint(
        "Portal de devoluciones",
        "Genera una etiqueta de envío o permite devolver en tienda, pero solo ofrece reembolso.",
        channel="web",
        devices=["mobile"],
        owner="Atención al cliente",
    )
    tienda = b.touchpoint(
        "Cambio de talla en la tienda de Independencia",
        "Un vendedor analiza su pisada en la cinta y le ofrece la versión de horma ancha.",
        channel="store",
        devices=["in-person"],
        owner="Tiendas",
        moment_of_truth=True,
    )
    b.device("in-person", "En la tienda, probándose tallas")
    b.thought("«Mejor voy a la tienda y me las pruebo allí»")
    b.emotion(-1, "Frustrada", "El portal solo le ofrece el reembolso y tendría que volver a comprar.")
    b.emotion(1, "Aliviada", "En la tienda resuelven el cambio en diez minutos y sale con la horma buena.")
    b.pain(
        "El portal no permite cambiar de talla",
        "Solo hay reembolso: durante unos días paga dos pares y se arriesga a que se agote su talla.",
        severity="high",
    )
    b.pain(
        "La tienda no ve el pedido online",
        "El vendedor tuvo que buscarlo por correo electrónico en otra aplicación.",
        severity="medium",
    )
    b.opportunity(
        "Cambio de talla en un clic con envío anticipado",
        "Enviar la talla nueva antes de recibir la devuelta, para clientes con pedidos verificados.",
        priority="high",
        owner="Atención al cliente",
    )
    b.opportunity(
        "Vista única del pedido para tienda y web",
        "El TPV de tienda encuentra los pedidos online con el teléfono o el correo del cliente.",
        priority="high",
        owner="Sistemas",
    )
    b.metric("Tasa de devolución", 18.5, "%", target=12.0, source="Plataforma de devoluciones")

    b.stage(
        "fidelizacion",
        "Fidelización",
        timeframe="Semanas 2–8",
        description="Se hace socia del club y empieza a recibir planes de entrenamiento y ofertas.",
    )
    alta = b.action(
        "Se da de alta en el Club Zancada",
        "El vendedor se lo propone durante el cambio de talla y lo hacen en el momento.",
    )
    b.touchpoint(
        "Plan de 5 km en la app del club",
        "Ocho semanas de entrenamientos de tres días, con avisos antes de cada sesión.",
        channel="app",
        devices=["mobile"],
        owner="Producto digital",
    )
    b.device("mobile", "App del club en el móvil")
    b.thought("«Con los puntos, las próximas me saldrán más baratas»")
    b.emotion(1, "Valorada", "Siente que la marca se acuerda de ella después de la compra.")
    b.pain(
        "Demasiados correos de ofertas",
        "Cuatro correos en la primera semana, dos de ellos de zapatillas de montaña.",
        severity="medium",
    )
    b.opportunity(
        "Comunicaciones según el tipo de corredora",
        "Usar el plan elegido en la app para decidir qué se le envía y con qué frecuencia.",
        priority="medium",
        owner="CRM",
    )
    b.metric("Altas en el club tras la primera compra", 27.0, "%", target=35.0, source="CRM")
    b.metric(
        "Bajas de la lista de correo en 30 días",
        4.8,
        "%",
        target=2.0,
        source="Herramienta de correo electrónico",
        title="Bajas de correo en el primer mes",
        backstage=True,
    )

    b.stage(
        "recomendacion",
        "Recomendación",
        timeframe="Tras la carrera",
        description="Termina su primera carrera y anima a sus compañeros a comprar en Zancada.",
    )
    b.action(
        "Recomienda la marca a sus compañeros",
        "Tres compañeros de la carrera le preguntan por sus zapatillas en la comida del lunes.",
    )
    codigo = b.touchpoint(
        "Código de invitación del club",
        "10 € de descuento para quien lo usa y 500 puntos para ella.",
        channel="app",
        devices=["mobile"],
        owner="CRM",
    )
    publicacion = b.touchpoint(
        "Publicación con la foto de la tarjeta",
        "La marca la comparte en sus historias y le da las gracias por escrito.",
        channel="social",
        devices=["mobile"],
        owner="Marca y redes sociales",
    )
    b.device("mobile", "Móvil, compartiendo la foto de meta")
    b.thought(
        "«Si falla la talla, te la cambian en tienda»",
        "Es el argumento que más repite cuando recomienda la marca.",
    )
    b.emotion(2, "Orgullosa", "Ha terminado sus primeros 5 km y lo celebra con la foto de llegada.")
    b.pain(
        "El código de invitación no sirve en tienda",
        "Dos de sus compañeros prefieren comprar en tienda y se quedan sin el descuento.",
        severity="medium",
    )
    b.opportunity(
        "Pedir la reseña justo después de la carrera",
        "Un aviso en la app el día de la carrera, cuando la satisfacción está en su punto más alto.",
        priority="medium",
        owner="CRM",
    )
    b.metric("NPS de primeras compradoras", 41.0, "puntos", target=50.0, source="Encuesta NPS poscompra")
    b.metric("Pedidos con código de invitación", 6.2, "%", target=8.0, source="CRM")

    b.connect(anuncio, ficha, "clic en el anuncio")
    b.connect(video, ficha, "enlace en la biografía")
    b.connect(chat, carrito, "recomendación de talla")
    b.connect(confirmacion, seguimiento, "pedido enviado")
    b.connect(tarjeta, publicacion, "foto de la tarjeta")
    b.connect(primeros_km, talla, "primer rodaje")
    b.connect(talla, cambio, "la horma no le sirve")
    b.connect(portal, tienda, "prefiere probárselas")
    b.connect(tienda, alta, "alta durante el cambio")
    b.connect(codigo, anuncio, "un compañero empieza su propio recorrido")

    return Persona(
        id="p-primera",
        name="Irene Soto",
        role="Primera compradora · 34 años · empieza a correr",
        quote="Quiero empezar a correr sin lesionarme, pero no sé qué zapatilla necesito.",
        description=(
            "Técnica de recursos humanos en Zaragoza. Se ha apuntado con su equipo a una carrera "
            "solidaria de 5 km y nunca ha comprado calzado técnico. Compra casi todo desde el móvil "
            "y desconfía de las tallas cuando compra ropa por internet."
        ),
        goals=[
            "Elegir una zapatilla adecuada para empezar a correr",
            "Tenerla antes de la carrera solidaria, en tres semanas",
            "No gastar más de 110 €",
        ],
        motivations=[
            "Crear el hábito de correr con sus compañeros",
            "Sentirse segura con la recomendación de alguien que sepa",
            "Opiniones de corredoras que empiezan como ella",
        ],
        frustrations=[
            "Fichas de producto llenas de tecnicismos",
            "No saber si la talla será la correcta",
            "Devoluciones que cuestan dinero o tiempo",
        ],
        color="#E15759",
        avatar=IconAvatar(icon="person"),
        timeline=b.timeline(),
    )

"""Zapatillas omnicanal: Marta, a loyal club member renewing her marathon shoes."""

from __future__ import annotations

from journeydesigner.model.persona import IconAvatar, Persona
from tools.samples.builder import TimelineBuilder


def clienta_fiel() -> Persona:
    """Marta Roig's journey: early access, try in store, buy in the app, collect, club life."""
    b = TimelineBuilder("fiel", "es")

    b.stage(
        "descubrimiento",
        "Descubrimiento",
        timeframe="10 semanas antes de la maratón",
        description="Se entera por la app de que sale la nueva versión de su modelo de siempre.",
    )
    b.action(
        "Recibe el aviso del lanzamiento del Vuelo 4",
        "Lo ve al terminar el rodaje del martes, mientras estira.",
    )
    aviso = b.touchpoint(
        "Notificación de acceso anticipado en la app",
        "Las socias de nivel Oro pueden reservar 48 horas antes de la venta general.",
        channel="app",
        devices=["mobile"],
        owner="CRM",
    )
    b.device("mobile", "Móvil, al terminar el rodaje")
    b.thought("«Por fin sale la nueva versión de las mías»")
    b.emotion(2, "Entusiasmada", "Lleva meses esperando el relevo de sus Vuelo 3, que ya pasan de 650 km.")
    b.metric(
        "Apertura de notificaciones de lanzamiento",
        38.0,
        "%",
        target=45.0,
        source="Herramienta de notificaciones de la app",
    )

    b.stage(
        "evaluacion",
        "Evaluación",
        timeframe="Esa misma semana",
        description="Va a la tienda a comparar el modelo nuevo con el suyo antes de reservar.",
    )
    b.action(
        "Compara el Vuelo 4 con el suyo en la tienda",
        "Va a la tienda de la calle Colón con sus zapatillas viejas en la mochila.",
    )
    cinta = b.touchpoint(
        "Prueba en la cinta de la tienda de Colón",
        "El vendedor graba dos minutos de carrera y compara la pisada con los dos modelos.",
        channel="store",
        devices=["in-person"],
        owner="Tiendas",
        moment_of_truth=True,
    )
    b.device("in-person", "En la tienda, con el vendedor")
    b.thought("«El drop ha bajado; tendré que acostumbrarme»")
    b.emotion(1, "Confiada", "El vídeo de la pisada le confirma que la talla y la horma siguen igual.")
    b.pain(
        "La app no sabe lo que compra en tienda",
        "Su historial solo muestra los pedidos online; el vendedor tampoco ve lo que compra en la app.",
        severity="high",
    )
    b.opportunity(
        "Historial de compras único en el perfil del club",
        "Web, app y tiendas escriben en el mismo historial, visible para la socia y para el vendedor.",
        priority="high",
        owner="Sistemas",
    )
    b.metric(
        "Ventas de tienda asociadas a una socia",
        58.0,
        "%",
        target=75.0,
        source="TPV de tiendas",
        title="Ventas de tienda identificadas",
    )
    b.note(
        "Las socias Oro se prueban en tienda y compran online",
        "Según el panel del club, siete de cada diez lo hacen así: la tienda es su probador.",
    )

    b.stage(
        "compra",
        "Compra",
        timeframe="Día de la preventa",
        description="Reserva en la app con sus puntos y elige recogerlas en la tienda.",
    )
    b.action("Reserva en la app y paga con puntos", "Elige recogida en tienda para tenerlas esa misma tarde.")
    pago = b.touchpoint(
        "Pago con puntos del club en la app",
        "Descuento de socia aplicado y 20 € en puntos; el resto con la tarjeta guardada.",
        channel="app",
        devices=["mobile"],
        owner="Comercio electrónico",
    )
    b.device("mobile", "Móvil, en el tranvía")
    b.thought("«Entre puntos y descuento de socia, me salen por 96 €»")
    b.emotion(1, "Satisfecha", "La compra le lleva menos de un minuto con la tarjeta guardada.")
    b.pain(
        "Solo se pueden canjear 20 € en puntos por pedido",
        "Tiene más de 4.000 puntos acumulados y no puede usarlos en su compra más importante del año.",
        severity="medium",
    )
    b.opportunity(
        "Canje de puntos sin tope para socias Oro",
        "Dejar que las socias de más nivel decidan cuántos puntos usar en cada compra.",
        priority="low",
        owner="Club Zancada",
    )
    b.metric("Tasa de conversión en la app (socias)", 6.8, "%", target=7.5, source="Google Analytics")

    b.stage(
        "entrega",
        "Entrega",
        timeframe="La misma tarde",
        description="Recoge las zapatillas en la tienda al salir del trabajo.",
    )
    b.action("Recoge las zapatillas de camino a casa", "Pasa por la tienda a las 19:30, en hora punta.")
    listo = b.touchpoint(
        "Aviso de pedido listo por SMS",
        "Llega una hora y media después del pago.",
        channel="sms",
        devices=["mobile"],
        owner="Tiendas",
    )
    b.device("in-person", "En la tienda, en hora punta")
    b.thought("«En dos horas y listas para el rodaje de mañana»")
    b.emotion(-1, "Impaciente", "Hay cola en caja y nadie le indica dónde se recogen los pedidos.")
    b.emotion(1, "Contenta", "El encargado la reconoce y le regala unos calcetines técnicos.")
    b.pain(
        "La recogida comparte cola con las compras",
        "Tarda doce minutos en llevarse un pedido ya pagado.",
        severity="medium",
    )
    b.opportunity(
        "Taquillas de recogida 24 horas",
        "Una taquilla en la entrada que se abre con el código QR del correo.",
        priority="medium",
        owner="Tiendas",
    )
    b.metric("Espera media en la recogida", 9.0, "min", target=3.0, source="Sistema de turnos de tienda")

    b.stage(
        "uso",
        "Uso",
        timeframe="Semanas 1–8 del plan",
        description="Entrena la maratón con las zapatillas nuevas y lleva la cuenta de los kilómetros.",
    )
    b.action(
        "Registra los kilómetros de cada par en la app", "Alterna las nuevas con las viejas en las series."
    )
    contador = b.touchpoint(
        "Contador de kilómetros de la app",
        "Suma la distancia de cada entrenamiento al par que ella elige.",
        channel="app",
        devices=["mobile"],
        owner="Producto digital",
    )
    b.device("mobile", "Móvil, después de cada entrenamiento")
    b.thought("«A los 40 km ya amortiguan como las anteriores»")
    b.emotion(2, "Segura", "Las zapatillas responden en la tirada de 28 km sin ninguna molestia.")
    b.pain(
        "La app no se sincroniza con su reloj GPS",
        "Tiene que copiar a mano la distancia de cada entrenamiento.",
        severity="medium",
    )
    b.opportunity(
        "Aviso de renovación al llegar a 600 km",
        "Un recordatorio con su talla y modelo ya seleccionados.",
        priority="medium",
        owner="Producto digital",
    )
    b.metric("Socias que usan el contador de km", 22.0, "%", target=30.0, source="Google Analytics")

    b.stage(
        "devolucion",
        "Devolución",
        timeframe="Semana 3",
        description="Cambia en tienda un regalo comprado en la web y pierde los puntos durante días.",
    )
    b.action(
        "Cambia en tienda un regalo para su hijo",
        "Unas zapatillas de montaña compradas en la web, media talla pequeñas.",
    )
    devolucion = b.touchpoint(
        "Devolución en tienda de un pedido online",
        "El cambio en tienda es rápido, pero los puntos usados se quedan en el pedido original.",
        channel="store",
        devices=["in-person"],
        owner="Tiendas",
    )
    b.touchpoint(
        "WhatsApp de atención para recuperar los puntos",
        "Le piden el número de pedido y una foto del ticket de tienda.",
        channel="whatsapp",
        devices=["mobile"],
        owner="Atención al cliente",
    )
    b.device("mobile", "Móvil, escribiendo por WhatsApp")
    b.thought("«¿Por qué me han quitado los puntos del pedido?»")
    b.emotion(-1, "Molesta", "El cambio va rápido, pero tarda una semana en recuperar sus puntos.")
    puntos = b.pain(
        "Los puntos canjeados no vuelven al momento",
        "La devolución en tienda no sabe devolverlos; los repone a mano el equipo del club.",
        severity="high",
    )
    arreglo = b.opportunity(
        "Devolver los puntos en el mismo cambio",
        "El TPV de tienda repone los puntos a la vez que el importe pagado.",
        priority="high",
        owner="Club Zancada",
    )
    b.metric(
        "Tiempo de resolución de incidencias del club",
        6.5,
        "días",
        target=2.0,
        source="Software del centro de llamadas",
    )
    b.backstage(
        "Ajuste manual de puntos por el equipo del club",
        "Dos personas revisan cada semana las devoluciones con puntos, una por una.",
    )

    b.stage(
        "fidelizacion",
        "Fidelización",
        timeframe="Hasta la maratón",
        description="Participa en las quedadas del club y mantiene su nivel Oro.",
    )
    quedada = b.action(
        "Se apunta a las tiradas largas del club",
        "Los domingos a las 8:00, con avituallamiento en la tienda al terminar.",
    )
    b.touchpoint(
        "Tiradas largas del club para la maratón",
        "Grupos por ritmo con un entrenador de la marca.",
        channel="events",
        devices=["in-person"],
        owner="Club Zancada",
    )
    b.device("in-person", "En persona, en la tirada del domingo")
    b.thought("«Aquí encuentro gente que corre a mi ritmo»")
    b.emotion(2, "Parte del grupo", "Las tiradas del club se han convertido en su plan del domingo.")
    b.pain(
        "Las plazas de las quedadas vuelan",
        "Se agotan en menos de diez minutos desde que se publican.",
        severity="medium",
    )
    b.opportunity(
        "Más grupos por ritmo en las quedadas",
        "Abrir un segundo grupo para ritmos entre 5:00 y 5:30 min/km.",
        priority="medium",
        owner="Club Zancada",
    )
    b.metric("Repetición de compra a 12 meses (socias)", 64.0, "%", target=70.0, source="CRM")

    b.stage(
        "recomendacion",
        "Recomendación",
        timeframe="Tras la maratón",
        description="Termina la maratón y se convierte en la prescriptora de su grupo de atletismo.",
    )
    invita = b.action(
        "Lleva a dos compañeras de atletismo a la tienda",
        "Las acompaña para que les analicen la pisada antes de su primera maratón.",
    )
    b.touchpoint(
        "Reseña del Vuelo 4 en la web",
        "Cinco estrellas y una explicación detallada del cambio de drop.",
        channel="web",
        devices=["desktop"],
        owner="Comercio electrónico",
    )
    b.device("desktop", "Ordenador, escribiendo la reseña")
    b.thought("«Id a Zancada y que os miren la pisada»")
    b.emotion(2, "Embajadora", "Presume de marca y de tienda ante su grupo de atletismo.")
    b.opportunity(
        "Programa de embajadoras del club",
        "Ventajas para las socias que llevan a otras corredoras a la tienda o a las quedadas.",
        priority="medium",
        owner="Marca y redes sociales",
    )
    b.metric("NPS de socias Oro", 68.0, "puntos", target=70.0, source="Encuesta NPS del club")
    b.note(
        "Quien llega recomendado gasta un 18 % más",
        "Comparación del primer ticket de clientes con y sin código de invitación, último año.",
    )

    b.connect(aviso, cinta, "quiere probarlas antes")
    b.connect(cinta, pago, "se decide en la tienda")
    b.connect(pago, listo, "pedido listo en 90 minutos")
    b.connect(puntos, arreglo, "lo resolvería")
    b.connect(quedada, invita, "invita a sus compañeras")
    b.connect(contador, aviso, "a los 700 km empieza otro ciclo")
    b.connect(devolucion, puntos, "los puntos se quedan atrás")

    return Persona(
        id="p-fiel",
        name="Marta Roig",
        role="Clienta fiel · 41 años · socia Oro del Club Zancada",
        quote="Sé lo que me funciona; solo quiero que no me hagan perder el tiempo.",
        description=(
            "Ingeniera de caminos en Valencia. Corre cuatro días por semana, prepara su sexta maratón "
            "y renueva las zapatillas cada 700 km. Es socia del club desde 2019: compra en la app "
            "cuando sale un modelo nuevo de su línea y pasa por la tienda para probar tallas."
        ),
        goals=[
            "Renovar su modelo antes de que se agote su talla",
            "Aprovechar los puntos y las ventajas del club",
            "Preparar la maratón sin cambiar de sensaciones",
        ],
        motivations=[
            "Que la reconozcan como clienta de la casa",
            "Acceso anticipado a los lanzamientos",
            "Entrenar con otros corredores en las quedadas del club",
        ],
        frustrations=[
            "Que la app no recuerde lo que compra en tienda",
            "Que los puntos queden bloqueados tras una devolución",
            "Recibir ofertas de productos que ya tiene",
        ],
        color="#4E79A7",
        avatar=IconAvatar(icon="person"),
        timeline=b.timeline(),
    )

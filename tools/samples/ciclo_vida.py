"""Sample map «Ciclo de vida ampliado» (Spanish): the nine-stage lifecycle at an online language school."""

from __future__ import annotations

from datetime import UTC, datetime

from journeydesigner.model.cards import LaneKind
from journeydesigner.model.catalogue import Channel
from journeydesigner.model.journey import JourneyMap
from journeydesigner.model.persona import IconAvatar, Persona
from tools.samples.builder import TimelineBuilder, assemble

FILE_NAME = "ciclo-de-vida-ampliado.journey"

AULA_VIRTUAL = Channel(id="aula-virtual", name="Aula virtual", online=True)


def build() -> JourneyMap:
    """Lenguaria, a fictitious online language school, seen through one student's lifecycle."""
    journey = JourneyMap.new(
        "Ciclo de vida del alumno de alemán sanitario",
        language="es",
        description=(
            "Las nueve etapas del ciclo de vida ampliado, de la necesidad a los fans, aplicadas al "
            "programa de alemán para profesionales sanitarios de Lenguaria. Sigue a una enfermera que "
            "necesita el B1 para trabajar en Alemania. Elaborado con entrevistas a 14 antiguas alumnas, "
            "los datos del CRM y la analítica del aula virtual del curso 2023-2024."
        ),
        organisation="Lenguaria, escuela de idiomas en línea",
        authors=["Paula Iglesias", "Jorge Bermejo"],
        created=datetime(2024, 10, 7, 8, 30, tzinfo=UTC),
        modified=datetime(2024, 11, 15, 12, 0, tzinfo=UTC),
    )
    return assemble(journey, [enfermera()], channels=[AULA_VIRTUAL])


def enfermera() -> Persona:
    """Carmen Delgado: from a job offer that requires German B1 to recommending the school."""
    b = TimelineBuilder("enfermera", "es")

    b.stage(
        "necesidad",
        "Necesidad",
        timeframe="Septiembre",
        description="Una oferta de trabajo en Alemania convierte el alemán en una urgencia.",
    )
    b.action(
        "Recibe una oferta de un hospital de Múnich",
        "La agencia de contratación le pide un certificado de alemán B1 antes de firmar.",
    )
    b.note(
        "Todavía no hay contacto con la escuela",
        "La necesidad nace fuera de nuestros canales: en la agencia y entre compañeras de trabajo.",
        lane=LaneKind.TOUCHPOINTS,
    )
    b.device("mobile", "Móvil, leyendo el correo de la agencia")
    b.thought("«Tengo nueve meses para pasar del A2 al B1»")
    b.emotion(
        0, "Entre la ilusión y el vértigo", "Es la oportunidad que esperaba, pero el plazo le parece corto."
    )
    b.pain(
        "Turnos rotativos de mañana, tarde y noche",
        "Ningún horario fijo de academia encaja con su cuadrante mensual.",
        severity="high",
    )
    b.opportunity(
        "Alianzas con agencias de contratación sanitaria",
        "Estar presentes cuando la agencia comunica el requisito de idioma al candidato.",
        priority="medium",
        owner="Desarrollo de negocio",
    )
    b.metric(
        "Búsquedas mensuales de «alemán para enfermeras»",
        2400.0,
        "búsquedas/mes",
        source="Planificador de palabras clave de Google",
        title="Búsquedas de «alemán para enfermeras»",
    )
    b.backstage(
        "Estudio de demanda del sector sanitario",
        "Marketing cruza las ofertas de empleo en Alemania con las búsquedas de cursos de idiomas.",
    )

    b.stage(
        "conciencia",
        "Conciencia",
        timeframe="Septiembre–octubre",
        description="Descubre que existe una escuela con un programa pensado para sanitarios.",
    )
    b.action(
        "Ve un anuncio con una enfermera que ya trabaja allí",
        "Lo ve en Instagram, de madrugada, al terminar un turno de noche.",
    )
    anuncio = b.touchpoint(
        "Anuncio en Instagram con un testimonio",
        "Una antigua alumna cuenta en 30 segundos cómo preparó el B1 mientras trabajaba a turnos.",
        channel="social",
        devices=["mobile"],
        owner="Marketing",
    )
    b.touchpoint(
        "Charla en el colegio de enfermería",
        "Una sesión de una hora sobre homologación del título y nivel de idioma exigido.",
        channel="events",
        devices=["in-person"],
        owner="Desarrollo de negocio",
    )
    b.device("mobile", "Móvil, después del turno de noche")
    b.thought("«Si ella lo consiguió trabajando a turnos, yo también»")
    b.emotion(1, "Esperanzada", "Por primera vez ve un caso como el suyo que ha salido bien.")
    b.pain(
        "Promesas de «alemán en tres meses» poco creíbles",
        "Desconfía de las escuelas que prometen resultados rápidos sin conocer su nivel.",
        severity="medium",
    )
    b.metric("Coste por contacto (campaña sanitaria)", 6.4, "€", target=5.0, source="Meta Ads")
    b.backstage(
        "Campaña segmentada por profesión",
        "Anuncios para personal sanitario de 24 a 40 años interesado en trabajar en el extranjero.",
    )

    b.stage(
        "consideracion",
        "Consideración",
        timeframe="Octubre, dos semanas",
        description="Compara opciones, mide su nivel y prueba una clase.",
    )
    b.action(
        "Compara tres escuelas en línea y una academia",
        "Apunta en una hoja precio, horarios, tamaño de grupo y si preparan el examen oficial.",
    )
    test = b.touchpoint(
        "Test de nivel en línea",
        "25 preguntas de gramática y una grabación de voz, con el resultado al momento.",
        channel="web",
        devices=["desktop"],
        owner="Equipo académico",
    )
    prueba = b.touchpoint(
        "Clase de prueba gratuita de 30 minutos",
        "Con una profesora nativa que le habla de turnos, pacientes y guardias desde el primer minuto.",
        channel="aula-virtual",
        devices=["desktop"],
        owner="Equipo académico",
        moment_of_truth=True,
    )
    b.device("desktop", "Portátil en casa")
    b.thought("«Aquí se habla de planta de hospital, no de vacaciones»")
    b.emotion(1, "Motivada", "La clase de prueba le demuestra que puede entender más de lo que creía.")
    b.pain(
        "El resultado del test no dice qué le falta",
        "Indica «A2+» sin explicar qué destrezas debe reforzar para llegar al B1.",
        severity="medium",
    )
    b.opportunity(
        "Informe de nivel por destrezas",
        "Comprensión y expresión, oral y escrita, por separado, con las horas estimadas hasta el B1.",
        priority="medium",
        owner="Equipo académico",
    )
    b.metric("Asistencia a la clase de prueba reservada", 61.0, "%", target=75.0, source="CRM")
    b.note(
        "La clase de prueba decide la matrícula",
        "Siete de cada diez matrículas se cierran en las 48 horas siguientes a la clase de prueba.",
    )

    b.stage(
        "seleccion",
        "Selección",
        timeframe="Finales de octubre",
        description="Elige el plan y resuelve sus dudas sobre el precio y el examen.",
    )
    b.action("Elige entre el plan intensivo y el flexible", "Hace cuentas con su sueldo y el alquiler.")
    llamada = b.touchpoint(
        "Llamada del asesor académico",
        "Le propone el intensivo sanitario: cuatro clases semanales que se reservan según los turnos.",
        channel="phone",
        devices=["mobile"],
        owner="Asesoría académica",
    )
    b.touchpoint(
        "Comparador de planes en la web",
        "Tabla con horas de clase, tutorías y precio de los tres planes.",
        channel="web",
        devices=["mobile"],
        owner="Marketing",
    )
    b.device("mobile", "Móvil, en el descanso del turno")
    b.thought("«890 €… ¿y si no llego al B1 a tiempo?»")
    b.emotion(0, "Dudosa", "El plan la convence, pero el precio la frena.")
    b.pain(
        "El precio no incluye la tasa del examen oficial",
        "Se entera durante la llamada de que el examen se paga aparte.",
        severity="high",
    )
    b.opportunity(
        "Pago en nueve meses sin intereses",
        "Cuotas que terminan el mes del examen.",
        priority="high",
        owner="Finanzas",
    )
    b.opportunity(
        "Garantía de clases gratis hasta aprobar",
        "Si no aprueba en la primera convocatoria, sigue en clase sin coste hasta la siguiente.",
        priority="medium",
        owner="Dirección académica",
    )
    b.metric("Conversión de clase de prueba a matrícula", 24.0, "%", target=30.0, source="CRM")

    b.stage(
        "compra",
        "Compra",
        timeframe="1 de noviembre",
        description="Se matricula y paga el primer plazo.",
    )
    b.action(
        "Se matricula en el plan intensivo sanitario",
        "Lo paga en tres plazos, el máximo que ofrece la escuela.",
    )
    matricula = b.touchpoint(
        "Formulario de matrícula y pago",
        "Datos personales, plan, forma de pago y aceptación de la política de cancelaciones.",
        channel="web",
        devices=["desktop"],
        owner="Equipo digital",
    )
    b.touchpoint(
        "Correo de bienvenida con el acceso",
        "Usuario del aula virtual, enlace a la app y nombre de su tutora.",
        channel="email",
        devices=["mobile"],
        owner="Atención al alumno",
    )
    b.device("desktop", "Portátil en casa")
    b.thought("«Hecho. Ya no hay vuelta atrás»")
    b.emotion(1, "Decidida", "Se siente aliviada de haber dado el paso.")
    b.pain(
        "Pide otra vez los datos de la clase de prueba",
        "El formulario de pago no recupera nada de lo que ya dio al reservar la prueba.",
        severity="medium",
    )
    b.metric("Abandono del formulario de pago", 38.0, "%", target=25.0, source="Google Analytics")
    tutora = b.backstage(
        "Asignación de tutora según su cuadrante",
        "La coordinadora cruza sus turnos con la disponibilidad de las profesoras.",
    )

    b.stage(
        "experiencia",
        "Experiencia",
        timeframe="Noviembre–junio",
        description="Ocho meses de clases, práctica en la app y tutorías mientras sigue trabajando a turnos.",
    )
    b.action("Asiste a cuatro clases por semana", "Las reserva cada domingo según el cuadrante.")
    b.action("Repasa vocabulario en la app en el autobús", "Diez minutos de ida y diez de vuelta.")
    clases = b.touchpoint(
        "Clases en grupo reducido",
        "Grupos de cinco alumnas sanitarias con la misma profesora durante todo el curso.",
        channel="aula-virtual",
        devices=["desktop", "tablet"],
        owner="Equipo académico",
    )
    b.touchpoint(
        "App de vocabulario sanitario",
        "Tarjetas con audio sobre medicación, cuidados y traspaso de pacientes.",
        channel="app",
        devices=["mobile"],
        owner="Producto digital",
    )
    tutoria = b.touchpoint(
        "Tutoría mensual de seguimiento",
        "Veinte minutos para revisar el progreso y ajustar el plan de estudio.",
        channel="aula-virtual",
        devices=["desktop"],
        owner="Tutoras",
    )
    b.device("tablet", "Tableta en la sala de descanso")
    b.thought("«Después de una noche de guardia no me entra nada»")
    b.emotion(-1, "Agotada", "En las semanas de noches se salta clases y siente que se queda atrás.")
    b.emotion(1, "Progresando", "En el primer simulacro saca un 68 % en comprensión oral.")
    noches = b.pain(
        "Cambiar una clase con menos de 24 h la hace perder",
        "Los cambios de turno de última hora le cuestan clases ya pagadas.",
        severity="high",
    )
    b.pain(
        "Audio deficiente en algunas clases",
        "Cuando una compañera se conecta desde el hospital, el ruido tapa la conversación.",
        severity="medium",
    )
    grabadas = b.opportunity(
        "Clases grabadas para las semanas de noches",
        "Poder ver la clase después y entregar los ejercicios en diferido.",
        priority="high",
        owner="Equipo académico",
    )
    b.opportunity(
        "Cambios hasta 2 h antes para sanitarios",
        "Una política de cancelación pensada para quien trabaja a turnos.",
        priority="medium",
        owner="Atención al alumno",
    )
    b.metric("Asistencia media a clase", 82.0, "%", target=90.0, source="Plataforma del aula virtual")
    b.metric("Minutos semanales en la app", 96.0, "min", target=120.0, source="Analítica de la app")
    b.backstage(
        "Revisión semanal del progreso por la tutora",
        "Un aviso salta si una alumna falta a dos clases seguidas o no abre la app en una semana.",
    )
    b.note(
        "Los abandonos se concentran en el tercer mes",
        "Coinciden con la primera rotación de noches de muchas alumnas sanitarias.",
    )

    b.stage(
        "lealtad",
        "Lealtad",
        timeframe="Julio",
        description="Aprueba el B1 y decide seguir con la escuela para preparar el B2.",
    )
    b.action("Aprueba el B1 y renueva para preparar el B2", "Lo necesitará para la homologación definitiva.")
    simulacro = b.touchpoint(
        "Simulacro de examen oficial",
        "Cuatro pruebas en condiciones reales, corregidas en 48 horas.",
        channel="aula-virtual",
        devices=["desktop"],
        owner="Equipo académico",
        moment_of_truth=True,
    )
    renovacion = b.touchpoint(
        "Oferta del B2 para antiguas alumnas",
        "Un 20 % de descuento y la misma profesora si renueva antes de septiembre.",
        channel="email",
        devices=["mobile"],
        owner="Atención al alumno",
    )
    b.device("mobile", "Móvil, al recibir la nota")
    b.thought("«Con el B1 me defiendo, pero en planta necesito más»")
    b.emotion(2, "Orgullosa", "Aprueba con notable y firma el contrato con el hospital.")
    b.pain(
        "La oferta del B2 llegó antes que la nota",
        "Recibió dos correos de venta mientras esperaba el resultado, con los nervios a flor de piel.",
        severity="medium",
    )
    b.opportunity(
        "Ofrecer la renovación después de la nota",
        "Enlazar la oferta con el resultado del examen: enhorabuena primero, propuesta después.",
        priority="medium",
        owner="CRM",
    )
    b.metric("Aprobados en el examen B1", 87.0, "%", target=90.0, source="Registro académico")
    b.metric("Tasa de renovación", 46.0, "%", target=55.0, source="CRM")

    b.stage(
        "compromiso",
        "Compromiso",
        timeframe="Desde septiembre, ya en Múnich",
        description="Participa en la comunidad de la escuela y ayuda a mejorar el programa.",
    )
    b.action("Se une al club de conversación y opina", "Propone practicar informes de enfermería en clase.")
    b.touchpoint(
        "Club de conversación de los jueves",
        "Una hora abierta a todas las alumnas, con un tema distinto cada semana.",
        channel="aula-virtual",
        devices=["tablet"],
        owner="Comunidad",
    )
    b.touchpoint(
        "Comunidad de alumnas en la app",
        "Un canal para quienes ya trabajan en Alemania: pisos, papeleo y dudas de planta.",
        channel="app",
        devices=["mobile"],
        owner="Comunidad",
    )
    encuesta = b.touchpoint(
        "Encuesta de mejora del programa sanitario",
        "Diez preguntas abiertas a las alumnas que ya ejercen en Alemania.",
        channel="email",
        devices=["desktop"],
        owner="Equipo académico",
    )
    b.device("tablet", "Tableta, en su piso de Múnich")
    b.thought("«Me gusta ayudar a las que vienen detrás»")
    b.emotion(1, "Acompañada", "Lejos de casa, la comunidad le da con quién hablar y practicar.")
    b.pain(
        "Los temas del club son para principiantes",
        "Ya en planta, le aportan poco las conversaciones sobre el tiempo o las vacaciones.",
        severity="medium",
    )
    b.opportunity(
        "Grupos de conversación por nivel y profesión",
        "Un club para sanitarias en ejercicio, con casos reales de planta.",
        priority="medium",
        owner="Comunidad",
    )
    b.metric("Alumnas activas en la comunidad", 34.0, "%", target=40.0, source="Analítica de la app")
    modulo = b.backstage(
        "Su propuesta entra en el temario",
        "El equipo académico añade un módulo de informes de enfermería al curso B2.",
    )

    b.stage(
        "fans",
        "Fans",
        timeframe="Continuo",
        description="Recomienda la escuela sin que se lo pidan y atrae a nuevas alumnas.",
    )
    b.action(
        "Recomienda la escuela a sus antiguas compañeras",
        "Tres enfermeras de su hospital de Granada le preguntan cómo lo hizo.",
    )
    b.action("Graba un vídeo testimonio", "Cuenta su primer mes en planta en Múnich.")
    b.touchpoint(
        "Programa «Invita a una colega»",
        "Un mes gratis para ella y un 15 % de descuento para quien se matricula.",
        channel="app",
        devices=["mobile"],
        owner="Marketing",
    )
    video = b.touchpoint(
        "Vídeo testimonio en Instagram",
        "La escuela lo publica con su permiso y lo usa en la campaña sanitaria.",
        channel="social",
        devices=["mobile"],
        owner="Marketing",
    )
    b.device("mobile", "Móvil, grabando en el hospital")
    b.thought("«Sin esas clases no estaría trabajando aquí»")
    b.emotion(2, "Entusiasta", "Siente que la escuela ha sido parte de su nueva vida.")
    b.pain(
        "La recompensa por invitar tarda un mes",
        "Su mes gratis se aplica cuando la colega paga la segunda cuota, y nadie se lo explica.",
        severity="low",
    )
    b.opportunity(
        "Mentoras entre antiguas alumnas",
        "Alumnas que ya trabajan en Alemania acompañan a las nuevas en su clase de prueba.",
        priority="medium",
        owner="Comunidad",
    )
    b.metric("NPS de antiguas alumnas", 62.0, "puntos", target=60.0, source="Encuesta NPS trimestral")
    b.metric("Matrículas por recomendación", 19.0, "%", target=25.0, source="CRM")
    b.note(
        "Los testimonios de sanitarias convierten el doble",
        "Comparado con los anuncios genéricos de la escuela en la misma campaña.",
    )

    b.connect(anuncio, test, "enlace del anuncio")
    b.connect(test, prueba, "reserva la clase de prueba")
    b.connect(prueba, llamada, "la llaman al día siguiente")
    b.connect(llamada, matricula, "se matricula")
    b.connect(tutora, clases, "tutora asignada")
    b.connect(noches, grabadas, "lo resolvería")
    b.connect(tutoria, simulacro, "lista para el examen")
    b.connect(renovacion, llamada, "vuelve a elegir plan, ahora el B2")
    b.connect(encuesta, modulo, "su propuesta se adopta")
    b.connect(video, anuncio, "su vídeo es el próximo anuncio")

    return Persona(
        id="p-enfermera",
        name="Carmen Delgado",
        role="Enfermera · 29 años · prepara el B1 de alemán",
        quote="Quiero trabajar en Alemania, pero con mis turnos no puedo ir a una academia.",
        description=(
            "Enfermera de planta en un hospital de Granada, con turnos rotativos. Tiene una oferta de "
            "un hospital de Múnich condicionada a acreditar un B1 de alemán en nueve meses. Estudió "
            "alemán dos años en el instituto y se quedó en un A2 que apenas recuerda."
        ),
        goals=[
            "Obtener el certificado B1 antes de julio",
            "Estudiar sin dejar de trabajar a turnos",
            "Llegar a Alemania entendiendo el vocabulario de planta",
        ],
        motivations=[
            "Un contrato estable y mejor pagado",
            "Crecer como profesional en otro sistema sanitario",
            "Demostrarse que puede con ello",
        ],
        frustrations=[
            "Horarios de clase fijos que no respetan los turnos",
            "Cursos generales que no tratan su día a día",
            "Pagar clases que no puede aprovechar",
        ],
        color="#59A14F",
        avatar=IconAvatar(icon="person"),
        timeline=b.timeline(),
    )

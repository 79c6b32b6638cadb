<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../journeydesigner/ui/about_dialog.py" line="+23"/>
        <source>Customer journey maps for CX consultants: personas, stages, touchpoints, emotions, pain points and opportunities, in files you own, with print-ready posters and handouts.</source>
        <translation>Mapas de experiencia del cliente para consultores de CX: personas, etapas, puntos de contacto, emociones, puntos de dolor y oportunidades, en archivos propios y con pósteres y material de taller listos para imprimir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made with Python %1, Qt %2 (PySide6 %3) and ReportLab %4.</source>
        <translation>Hecho con Python %1, Qt %2 (PySide6 %3) y ReportLab %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDFs embed the DejaVu Sans fonts (Bitstream Vera licence) and Symbola (free for any use); their licences are in the resources/fonts folder.</source>
        <translation>Los PDF incrustan las fuentes DejaVu Sans (licencia Bitstream Vera) y Symbola (libre para cualquier uso); sus licencias están en la carpeta resources/fonts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Journey Designer</source>
        <translation>Acerca de Journey Designer</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <location filename="../../journeydesigner/ui/analysis.py" line="+97"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>gap: no touchpoint of that channel in that stage, over all personas (stages matched by name)</source>
        <translation>hueco: ningún punto de contacto de ese canal en esa etapa, en todas las personas (las etapas se emparejan por nombre)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By stage</source>
        <translation>Por etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel coverage</source>
        <translation>Cobertura de canales</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No emotion marker in this stage</source>
        <translation>Ningún marcador de emoción en esta etapa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average of {count} markers: {scores}</source>
        <translation>Media de {count} marcadores: {scores}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The map has no persona.</source>
        <translation>El mapa no tiene ninguna persona.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Whole journey</source>
        <translation>Todo el recorrido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: no emotion markers yet.</source>
        <translation>{name}: todavía no hay marcadores de emoción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — lowest moment: {label} ({score}) in {stage}</source>
        <translation>{name} — momento más bajo: {label} ({score}) en {stage}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{count} touchpoints on {channel} in {stage}</source>
        <translation>{count} puntos de contacto del canal {channel} en {stage}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gap</source>
        <translation>hueco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap: no touchpoint on {channel} in {stage}</source>
        <translation>Hueco: ningún punto de contacto del canal {channel} en {stage}</translation>
    </message>
</context>
<context>
    <name>AvatarEditor</name>
    <message>
        <location filename="../../journeydesigner/ui/inspector_fields.py" line="+521"/>
        <source>Avatar icon</source>
        <translation>Icono del avatar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image for the avatar</source>
        <translation>Elegir una imagen para el avatar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose avatar image</source>
        <translation>Elegir imagen del avatar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image is larger than 2 MB. Choose a smaller one.</source>
        <translation>La imagen ocupa más de 2 MB. Elija una más pequeña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only PNG and JPEG images up to 2 MB can be avatars.</source>
        <translation>Solo se pueden usar como avatar imágenes PNG y JPEG de hasta 2 MB.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../journeydesigner/canvas/keyboard.py" line="+65"/>
        <source>There is no cell that way.</source>
        <translation>No hay ninguna celda en esa dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../journeydesigner/canvas/scene_editing.py" line="+164"/>
        <location filename="../../journeydesigner/canvas/texts.py" line="+53"/>
        <source>Move cards</source>
        <translation>Mover tarjetas</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/canvas/scene.py" line="+98"/>
        <source>New %s</source>
        <translation>Sin título (%s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/canvas/scene_editing.py" line="-18"/>
        <location line="+288"/>
        <source>%1 cannot go in the lane “%2”.</source>
        <translation>%1: no puede ir en el carril «%2».</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>That change is not possible here.</source>
        <translation>Ese cambio no es posible aquí.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Width: %1 pt</source>
        <translation>Ancho: %1 pt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resize stage</source>
        <translation>Cambiar ancho de etapa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move stage</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move lane</source>
        <translation>Mover carril</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename %1</source>
        <translation>Cambiar nombre de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename stage</source>
        <translation>Cambiar nombre de etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename lane</source>
        <translation>Cambiar nombre de carril</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add a persona first.</source>
        <translation>Primero hay que añadir una persona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert a stage here.</source>
        <translation>Insertar una etapa aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the connection tool and drag from one card to another.</source>
        <translation>Elija la herramienta de conexión y arrastre de una tarjeta a otra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop it inside a cell of the timeline.</source>
        <translation>Suéltelo dentro de una celda de la línea de tiempo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add a device to the map&apos;s catalogue first.</source>
        <translation>Primero hay que añadir un dispositivo al catálogo del mapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1 to %2 › %3</source>
        <translation>Añadir %1 a %2 › %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown device.</source>
        <translation>Dispositivo desconocido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This touchpoint already has that device.</source>
        <translation>Este punto de contacto ya tiene ese dispositivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach %1 to “%2”</source>
        <translation>Asociar %1 a «%2»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach device</source>
        <translation>Asociar dispositivo</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/canvas/texts.py" line="-42"/>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion marker</source>
        <translation>Marcador de emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thought</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add touchpoint</source>
        <translation>Añadir punto de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add device</source>
        <translation>Añadir dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add emotion marker</source>
        <translation>Añadir marcador de emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pain point</source>
        <translation>Añadir punto de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add opportunity</source>
        <translation>Añadir oportunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add metric</source>
        <translation>Añadir métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add thought</source>
        <translation>Añadir pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move touchpoint</source>
        <translation>Mover punto de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move device</source>
        <translation>Mover dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move emotion marker</source>
        <translation>Mover marcador de emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move pain point</source>
        <translation>Mover punto de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move opportunity</source>
        <translation>Mover oportunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move metric</source>
        <translation>Mover métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move action</source>
        <translation>Mover acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move thought</source>
        <translation>Mover pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move note</source>
        <translation>Mover nota</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/canvas/view.py" line="+61"/>
        <source>Journey map canvas</source>
        <translation>Lienzo del mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeline of the current persona. The outline panel lists the same items.</source>
        <translation>La línea de tiempo de la persona actual. El panel Esquema enumera los mismos elementos.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Drag from one card to another to connect them. Esc ends the tool.</source>
        <translation>Arrastre de una tarjeta a otra para conectarlas. Esc desactiva la herramienta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start the connection on a card.</source>
        <translation>Empiece la conexión en una tarjeta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>End the connection on another card.</source>
        <translation>Termine la conexión en otra tarjeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect cards</source>
        <translation>Conectar tarjetas</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>EmotionOverviewDock</name>
    <message>
        <location filename="../../journeydesigner/ui/overview.py" line="+327"/>
        <source>Emotion overview</source>
        <translation>Vista general de emociones</translation>
    </message>
</context>
<context>
    <name>EmotionOverviewWidget</name>
    <message>
        <location line="-89"/>
        <source>No emotion markers yet: drag a face from the palette onto the emotions lane.</source>
        <translation>Todavía no hay marcadores de emoción: arrastre una cara de la paleta al carril de emociones.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journeydesigner/ui/export_defaults.py" line="+22"/>
        <source>Poster</source>
        <translation>Póster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiled wall poster</source>
        <translation>Póster en mosaico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop handouts</source>
        <translation>Fichas del taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank worksheet</source>
        <translation>Plantilla en blanco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The whole timeline of each persona on one large page</source>
        <translation>Toda la línea de tiempo de cada persona en una sola página grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeline at full size on office paper, to tape together on a wall</source>
        <translation>La línea de tiempo a tamaño real en papel de oficina, para unir con cinta adhesiva en una pared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persona sheets and stage pages to hand out in a workshop</source>
        <translation>Fichas de persona y páginas por etapa para repartir en un taller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stages and lanes with empty cells, to fill in by hand</source>
        <translation>Las etapas y los carriles con las celdas vacías, para rellenar a mano</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/ui/export_dialog.py" line="+70"/>
        <location line="+327"/>
        <location line="+15"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print size of the tiled poster: 100 % is the size on screen at 100 %</source>
        <translation>Tamaño de impresión del póster en mosaico: 100 % es el tamaño en pantalla al 100 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All personas</source>
        <translation>&amp;Todas las personas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personas to export</source>
        <translation>Personas que exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unnamed persona)</source>
        <translation>(persona sin nombre)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Greyscale (for black-and-white printers)</source>
        <translation>Escala de &amp;grises (blanco y negro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;connections between cards</source>
        <translation>Mostrar las &amp;conexiones entre tarjetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an &amp;analysis page</source>
        <translation>Añadir una página de &amp;análisis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emotion summary, pain points and opportunities on a last page</source>
        <translation>Resumen de emociones, puntos de dolor y oportunidades en una última página</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The map has no personas.</source>
        <translation>El mapa no tiene personas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one persona.</source>
        <translation>Elija al menos una persona.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not export “%1”: %2</source>
        <translation>No se pudo exportar «%1»: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 (%2)</source>
        <translation>Se ha exportado %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not print: %1</source>
        <translation>No se pudo imprimir: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent %1 to the printer</source>
        <translation>Enviado a la impresora: %1</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/ui/pdf_preview.py" line="+28"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot make the PDF: %1</source>
        <translation>No se puede generar el PDF: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview of the PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making the PDF…</source>
        <translation>Generando el PDF…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../journeydesigner/ui/inspector_fields.py" line="-395"/>
        <source>Several values</source>
        <translation>Varios valores</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../journeydesigner/ui/inspector.py" line="+104"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inspector message</source>
        <translation>Mensaje del inspector</translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Changes apply to all of them.</source>
        <translation>Los cambios se aplican a todas ellas.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected items have no field in common.</source>
        <translation>Los elementos seleccionados no tienen ningún campo en común.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivations</source>
        <translation>Motivaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals, motivations and frustrations: one per line.</source>
        <translation>Objetivos, motivaciones y frustraciones: uno por línea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change map details</source>
        <translation>Cambiar detalles del mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change persona</source>
        <translation>Cambiar persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change title</source>
        <translation>Cambiar título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Cambiar descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change channel</source>
        <translation>Cambiar canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change devices</source>
        <translation>Cambiar dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change owner</source>
        <translation>Cambiar responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change moment of truth</source>
        <translation>Cambiar momento de la verdad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change device</source>
        <translation>Cambiar dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change emotion</source>
        <translation>Cambiar emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change severity</source>
        <translation>Cambiar gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change priority</source>
        <translation>Cambiar prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change name</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change value</source>
        <translation>Cambiar valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change unit</source>
        <translation>Cambiar unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change target</source>
        <translation>Cambiar objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change source</source>
        <translation>Cambiar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change timeframe</source>
        <translation>Cambiar plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change colour</source>
        <translation>Cambiar color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change width</source>
        <translation>Cambiar ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change lane kind</source>
        <translation>Cambiar tipo de carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide lane</source>
        <translation>Mostrar u ocultar carril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change label</source>
        <translation>Cambiar etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change field</source>
        <translation>Cambiar campo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That value cannot be used here; the field was not changed.</source>
        <translation>Ese valor no se puede usar aquí; el campo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lane “{lane}” cannot be of kind “{kind}”: it holds {types} cards.</source>
        <translation>El carril «{lane}» no puede ser del tipo «{kind}»: contiene tarjetas de tipo {types}.</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <location filename="../../journeydesigner/ui/interop_actions.py" line="+70"/>
        <source>Diagrams and inventories (*.mmd *.mermaid *.csv *.xlsx);;Mermaid journey diagrams (*.mmd *.mermaid);;Inventories (*.csv *.xlsx);;All files (*)</source>
        <translation>Diagramas e inventarios (*.mmd *.mermaid *.csv *.xlsx);;Diagramas de experiencia de Mermaid (*.mmd *.mermaid);;Inventarios (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mermaid journey diagram (*.mmd)</source>
        <translation>Diagrama de experiencia de Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV inventory (*.csv)</source>
        <translation>Inventario CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel inventory (*.xlsx)</source>
        <translation>Inventario de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Schema (*.schema.json)</source>
        <translation>Esquema JSON (*.schema.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the inventory “%1”</source>
        <translation>Importar el inventario «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open it as a new map, or add its cards to “%1”? Added cards go to the personas, stages and lanes of the same name; missing ones are created. Undo removes them all.</source>
        <translation>¿Abrirlo como un mapa nuevo o añadir sus tarjetas a «%1»? Las tarjetas añadidas van a las personas, etapas y carriles del mismo nombre; los que falten se crean. Deshacer las quita todas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open as &amp;New Map</source>
        <translation>Abrir como mapa &amp;nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to “%1”</source>
        <translation>&amp;Añadir a «%1»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and %1 more (see the details)</source>
        <translation>… y %1 más (véanse los detalles)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cards imported from “%2”; %3 rows could not be placed:</source>
        <translation>Se importaron %1 tarjetas de «%2»; %3 filas no se pudieron colocar:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not import “%1”.

%2</source>
        <translation>No se pudo importar «%1».

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export “%1”: %2</source>
        <translation>No se pudo exportar «%1»: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Imported %1</source>
        <translation>Se ha importado %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cards could not be added to this map</source>
        <translation>no se pudieron añadir las tarjetas a este mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 cards from %2</source>
        <translation>Se han añadido %1 tarjetas de %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export Mermaid journey diagram</source>
        <translation>Exportar diagrama de experiencia de Mermaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV inventory</source>
        <translation>Exportar inventario CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel inventory</source>
        <translation>Exportar inventario de Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the JSON Schema of .journey files</source>
        <translation>Exportar el esquema JSON de los archivos .journey</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported %1</source>
        <translation>Se ha exportado %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../journeydesigner/ui/inspector_fields.py" line="-134"/>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thought</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels and devices</source>
        <translation>Canales y dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage</source>
        <translation>Trastienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior</source>
        <translation>Persona mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young person</source>
        <translation>Joven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeydesigner/ui/actions.py" line="+40"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new map</source>
        <translation>Crear un mapa nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a map</source>
        <translation>Abrir un mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the map</source>
        <translation>Guardar el mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the map under another name</source>
        <translation>Guardar el mapa con otro nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;mport…</source>
        <translation>Impor&amp;tar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Mermaid journey diagram or a touchpoint inventory (CSV, Excel)</source>
        <translation>Abrir un diagrama de experiencia de Mermaid o un inventario de puntos de contacto (CSV, Excel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the map as a poster, tiles or handouts</source>
        <translation>Exportar el mapa como póster, póster en mosaico o fichas del taller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the current persona&apos;s timeline as a poster</source>
        <translation>Imprimir la línea de tiempo de la persona actual como póster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;PNG Image…</source>
        <translation>Imagen &amp;PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the current persona&apos;s timeline as a PNG image</source>
        <translation>Guardar la línea de tiempo de la persona actual como imagen PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;SVG Image…</source>
        <translation>Imagen &amp;SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the current persona&apos;s timeline as an SVG image</source>
        <translation>Guardar la línea de tiempo de la persona actual como imagen SVG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mermaid Journey Diagram…</source>
        <translation>Diagrama de experiencia de &amp;Mermaid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the map as a Mermaid journey diagram (.mmd)</source>
        <translation>Guardar el mapa como diagrama de experiencia de Mermaid (.mmd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;CSV Inventory…</source>
        <translation>Inventario &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every card as a row of a CSV file</source>
        <translation>Guardar cada tarjeta como una fila de un archivo CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Excel Inventory…</source>
        <translation>Inventario de &amp;Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every card as a row of an Excel workbook</source>
        <translation>Guardar cada tarjeta como una fila de un libro de Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON &amp;Schema…</source>
        <translation>Esquema &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the JSON Schema of .journey files, for integrators</source>
        <translation>Guardar el esquema JSON de los archivos .journey, para integradores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Journey Designer</source>
        <translation>Salir de Journey Designer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, recovery copies, new maps, paper</source>
        <translation>Idioma, copias de recuperación, mapas nuevos, papel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Journey Designer</source>
        <translation>&amp;Acerca de Journey Designer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version, and the free software the designer is made with</source>
        <translation>Versión y software libre con el que está hecho el diseñador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Versión y licencia de la biblioteca Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut the selected cards</source>
        <translation>Cortar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected cards</source>
        <translation>Copiar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste cards into the current persona</source>
        <translation>Pegar tarjetas en la persona actual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selection</source>
        <translation>Eliminar la selección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the selected cards</source>
        <translation>Duplicar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every card of the timeline</source>
        <translation>Seleccionar todas las tarjetas de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the title of the selected item</source>
        <translation>Editar el título del elemento seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert Card</source>
        <translation>&amp;Insertar tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a card to the current cell</source>
        <translation>Añadir una tarjeta a la celda actual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;nnection Tool</source>
        <translation>&amp;Herramienta de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw arrows from card to card</source>
        <translation>Dibujar flechas de una tarjeta a otra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Stage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a stage at the end of the timeline</source>
        <translation>Añadir una etapa al final de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hide Lane</source>
        <translation>&amp;Ocultar carril</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the selected lane</source>
        <translation>Ocultar el carril seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show All &amp;Lanes</source>
        <translation>&amp;Mostrar todos los carriles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the hidden lanes again</source>
        <translation>Volver a mostrar los carriles ocultos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Acercar la vista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Alejar la vista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to 100 %</source>
        <translation>Zoom al 100 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit Map</source>
        <translation>A&amp;justar el mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the whole timeline in the window</source>
        <translation>Ajustar toda la línea de tiempo a la ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen with large type, for projecting in a workshop</source>
        <translation>Pantalla completa con letra grande, para proyectar en un taller</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/ui/main_window.py" line="+131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;mapa abierto&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+33"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;Image</source>
        <translation>Exportar &amp;imagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;Lane</source>
        <translation>Añadir &amp;carril</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clipboard holds no cards.</source>
        <translation>El portapapeles no contiene tarjetas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the copied cards fits this timeline.</source>
        <translation>Ninguna de las tarjetas copiadas encaja en esta línea de tiempo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Click a cell first.</source>
        <translation>Primero haga clic en una celda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide lane</source>
        <translation>Ocultar carril</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show lanes</source>
        <translation>Mostrar carriles</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/ui/window_files.py" line="+38"/>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Mapas de experiencia (*.journey);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save map as</source>
        <translation>Guardar mapa como</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is open in another window. Close it first, or choose another name.</source>
        <translation>«%1» está abierto en otra ventana. Ciérrelo primero o elija otro nombre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not print the map: %1</source>
        <translation>No se pudo imprimir el mapa: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map has no personas to draw.</source>
        <translation>El mapa no tiene personas que dibujar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export %1 image</source>
        <translation>Exportar imagen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 image (*%2)</source>
        <translation>Imagen %1 (*%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export PNG image</source>
        <translation>Exportar imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (dots per inch):</source>
        <translation>Resolución (puntos por pulgada):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not export “%1”: %2</source>
        <translation>No se pudo exportar «%1»: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1</source>
        <translation>Se ha exportado %1</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../../journeydesigner/ui/new_map_dialog.py" line="+126"/>
        <location line="+7"/>
        <source>Welcome to Journey Designer</source>
        <translation>Le damos la bienvenida a Journey Designer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New map</source>
        <translation>Nuevo mapa</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New map from a &amp;template:</source>
        <translation>Nuevo mapa a partir de una &amp;plantilla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of the new map&apos;s stage and lane names</source>
        <translation>El idioma de los nombres de etapas y carriles del nuevo mapa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map &amp;language:</source>
        <translation>&amp;Idioma del mapa:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent maps:</source>
        <translation>Mapas &amp;recientes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent maps</source>
        <translation>Mapas recientes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This map is no longer in %1</source>
        <translation>Este mapa ya no está en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent maps</source>
        <translation>No hay mapas recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maps you open or save will appear here.</source>
        <translation>Aquí aparecerán los mapas que abra o guarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open another map…</source>
        <translation>&amp;Abrir otro mapa…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open a &amp;sample</source>
        <translation>Abrir un &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete example maps to explore; they open as new maps, the samples stay as they are</source>
        <translation>Mapas de ejemplo completos para explorar; se abren como mapas nuevos y los ejemplos no cambian</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Show this window at start</source>
        <translation>&amp;Mostrar esta ventana al iniciar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey maps (*.journey)</source>
        <translation>Mapas de experiencia (*.journey)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../journeydesigner/ui/inspector_fields.py" line="+119"/>
        <location line="+18"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type a number, such as 3.5, or leave it empty.</source>
        <translation>Escriba un número, como 3,5, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../journeydesigner/ui/outline.py" line="+129"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Journey outline</source>
        <translation>Esquema del recorrido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personas with their stages, lanes and cards. Selecting rows selects the items on the canvas and shows them in the inspector.</source>
        <translation>Las personas con sus etapas, carriles y tarjetas. Al seleccionar filas se seleccionan los elementos en el lienzo y se muestran en el inspector.</translation>
    </message>
    <message>
        <location filename="../../journeydesigner/ui/outline_texts.py" line="+35"/>
        <source>(unnamed persona)</source>
        <translation>(persona sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona {name}. {stages} stages, {cards} cards.</source>
        <translation>Persona {name}. {stages} etapas, {cards} tarjetas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(unnamed stage)</source>
        <translation>(etapa sin nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {number} of {count}, {cards} cards.</source>
        <translation>Etapa {number} de {count}, {cards} tarjetas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lane {lane} ({kind}) in stage {stage}, {cards} cards.</source>
        <translation>Carril {lane} ({kind}) en la etapa {stage}, {cards} tarjetas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lane is hidden.</source>
        <translation>El carril está oculto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>channel {name}</source>
        <translation>canal {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>devices {names}</source>
        <translation>dispositivos {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>owner {name}</source>
        <translation>responsable {name}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>device {name}</source>
        <translation>dispositivo {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>emotion {score} ({label})</source>
        <translation>emoción {score} ({label})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>severity {level}</source>
        <translation>gravedad {level}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>priority {level}</source>
        <translation>prioridad {level}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>value {figure}</source>
        <translation>valor {figure}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target {figure}</source>
        <translation>objetivo {figure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source {name}</source>
        <translation>fuente {name}</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <location filename="../../journeydesigner/ui/palette.py" line="+184"/>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect cards</source>
        <translation>Conectar tarjetas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection tool</source>
        <translation>Herramienta de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws an arrow from one card to another.</source>
        <translation>Dibuja una flecha de una tarjeta a otra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click here, then click a card and then the card it leads to. Esc or a second click here stops the tool.</source>
        <translation>Haga clic aquí, luego en una tarjeta y después en la tarjeta a la que lleva. Esc o un segundo clic aquí desactivan la herramienta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the customer does.</source>
        <translation>Lo que hace el cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment of contact between customer and company.</source>
        <translation>Un momento de contacto entre el cliente y la empresa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the customer thinks or says.</source>
        <translation>Lo que el cliente piensa o dice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something that hurts the customer&apos;s experience.</source>
        <translation>Algo que perjudica la experiencia del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An idea to improve the experience.</source>
        <translation>Una idea para mejorar la experiencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A figure behind the journey, with its target.</source>
        <translation>Una cifra que respalda el recorrido, con su objetivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A free note of the team; fits any lane but emotions.</source>
        <translation>Una nota libre del equipo; cabe en cualquier carril salvo en el de emociones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag onto a cell of the canvas, or press Enter to add it to the selected cell.</source>
        <translation>Arrastre el elemento a una celda del lienzo o pulse Intro para añadirlo a la celda seleccionada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase of the journey: a new column of the timeline.</source>
        <translation>Una fase del recorrido: una nueva columna de la línea de tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag between two stages of the canvas, or press Enter to add it after the selected stage.</source>
        <translation>Arrástrela entre dos etapas del lienzo o pulse Intro para añadirla después de la etapa seleccionada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Emotion marker: {label} ({score})</source>
        <translation>Marcador de emoción: {label} ({score})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A point of the persona&apos;s emotion curve.</source>
        <translation>Un punto de la curva emocional de la persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag onto the emotions lane: the height where you drop it sets the score. Enter adds it to the selected cell.</source>
        <translation>Arrástrelo al carril de emociones: la altura a la que lo suelte fija la puntuación. Intro lo añade a la celda seleccionada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device: {name}</source>
        <translation>Dispositivo: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device the customer uses at that moment.</source>
        <translation>Un dispositivo que el cliente usa en ese momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag onto a cell of the channels lane, or press Enter to add it to the selected cell.</source>
        <translation>Arrástrelo a una celda del carril de canales o pulse Intro para añadirlo a la celda seleccionada.</translation>
    </message>
</context>
<context>
    <name>PersonaSwitcher</name>
    <message>
        <location filename="../../journeydesigner/ui/persona_switcher.py" line="+108"/>
        <source>The persona whose journey the canvas shows</source>
        <translation>La persona cuyo recorrido muestra el lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, rename, duplicate, delete or reorder personas</source>
        <translation>Añadir, cambiar de nombre, duplicar, eliminar o reordenar personas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+95"/>
        <source>Add persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate (with cards)</source>
        <translation>Duplicar (con tarjetas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate (stages and lanes only)</source>
        <translation>Duplicar (solo etapas y carriles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy stages and lanes from</source>
        <translation>Copiar etapas y carriles de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the stages and lanes of another persona that this one lacks</source>
        <translation>Añadir las etapas y los carriles de otra persona que le falten a esta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 stage</source>
        <translation>1 etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} stages</source>
        <translation>{n} etapas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 lane</source>
        <translation>1 carril</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} lanes</source>
        <translation>{n} carriles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to add</source>
        <translation>nada que añadir</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+6"/>
        <source>Rename persona</source>
        <translation>Cambiar nombre de persona</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate persona</source>
        <translation>Duplicar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate persona structure</source>
        <translation>Duplicar estructura de persona</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the persona “{name}” with its journey ({stages} stages, {cards} cards)?
Undo brings it back.</source>
        <translation>¿Eliminar la persona «{name}» con su recorrido ({stages} etapas, {cards} tarjetas)?
Deshacer la recupera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move persona</source>
        <translation>Mover persona</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy stages and lanes from {name}</source>
        <translation>Copiar etapas y carriles de {name}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeydesigner/ui/preferences.py" line="+35"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A2 (420 × 594 mm)</source>
        <translation>A2 (420 × 594 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A1 (594 × 841 mm)</source>
        <translation>A1 (594 × 841 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A0 (841 × 1189 mm)</source>
        <translation>A0 (841 × 1189 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta de EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Legal (8.5 × 14 in)</source>
        <translation>Legal de EE. UU. (8,5 × 14 pulg.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabloid (11 × 17 in)</source>
        <translation>Tabloide (11 × 17 pulg.)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes effect the next time Journey Designer starts.</source>
        <translation>Se aplicará la próxima vez que se inicie Journey Designer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;recovery copy every:</source>
        <translation>Guardar una copia de &amp;recuperación cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While a map has unsaved changes, a copy is kept so your work can be recovered after a crash.</source>
        <translation>Mientras un mapa tenga cambios sin guardar, se conserva una copia para poder recuperar el trabajo tras un cierre inesperado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows and panels; the map stays light, as it prints</source>
        <translation>Ventanas y paneles; el mapa sigue claro, como se imprime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the &amp;welcome window at start</source>
        <translation>Mostrar la &amp;bienvenida al iniciar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New maps</source>
        <translation>Mapas nuevos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language of the stage and lane names of new maps</source>
        <translation>El idioma de los nombres de etapas y carriles de los mapas nuevos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Map language:</source>
        <translation>Idioma del &amp;mapa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Millimetres</source>
        <translation>Milímetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../journeydesigner/ui/printing.py" line="+95"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer refused a new page.</source>
        <translation>La impresora rechazó una página nueva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 could not be rendered.</source>
        <translation>No se pudo generar la página %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The PDF to print could not be read.</source>
        <translation>No se pudo leer el PDF que se iba a imprimir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../journeydesigner/ui/prompts.py" line="+34"/>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the map.

%1</source>
        <translation>No se pudo abrir el mapa.

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save “%1” in %2.</source>
        <translation>No se pudo guardar «%1» en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cause: %1.

Your map is still open with all its changes, and the file on disk is as it was. Use Save As to keep the map somewhere else.</source>
        <translation>Causa: %1.

El mapa sigue abierto con todos sus cambios y el archivo del disco está como estaba. Use Guardar como para conservar el mapa en otro lugar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 en %2 desde %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>“%1” is being edited by %2.</source>
        <translation>«%1» lo está editando %2.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Open it read-only to look at it and save a copy under another name. Open it anyway only if you are sure nobody is editing it any more: whoever saves last overwrites the other&apos;s changes.</source>
        <translation>Ábralo en solo lectura para consultarlo y guardar una copia con otro nombre. Ábralo de todos modos solo si tiene la certeza de que ya nadie lo está editando: quien guarde en último lugar sobrescribirá los cambios del otro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Anyway</source>
        <translation>Abrir &amp;de todos modos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving over it now replaces their map with yours. Save anyway?</source>
        <translation>Si lo guarda ahora, su versión sustituirá al mapa de la otra persona. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reload it and lose the changes you have not saved, or keep your version?</source>
        <translation>¿Volver a cargarlo y perder los cambios que no ha guardado, o conservar su versión?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload it to see the new version, or keep the version in this window?</source>
        <translation>¿Volver a cargarlo para ver la nueva versión, o conservar la versión de esta ventana?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” was changed by another program or person.</source>
        <translation>Otro programa u otra persona ha modificado «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Conservar mi versión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was changed by another program or person since you opened it.</source>
        <translation>Otro programa u otra persona ha modificado «%1» desde que lo abrió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving now replaces that version with yours. Save anyway, or use Save As to keep both?</source>
        <translation>Si guarda ahora, esa versión se sustituirá por la suya. ¿Guardar de todos modos, o usar Guardar como para conservar ambas?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was moved, renamed or deleted outside Journey Designer.

Your map is still open here. Save it to write the file again.</source>
        <translation>«%1» se ha movido, cambiado de nombre o eliminado fuera de Journey Designer.

El mapa sigue abierto aquí. Guárdelo para volver a escribir el archivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../journeydesigner/ui/recent_menu.py" line="+34"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent maps</source>
        <translation>No hay mapas recientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove &amp;Missing Files</source>
        <translation>&amp;Quitar archivos no encontrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the maps that can no longer be found from this list</source>
        <translation>Quitar de esta lista los mapas que ya no se encuentran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the list of recent maps (the files are not deleted)</source>
        <translation>Vaciar la lista de mapas recientes (los archivos no se eliminan)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found in %1</source>
        <translation>No se encuentra en %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Map not found</source>
        <translation>Mapa no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is no longer in %2.

Remove it from the list of recent maps?</source>
        <translation>«%1» ya no está en %2.

¿Quitarlo de la lista de mapas recientes?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeydesigner/ui/recovery_dialog.py" line="+40"/>
        <source>Recover unsaved maps — %1</source>
        <translation>Recuperar mapas sin guardar — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journey Designer did not close normally. These maps had changes that were not saved; a recovery copy of each was kept. Restore the ones you want: they open as unsaved maps, so you can look at them before saving.</source>
        <translation>Journey Designer no se cerró correctamente. Estos mapas tenían cambios sin guardar y se conservó una copia de recuperación de cada uno. Restaure los que desee: se abren como mapas sin guardar, para poder revisarlos antes de guardarlos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recoverable maps</source>
        <translation>Mapas recuperables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy kept at</source>
        <translation>Hora de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never saved</source>
        <translation>Nunca guardado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation>Conservar las copias y volver a preguntar en el próximo inicio</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delete the recovery copies of %1 map(s)? Their unsaved changes will be lost.</source>
        <translation>¿Eliminar las copias de recuperación de %1 mapa(s)? Se perderán sus cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>WidthEditor</name>
    <message>
        <location filename="../../journeydesigner/ui/inspector_fields.py" line="+214"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
</context>
</TS>

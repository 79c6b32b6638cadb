<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../journeydesigner/ui/about_dialog.py" line="+23" />
            <source>Customer journey maps for CX consultants: personas, stages, touchpoints, emotions, pain points and opportunities, in files you own, with print-ready posters and handouts.</source>
            <translation>Customer journey maps for CX consultants: personas, stages, touchpoints, emotions, pain points and opportunities, in files you own, with print-ready posters and handouts.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Made with Python %1, Qt %2 (PySide6 %3) and ReportLab %4.</source>
            <translation>Made with Python %1, Qt %2 (PySide6 %3) and ReportLab %4.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDFs embed the DejaVu Sans fonts (Bitstream Vera licence) and Symbola (free for any use); their licences are in the resources/fonts folder.</source>
            <translation>PDFs embed the DejaVu Sans fonts (Bitstream Vera licence) and Symbola (free for any use); their licences are in the resources/fonts folder.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>About Journey Designer</source>
            <translation>About Journey Designer</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <location filename="../../journeydesigner/ui/analysis.py" line="+97" />
            <source>Analysis</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <location line="+22" />
            <source>gap: no touchpoint of that channel in that stage, over all personas (stages matched by name)</source>
            <translation>gap: no touchpoint of that channel in that stage, over all personas (stages matched by name)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>By stage</source>
            <translation>By stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel coverage</source>
            <translation>Channel coverage</translation>
        </message>
        <message>
            <location line="+54" />
            <source>No emotion marker in this stage</source>
            <translation>No emotion marker in this stage</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Average of {count} markers: {scores}</source>
            <translation>Average of {count} markers: {scores}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By channel</source>
            <translation>By channel</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The map has no persona.</source>
            <translation>The map has no persona.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Whole journey</source>
            <translation>Whole journey</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{name}: no emotion markers yet.</source>
            <translation>{name}: no emotion markers yet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} — lowest moment: {label} ({score}) in {stage}</source>
            <translation>{name} — lowest moment: {label} ({score}) in {stage}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+43" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{count} touchpoints on {channel} in {stage}</source>
            <translation>{count} touchpoints on {channel} in {stage}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>gap</source>
            <translation>gap</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Gap: no touchpoint on {channel} in {stage}</source>
            <translation>Gap: no touchpoint on {channel} in {stage}</translation>
        </message>
    </context>
    <context>
        <name>AvatarEditor</name>
        <message>
            <location filename="../../journeydesigner/ui/inspector_fields.py" line="+521" />
            <source>Avatar icon</source>
            <translation>Avatar icon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose an image for the avatar</source>
            <translation>Choose an image for the avatar</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose avatar image</source>
            <translation>Choose avatar image</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The image is larger than 2 MB. Choose a smaller one.</source>
            <translation>The image is larger than 2 MB. Choose a smaller one.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The image could not be read.</source>
            <translation>The image could not be read.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only PNG and JPEG images up to 2 MB can be avatars.</source>
            <translation>Only PNG and JPEG images up to 2 MB can be avatars.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Picture</source>
            <translation>Picture</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../journeydesigner/canvas/keyboard.py" line="+65" />
            <source>There is no cell that way.</source>
            <translation>There is no cell that way.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../journeydesigner/canvas/scene_editing.py" line="+164" />
            <location filename="../../journeydesigner/canvas/texts.py" line="+53" />
            <source>Move cards</source>
            <translation>Move cards</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/canvas/scene.py" line="+98" />
            <source>New %s</source>
            <translation>New %s</translation>
        </message>
        <message>
            <location line="+11" />
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/canvas/scene_editing.py" line="-18" />
            <location line="+288" />
            <source>%1 cannot go in the lane “%2”.</source>
            <translation>%1 cannot go in the lane “%2”.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>That change is not possible here.</source>
            <translation>That change is not possible here.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Width: %1 pt</source>
            <translation>Width: %1 pt</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Resize stage</source>
            <translation>Resize stage</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Move stage</source>
            <translation>Move stage</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Move lane</source>
            <translation>Move lane</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Rename %1</source>
            <translation>Rename %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rename stage</source>
            <translation>Rename stage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rename lane</source>
            <translation>Rename lane</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Add a persona first.</source>
            <translation>Add a persona first.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Insert a stage here.</source>
            <translation>Insert a stage here.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add stage</source>
            <translation>Add stage</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the connection tool and drag from one card to another.</source>
            <translation>Choose the connection tool and drag from one card to another.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Drop it inside a cell of the timeline.</source>
            <translation>Drop it inside a cell of the timeline.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Add a device to the map's catalogue first.</source>
            <translation>Add a device to the map's catalogue first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add %1 to %2 › %3</source>
            <translation>Add %1 to %2 › %3</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Unknown device.</source>
            <translation>Unknown device.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This touchpoint already has that device.</source>
            <translation>This touchpoint already has that device.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attach %1 to “%2”</source>
            <translation>Attach %1 to “%2”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Attach device</source>
            <translation>Attach device</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/canvas/texts.py" line="-42" />
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotion marker</source>
            <translation>Emotion marker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thought</source>
            <translation>Thought</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add touchpoint</source>
            <translation>Add touchpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add device</source>
            <translation>Add device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add emotion marker</source>
            <translation>Add emotion marker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add pain point</source>
            <translation>Add pain point</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add opportunity</source>
            <translation>Add opportunity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add metric</source>
            <translation>Add metric</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add thought</source>
            <translation>Add thought</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add card</source>
            <translation>Add card</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move touchpoint</source>
            <translation>Move touchpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move device</source>
            <translation>Move device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move emotion marker</source>
            <translation>Move emotion marker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move pain point</source>
            <translation>Move pain point</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move opportunity</source>
            <translation>Move opportunity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move metric</source>
            <translation>Move metric</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move action</source>
            <translation>Move action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move thought</source>
            <translation>Move thought</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move note</source>
            <translation>Move note</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/canvas/view.py" line="+61" />
            <source>Journey map canvas</source>
            <translation>Journey map canvas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The timeline of the current persona. The outline panel lists the same items.</source>
            <translation>The timeline of the current persona. The outline panel lists the same items.</translation>
        </message>
        <message>
            <location line="+167" />
            <source>Drag from one card to another to connect them. Esc ends the tool.</source>
            <translation>Drag from one card to another to connect them. Esc ends the tool.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Start the connection on a card.</source>
            <translation>Start the connection on a card.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>End the connection on another card.</source>
            <translation>End the connection on another card.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Connect cards</source>
            <translation>Connect cards</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>EmotionOverviewDock</name>
        <message>
            <location filename="../../journeydesigner/ui/overview.py" line="+327" />
            <source>Emotion overview</source>
            <translation>Emotion overview</translation>
        </message>
    </context>
    <context>
        <name>EmotionOverviewWidget</name>
        <message>
            <location line="-89" />
            <source>No emotion markers yet: drag a face from the palette onto the emotions lane.</source>
            <translation>No emotion markers yet: drag a face from the palette onto the emotions lane.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../journeydesigner/ui/export_defaults.py" line="+22" />
            <source>Poster</source>
            <translation>Poster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiled wall poster</source>
            <translation>Tiled wall poster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshop handouts</source>
            <translation>Workshop handouts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blank worksheet</source>
            <translation>Blank worksheet</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The whole timeline of each persona on one large page</source>
            <translation>The whole timeline of each persona on one large page</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timeline at full size on office paper, to tape together on a wall</source>
            <translation>The timeline at full size on office paper, to tape together on a wall</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Persona sheets and stage pages to hand out in a workshop</source>
            <translation>Persona sheets and stage pages to hand out in a workshop</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The stages and lanes with empty cells, to fill in by hand</source>
            <translation>The stages and lanes with empty cells, to fill in by hand</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/ui/export_dialog.py" line="+70" />
            <location line="+327" />
            <location line="+15" />
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location line="-296" />
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Layout:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Landscape</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientation:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print size of the tiled poster: 100 % is the size on screen at 100 %</source>
            <translation>Print size of the tiled poster: 100 % is the size on screen at 100 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Scale:</source>
            <translation>&amp;Scale:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;All personas</source>
            <translation>&amp;All personas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Personas to export</source>
            <translation>Personas to export</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(unnamed persona)</source>
            <translation>(unnamed persona)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Greyscale (for black-and-white printers)</source>
            <translation>&amp;Greyscale (for black-and-white printers)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show &amp;connections between cards</source>
            <translation>Show &amp;connections between cards</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an &amp;analysis page</source>
            <translation>Add an &amp;analysis page</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Emotion summary, pain points and opportunities on a last page</source>
            <translation>Emotion summary, pain points and opportunities on a last page</translation>
        </message>
        <message>
            <location line="+112" />
            <source>The map has no personas.</source>
            <translation>The map has no personas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose at least one persona.</source>
            <translation>Choose at least one persona.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not export “%1”: %2</source>
            <translation>Could not export “%1”: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported %1 (%2)</source>
            <translation>Exported %1 (%2)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not print: %1</source>
            <translation>Could not print: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sent %1 to the printer</source>
            <translation>Sent %1 to the printer</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/ui/pdf_preview.py" line="+28" />
            <source>1 page</source>
            <translation>1 page</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 pages</source>
            <translation>%1 pages</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot make the PDF: %1</source>
            <translation>Cannot make the PDF: %1</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Preview of the PDF</source>
            <translation>Preview of the PDF</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Making the PDF…</source>
            <translation>Making the PDF…</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../journeydesigner/ui/inspector_fields.py" line="-395" />
            <source>Several values</source>
            <translation>Several values</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <location filename="../../journeydesigner/ui/inspector.py" line="+104" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Inspector message</source>
            <translation>Inspector message</translation>
        </message>
        <message numerus="yes">
            <location line="+170" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>Changes apply to all of them.</source>
            <translation>Changes apply to all of them.</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n items</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The selected items have no field in common.</source>
            <translation>The selected items have no field in common.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+33" />
            <location line="+8" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <location line="+9" />
            <location line="+6" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motivations</source>
            <translation>Motivations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frustrations</source>
            <translation>Frustrations</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Avatar</source>
            <translation>Avatar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Goals, motivations and frustrations: one per line.</source>
            <translation>Goals, motivations and frustrations: one per line.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+17" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timeframe</source>
            <translation>Timeframe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Width</source>
            <translation>Width</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hidden</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Moment of truth</source>
            <translation>Moment of truth</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose a colour</source>
            <translation>Choose a colour</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change map details</source>
            <translation>Change map details</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change persona</source>
            <translation>Change persona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change title</source>
            <translation>Change title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change description</source>
            <translation>Change description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change channel</source>
            <translation>Change channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change devices</source>
            <translation>Change devices</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change owner</source>
            <translation>Change owner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change moment of truth</source>
            <translation>Change moment of truth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change device</source>
            <translation>Change device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change emotion</source>
            <translation>Change emotion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change severity</source>
            <translation>Change severity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change priority</source>
            <translation>Change priority</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change name</source>
            <translation>Change name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change value</source>
            <translation>Change value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change unit</source>
            <translation>Change unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change target</source>
            <translation>Change target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change source</source>
            <translation>Change source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change timeframe</source>
            <translation>Change timeframe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change colour</source>
            <translation>Change colour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change width</source>
            <translation>Change width</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change lane kind</source>
            <translation>Change lane kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide lane</source>
            <translation>Show or hide lane</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change label</source>
            <translation>Change label</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change field</source>
            <translation>Change field</translation>
        </message>
        <message>
            <location line="+26" />
            <source>That value cannot be used here; the field was not changed.</source>
            <translation>That value cannot be used here; the field was not changed.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The lane “{lane}” cannot be of kind “{kind}”: it holds {types} cards.</source>
            <translation>The lane “{lane}” cannot be of kind “{kind}”: it holds {types} cards.</translation>
        </message>
    </context>
    <context>
        <name>Interop</name>
        <message>
            <location filename="../../journeydesigner/ui/interop_actions.py" line="+70" />
            <source>Diagrams and inventories (*.mmd *.mermaid *.csv *.xlsx);;Mermaid journey diagrams (*.mmd *.mermaid);;Inventories (*.csv *.xlsx);;All files (*)</source>
            <translation>Diagrams and inventories (*.mmd *.mermaid *.csv *.xlsx);;Mermaid journey diagrams (*.mmd *.mermaid);;Inventories (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mermaid journey diagram (*.mmd)</source>
            <translation>Mermaid journey diagram (*.mmd)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV inventory (*.csv)</source>
            <translation>CSV inventory (*.csv)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel inventory (*.xlsx)</source>
            <translation>Excel inventory (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON Schema (*.schema.json)</source>
            <translation>JSON Schema (*.schema.json)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import the inventory “%1”</source>
            <translation>Import the inventory “%1”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open it as a new map, or add its cards to “%1”? Added cards go to the personas, stages and lanes of the same name; missing ones are created. Undo removes them all.</source>
            <translation>Open it as a new map, or add its cards to “%1”? Added cards go to the personas, stages and lanes of the same name; missing ones are created. Undo removes them all.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open as &amp;New Map</source>
            <translation>Open as &amp;New Map</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add to “%1”</source>
            <translation>&amp;Add to “%1”</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>… and %1 more (see the details)</source>
            <translation>… and %1 more (see the details)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 cards imported from “%2”; %3 rows could not be placed:</source>
            <translation>%1 cards imported from “%2”; %3 rows could not be placed:</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Could not import “%1”.

%2</source>
            <translation>Could not import “%1”.

%2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not export “%1”: %2</source>
            <translation>Could not export “%1”: %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Imported %1</source>
            <translation>Imported %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Import %1</source>
            <translation>Import %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the cards could not be added to this map</source>
            <translation>the cards could not be added to this map</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Added %1 cards from %2</source>
            <translation>Added %1 cards from %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export Mermaid journey diagram</source>
            <translation>Export Mermaid journey diagram</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV inventory</source>
            <translation>Export CSV inventory</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Excel inventory</source>
            <translation>Export Excel inventory</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the JSON Schema of .journey files</source>
            <translation>Export the JSON Schema of .journey files</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Exported %1</source>
            <translation>Exported %1</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../journeydesigner/ui/inspector_fields.py" line="-134" />
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotion</source>
            <translation>Emotion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thought</source>
            <translation>Thought</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Touchpoints</source>
            <translation>Touchpoints</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels and devices</source>
            <translation>Channels and devices</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thoughts</source>
            <translation>Thoughts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotions</source>
            <translation>Emotions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain points</source>
            <translation>Pain points</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opportunities</source>
            <translation>Opportunities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Woman</source>
            <translation>Woman</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Senior</source>
            <translation>Senior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young person</source>
            <translation>Young person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../journeydesigner/ui/actions.py" line="+40" />
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a new map</source>
            <translation>Create a new map</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open a map</source>
            <translation>Open a map</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the map</source>
            <translation>Save the map</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the map under another name</source>
            <translation>Save the map under another name</translation>
        </message>
        <message>
            <location line="+4" />
            <source>I&amp;mport…</source>
            <translation>I&amp;mport…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open a Mermaid journey diagram or a touchpoint inventory (CSV, Excel)</source>
            <translation>Open a Mermaid journey diagram or a touchpoint inventory (CSV, Excel)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export PDF…</source>
            <translation>&amp;Export PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the map as a poster, tiles or handouts</source>
            <translation>Export the map as a poster, tiles or handouts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the current persona's timeline as a poster</source>
            <translation>Print the current persona's timeline as a poster</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;PNG Image…</source>
            <translation>&amp;PNG Image…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current persona's timeline as a PNG image</source>
            <translation>Save the current persona's timeline as a PNG image</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;SVG Image…</source>
            <translation>&amp;SVG Image…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the current persona's timeline as an SVG image</source>
            <translation>Save the current persona's timeline as an SVG image</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Mermaid Journey Diagram…</source>
            <translation>&amp;Mermaid Journey Diagram…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the map as a Mermaid journey diagram (.mmd)</source>
            <translation>Save the map as a Mermaid journey diagram (.mmd)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;CSV Inventory…</source>
            <translation>&amp;CSV Inventory…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save every card as a row of a CSV file</source>
            <translation>Save every card as a row of a CSV file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Excel Inventory…</source>
            <translation>&amp;Excel Inventory…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save every card as a row of an Excel workbook</source>
            <translation>Save every card as a row of an Excel workbook</translation>
        </message>
        <message>
            <location line="+4" />
            <source>JSON &amp;Schema…</source>
            <translation>JSON &amp;Schema…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the JSON Schema of .journey files, for integrators</source>
            <translation>Save the JSON Schema of .journey files, for integrators</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close this window</source>
            <translation>Close this window</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quit Journey Designer</source>
            <translation>Quit Journey Designer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferences…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language, recovery copies, new maps, paper</source>
            <translation>Language, recovery copies, new maps, paper</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;About Journey Designer</source>
            <translation>&amp;About Journey Designer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Version, and the free software the designer is made with</source>
            <translation>Version, and the free software the designer is made with</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The version and licence of the Qt toolkit</source>
            <translation>The version and licence of the Qt toolkit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cut the selected cards</source>
            <translation>Cut the selected cards</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the selected cards</source>
            <translation>Copy the selected cards</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste cards into the current persona</source>
            <translation>Paste cards into the current persona</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the selection</source>
            <translation>Delete the selection</translation>
        </message>
        <message>
            <location line="+4" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate the selected cards</source>
            <translation>Duplicate the selected cards</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select &amp;All</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select every card of the timeline</source>
            <translation>Select every card of the timeline</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the title of the selected item</source>
            <translation>Edit the title of the selected item</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Insert Card</source>
            <translation>&amp;Insert Card</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a card to the current cell</source>
            <translation>Add a card to the current cell</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Co&amp;nnection Tool</source>
            <translation>Co&amp;nnection Tool</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw arrows from card to card</source>
            <translation>Draw arrows from card to card</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add &amp;Stage</source>
            <translation>Add &amp;Stage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a stage at the end of the timeline</source>
            <translation>Add a stage at the end of the timeline</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Hide Lane</source>
            <translation>&amp;Hide Lane</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the selected lane</source>
            <translation>Hide the selected lane</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show All &amp;Lanes</source>
            <translation>Show All &amp;Lanes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the hidden lanes again</source>
            <translation>Show the hidden lanes again</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Actual Size</source>
            <translation>&amp;Actual Size</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom to 100 %</source>
            <translation>Zoom to 100 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Fit Map</source>
            <translation>&amp;Fit Map</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fit the whole timeline in the window</source>
            <translation>Fit the whole timeline in the window</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Presentation Mode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Full screen with large type, for projecting in a workshop</source>
            <translation>Full screen with large type, for projecting in a workshop</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/ui/main_window.py" line="+131" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;opened&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo history</source>
            <translation>Undo history</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+49" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="-35" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+28" />
            <source>&amp;Timeline</source>
            <translation>&amp;Timeline</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+33" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="-25" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export &amp;Image</source>
            <translation>Export &amp;Image</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add &amp;Lane</source>
            <translation>Add &amp;Lane</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <location line="+40" />
            <source>(read-only)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Cut</source>
            <translation>Cut</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The clipboard holds no cards.</source>
            <translation>The clipboard holds no cards.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None of the copied cards fits this timeline.</source>
            <translation>None of the copied cards fits this timeline.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+15" />
            <source>Click a cell first.</source>
            <translation>Click a cell first.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>New stage</source>
            <translation>New stage</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add stage</source>
            <translation>Add stage</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Add lane</source>
            <translation>Add lane</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hide lane</source>
            <translation>Hide lane</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Show lanes</source>
            <translation>Show lanes</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/ui/window_files.py" line="+38" />
            <source>Journey maps (*.journey);;All files (*)</source>
            <translation>Journey maps (*.journey);;All files (*)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Open map</source>
            <translation>Open map</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save map as</source>
            <translation>Save map as</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“%1” is open in another window. Close it first, or choose another name.</source>
            <translation>“%1” is open in another window. Close it first, or choose another name.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Could not print the map: %1</source>
            <translation>Could not print the map: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sent to the printer</source>
            <translation>Sent to the printer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The map has no personas to draw.</source>
            <translation>The map has no personas to draw.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export %1 image</source>
            <translation>Export %1 image</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 image (*%2)</source>
            <translation>%1 image (*%2)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Export PNG image</source>
            <translation>Export PNG image</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution (dots per inch):</source>
            <translation>Resolution (dots per inch):</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not export “%1”: %2</source>
            <translation>Could not export “%1”: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exported %1</source>
            <translation>Exported %1</translation>
        </message>
    </context>
    <context>
        <name>NewMapDialog</name>
        <message>
            <location filename="../../journeydesigner/ui/new_map_dialog.py" line="+126" />
            <location line="+7" />
            <source>Welcome to Journey Designer</source>
            <translation>Welcome to Journey Designer</translation>
        </message>
        <message>
            <location line="-5" />
            <source>New map</source>
            <translation>New map</translation>
        </message>
        <message>
            <location line="+42" />
            <source>New map from a &amp;template:</source>
            <translation>New map from a &amp;template:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Template:</source>
            <translation>&amp;Template:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The language of the new map's stage and lane names</source>
            <translation>The language of the new map's stage and lane names</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Map &amp;language:</source>
            <translation>Map &amp;language:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Recent maps:</source>
            <translation>&amp;Recent maps:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recent maps</source>
            <translation>Recent maps</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (not found)</source>
            <translation>%1 (not found)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This map is no longer in %1</source>
            <translation>This map is no longer in %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No recent maps</source>
            <translation>No recent maps</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Maps you open or save will appear here.</source>
            <translation>Maps you open or save will appear here.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Open another map…</source>
            <translation>&amp;Open another map…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open a &amp;sample</source>
            <translation>Open a &amp;sample</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Complete example maps to explore; they open as new maps, the samples stay as they are</source>
            <translation>Complete example maps to explore; they open as new maps, the samples stay as they are</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Show this window at start</source>
            <translation>&amp;Show this window at start</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Open map</source>
            <translation>Open map</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Journey maps (*.journey)</source>
            <translation>Journey maps (*.journey)</translation>
        </message>
    </context>
    <context>
        <name>NumberEditor</name>
        <message>
            <location filename="../../journeydesigner/ui/inspector_fields.py" line="+119" />
            <location line="+18" />
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Type a number, such as 3.5, or leave it empty.</source>
            <translation>Type a number, such as 3.5, or leave it empty.</translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <location filename="../../journeydesigner/ui/outline.py" line="+129" />
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Journey outline</source>
            <translation>Journey outline</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personas with their stages, lanes and cards. Selecting rows selects the items on the canvas and shows them in the inspector.</source>
            <translation>Personas with their stages, lanes and cards. Selecting rows selects the items on the canvas and shows them in the inspector.</translation>
        </message>
        <message>
            <location filename="../../journeydesigner/ui/outline_texts.py" line="+35" />
            <source>(unnamed persona)</source>
            <translation>(unnamed persona)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Persona {name}. {stages} stages, {cards} cards.</source>
            <translation>Persona {name}. {stages} stages, {cards} cards.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(unnamed stage)</source>
            <translation>(unnamed stage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage {number} of {count}, {cards} cards.</source>
            <translation>Stage {number} of {count}, {cards} cards.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(hidden)</source>
            <translation>(hidden)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lane {lane} ({kind}) in stage {stage}, {cards} cards.</source>
            <translation>Lane {lane} ({kind}) in stage {stage}, {cards} cards.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The lane is hidden.</source>
            <translation>The lane is hidden.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>channel {name}</source>
            <translation>channel {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>devices {names}</source>
            <translation>devices {names}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <source>owner {name}</source>
            <translation>owner {name}</translation>
        </message>
        <message>
            <location line="-25" />
            <source>moment of truth</source>
            <translation>moment of truth</translation>
        </message>
        <message>
            <location line="+3" />
            <source>device {name}</source>
            <translation>device {name}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>emotion {score} ({label})</source>
            <translation>emotion {score} ({label})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>severity {level}</source>
            <translation>severity {level}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>priority {level}</source>
            <translation>priority {level}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>value {figure}</source>
            <translation>value {figure}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>target {figure}</source>
            <translation>target {figure}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>source {name}</source>
            <translation>source {name}</translation>
        </message>
    </context>
    <context>
        <name>PaletteDock</name>
        <message>
            <location filename="../../journeydesigner/ui/palette.py" line="+184" />
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connect cards</source>
            <translation>Connect cards</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Connection tool</source>
            <translation>Connection tool</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draws an arrow from one card to another.</source>
            <translation>Draws an arrow from one card to another.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click here, then click a card and then the card it leads to. Esc or a second click here stops the tool.</source>
            <translation>Click here, then click a card and then the card it leads to. Esc or a second click here stops the tool.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emotions</source>
            <translation>Emotions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What the customer does.</source>
            <translation>What the customer does.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Touchpoint</source>
            <translation>Touchpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A moment of contact between customer and company.</source>
            <translation>A moment of contact between customer and company.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thought</source>
            <translation>Thought</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What the customer thinks or says.</source>
            <translation>What the customer thinks or says.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pain point</source>
            <translation>Pain point</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something that hurts the customer's experience.</source>
            <translation>Something that hurts the customer's experience.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <location line="+0" />
            <source>An idea to improve the experience.</source>
            <translation>An idea to improve the experience.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A figure behind the journey, with its target.</source>
            <translation>A figure behind the journey, with its target.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A free note of the team; fits any lane but emotions.</source>
            <translation>A free note of the team; fits any lane but emotions.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drag onto a cell of the canvas, or press Enter to add it to the selected cell.</source>
            <translation>Drag onto a cell of the canvas, or press Enter to add it to the selected cell.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+3" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A phase of the journey: a new column of the timeline.</source>
            <translation>A phase of the journey: a new column of the timeline.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag between two stages of the canvas, or press Enter to add it after the selected stage.</source>
            <translation>Drag between two stages of the canvas, or press Enter to add it after the selected stage.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Emotion marker: {label} ({score})</source>
            <translation>Emotion marker: {label} ({score})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A point of the persona's emotion curve.</source>
            <translation>A point of the persona's emotion curve.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag onto the emotions lane: the height where you drop it sets the score. Enter adds it to the selected cell.</source>
            <translation>Drag onto the emotions lane: the height where you drop it sets the score. Enter adds it to the selected cell.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Device: {name}</source>
            <translation>Device: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A device the customer uses at that moment.</source>
            <translation>A device the customer uses at that moment.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drag onto a cell of the channels lane, or press Enter to add it to the selected cell.</source>
            <translation>Drag onto a cell of the channels lane, or press Enter to add it to the selected cell.</translation>
        </message>
    </context>
    <context>
        <name>PersonaSwitcher</name>
        <message>
            <location filename="../../journeydesigner/ui/persona_switcher.py" line="+108" />
            <source>The persona whose journey the canvas shows</source>
            <translation>The persona whose journey the canvas shows</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add, rename, duplicate, delete or reorder personas</source>
            <translation>Add, rename, duplicate, delete or reorder personas</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+95" />
            <source>Add persona</source>
            <translation>Add persona</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate (with cards)</source>
            <translation>Duplicate (with cards)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Duplicate (stages and lanes only)</source>
            <translation>Duplicate (stages and lanes only)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy stages and lanes from</source>
            <translation>Copy stages and lanes from</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the stages and lanes of another persona that this one lacks</source>
            <translation>Add the stages and lanes of another persona that this one lacks</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>1 stage</source>
            <translation>1 stage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n} stages</source>
            <translation>{n} stages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 lane</source>
            <translation>1 lane</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n} lanes</source>
            <translation>{n} lanes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing to add</source>
            <translation>nothing to add</translation>
        </message>
        <message>
            <location line="+50" />
            <location line="+6" />
            <source>Rename persona</source>
            <translation>Rename persona</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate persona</source>
            <translation>Duplicate persona</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate persona structure</source>
            <translation>Duplicate persona structure</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Delete the persona “{name}” with its journey ({stages} stages, {cards} cards)?
Undo brings it back.</source>
            <translation>Delete the persona “{name}” with its journey ({stages} stages, {cards} cards)?
Undo brings it back.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Delete persona</source>
            <translation>Delete persona</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Move persona</source>
            <translation>Move persona</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Copy stages and lanes from {name}</source>
            <translation>Copy stages and lanes from {name}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../journeydesigner/ui/preferences.py" line="+35" />
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A3 (297 × 420 mm)</source>
            <translation>A3 (297 × 420 mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A2 (420 × 594 mm)</source>
            <translation>A2 (420 × 594 mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A1 (594 × 841 mm)</source>
            <translation>A1 (594 × 841 mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A0 (841 × 1189 mm)</source>
            <translation>A0 (841 × 1189 mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter (8.5 × 11 in)</source>
            <translation>US Letter (8.5 × 11 in)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Legal (8.5 × 14 in)</source>
            <translation>US Legal (8.5 × 14 in)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tabloid (11 × 17 in)</source>
            <translation>Tabloid (11 × 17 in)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location line="+30" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location line="+4" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Takes effect the next time Journey Designer starts.</source>
            <translation>Takes effect the next time Journey Designer starts.</translation>
        </message>
        <message>
            <location line="+13" />
            <source> seconds</source>
            <translation> seconds</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a &amp;recovery copy every:</source>
            <translation>Save a &amp;recovery copy every:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>While a map has unsaved changes, a copy is kept so your work can be recovered after a crash.</source>
            <translation>While a map has unsaved changes, a copy is kept so your work can be recovered after a crash.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>As the system</source>
            <translation>As the system</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Windows and panels; the map stays light, as it prints</source>
            <translation>Windows and panels; the map stays light, as it prints</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Colours:</source>
            <translation>&amp;Colours:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the &amp;welcome window at start</source>
            <translation>Show the &amp;welcome window at start</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New maps</source>
            <translation>New maps</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Template:</source>
            <translation>&amp;Template:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The language of the stage and lane names of new maps</source>
            <translation>The language of the stage and lane names of new maps</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Map language:</source>
            <translation>&amp;Map language:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Paper size:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Millimetres</source>
            <translation>Millimetres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inches</source>
            <translation>Inches</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Units:</source>
            <translation>&amp;Units:</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../journeydesigner/ui/printing.py" line="+95" />
            <source>The printer could not be started.</source>
            <translation>The printer could not be started.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The printer refused a new page.</source>
            <translation>The printer refused a new page.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Page %1 could not be rendered.</source>
            <translation>Page %1 could not be rendered.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The PDF to print could not be read.</source>
            <translation>The PDF to print could not be read.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../../journeydesigner/ui/prompts.py" line="+34" />
            <source>today at %1</source>
            <translation>today at %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Save Anyway</source>
            <translation>&amp;Save Anyway</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not open the map.

%1</source>
            <translation>Could not open the map.

%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save “%1” in %2.</source>
            <translation>Could not save “%1” in %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The cause: %1.

Your map is still open with all its changes, and the file on disk is as it was. Use Save As to keep the map somewhere else.</source>
            <translation>The cause: %1.

Your map is still open with all its changes, and the file on disk is as it was. Use Save As to keep the map somewhere else.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1 on %2 since %3</source>
            <translation>%1 on %2 since %3</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+34" />
            <source>“%1” is being edited by %2.</source>
            <translation>“%1” is being edited by %2.</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Open it read-only to look at it and save a copy under another name. Open it anyway only if you are sure nobody is editing it any more: whoever saves last overwrites the other's changes.</source>
            <translation>Open it read-only to look at it and save a copy under another name. Open it anyway only if you are sure nobody is editing it any more: whoever saves last overwrites the other's changes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open &amp;Read-Only</source>
            <translation>Open &amp;Read-Only</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;Anyway</source>
            <translation>Open &amp;Anyway</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Saving over it now replaces their map with yours. Save anyway?</source>
            <translation>Saving over it now replaces their map with yours. Save anyway?</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reload it and lose the changes you have not saved, or keep your version?</source>
            <translation>Reload it and lose the changes you have not saved, or keep your version?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reload it to see the new version, or keep the version in this window?</source>
            <translation>Reload it to see the new version, or keep the version in this window?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“%1” was changed by another program or person.</source>
            <translation>“%1” was changed by another program or person.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keep My Version</source>
            <translation>&amp;Keep My Version</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“%1” was changed by another program or person since you opened it.</source>
            <translation>“%1” was changed by another program or person since you opened it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saving now replaces that version with yours. Save anyway, or use Save As to keep both?</source>
            <translation>Saving now replaces that version with yours. Save anyway, or use Save As to keep both?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>“%1” was moved, renamed or deleted outside Journey Designer.

Your map is still open here. Save it to write the file again.</source>
            <translation>“%1” was moved, renamed or deleted outside Journey Designer.

Your map is still open here. Save it to write the file again.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save the changes to “%1” before closing?</source>
            <translation>Save the changes to “%1” before closing?</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <location filename="../../journeydesigner/ui/recent_menu.py" line="+34" />
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No recent maps</source>
            <translation>No recent maps</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Remove &amp;Missing Files</source>
            <translation>Remove &amp;Missing Files</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove the maps that can no longer be found from this list</source>
            <translation>Remove the maps that can no longer be found from this list</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Clear Menu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Empty the list of recent maps (the files are not deleted)</source>
            <translation>Empty the list of recent maps (the files are not deleted)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (not found)</source>
            <translation>%1 (not found)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not found in %1</source>
            <translation>Not found in %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Map not found</source>
            <translation>Map not found</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1” is no longer in %2.

Remove it from the list of recent maps?</source>
            <translation>“%1” is no longer in %2.

Remove it from the list of recent maps?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../journeydesigner/ui/recovery_dialog.py" line="+40" />
            <source>Recover unsaved maps — %1</source>
            <translation>Recover unsaved maps — %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Journey Designer did not close normally. These maps had changes that were not saved; a recovery copy of each was kept. Restore the ones you want: they open as unsaved maps, so you can look at them before saving.</source>
            <translation>Journey Designer did not close normally. These maps had changes that were not saved; a recovery copy of each was kept. Restore the ones you want: they open as unsaved maps, so you can look at them before saving.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Recoverable maps</source>
            <translation>Recoverable maps</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy kept at</source>
            <translation>Copy kept at</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Original file</source>
            <translation>Original file</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Never saved</source>
            <translation>Never saved</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Discard…</source>
            <translation>&amp;Discard…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decide &amp;Later</source>
            <translation>Decide &amp;Later</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the copies and ask again at the next start</source>
            <translation>Keep the copies and ask again at the next start</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Delete the recovery copies of %1 map(s)? Their unsaved changes will be lost.</source>
            <translation>Delete the recovery copies of %1 map(s)? Their unsaved changes will be lost.</translation>
        </message>
    </context>
    <context>
        <name>WidthEditor</name>
        <message>
            <location filename="../../journeydesigner/ui/inspector_fields.py" line="+214" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
    </context>
</TS>

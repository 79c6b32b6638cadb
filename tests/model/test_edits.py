"""Every edit operation, by example: its effect, its exact inverse and its redo.

Each successful edit goes through :func:`check_edit`: apply → expected state;
the returned inverse → the original ``model_dump()`` exactly; the inverse's
inverse → the changed state again. After every step the id index must equal a
freshly built one and the map must pass its integrity check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from journeydesigner.model import (
    ActionCard,
    Channel,
    Connection,
    Device,
    DeviceCard,
    EmotionCard,
    EmotionLevel,
    EmotionScale,
    ImageAvatar,
    JourneyMap,
    Lane,
    NoteCard,
    Persona,
    Stage,
    ThoughtCard,
    Timeline,
    TouchpointCard,
    limits,
)
from journeydesigner.model.edits import (
    AddCard,
    AddCatalogueEntry,
    AddConnection,
    AddLane,
    AddPersona,
    AddStage,
    Edit,
    EditError,
    MoveCard,
    MoveLane,
    MovePersona,
    MoveStage,
    RemoveCards,
    RemoveCatalogueEntry,
    RemoveConnection,
    RemoveLane,
    RemovePersona,
    RemoveStage,
    UpdateItem,
    UpdateMap,
    apply_all,
    cell_cards,
    cell_position,
)
from journeydesigner.model.index import MapIndex
from journeydesigner.model.journey import check_integrity

PNG_1X1 = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\x00\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


# ---------------------------------------------------------------- the map under test


def build() -> JourneyMap:
    """Two personas. Ana's cell (s1, act) holds a1, a3, a4, interleaved with other cells."""
    ana = Persona(
        id="ana",
        name="Ana",
        role="Student",
        goals=["Pay less"],
        timeline=Timeline(
            stages=[
                Stage(id="s1", name="Discover"),
                Stage(id="s2", name="Buy"),
                Stage(id="s3", name="Use"),
            ],
            lanes=[
                Lane(id="act", kind="actions", name="Actions"),
                Lane(id="tp", kind="touchpoints", name="Touchpoints"),
                Lane(id="emo", kind="emotions", name="Emotions"),
                Lane(id="notes", kind="notes", name="Notes"),
            ],
            cards=[
                ActionCard(id="a1", stage="s1", lane="act", title="Search"),
                TouchpointCard(id="t1", stage="s1", lane="tp", channel="web", devices=["mobile"]),
                ActionCard(id="a2", stage="s2", lane="act"),
                EmotionCard(id="e1", stage="s1", lane="emo", score=-1),
                ActionCard(id="a3", stage="s1", lane="act"),
                NoteCard(id="n1", stage="s2", lane="notes"),
                EmotionCard(id="e2", stage="s2", lane="emo", score=2),
                ActionCard(id="a4", stage="s1", lane="act"),
                TouchpointCard(id="t2", stage="s2", lane="tp", channel="app"),
                DeviceCard(id="d1", stage="s3", lane="notes", device="kiosk"),
            ],
            connections=[
                Connection(id="k1", source="a1", target="a2"),
                Connection(id="k2", source="t1", target="t2"),
                Connection(id="k3", source="a3", target="e2"),
                Connection(id="k4", source="a4", target="a1", label="again"),
                Connection(id="k5", source="n1", target="d1"),
            ],
        ),
    )
    bo = Persona(
        id="bo",
        name="Bo",
        timeline=Timeline(
            stages=[Stage(id="b-s1", name="Discover")],
            lanes=[Lane(id="b-act", kind="actions", name="Actions")],
            cards=[
                ActionCard(id="b1", stage="b-s1", lane="b-act"),
                ActionCard(id="b2", stage="b-s1", lane="b-act"),
            ],
            connections=[Connection(id="bk1", source="b1", target="b2")],
        ),
    )
    return JourneyMap.new("Journey", "en", personas=[ana, bo])


# ---------------------------------------------------------------- checks


def assert_consistent(journey: JourneyMap) -> None:
    """The index equals a fresh one (same keys, same objects) and the map is sound."""
    index, fresh = journey.index, MapIndex.build(journey)
    assert index.catalogue == fresh.catalogue
    assert index.personas.keys() == fresh.personas.keys()
    for key, persona in fresh.personas.items():
        assert index.personas[key] is persona
    for table in ("stages", "lanes", "cards", "connections"):
        mine, theirs = getattr(index, table), getattr(fresh, table)
        assert mine.keys() == theirs.keys(), table
        for key, (owner, item) in theirs.items():
            assert mine[key][0] is owner, (table, key)
            assert mine[key][1] is item, (table, key)
    check_integrity(journey)
    assert JourneyMap.model_validate(journey.model_dump()).model_dump() == journey.model_dump()


def check_edit(journey: JourneyMap, edit: Edit, expect: Callable[[JourneyMap], None]) -> Edit:
    """Apply *edit*, check its effect, undo it exactly, redo it; return the inverse.

    The map is left changed (as after the first apply).
    """
    assert_consistent(journey)
    before = journey.model_dump()
    inverse = edit.apply(journey)
    assert_consistent(journey)
    expect(journey)
    after = journey.model_dump()
    redo = inverse.apply(journey)
    assert_consistent(journey)
    assert journey.model_dump() == before
    undo = redo.apply(journey)
    assert_consistent(journey)
    assert journey.model_dump() == after
    expect(journey)
    # And round once more, through the edits the redo produced.
    undo.apply(journey).apply(journey)
    assert journey.model_dump() == after
    assert_consistent(journey)
    return inverse


def assert_refused(journey: JourneyMap, edit: Edit, match: str | None = None) -> None:
    """*edit* raises EditError and leaves the map exactly as it was."""
    before = journey.model_dump()
    with pytest.raises(EditError, match=match):
        edit.apply(journey)
    assert journey.model_dump() == before
    assert_consistent(journey)


def persona(journey: JourneyMap, pid: str = "ana") -> Persona:
    return journey.index.personas[pid]


def card_ids(journey: JourneyMap, pid: str = "ana") -> list[str]:
    return [c.id for c in persona(journey, pid).timeline.cards]


def connection_ids(journey: JourneyMap, pid: str = "ana") -> list[str]:
    return [k.id for k in persona(journey, pid).timeline.connections]


def stage_ids(journey: JourneyMap, pid: str = "ana") -> list[str]:
    return [s.id for s in persona(journey, pid).timeline.stages]


def lane_ids(journey: JourneyMap, pid: str = "ana") -> list[str]:
    return [lane.id for lane in persona(journey, pid).timeline.lanes]


def cell(journey: JourneyMap, stage: str, lane: str, pid: str = "ana") -> list[str]:
    return [c.id for c in cell_cards(persona(journey, pid).timeline, stage, lane)]


def item(journey: JourneyMap, identifier: str) -> Any:
    index = journey.index
    for table in (index.cards, index.stages, index.lanes, index.connections):
        if identifier in table:
            return table[identifier][1]
    if identifier in index.personas:
        return index.personas[identifier]
    return next(e for e in (*journey.channels, *journey.devices) if e.id == identifier)


ORIGINAL_CARDS = ["a1", "t1", "a2", "e1", "a3", "n1", "e2", "a4", "t2", "d1"]


def test_the_map_under_test() -> None:
    journey = build()
    assert_consistent(journey)
    assert card_ids(journey) == ORIGINAL_CARDS
    assert cell(journey, "s1", "act") == ["a1", "a3", "a4"]
    assert cell_position(persona(journey).timeline, item(journey, "a4")) == 2


# ---------------------------------------------------------------- UpdateMap


def test_update_map_title_and_fields() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert j.title == "Renamed"
        assert j.authors == ["Ana", "Bo"]
        assert j.organisation == "ACME"

    inverse = check_edit(
        journey, UpdateMap({"title": "Renamed", "authors": ["Ana", "Bo"], "organisation": "ACME"}), expect
    )
    assert isinstance(inverse, UpdateMap)
    assert dict(inverse.changes) == {"title": "Journey", "authors": [], "organisation": ""}


def test_update_map_emotion_scale_kept_scores() -> None:
    journey = build()
    # −1 and 2 are in use: a scale with just those two is fine.
    narrow = EmotionScale(levels=[EmotionLevel(score=-1, label="bad"), EmotionLevel(score=2, label="good")])

    def expect(j: JourneyMap) -> None:
        assert j.emotion_scale.scores() == [-1, 2]

    check_edit(journey, UpdateMap({"emotion_scale": narrow}), expect)
    wide = {"levels": [{"score": s, "label": str(s)} for s in range(-3, 4)]}

    def expect_wide(j: JourneyMap) -> None:
        assert j.emotion_scale.scores() == list(range(-3, 4))

    check_edit(journey, UpdateMap({"emotion_scale": wide}), expect_wide)


def test_update_map_emotion_scale_refused_when_marker_falls_off() -> None:
    journey = build()
    no_minus_one = {"levels": [{"score": s, "label": str(s)} for s in (-2, 0, 1, 2)]}
    assert_refused(journey, UpdateMap({"emotion_scale": no_minus_one}), "'e1'")
    # the same, with the title changed too: nothing at all changes
    assert_refused(journey, UpdateMap({"title": "x", "emotion_scale": no_minus_one}))


def test_update_map_refusals() -> None:
    journey = build()
    assert_refused(journey, UpdateMap({"personas": []}), "cannot change personas")
    assert_refused(journey, UpdateMap({"channels": []}))
    assert_refused(journey, UpdateMap({"title": "x" * 301}))
    assert_refused(journey, UpdateMap({"language": "Spanish"}))
    assert_refused(journey, UpdateMap({"emotion_scale": {"levels": [{"score": 1, "label": "a"}]}}))
    assert_refused(journey, UpdateMap({"emotion_scale": {"levels": [{"score": 1, "label": "a"}] * 2}}))
    assert_refused(journey, UpdateMap({"title": "t", "bogus": 1}), "bogus")


# ---------------------------------------------------------------- UpdateItem


def test_update_card_title() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert item(j, "a1").title == "Compare prices"
        assert item(j, "a1").description == "online"
        assert card_ids(j) == ORIGINAL_CARDS

    inverse = check_edit(
        journey, UpdateItem("a1", {"title": "Compare prices", "description": "online"}), expect
    )
    assert inverse == UpdateItem("a1", {"title": "Search", "description": ""})


def test_update_touchpoint_devices_and_channel() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert item(j, "t1").devices == ["desktop", "mobile"]

    check_edit(journey, UpdateItem("t1", {"devices": ["desktop", "mobile"]}), expect)

    def expect_channel(j: JourneyMap) -> None:
        assert item(j, "t1").channel == "phone"
        assert item(j, "t1").moment_of_truth is True

    check_edit(journey, UpdateItem("t1", {"channel": "phone", "moment_of_truth": True}), expect_channel)

    def expect_none(j: JourneyMap) -> None:
        assert item(j, "t1").channel is None
        assert item(j, "t1").devices == []

    check_edit(journey, UpdateItem("t1", {"channel": None, "devices": []}), expect_none)
    assert_refused(journey, UpdateItem("t1", {"devices": ["mobile", "watch"]}), "watch")
    assert_refused(journey, UpdateItem("t1", {"devices": ["mobile", "mobile"]}), "twice")
    assert_refused(journey, UpdateItem("t1", {"devices": ["web"]}))  # a channel, not a device
    assert_refused(journey, UpdateItem("t1", {"channel": "fax"}), "fax")
    assert_refused(journey, UpdateItem("t1", {"devices": "mobile"}))
    assert_refused(journey, UpdateItem("d1", {"device": "watch"}))


def test_update_emotion_score() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert item(j, "e1").score == -2

    check_edit(journey, UpdateItem("e1", {"score": -2}), expect)
    assert_refused(journey, UpdateItem("e1", {"score": 3}), "not on the emotion scale")
    assert_refused(journey, UpdateItem("e1", {"score": -5}))
    assert_refused(journey, UpdateItem("e1", {"score": "very"}))


def test_update_other_card_fields() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert item(j, "d1").device == "tablet"

    check_edit(journey, UpdateItem("d1", {"device": "tablet"}), expect)
    assert_refused(journey, UpdateItem("a1", {"score": 1}), "no field score")
    assert_refused(journey, UpdateItem("a1", {"title": "x" * 301}))


def test_update_lane_kind() -> None:
    journey = build()

    # The notes lane holds a note and a device card: a channels lane accepts both.
    def expect(j: JourneyMap) -> None:
        assert item(j, "notes").kind == "channels"
        assert item(j, "notes").name == "Devices"

    check_edit(journey, UpdateItem("notes", {"kind": "channels", "name": "Devices"}), expect)
    # An actions lane cannot become an emotions or thoughts lane while it holds actions.
    assert_refused(journey, UpdateItem("act", {"kind": "emotions"}), "action")
    assert_refused(journey, UpdateItem("act", {"kind": "thoughts"}), "action")
    # nor the emotions lane an actions lane
    assert_refused(journey, UpdateItem("emo", {"kind": "actions"}), "emotion")
    # the notes lane (now channels) cannot become an actions lane: it holds a device card
    assert_refused(journey, UpdateItem("notes", {"kind": "actions"}))
    assert_refused(journey, UpdateItem("act", {"kind": "feelings"}))

    # An empty lane can become anything.
    AddLane("ana", Lane(id="empty", kind="actions", name="Empty")).apply(journey)

    def expect_emotions(j: JourneyMap) -> None:
        assert item(j, "empty").kind == "emotions"

    check_edit(journey, UpdateItem("empty", {"kind": "emotions"}), expect_emotions)


def test_update_lane_hidden_and_stage_fields() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert item(j, "tp").hidden is True
        assert item(j, "s2").width == 400.0
        assert item(j, "s2").color == "#112233"

    check_edit(journey, UpdateItem("tp", {"hidden": True}), lambda j: None)
    check_edit(journey, UpdateItem("s2", {"width": 400.0, "color": "#112233"}), expect)
    assert_refused(journey, UpdateItem("s2", {"width": 10}))
    assert_refused(journey, UpdateItem("s2", {"color": "blue"}))


def test_update_connection() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert (item(j, "k1").source, item(j, "k1").target, item(j, "k1").label) == ("a3", "a2", "then")

    check_edit(journey, UpdateItem("k1", {"source": "a3", "label": "then"}), expect)
    assert_refused(journey, UpdateItem("k1", {"target": "a3"}), "itself")
    assert_refused(journey, UpdateItem("k1", {"target": "b1"}), "b1")  # another persona's card
    assert_refused(journey, UpdateItem("k1", {"target": "ghost"}))
    assert_refused(journey, UpdateItem("k1", {"target": "s1"}))  # not a card


def test_update_persona_profile() -> None:
    journey = build()
    avatar = ImageAvatar.from_bytes(PNG_1X1)

    def expect(j: JourneyMap) -> None:
        ana = persona(j)
        assert ana.name == "Ana María"
        assert ana.role == "Engineer"
        assert ana.goals == ["Save time", "Pay less"]
        assert ana.frustrations == ["Queues"]
        assert ana.quote == "Just let me pay"
        assert ana.color == "#AA0000"
        assert isinstance(ana.avatar, ImageAvatar)
        assert ana.avatar.image_bytes() == PNG_1X1
        assert card_ids(j) == ORIGINAL_CARDS

    changes = {
        "name": "Ana María",
        "role": "Engineer",
        "goals": ["Save time", "Pay less"],
        "frustrations": ["Queues"],
        "quote": "Just let me pay",
        "color": "#AA0000",
        "avatar": avatar.model_dump(),
    }
    check_edit(journey, UpdateItem("ana", changes), expect)
    assert_refused(journey, UpdateItem("ana", {"color": "#12345"}))
    assert_refused(journey, UpdateItem("ana", {"goals": "Save time"}))
    assert_refused(
        journey, UpdateItem("ana", {"avatar": {"kind": "image", "media_type": "image/png", "data": "!!"}})
    )
    assert_refused(journey, UpdateItem("ana", {"timeline": Timeline()}), "timeline")
    assert_refused(journey, UpdateItem("ana", {"age": 30}), "no field age")


def test_update_catalogue_entries() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert item(j, "web").name == "Website"
        assert item(j, "web").icon == "globe"

    check_edit(journey, UpdateItem("web", {"name": "Website", "icon": "globe"}), expect)

    def expect_device(j: JourneyMap) -> None:
        assert item(j, "kiosk").online is False

    check_edit(journey, UpdateItem("kiosk", {"online": False}), expect_device)
    assert_refused(journey, UpdateItem("web", {"icon": "Globe!"}))


def test_update_item_refusals() -> None:
    journey = build()
    for frozen in ("id", "type", "stage", "lane", "timeline"):
        assert_refused(journey, UpdateItem("a1", {frozen: "x"}), "cannot change")
    assert_refused(journey, UpdateItem("web", {"id": "www"}), "cannot change")
    assert_refused(journey, UpdateItem("ghost", {"title": "x"}), "unknown item")


# ---------------------------------------------------------------- personas


def new_persona(pid: str = "cy", prefix: str = "c") -> Persona:
    return Persona(
        id=pid,
        name="Cy",
        timeline=Timeline(
            stages=[Stage(id=f"{prefix}-s", name="S")],
            lanes=[Lane(id=f"{prefix}-l", kind="touchpoints", name="T")],
            cards=[
                TouchpointCard(id=f"{prefix}-c1", stage=f"{prefix}-s", lane=f"{prefix}-l", channel="web"),
                NoteCard(id=f"{prefix}-c2", stage=f"{prefix}-s", lane=f"{prefix}-l"),
            ],
            connections=[Connection(id=f"{prefix}-k", source=f"{prefix}-c1", target=f"{prefix}-c2")],
        ),
    )


@pytest.mark.parametrize(
    "index, order",
    [
        (None, ["ana", "bo", "cy"]),
        (0, ["cy", "ana", "bo"]),
        (1, ["ana", "cy", "bo"]),
        (9, ["ana", "bo", "cy"]),
    ],
)
def test_add_persona(index: int | None, order: list[str]) -> None:
    journey = build()
    cy = new_persona()

    def expect(j: JourneyMap) -> None:
        assert [p.id for p in j.personas] == order
        assert card_ids(j, "cy") == ["c-c1", "c-c2"]
        assert j.index.cards["c-c1"][0] is persona(j, "cy")

    inverse = check_edit(journey, AddPersona(cy, index), expect)
    assert inverse == RemovePersona("cy")
    # The map holds a copy: changing the original afterwards changes nothing.
    cy.name = "changed"
    cy.timeline.cards.clear()
    assert persona(journey, "cy").name == "Cy"
    assert card_ids(journey, "cy") == ["c-c1", "c-c2"]


def test_add_persona_with_clashing_ids_is_refused() -> None:
    journey = build()
    assert_refused(journey, AddPersona(new_persona(pid="ana")), "'ana'")
    assert_refused(journey, AddPersona(new_persona(pid="web")), "'web'")
    clash = new_persona()
    clash.timeline.cards[1].id = "a1"
    assert_refused(journey, AddPersona(clash), "'a1'")
    clash = new_persona()
    clash.timeline.stages[0].id = "cy"  # clashes inside the new persona itself
    assert_refused(journey, AddPersona(clash), "'cy'")


def test_add_persona_with_bad_references_is_refused() -> None:
    journey = build()
    bad = new_persona()
    bad.timeline.cards[0].channel = "fax"  # type: ignore[union-attr]
    assert_refused(journey, AddPersona(bad), "fax")
    bad = new_persona()
    bad.timeline.cards.append(EmotionCard(id="c-e", stage="c-s", lane="c-l", score=0))
    assert_refused(journey, AddPersona(bad))
    bad = new_persona()
    bad.timeline.connections.append(Connection(id="c-k2", source="c-c1", target="a1"))
    assert_refused(journey, AddPersona(bad), "a1")
    bad = new_persona()
    bad.timeline.connections.append(Connection(id="c-k2", source="c-c2", target="c-c2"))
    assert_refused(journey, AddPersona(bad), "itself")


@pytest.mark.parametrize("pid, position", [("ana", 0), ("bo", 1)])
def test_remove_persona(pid: str, position: int) -> None:
    journey = build()
    removed = persona(journey, pid)
    taken = [
        *stage_ids(journey, pid),
        *lane_ids(journey, pid),
        *card_ids(journey, pid),
        *connection_ids(journey, pid),
    ]

    def expect(j: JourneyMap) -> None:
        assert pid not in [p.id for p in j.personas]
        for identifier in [pid, *taken]:
            assert identifier not in j.index

    inverse = check_edit(journey, RemovePersona(pid), expect)
    assert isinstance(inverse, AddPersona)
    assert inverse.index == position
    assert inverse.persona is removed
    assert_refused(journey, RemovePersona("ghost"), "unknown persona")


def test_move_persona() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert [p.id for p in j.personas] == ["bo", "ana"]

    assert check_edit(journey, MovePersona("ana", 1), expect) == MovePersona("ana", 0)
    check_edit(journey, MovePersona("ana", 0), lambda j: None)  # stays put
    AddPersona(new_persona()).apply(journey)

    def expect_three(j: JourneyMap) -> None:
        assert [p.id for p in j.personas] == ["cy", "ana", "bo"]

    check_edit(journey, MovePersona("cy", 0), expect_three)
    assert_refused(journey, MovePersona("ana", 3), "outside")
    assert_refused(journey, MovePersona("ana", -1), "outside")
    assert_refused(journey, MovePersona("ghost", 0), "unknown persona")


# ---------------------------------------------------------------- catalogues


def test_add_catalogue_entries() -> None:
    journey = build()
    n_channels, n_devices = len(journey.channels), len(journey.devices)

    def expect(j: JourneyMap) -> None:
        assert [c.id for c in j.channels][1] == "whatsapp"
        assert len(j.channels) == n_channels + 1
        assert "whatsapp" in j.index

    check_edit(journey, AddCatalogueEntry(Channel(id="whatsapp", name="WhatsApp"), 1), expect)

    def expect_device(j: JourneyMap) -> None:
        assert j.devices[-1].id == "watch"
        assert len(j.devices) == n_devices + 1

    check_edit(journey, AddCatalogueEntry(Device(id="watch", name="Watch")), expect_device)
    # the new device can now be used
    UpdateItem("t1", {"devices": ["watch"]}).apply(journey)
    assert_consistent(journey)


def test_add_catalogue_entry_with_clashing_id_is_refused() -> None:
    journey = build()
    assert_refused(journey, AddCatalogueEntry(Channel(id="web", name="Web 2")), "'web'")
    assert_refused(journey, AddCatalogueEntry(Device(id="web", name="Web device")), "'web'")
    assert_refused(journey, AddCatalogueEntry(Device(id="a1", name="A card id")), "'a1'")
    assert_refused(journey, AddCatalogueEntry(Channel(id="ana", name="A persona id")), "'ana'")


def test_remove_catalogue_entry() -> None:
    journey = build()
    position = [c.id for c in journey.channels].index("sms")

    def expect(j: JourneyMap) -> None:
        assert "sms" not in [c.id for c in j.channels]
        assert "sms" not in j.index

    inverse = check_edit(journey, RemoveCatalogueEntry("sms"), expect)
    assert isinstance(inverse, AddCatalogueEntry)
    assert inverse.index == position

    def expect_device(j: JourneyMap) -> None:
        assert "desktop" not in [d.id for d in j.devices]

    check_edit(journey, RemoveCatalogueEntry("desktop"), expect_device)


def test_remove_catalogue_entry_refused_while_used() -> None:
    journey = build()
    assert_refused(journey, RemoveCatalogueEntry("web"), "used by a card of 'Ana'")  # t1's channel
    assert_refused(journey, RemoveCatalogueEntry("mobile"), "used")  # in t1's devices
    assert_refused(journey, RemoveCatalogueEntry("kiosk"), "used")  # the device card d1
    assert_refused(journey, RemoveCatalogueEntry("ghost"), "unknown")
    assert_refused(journey, RemoveCatalogueEntry("a1"), "unknown")
    # once no card uses it, it can go
    RemoveCards(("d1",)).apply(journey)
    check_edit(journey, RemoveCatalogueEntry("kiosk"), lambda j: None)


# ---------------------------------------------------------------- stages and lanes


@pytest.mark.parametrize(
    "index, order",
    [
        (None, ["s1", "s2", "s3", "new"]),
        (0, ["new", "s1", "s2", "s3"]),
        (2, ["s1", "s2", "new", "s3"]),
        (-5, ["new", "s1", "s2", "s3"]),
        (99, ["s1", "s2", "s3", "new"]),
    ],
)
def test_add_stage(index: int | None, order: list[str]) -> None:
    journey = build()
    stage = Stage(id="new", name="New")

    def expect(j: JourneyMap) -> None:
        assert stage_ids(j) == order
        assert j.index.stages["new"][0] is persona(j)

    assert check_edit(journey, AddStage("ana", stage, index), expect) == RemoveStage("new")
    assert item(journey, "new") is not stage  # a copy


def test_add_stage_and_lane_refusals() -> None:
    journey = build()
    assert_refused(journey, AddStage("ana", Stage(id="s1", name="again")), "'s1'")
    assert_refused(journey, AddStage("ana", Stage(id="b-s1", name="other persona's")), "'b-s1'")
    assert_refused(journey, AddStage("ghost", Stage(id="new", name="x")), "unknown persona")
    assert_refused(journey, AddLane("ana", Lane(id="act", kind="notes", name="again")), "'act'")
    assert_refused(journey, AddLane("ana", Lane(id="mobile", kind="notes", name="device id")), "'mobile'")
    assert_refused(journey, AddLane("ghost", Lane(id="new", kind="notes", name="x")), "unknown persona")


@pytest.mark.parametrize(
    "index, order", [(None, ["act", "tp", "emo", "notes", "new"]), (1, ["act", "new", "tp", "emo", "notes"])]
)
def test_add_lane(index: int | None, order: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert lane_ids(j) == order

    check_edit(journey, AddLane("ana", Lane(id="new", kind="thoughts", name="Thoughts"), index), expect)
    check_edit(journey, AddCard("ana", ThoughtCard(id="th", stage="s3", lane="new")), lambda j: None)


def test_remove_stage_takes_cards_and_connections() -> None:
    journey = build()
    original = journey.model_dump()

    def expect(j: JourneyMap) -> None:
        assert stage_ids(j) == ["s2", "s3"]
        # a1, t1, e1, a3, a4 were in s1
        assert card_ids(j) == ["a2", "n1", "e2", "t2", "d1"]
        # k1 a1→a2, k2 t1→t2, k3 a3→e2, k4 a4→a1 touched s1
        assert connection_ids(j) == ["k5"]
        for gone in ("s1", "a1", "t1", "e1", "a3", "a4", "k1", "k2", "k3", "k4"):
            assert gone not in j.index

    undo_1 = check_edit(journey, RemoveStage("s1"), expect)
    # check_edit leaves the stage removed; remove a second one, then undo both in
    # reverse order: the exact original comes back.
    undo_2 = RemoveStage("s2").apply(journey)
    assert stage_ids(journey) == ["s3"]
    assert card_ids(journey) == ["d1"]
    assert connection_ids(journey) == []
    assert_consistent(journey)
    undo_2.apply(journey)
    assert card_ids(journey) == ["a2", "n1", "e2", "t2", "d1"]
    assert_consistent(journey)
    undo_1.apply(journey)
    assert journey.model_dump() == original
    assert_consistent(journey)


def test_remove_middle_stage_restores_positions() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert stage_ids(j) == ["s1", "s3"]
        assert card_ids(j) == ["a1", "t1", "e1", "a3", "a4", "d1"]
        assert connection_ids(j) == ["k4"]

    check_edit(journey, RemoveStage("s2"), expect)
    assert_refused(journey, RemoveStage("ghost"), "unknown stage")
    assert_refused(journey, RemoveStage("act"), "unknown stage")


def test_remove_lane_takes_cards_and_connections() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert lane_ids(j) == ["tp", "emo", "notes"]
        assert card_ids(j) == ["t1", "e1", "n1", "e2", "t2", "d1"]
        assert connection_ids(j) == ["k2", "k5"]

    check_edit(journey, RemoveLane("act"), expect)
    journey = build()

    def expect_last(j: JourneyMap) -> None:
        assert lane_ids(j) == ["act", "tp", "emo"]
        assert card_ids(j) == ["a1", "t1", "a2", "e1", "a3", "e2", "a4", "t2"]
        assert connection_ids(j) == ["k1", "k2", "k3", "k4"]

    check_edit(journey, RemoveLane("notes"), expect_last)
    assert_refused(journey, RemoveLane("ghost"), "unknown lane")
    assert_refused(journey, RemoveLane("s1"), "unknown lane")


def test_remove_empty_stage_and_lane() -> None:
    journey = build()
    AddStage("ana", Stage(id="empty-s", name="E"), 1).apply(journey)
    AddLane("ana", Lane(id="empty-l", kind="notes", name="E"), 0).apply(journey)

    def expect(j: JourneyMap) -> None:
        assert stage_ids(j) == ["s1", "s2", "s3"]
        assert card_ids(j) == ORIGINAL_CARDS

    check_edit(journey, RemoveStage("empty-s"), expect)
    check_edit(journey, RemoveLane("empty-l"), lambda j: None)


@pytest.mark.parametrize(
    "stage, index, order",
    [
        ("s1", 2, ["s2", "s3", "s1"]),
        ("s3", 0, ["s3", "s1", "s2"]),
        ("s2", 1, ["s1", "s2", "s3"]),
        ("s1", 1, ["s2", "s1", "s3"]),
    ],
)
def test_move_stage(stage: str, index: int, order: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert stage_ids(j) == order
        assert card_ids(j) == ORIGINAL_CARDS  # cards stay in their cells

    check_edit(journey, MoveStage(stage, index), expect)


@pytest.mark.parametrize(
    "lane, index, order",
    [
        ("act", 3, ["tp", "emo", "notes", "act"]),
        ("notes", 0, ["notes", "act", "tp", "emo"]),
        ("emo", 1, ["act", "emo", "tp", "notes"]),
    ],
)
def test_move_lane(lane: str, index: int, order: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert lane_ids(j) == order

    check_edit(journey, MoveLane(lane, index), expect)


def test_move_stage_and_lane_refusals() -> None:
    journey = build()
    assert_refused(journey, MoveStage("s1", 3), "outside")
    assert_refused(journey, MoveStage("s1", -1), "outside")
    assert_refused(journey, MoveStage("ghost", 0), "unknown stage")
    assert_refused(journey, MoveStage("b-s1", 1), "outside")  # Bo has one stage
    assert_refused(journey, MoveLane("act", 4), "outside")
    assert_refused(journey, MoveLane("ghost", 0), "unknown lane")


# ---------------------------------------------------------------- cards


@pytest.mark.parametrize(
    "position, expected_cell",
    [
        (None, ["a1", "a3", "a4", "new"]),
        (0, ["new", "a1", "a3", "a4"]),
        (1, ["a1", "new", "a3", "a4"]),
        (2, ["a1", "a3", "new", "a4"]),
        (3, ["a1", "a3", "a4", "new"]),
        (50, ["a1", "a3", "a4", "new"]),
        (-1, ["new", "a1", "a3", "a4"]),
    ],
)
def test_add_card_positions(position: int | None, expected_cell: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert cell(j, "s1", "act") == expected_cell
        assert j.index.cards["new"][0] is persona(j)

    inverse = check_edit(
        journey, AddCard("ana", ActionCard(id="new", stage="s1", lane="act"), position), expect
    )
    assert inverse == RemoveCards(("new",))


def test_add_card_in_empty_cell_and_other_types() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert cell(j, "s3", "emo") == ["e3"]
        assert item(j, "e3").score == -2

    check_edit(journey, AddCard("ana", EmotionCard(id="e3", stage="s3", lane="emo", score=-2), 0), expect)

    def expect_touchpoint(j: JourneyMap) -> None:
        assert item(j, "t3").devices == ["desktop", "kiosk"]

    touchpoint = TouchpointCard(id="t3", stage="s3", lane="tp", channel="store", devices=["desktop", "kiosk"])
    check_edit(journey, AddCard("ana", touchpoint), expect_touchpoint)
    check_edit(journey, AddCard("bo", NoteCard(id="bn", stage="b-s1", lane="b-act"), 1), lambda j: None)


def test_add_card_refusals() -> None:
    journey = build()
    assert_refused(journey, AddCard("ana", EmotionCard(id="x", stage="s1", lane="act", score=0)), "lane")
    assert_refused(journey, AddCard("ana", NoteCard(id="x", stage="s1", lane="emo")), "lane")
    assert_refused(journey, AddCard("ana", ActionCard(id="x", stage="b-s1", lane="act")), "unknown stage")
    assert_refused(journey, AddCard("ana", ActionCard(id="x", stage="s1", lane="b-act")), "unknown lane")
    assert_refused(journey, AddCard("ana", ActionCard(id="a2", stage="s1", lane="act")), "'a2'")
    assert_refused(journey, AddCard("ana", ActionCard(id="web", stage="s1", lane="act")), "'web'")
    assert_refused(journey, AddCard("ana", EmotionCard(id="x", stage="s1", lane="emo", score=7)), "scale")
    assert_refused(journey, AddCard("ana", TouchpointCard(id="x", stage="s1", lane="tp", channel="fax")))
    assert_refused(journey, AddCard("ghost", ActionCard(id="x", stage="s1", lane="act")), "unknown persona")


def test_remove_cards_interleaved_across_cells() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert card_ids(j) == ["t1", "a2", "n1", "e2", "a4", "d1"]
        # k1 a1→a2, k2 t1→t2, k3 a3→e2, k4 a4→a1 touch a removed card
        assert connection_ids(j) == ["k5"]
        assert cell(j, "s1", "act") == ["a4"]

    inverse = check_edit(journey, RemoveCards(("a3", "t2", "e1", "a1")), expect)
    assert isinstance(inverse, Edit)


def test_remove_cards_keeps_other_connections() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert card_ids(j) == ["a1", "t1", "a2", "e1", "a3", "e2", "a4", "t2"]
        assert connection_ids(j) == ["k1", "k2", "k3", "k4"]

    check_edit(journey, RemoveCards(("d1", "n1")), expect)

    def expect_bo(j: JourneyMap) -> None:
        assert card_ids(j, "bo") == ["b1"]
        assert connection_ids(j, "bo") == []

    check_edit(journey, RemoveCards(("b2",)), expect_bo)


def test_remove_cards_refusals() -> None:
    journey = build()
    assert_refused(journey, RemoveCards(("a1", "b1")), "different personas")
    assert_refused(journey, RemoveCards(("a1", "ghost")), "unknown card")
    assert_refused(journey, RemoveCards(()), "no card")
    assert_refused(journey, RemoveCards(("s1",)), "unknown card")


@pytest.mark.parametrize(
    "position, expected_cell",
    [
        (0, ["a2", "a1", "a3", "a4"]),
        (1, ["a1", "a2", "a3", "a4"]),
        (2, ["a1", "a3", "a2", "a4"]),
        (3, ["a1", "a3", "a4", "a2"]),
        (None, ["a1", "a3", "a4", "a2"]),
        (17, ["a1", "a3", "a4", "a2"]),
    ],
)
def test_move_card_to_another_cell(position: int | None, expected_cell: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert cell(j, "s1", "act") == expected_cell
        assert cell(j, "s2", "act") == []
        a2 = item(j, "a2")
        assert (a2.stage, a2.lane) == ("s1", "act")
        assert cell_position(persona(j).timeline, a2) == expected_cell.index("a2")
        assert connection_ids(j) == ["k1", "k2", "k3", "k4", "k5"]

    check_edit(journey, MoveCard("a2", "s1", "act", position), expect)


@pytest.mark.parametrize(
    "card, position, expected_cell",
    [
        ("a1", 0, ["a1", "a3", "a4"]),
        ("a1", 1, ["a3", "a1", "a4"]),
        ("a1", 2, ["a3", "a4", "a1"]),
        ("a1", None, ["a3", "a4", "a1"]),
        ("a4", 0, ["a4", "a1", "a3"]),
        ("a4", 1, ["a1", "a4", "a3"]),
        ("a4", None, ["a1", "a3", "a4"]),
        ("a3", 0, ["a3", "a1", "a4"]),
        ("a3", 2, ["a1", "a4", "a3"]),
        ("a3", 99, ["a1", "a4", "a3"]),
    ],
)
def test_move_card_within_its_cell(card: str, position: int | None, expected_cell: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert cell(j, "s1", "act") == expected_cell
        # the other cells keep their order
        assert [c for c in card_ids(j) if c not in expected_cell] == [
            c for c in ORIGINAL_CARDS if c not in expected_cell
        ]

    check_edit(journey, MoveCard(card, "s1", "act", position), expect)


def test_move_card_to_an_empty_cell_and_between_lanes() -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert cell(j, "s3", "act") == ["a3"]
        assert cell(j, "s1", "act") == ["a1", "a4"]

    check_edit(journey, MoveCard("a3", "s3", "act", 0), expect)

    def expect_notes(j: JourneyMap) -> None:
        assert cell(j, "s2", "notes") == ["n1", "t1"]

    check_edit(journey, MoveCard("t1", "s2", "notes"), expect_notes)

    def expect_emotion(j: JourneyMap) -> None:
        assert cell(j, "s2", "emo") == ["e1", "e2"]

    check_edit(journey, MoveCard("e1", "s2", "emo", 0), expect_emotion)


def test_move_card_refusals() -> None:
    journey = build()
    assert_refused(journey, MoveCard("a1", "s1", "emo"), "cannot be placed")
    assert_refused(journey, MoveCard("a1", "s1", "tp", 0), "cannot be placed")
    assert_refused(journey, MoveCard("e1", "s1", "notes"), "cannot be placed")
    assert_refused(journey, MoveCard("a1", "b-s1", "act"), "unknown stage")
    assert_refused(journey, MoveCard("a1", "s1", "b-act"), "unknown lane")
    assert_refused(journey, MoveCard("ghost", "s1", "act"), "unknown card")
    assert_refused(journey, MoveCard("b1", "s1", "act"), "unknown stage")


# ---------------------------------------------------------------- connections


@pytest.mark.parametrize(
    "index, order",
    [
        (None, ["k1", "k2", "k3", "k4", "k5", "new"]),
        (0, ["new", "k1", "k2", "k3", "k4", "k5"]),
        (2, ["k1", "k2", "new", "k3", "k4", "k5"]),
    ],
)
def test_add_connection(index: int | None, order: list[str]) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert connection_ids(j) == order
        assert (item(j, "new").source, item(j, "new").target) == ("e2", "a1")

    inverse = check_edit(
        journey, AddConnection("ana", Connection(id="new", source="e2", target="a1"), index), expect
    )
    assert inverse == RemoveConnection("new")


def test_add_connection_refusals() -> None:
    journey = build()
    assert_refused(journey, AddConnection("ana", Connection(id="x", source="a1", target="b1")), "'b1'")
    assert_refused(journey, AddConnection("bo", Connection(id="x", source="a1", target="a2")), "'a1'")
    assert_refused(journey, AddConnection("ana", Connection(id="x", source="a1", target="a1")), "itself")
    assert_refused(journey, AddConnection("ana", Connection(id="x", source="a1", target="ghost")), "ghost")
    assert_refused(journey, AddConnection("ana", Connection(id="k1", source="a1", target="a3")), "'k1'")
    assert_refused(
        journey, AddConnection("ghost", Connection(id="x", source="a1", target="a3")), "unknown persona"
    )


@pytest.mark.parametrize("connection, position", [("k1", 0), ("k3", 2), ("k5", 4)])
def test_remove_connection(connection: str, position: int) -> None:
    journey = build()

    def expect(j: JourneyMap) -> None:
        assert connection not in connection_ids(j)
        assert len(connection_ids(j)) == 4
        assert card_ids(j) == ORIGINAL_CARDS

    inverse = check_edit(journey, RemoveConnection(connection), expect)
    assert isinstance(inverse, AddConnection)
    assert inverse.index == position
    assert_refused(journey, RemoveConnection("ghost"), "unknown connection")


# ---------------------------------------------------------------- apply_all


def test_apply_all_returns_inverses_in_undo_order() -> None:
    journey = build()
    original = journey.model_dump()
    edits = [
        AddStage("ana", Stage(id="s4", name="Leave")),
        AddCard("ana", ActionCard(id="a5", stage="s4", lane="act")),
        MoveCard("a1", "s4", "act", 0),
        RemoveStage("s1"),
        UpdateMap({"title": "Changed"}),
    ]
    inverses = apply_all(journey, edits)
    assert_consistent(journey)
    changed = journey.model_dump()
    assert cell(journey, "s4", "act") == ["a1", "a5"]
    assert len(inverses) == len(edits)
    assert isinstance(inverses[0], UpdateMap)
    redos = apply_all(journey, inverses)
    assert journey.model_dump() == original
    assert_consistent(journey)
    apply_all(journey, redos)
    assert journey.model_dump() == changed
    assert_consistent(journey)


def test_apply_all_rolls_back_on_failure() -> None:
    journey = build()
    original = journey.model_dump()
    edits = [
        AddStage("ana", Stage(id="s4", name="Leave"), 0),
        RemoveLane("act"),
        MoveCard("e1", "s4", "emo"),
        UpdateItem("ana", {"name": "Ana B."}),
        RemoveStage("s2"),
        AddCard("ana", ActionCard(id="a9", stage="s2", lane="act")),  # s2 and act are gone
        UpdateMap({"title": "never"}),
    ]
    with pytest.raises(EditError):
        apply_all(journey, edits)
    assert journey.model_dump() == original
    assert_consistent(journey)


def test_apply_all_of_nothing() -> None:
    journey = build()
    assert apply_all(journey, []) == []
    assert_consistent(journey)


# ---------------------------------------------------------------- the index after edits on unindexed maps


def test_edits_on_a_map_whose_index_is_not_built_yet() -> None:
    journey = build()
    assert journey._index is None
    RemoveStage("s1").apply(journey)
    assert_consistent(journey)
    revalidated = JourneyMap.model_validate(journey.model_dump())
    AddStage("ana", Stage(id="s1", name="Back"), 0).apply(revalidated)
    assert_consistent(revalidated)


def test_edits_carry_no_shared_state_between_maps() -> None:
    one, two = build(), build()
    card = ActionCard(id="shared", stage="s1", lane="act")
    AddCard("ana", card).apply(one)
    AddCard("ana", card).apply(two)
    UpdateItem("shared", {"title": "only in one"}).apply(one)
    assert item(two, "shared").title == ""
    assert_consistent(one)
    assert_consistent(two)


def test_removed_stage_can_be_restored_after_persona_round_trip() -> None:
    journey = build()
    original = journey.model_dump()
    undo_stage = RemoveStage("s2").apply(journey)
    undo_persona = RemovePersona("ana").apply(journey)
    assert_consistent(journey)
    undo_persona.apply(journey)
    assert_consistent(journey)
    undo_stage.apply(journey)
    assert_consistent(journey)
    assert journey.model_dump() == original


# ---------------------------------------------------------------- limits


def test_additions_stop_at_the_model_limits() -> None:
    """A map grown past a list limit would no longer load: the edits refuse it."""
    journey = build()
    ana = persona(journey)
    room = limits.MAX_STAGES - len(ana.timeline.stages)
    apply_all(journey, [AddStage("ana", Stage(id=f"st{i}", name="S")) for i in range(room)])
    assert len(ana.timeline.stages) == limits.MAX_STAGES
    assert_refused(journey, AddStage("ana", Stage(id="one-more", name="S")), "at most")
    room = limits.MAX_LANES - len(ana.timeline.lanes)
    apply_all(journey, [AddLane("ana", Lane(id=f"ln{i}", kind="notes", name="L")) for i in range(room)])
    assert_refused(journey, AddLane("ana", Lane(id="one-more", kind="notes", name="L")), "at most")
    room = limits.MAX_CATALOGUE_ENTRIES - len(journey.devices)
    apply_all(journey, [AddCatalogueEntry(Device(id=f"dv{i}", name="D")) for i in range(room)])
    assert_refused(journey, AddCatalogueEntry(Device(id="one-more", name="D")), "at most")
    check_edit(journey, AddCatalogueEntry(Channel(id="still-room", name="C")), lambda j: None)
    room = limits.MAX_PERSONAS - len(journey.personas)
    apply_all(journey, [AddPersona(Persona(id=f"pe{i}", name="P")) for i in range(room)])
    assert_refused(journey, AddPersona(Persona(id="one-more", name="P")), "at most")
    JourneyMap.model_validate(journey.model_dump())


def test_card_and_connection_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    journey = build()
    monkeypatch.setattr(limits, "MAX_CARDS_PER_TIMELINE", len(ORIGINAL_CARDS))
    monkeypatch.setattr(limits, "MAX_CONNECTIONS_PER_TIMELINE", 5)
    assert_refused(journey, AddCard("ana", ActionCard(id="x", stage="s1", lane="act")), "at most")
    assert_refused(journey, AddConnection("ana", Connection(id="x", source="a1", target="a3")), "at most")
    check_edit(journey, AddCard("bo", ActionCard(id="x", stage="b-s1", lane="b-act")), lambda j: None)

"""Validation rules of the document model, defaults of a new map and the id index."""

from __future__ import annotations

import base64
import struct
import zlib
from copy import deepcopy
from typing import Any

import pytest
from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from journeydesigner.model import (
    LANE_ACCEPTS,
    ActionCard,
    CardType,
    Channel,
    Connection,
    Device,
    EmotionCard,
    EmotionLevel,
    EmotionScale,
    IconAvatar,
    ImageAvatar,
    JourneyMap,
    Lane,
    LaneKind,
    NoteCard,
    Persona,
    Stage,
    Timeline,
    TouchpointCard,
    lane_accepts,
    limits,
)
from journeydesigner.model.catalogue import DEFAULT_CHANNELS, DEFAULT_DEVICES
from journeydesigner.model.ids import is_valid_id, new_id
from journeydesigner.model.index import MapIndex
from journeydesigner.model.journey import check_integrity

# ---------------------------------------------------------------- helpers


def tiny_png() -> bytes:
    """A real 1×1 RGB PNG, built by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")  # filter byte + one RGB pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def card(kind: str, card_id: str, stage: str, lane: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "id": card_id, "stage": stage, "lane": lane, **fields}


def map_data() -> dict[str, Any]:
    """A small valid map as plain data, for breaking one thing at a time."""
    data = JourneyMap.new("Map", "en").model_dump()
    data["personas"] = [
        {
            "id": "p1",
            "name": "Ana",
            "timeline": {
                "stages": [{"id": "s1", "name": "Discover"}, {"id": "s2", "name": "Buy"}],
                "lanes": [
                    {"id": "l-act", "kind": "actions", "name": "Actions"},
                    {"id": "l-tp", "kind": "touchpoints", "name": "Touchpoints"},
                    {"id": "l-emo", "kind": "emotions", "name": "Emotions"},
                    {"id": "l-ch", "kind": "channels", "name": "Channels"},
                ],
                "cards": [
                    card("action", "c1", "s1", "l-act", title="Search"),
                    card("touchpoint", "c2", "s1", "l-tp", channel="web", devices=["mobile", "desktop"]),
                    card("emotion", "c3", "s2", "l-emo", score=-2),
                    card("device", "c4", "s2", "l-ch", device="tablet"),
                ],
                "connections": [{"id": "k1", "source": "c1", "target": "c3"}],
            },
        },
        {
            "id": "p2",
            "name": "Bo",
            "timeline": {
                "stages": [{"id": "s3", "name": "Discover"}],
                "lanes": [{"id": "l-notes", "kind": "notes", "name": "Notes"}],
                "cards": [card("note", "c5", "s3", "l-notes")],
            },
        },
    ]
    return data


def reference_error(data: dict[str, Any]) -> dict[str, Any]:
    """The single invalid_reference error validating *data* raises."""
    with pytest.raises(ValidationError) as info:
        JourneyMap.model_validate(data)
    errors = info.value.errors()
    assert len(errors) == 1
    assert errors[0]["type"] == "invalid_reference"
    return errors[0]


def timeline_of(data: dict[str, Any], persona: int = 0) -> dict[str, Any]:
    return data["personas"][persona]["timeline"]


def assert_index_matches(journey: JourneyMap) -> None:
    """The map's index equals a fresh one, entry by entry and object by object."""
    index, fresh = journey.index, MapIndex.build(journey)
    assert index.catalogue == fresh.catalogue
    assert index.personas.keys() == fresh.personas.keys()
    for key, persona in fresh.personas.items():
        assert index.personas[key] is persona
    for table in ("stages", "lanes", "cards", "connections"):
        mine, theirs = getattr(index, table), getattr(fresh, table)
        assert mine.keys() == theirs.keys(), table
        for key, (owner, item) in theirs.items():
            assert mine[key][0] is owner
            assert mine[key][1] is item


# ---------------------------------------------------------------- the sample map is valid


def test_sample_map_is_valid() -> None:
    journey = JourneyMap.model_validate(map_data())
    check_integrity(journey)
    assert [p.id for p in journey.personas] == ["p1", "p2"]
    assert journey.model_dump() == JourneyMap.model_validate(journey.model_dump()).model_dump()


def test_json_round_trip_keeps_everything() -> None:
    journey = JourneyMap.model_validate(map_data())
    again = JourneyMap.model_validate_json(journey.model_dump_json())
    assert again.model_dump() == journey.model_dump()


# ---------------------------------------------------------------- extra fields


@pytest.mark.parametrize(
    "model, data",
    [
        (Stage, {"id": "s", "name": "S", "colour": "#000000"}),
        (Lane, {"id": "l", "kind": "actions", "name": "L", "order": 1}),
        (Connection, {"id": "k", "source": "a", "target": "b", "weight": 2}),
        (Channel, {"id": "c", "name": "C", "url": "x"}),
        (Device, {"id": "d", "name": "D", "os": "x"}),
        (Persona, {"id": "p", "name": "P", "age": 40}),
        (IconAvatar, {"icon": "person", "size": 3}),
        (Timeline, {"stages": [], "extra": []}),
        (EmotionLevel, {"score": 0, "label": "x", "emoji": ":)"}),
        (ActionCard, {"id": "c", "stage": "s", "lane": "l", "score": 1}),
        (EmotionCard, {"id": "c", "stage": "s", "lane": "l", "score": 1, "severity": "low"}),
    ],
)
def test_extra_fields_are_refused(model: Any, data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    assert info.value.errors()[0]["type"] == "extra_forbidden"


def test_extra_fields_refused_in_map_and_nested_card() -> None:
    data = map_data()
    data["version"] = 3
    with pytest.raises(ValidationError):
        JourneyMap.model_validate(data)
    data = map_data()
    timeline_of(data)["cards"][0]["colour"] = "#FFFFFF"
    with pytest.raises(ValidationError):
        JourneyMap.model_validate(data)


def test_unknown_card_type_is_refused() -> None:
    data = map_data()
    timeline_of(data)["cards"][0]["type"] = "sticker"
    with pytest.raises(ValidationError):
        JourneyMap.model_validate(data)


# ---------------------------------------------------------------- ids


@pytest.mark.parametrize("good", ["a", "A", "0", "card-1f3a", "a_b.c:d-e", "x" * 64])
def test_valid_ids(good: str) -> None:
    assert is_valid_id(good)
    assert Stage(id=good, name="S").id == good


@pytest.mark.parametrize("bad", ["", "-a", "_a", ".a", "a b", "a/b", "é", "x" * 65, "a\n"])
def test_invalid_ids(bad: str) -> None:
    assert not is_valid_id(bad)
    with pytest.raises(ValidationError):
        Stage(id=bad, name="S")


def test_invalid_id_in_a_reference_field() -> None:
    with pytest.raises(ValidationError):
        ActionCard(id="c", stage="bad stage", lane="l")
    with pytest.raises(ValidationError):
        TouchpointCard(id="c", stage="s", lane="l", devices=["ok", "not ok"])


def test_new_id_is_valid_and_unique() -> None:
    ids = {new_id("card") for _ in range(200)}
    assert len(ids) == 200
    assert all(is_valid_id(i) and i.startswith("card-") for i in ids)


# ---------------------------------------------------------------- colours, widths, limits


@pytest.mark.parametrize("good", ["#000000", "#FFFFFF", "#a1B2c3"])
def test_valid_colours(good: str) -> None:
    assert Stage(id="s", name="S", color=good).color == good
    assert Persona(id="p", name="P", color=good).color == good


@pytest.mark.parametrize("bad", ["red", "#abc", "#GGGGGG", "AABBCC", "#AABBCCDD", "#AABBC ", ""])
def test_invalid_colours(bad: str) -> None:
    with pytest.raises(ValidationError):
        Stage(id="s", name="S", color=bad)
    with pytest.raises(ValidationError):
        Persona(id="p", name="P", color=bad)


@pytest.mark.parametrize("width", [limits.MIN_STAGE_WIDTH, 240, 1000.5, limits.MAX_STAGE_WIDTH])
def test_stage_width_in_bounds(width: float) -> None:
    assert Stage(id="s", name="S", width=width).width == width


@pytest.mark.parametrize("width", [0, limits.MIN_STAGE_WIDTH - 0.1, limits.MAX_STAGE_WIDTH + 0.1, -240])
def test_stage_width_out_of_bounds(width: float) -> None:
    with pytest.raises(ValidationError):
        Stage(id="s", name="S", width=width)


def test_stage_width_default() -> None:
    assert Stage(id="s", name="S").width == limits.DEFAULT_STAGE_WIDTH


def test_name_and_text_lengths() -> None:
    Stage(id="s", name="n" * limits.MAX_NAME_CHARS)
    with pytest.raises(ValidationError):
        Stage(id="s", name="n" * (limits.MAX_NAME_CHARS + 1))
    Stage(id="s", name="S", description="d" * limits.MAX_TEXT_CHARS)
    with pytest.raises(ValidationError):
        Stage(id="s", name="S", description="d" * (limits.MAX_TEXT_CHARS + 1))
    with pytest.raises(ValidationError):
        Persona(id="p", name="P", goals=["g"] * (limits.MAX_LIST_ITEMS_TEXT + 1))


def test_lane_kind_must_be_known() -> None:
    assert Lane(id="l", kind="emotions", name="E").kind is LaneKind.EMOTIONS
    with pytest.raises(ValidationError):
        Lane(id="l", kind="feelings", name="E")


def test_language_tag_pattern() -> None:
    assert JourneyMap(title="t", language="es-MX").language == "es-MX"
    for bad in ("", "ES", "e", "spanish", "es_MX"):
        with pytest.raises(ValidationError):
            JourneyMap(title="t", language=bad)


# ---------------------------------------------------------------- emotion scale


def scale(*scores: int) -> EmotionScale:
    return EmotionScale(levels=[EmotionLevel(score=s, label=str(s)) for s in scores])


def test_emotion_scale_ascending_is_valid() -> None:
    assert scale(-1, 0, 1).scores() == [-1, 0, 1]
    assert scale(-100, 100).scores() == [-100, 100]


@pytest.mark.parametrize("scores", [(0, 0), (1, 0), (-2, -1, -1, 0), (2, 1, 0), (-1, 1, 0)])
def test_emotion_scale_must_ascend_strictly(scores: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        scale(*scores)


def test_emotion_scale_level_count_and_score_bounds() -> None:
    with pytest.raises(ValidationError):
        scale(0)
    with pytest.raises(ValidationError):
        scale()
    scale(*range(limits.MAX_SCALE_LEVELS))
    with pytest.raises(ValidationError):
        scale(*range(limits.MAX_SCALE_LEVELS + 1))
    with pytest.raises(ValidationError):
        scale(-101, 0)
    with pytest.raises(ValidationError):
        scale(0, 101)


def test_emotion_scale_accessors() -> None:
    s = EmotionScale.default("en")
    assert (s.minimum, s.maximum) == (-2, 2)
    assert s.label_for(-2) == "Very negative"
    assert s.label_for(0) == "Neutral"
    assert s.label_for(3) == ""


@pytest.mark.parametrize(
    "fraction, expected",
    [
        (0.0, -2),
        (1.0, 2),
        (0.5, 0),
        (0.25, -1),
        (0.75, 1),
        (0.1, -2),  # target −1.6
        (0.2, -1),  # target −1.2
        (0.375, -1),  # target −0.5: a tie goes to the lower score
        (0.625, 0),  # target 0.5: a tie goes to the lower score
        (-3.0, -2),  # clamped
        (7.0, 2),  # clamped
    ],
)
def test_map_fraction_on_default_scale(fraction: float, expected: int) -> None:
    assert EmotionScale.default("en").map_fraction(fraction) == expected


def test_map_fraction_on_uneven_scale() -> None:
    uneven = scale(-10, 0, 3)
    assert uneven.map_fraction(0.0) == -10
    assert uneven.map_fraction(1.0) == 3
    assert uneven.map_fraction(0.5) == 0  # target −3.5: 0 is nearer than −10
    assert uneven.map_fraction(0.2) == -10  # target −7.4
    assert uneven.map_fraction(0.9) == 3  # target 1.7
    assert uneven.map_fraction(0.85) == 0  # target 1.05


def test_map_fraction_always_returns_a_scale_score() -> None:
    s = scale(-3, -1, 4, 9)
    for step in range(101):
        assert s.map_fraction(step / 100) in s.scores()


# ---------------------------------------------------------------- avatars


def test_image_avatar_from_real_png() -> None:
    raw = tiny_png()
    avatar = ImageAvatar.from_bytes(raw)
    assert avatar.kind == "image"
    assert avatar.media_type == "image/png"
    assert avatar.image_bytes() == raw
    persona = Persona(id="p", name="P", avatar=avatar.model_dump())
    assert isinstance(persona.avatar, ImageAvatar)
    assert Persona.model_validate(persona.model_dump()).avatar.image_bytes() == raw


def test_image_avatar_jpeg_header() -> None:
    raw = b"\xff\xd8\xff\xe0" + b"\x00" * 16
    avatar = ImageAvatar.from_bytes(raw)
    assert avatar.media_type == "image/jpeg"
    assert avatar.image_bytes() == raw


def test_image_avatar_header_must_match_media_type() -> None:
    png = base64.b64encode(tiny_png()).decode()
    with pytest.raises(ValidationError, match="not a image/jpeg"):
        ImageAvatar(media_type="image/jpeg", data=png)
    jpeg = base64.b64encode(b"\xff\xd8\xff\xe0abc").decode()
    with pytest.raises(ValidationError, match="not a image/png"):
        ImageAvatar(media_type="image/png", data=jpeg)
    with pytest.raises(ValidationError):
        ImageAvatar.from_bytes(b"GIF89a....")  # neither PNG nor JPEG
    with pytest.raises(ValidationError):
        ImageAvatar(media_type="image/gif", data=png)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["not base64!", "iVBORw0KGgo", "iVBO\nRw0KGgo=", "@@@@"])
def test_image_avatar_data_must_be_base64(bad: str) -> None:
    with pytest.raises(ValidationError):
        ImageAvatar(media_type="image/png", data=bad)


def test_image_avatar_size_limit() -> None:
    magic = b"\x89PNG\r\n\x1a\n"
    at_limit = magic + b"\x00" * (limits.MAX_AVATAR_BYTES - len(magic))
    assert len(ImageAvatar.from_bytes(at_limit).image_bytes()) == limits.MAX_AVATAR_BYTES
    # One byte over still fits in the base64 length limit: the size check refuses it.
    with pytest.raises(ValidationError, match="larger than 2 MB"):
        ImageAvatar.from_bytes(at_limit + b"\x00")
    # Far over: the base64 text itself is too long.
    with pytest.raises(ValidationError):
        ImageAvatar.from_bytes(at_limit + b"\x00" * 4096)


def test_default_avatar_is_an_icon() -> None:
    persona = Persona(id="p", name="P")
    assert persona.avatar == IconAvatar()
    assert persona.avatar.icon == "person"
    with pytest.raises(ValidationError):
        Persona(id="p", name="P", avatar={"kind": "icon", "icon": "Bad Icon"})
    with pytest.raises(ValidationError):
        Persona(id="p", name="P", avatar={"kind": "emoji"})


# ---------------------------------------------------------------- references


def test_card_in_unknown_stage() -> None:
    data = map_data()
    timeline_of(data)["cards"][1]["stage"] = "s3"  # a stage of the other persona
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[1].stage"
    assert "unknown stage 's3'" in error["msg"]


def test_card_in_unknown_lane() -> None:
    data = map_data()
    timeline_of(data)["cards"][0]["lane"] = "nowhere"
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[0].lane"
    assert "unknown lane" in error["msg"]


def test_touchpoint_with_unknown_channel() -> None:
    data = map_data()
    timeline_of(data)["cards"][1]["channel"] = "fax"
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[1].channel"
    assert "unknown channel 'fax'" in error["msg"]


def test_touchpoint_without_channel_is_fine() -> None:
    data = map_data()
    timeline_of(data)["cards"][1]["channel"] = None
    timeline_of(data)["cards"][1]["devices"] = []
    JourneyMap.model_validate(data)


def test_touchpoint_with_unknown_or_repeated_device() -> None:
    data = map_data()
    timeline_of(data)["cards"][1]["devices"] = ["mobile", "watch"]
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[1].devices[1]"
    data = map_data()
    timeline_of(data)["cards"][1]["devices"] = ["mobile", "mobile"]
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[1].devices"


def test_touchpoint_device_must_be_a_device_not_a_channel() -> None:
    data = map_data()
    timeline_of(data)["cards"][1]["devices"] = ["web"]
    reference_error(data)
    data = map_data()
    timeline_of(data)["cards"][1]["channel"] = "mobile"
    reference_error(data)


def test_device_card_with_unknown_device() -> None:
    data = map_data()
    timeline_of(data)["cards"][3]["device"] = "watch"
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[3].device"


def test_emotion_score_off_the_scale() -> None:
    data = map_data()
    timeline_of(data)["cards"][2]["score"] = 3
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[2].score"
    assert "not on the emotion scale" in error["msg"]


def test_emotion_score_on_a_custom_scale() -> None:
    data = map_data()
    data["emotion_scale"] = {"levels": [{"score": -5, "label": "bad"}, {"score": 5, "label": "good"}]}
    reference_error(data)  # −2 is no longer on the scale
    timeline_of(data)["cards"][2]["score"] = -5
    JourneyMap.model_validate(data)


@pytest.mark.parametrize("lane_kind", list(LaneKind))
@pytest.mark.parametrize("card_type", list(CardType))
def test_lane_accepts_rules(lane_kind: LaneKind, card_type: CardType) -> None:
    fields: dict[str, Any] = {
        CardType.DEVICE: {"device": "mobile"},
        CardType.EMOTION: {"score": 0},
    }.get(card_type, {})
    data = map_data()
    timeline = timeline_of(data)
    timeline["lanes"].append({"id": "l-x", "kind": lane_kind.value, "name": "X"})
    timeline["cards"].append(card(card_type.value, "c-x", "s1", "l-x", **fields))
    accepted = card_type in LANE_ACCEPTS[lane_kind]
    assert lane_accepts(lane_kind, card_type) is accepted
    assert lane_accepts(lane_kind.value, card_type.value) is accepted
    if accepted:
        JourneyMap.model_validate(data)
    else:
        error = reference_error(data)
        assert error["ctx"]["path"] == "$.personas[0].timeline.cards[4].type"


def test_lane_accepts_table_rules() -> None:
    assert LANE_ACCEPTS[LaneKind.EMOTIONS] == {CardType.EMOTION}
    for kind in LaneKind:
        if kind is not LaneKind.EMOTIONS:
            assert CardType.NOTE in LANE_ACCEPTS[kind]
            assert CardType.EMOTION not in LANE_ACCEPTS[kind]
    assert LANE_ACCEPTS[LaneKind.NOTES] == set(CardType) - {CardType.EMOTION}


def test_duplicate_ids_across_the_map() -> None:
    cases = [
        # (where to put the duplicate, expected path)
        (lambda d: timeline_of(d)["cards"][0].update(id="web"), "$.personas[0].timeline.cards[0].id"),
        (lambda d: d["devices"][0].update(id="web"), "$.devices[0].id"),
        (lambda d: d["personas"][1].update(id="p1"), "$.personas[1].id"),
        (lambda d: timeline_of(d, 1)["stages"][0].update(id="s1"), "$.personas[1].timeline.stages[0].id"),
        (lambda d: timeline_of(d)["lanes"][1].update(id="s2"), "$.personas[0].timeline.lanes[1].id"),
        (lambda d: timeline_of(d)["stages"][0].update(id="p1"), "$.personas[0].timeline.stages[0].id"),
        (lambda d: timeline_of(d, 1)["cards"][0].update(id="c1"), "$.personas[1].timeline.cards[0].id"),
        (
            lambda d: timeline_of(d)["connections"][0].update(id="c2"),
            "$.personas[0].timeline.connections[0].id",
        ),
    ]
    for mutate, path in cases:
        data = map_data()
        mutate(data)
        error = reference_error(data)
        assert error["ctx"]["path"] == path
        assert "duplicate id" in error["msg"]


def test_duplicate_card_id_in_one_timeline() -> None:
    data = map_data()
    timeline_of(data)["cards"].append(card("action", "c1", "s2", "l-act"))
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.cards[4].id"


def test_connection_to_itself() -> None:
    data = map_data()
    timeline_of(data)["connections"][0]["target"] = "c1"
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.connections[0]"
    assert "itself" in error["msg"]


def test_connection_to_unknown_card_or_other_timeline() -> None:
    data = map_data()
    timeline_of(data)["connections"][0]["source"] = "ghost"
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.connections[0].source"
    data = map_data()
    timeline_of(data)["connections"][0]["target"] = "c5"  # a card of the other persona
    error = reference_error(data)
    assert error["ctx"]["path"] == "$.personas[0].timeline.connections[0].target"


def test_loops_back_are_allowed() -> None:
    data = map_data()
    timeline_of(data)["connections"].append({"id": "k2", "source": "c3", "target": "c1"})
    JourneyMap.model_validate(data)


def test_limits_on_lists() -> None:
    with pytest.raises(ValidationError):
        Timeline(lanes=[Lane(id=f"l{i}", kind="notes", name="n") for i in range(limits.MAX_LANES + 1)])
    with pytest.raises(ValidationError):
        JourneyMap(
            title="t",
            channels=[Channel(id=f"c{i}", name="c") for i in range(limits.MAX_CATALOGUE_ENTRIES + 1)],
        )


def test_check_integrity_function_on_a_changed_map() -> None:
    journey = JourneyMap.model_validate(map_data())
    check_integrity(journey)
    journey.personas[0].timeline.cards.append(NoteCard(id="c9", stage="s1", lane="l-emo"))
    with pytest.raises(PydanticCustomError) as info:
        check_integrity(journey)
    assert info.value.type == "invalid_reference"
    assert info.value.context == {
        "message": "a note card cannot be placed in an emotions lane",
        "path": "$.personas[0].timeline.cards[4].type",
    }


# ---------------------------------------------------------------- new maps


@pytest.mark.parametrize(
    "language, title, phone, in_person, scale_labels",
    [
        (
            "es",
            "Mapa sin título",
            "Teléfono / centro de llamadas",
            "En persona",
            ["Muy negativa", "Negativa", "Neutra", "Positiva", "Muy positiva"],
        ),
        (
            "en",
            "Untitled map",
            "Phone / call centre",
            "In person",
            ["Very negative", "Negative", "Neutral", "Positive", "Very positive"],
        ),
    ],
)
def test_new_map_defaults(
    language: str, title: str, phone: str, in_person: str, scale_labels: list[str]
) -> None:
    journey = JourneyMap.new(language=language)
    assert journey.title == title
    assert journey.language == language
    assert journey.personas == []
    assert journey.emotion_scale.scores() == [-2, -1, 0, 1, 2]
    assert [level.label for level in journey.emotion_scale.levels] == scale_labels
    assert [(c.id, c.online) for c in journey.channels] == list(DEFAULT_CHANNELS)
    assert [(d.id, d.online) for d in journey.devices] == list(DEFAULT_DEVICES)
    assert all(c.icon == c.id for c in (*journey.channels, *journey.devices))
    assert {c.id: c.name for c in journey.channels}["phone"] == phone
    assert {d.id: d.name for d in journey.devices}["in-person"] == in_person
    assert journey.created.tzinfo is not None
    assert journey.created.microsecond == 0
    assert journey.created.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    check_integrity(journey)


def test_new_map_spanish_catalogue_names() -> None:
    journey = JourneyMap.new(language="es")
    names = {c.id: c.name for c in journey.channels}
    assert names["email"] == "Correo electrónico"
    assert names["store"] == "Tienda física"
    assert names["social"] == "Redes sociales"
    assert {d.id: d.name for d in journey.devices}["desktop"] == "Ordenador"


def test_new_map_title_and_regional_language() -> None:
    journey = JourneyMap.new("Onboarding", "es-MX")
    assert journey.title == "Onboarding"
    assert journey.language == "es-MX"
    assert journey.emotion_scale.label_for(0) == "Neutra"
    assert JourneyMap.new(language="fr").emotion_scale.label_for(0) == "Neutral"


def test_new_map_extra_fields() -> None:
    journey = JourneyMap.new("T", "en", organisation="ACME", authors=["Ana"])
    assert journey.organisation == "ACME"
    assert journey.authors == ["Ana"]
    persona = Persona(id="p", name="P")
    with_persona = JourneyMap.new("T", "en", personas=[persona])
    assert [p.id for p in with_persona.personas] == ["p"]


def test_plain_constructor_uses_spanish_scale() -> None:
    journey = JourneyMap(title="t")
    assert journey.emotion_scale.label_for(-2) == "Muy negativa"
    assert journey.channels == [] and journey.devices == []


def test_persona_by_name() -> None:
    journey = JourneyMap.model_validate(map_data())
    assert journey.persona_by_name("ANA") is journey.personas[0]
    assert journey.persona_by_name("bo") is journey.personas[1]
    assert journey.persona_by_name("Cy") is None


# ---------------------------------------------------------------- the index


def test_index_finds_everything() -> None:
    journey = JourneyMap.model_validate(map_data())
    index = journey.index
    ana, bo = journey.personas
    assert index is journey.index  # built once
    assert index.personas == {"p1": ana, "p2": bo}
    assert set(index.stages) == {"s1", "s2", "s3"}
    assert set(index.lanes) == {"l-act", "l-tp", "l-emo", "l-ch", "l-notes"}
    assert set(index.cards) == {"c1", "c2", "c3", "c4", "c5"}
    assert set(index.connections) == {"k1"}
    assert index.catalogue == {c.id for c in journey.channels} | {d.id for d in journey.devices}
    assert index.cards["c5"][0] is bo
    assert index.cards["c2"][1] is ana.timeline.cards[1]
    assert index.stages["s2"][1] is ana.timeline.stages[1]
    assert index.connections["k1"][1] is ana.timeline.connections[0]
    for identifier in ("p1", "s1", "l-tp", "c3", "k1", "web", "kiosk"):
        assert identifier in index
    assert "ghost" not in index
    assert index.owner("c5") is bo
    assert index.owner("k1") is ana
    assert index.owner("s3") is bo
    assert index.owner("l-emo") is ana
    assert index.owner("p2") is bo
    assert index.owner("web") is None
    assert index.owner("ghost") is None
    assert_index_matches(journey)


def test_index_remove_and_add_persona() -> None:
    journey = JourneyMap.model_validate(map_data())
    index = journey.index
    ana = journey.personas[0]
    index.remove_persona(ana)
    for identifier in ("p1", "s1", "s2", "l-act", "c1", "c4", "k1"):
        assert identifier not in index
    assert "c5" in index
    index.add_persona(ana)
    assert_index_matches(journey)


def test_index_of_copies_is_independent() -> None:
    journey = JourneyMap.model_validate(map_data())
    _ = journey.index
    copy = deepcopy(journey)
    assert_index_matches(copy)
    assert copy.index.cards["c1"][1] is copy.personas[0].timeline.cards[0]
    assert copy.index.cards["c1"][1] is not journey.index.cards["c1"][1]
    again = JourneyMap.model_validate(journey.model_dump())
    assert_index_matches(again)


def test_validating_a_dump_gives_the_same_map() -> None:
    journey = JourneyMap.model_validate(map_data())
    dump = journey.model_dump()
    assert JourneyMap.model_validate(deepcopy(dump)).model_dump() == dump
    assert isinstance(journey.personas[0].timeline.cards[1], TouchpointCard)
    assert journey.personas[0].timeline.cards[1].devices == ["mobile", "desktop"]

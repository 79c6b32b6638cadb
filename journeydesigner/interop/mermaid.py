"""Mermaid ``journey`` diagrams to maps and back.

Import: sections become stages, each task an action card with an emotion
marker beside it in the same stage, actors become personas (a task goes into
the timeline of every actor it names; tasks without actors go to one persona
called "Cliente"/"Customer"), the title the map's title and ``accDescr`` its
description. Every persona gets every section as a stage and the standard
lanes of the templates, so the personas line up.

Scores: Mermaid's 0–5 sit on the map's scale with 3, Mermaid's neutral face,
on 0: a task's score *m* is the marker score *m* − 3. The new map has the
default scale −2…+2, and a lowest level −3 when a task scores 0, so every
Mermaid score has its own level and comes back unchanged.

Export: the stages of all personas (matched by name, in order), and in each
stage the action cards of the actions lanes as tasks; the k-th action takes
the score of the k-th emotion marker of its stage (an action without a marker
of its own takes the stage's mean, or 3 without markers; a marker without an
action becomes a task named after it). A scale within −3…+2 maps back by
adding 3; other scales are spread over 1…5, lowest to highest. A task that
several personas share (same name and score, in the same order) is one line
naming all of them. Personas without tasks, cards of other kinds, and the
order in which tasks of different personas interleave are not part of a
Mermaid journey and are not kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import ValidationError

from journeydesigner.interop.errors import InteropError
from journeydesigner.interop.mermaid_syntax import (
    MAX_SCORE,
    JourneyDiagram,
    MermaidError,
    Section,
    Task,
    parse_journey,
    render_journey,
)
from journeydesigner.interop.text import default_persona_name, detect_language, pick
from journeydesigner.model import limits
from journeydesigner.model.cards import ActionCard, AnyCard, EmotionCard, LaneKind
from journeydesigner.model.catalogue import default_channels, default_devices
from journeydesigner.model.copying import name_key
from journeydesigner.model.ids import new_id
from journeydesigner.model.journey import EmotionLevel, EmotionScale, JourneyMap
from journeydesigner.model.persona import Persona
from journeydesigner.model.texts import text as default_text
from journeydesigner.model.timeline import Lane, Stage, Timeline
from journeydesigner.templates.data import STAGE_COLOURS, STANDARD_LANES

NEUTRAL = 3
"""Mermaid's neutral score (its face neither smiles nor frowns); 0 on the map's scale."""

# Persona colours of imported maps, distinct from each other in print.
PERSONA_COLOURS = ("#3E7CB1", "#C8553D", "#588B8B", "#8E6C8A", "#D4A017", "#4F6D7A")


# ---------------------------------------------------------------- scores


def score_from_mermaid(score: int) -> int:
    """The marker score of a Mermaid score (3, neutral, is 0)."""
    return score - NEUTRAL


def score_to_mermaid(score: int, scale: EmotionScale) -> int:
    """The Mermaid score (0–5) of a marker score on *scale*."""
    low, high = scale.minimum, scale.maximum
    if low >= -NEUTRAL and high <= MAX_SCORE - NEUTRAL:
        return score + NEUTRAL
    fraction = (score - low) / (high - low)
    return 1 + int(fraction * 4 + 0.5)


def mermaid_scale(language: str, with_zero: bool) -> EmotionScale:
    """The scale of an imported map: the default one, with a level −3 when a task scores 0."""
    scale = EmotionScale.default(language)
    if not with_zero:
        return scale
    lowest = EmotionLevel(score=score_from_mermaid(0), label=pick(language, "Pésima", "Awful"))
    return EmotionScale(levels=[lowest, *scale.levels])


# ---------------------------------------------------------------- import


def _check_length(value: str, line: int, what: str, limit: int = limits.MAX_NAME_CHARS) -> None:
    if len(value) > limit:
        raise InteropError(f"{what} is longer than {limit} characters", line)


def _standard_lanes(language: str) -> list[Lane]:
    return [
        Lane(id=new_id("lane"), kind=kind, name=default_text(f"lane.{kind.value}", language))
        for kind in STANDARD_LANES
    ]


@dataclass
class _Timeline:
    """A persona being built: its stages (one per section) and its cards."""

    name: str
    stages: list[Stage]
    lanes: list[Lane]
    cards: list[AnyCard] = field(default_factory=list)

    def lane(self, kind: LaneKind) -> str:
        return next(lane.id for lane in self.lanes if lane.kind == kind)


def _check_diagram(diagram: JourneyDiagram) -> None:
    """Refuse what a map cannot hold, naming the line."""
    _check_length(diagram.title, diagram.title_line or 1, "the title")
    _check_length(
        diagram.acc_descr, diagram.acc_descr_line or 1, "the description (accDescr)", limits.MAX_TEXT_CHARS
    )
    if len(diagram.sections) > limits.MAX_STAGES:
        raise InteropError(
            f"a map holds at most {limits.MAX_STAGES} stages", diagram.sections[limits.MAX_STAGES].line
        )
    tasks: dict[str, int] = {}
    for section in diagram.sections:
        _check_length(section.name, section.line, "the section name")
        for task in section.tasks:
            _check_length(task.name, task.line, "the task name")
            for actor in task.actors:
                _check_length(actor, task.line, f"the actor name {actor[:20]!r}…")
                tasks[actor] = tasks.get(actor, 0) + 1
                if len(tasks) > limits.MAX_PERSONAS:
                    raise InteropError(f"a map holds at most {limits.MAX_PERSONAS} personas", task.line)
                if 2 * tasks[actor] > limits.MAX_CARDS_PER_TIMELINE:
                    raise InteropError(
                        f"{actor!r} has more tasks than a timeline holds "
                        f"({limits.MAX_CARDS_PER_TIMELINE // 2})",
                        task.line,
                    )


def _diagram_texts(diagram: JourneyDiagram) -> Iterable[str]:
    yield from (diagram.title, diagram.front_matter_title, diagram.acc_title, diagram.acc_descr)
    for section in diagram.sections:
        yield section.name
        yield from (task.name for task in section.tasks)


def import_mermaid(
    text: str, *, fallback_language: str = "es", default_title: str = "", language: str | None = None
) -> JourneyMap:
    """A new map from the text of a Mermaid journey diagram.

    The language is *language*, or guessed from the words of the diagram,
    or *fallback_language* when they do not tell. The title is the diagram's
    ``title``, else the front matter's, else ``accTitle``, else *default_title*.

    Raises :class:`InteropError` with the line of the first problem.
    """
    try:
        diagram = parse_journey(text)
    except MermaidError as exc:
        raise InteropError(exc.reason, exc.line) from None
    language = language or detect_language(_diagram_texts(diagram), fallback_language)
    default_name = default_persona_name(language)
    for section in diagram.sections:
        for task in section.tasks:
            if not task.actors:
                task.actors = [default_name]
    _check_diagram(diagram)
    names = diagram.actors() or [default_name]
    timelines = {
        name: _Timeline(
            name,
            [
                Stage(id=new_id("stage"), name=s.name, color=STAGE_COLOURS[i % len(STAGE_COLOURS)])
                for i, s in enumerate(diagram.sections)
            ],
            _standard_lanes(language),
        )
        for name in names
    }
    uses_zero = False
    for index, section in enumerate(diagram.sections):
        for task in section.tasks:
            uses_zero = uses_zero or task.score == 0
            for actor in task.actors:
                timeline = timelines[actor]
                stage = timeline.stages[index].id
                timeline.cards.append(
                    ActionCard(
                        id=new_id("card"), stage=stage, lane=timeline.lane(LaneKind.ACTIONS), title=task.name
                    )
                )
                timeline.cards.append(
                    EmotionCard(
                        id=new_id("card"),
                        stage=stage,
                        lane=timeline.lane(LaneKind.EMOTIONS),
                        score=score_from_mermaid(task.score),
                    )
                )
    personas = [
        Persona(
            id=new_id("persona"),
            name=t.name,
            color=PERSONA_COLOURS[i % len(PERSONA_COLOURS)],
            timeline=Timeline(stages=t.stages, lanes=t.lanes, cards=t.cards),
        )
        for i, t in enumerate(timelines.values())
    ]
    title = (
        diagram.title
        or diagram.front_matter_title
        or diagram.acc_title
        or default_title
        or default_text("map.untitled", language)
    )
    try:
        return JourneyMap(
            title=title[: limits.MAX_NAME_CHARS],
            description=diagram.acc_descr,
            language=language,
            emotion_scale=mermaid_scale(language, uses_zero),
            channels=default_channels(language),
            devices=default_devices(language),
            personas=personas,
        )
    except ValidationError as exc:  # the checks above should leave nothing for here
        raise InteropError(f"the diagram does not make a valid map: {exc.errors()[0]['msg']}") from None


# ---------------------------------------------------------------- export


def _stage_keys(persona: Persona) -> list[tuple[str, int]]:
    """(name key, occurrence) of each stage: two stages of one name stay two."""
    seen: dict[str, int] = {}
    keys = []
    for stage in persona.timeline.stages:
        key = name_key(stage.name)
        keys.append((key, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
    return keys


def _section_order(journey: JourneyMap) -> tuple[list[tuple[str, int]], dict[tuple[str, int], str]]:
    """Every persona's stages in one order (each persona's own order kept), and their names."""
    order: list[tuple[str, int]] = []
    names: dict[tuple[str, int], str] = {}
    for persona in journey.personas:
        anchor = -1
        for key, stage in zip(_stage_keys(persona), persona.timeline.stages, strict=True):
            if key in names:
                anchor = order.index(key)
                continue
            anchor += 1
            order.insert(anchor, key)
            names[key] = stage.name
    return order, names


def _persona_tasks(journey: JourneyMap, persona: Persona) -> dict[tuple[str, int], list[tuple[str, int]]]:
    """(name, Mermaid score) of the tasks of each of *persona*'s stages."""
    timeline = persona.timeline
    lanes = {lane.id: (i, lane.kind) for i, lane in enumerate(timeline.lanes)}
    actions: dict[str, list[tuple[int, AnyCard]]] = {}
    emotions: dict[str, list[tuple[int, EmotionCard]]] = {}
    for card in timeline.cards:
        rank, kind = lanes[card.lane]
        if isinstance(card, ActionCard) and kind == LaneKind.ACTIONS:
            actions.setdefault(card.stage, []).append((rank, card))
        elif isinstance(card, EmotionCard):
            emotions.setdefault(card.stage, []).append((rank, card))
    scale = journey.emotion_scale
    untitled = pick(journey.language, "Sin título", "Untitled")
    result = {}
    for key, stage in zip(_stage_keys(persona), timeline.stages, strict=True):
        # sorted() is stable: cards of one lane keep their order in the cell.
        doing = [c for _, c in sorted(actions.get(stage.id, []), key=lambda pair: pair[0])]
        feeling = [c for _, c in sorted(emotions.get(stage.id, []), key=lambda pair: pair[0])]
        scores = [score_to_mermaid(c.score, scale) for c in feeling]
        mean = int(sum(scores) / len(scores) + 0.5) if scores else NEUTRAL
        tasks = []
        for k in range(max(len(doing), len(feeling))):
            # A marker without an action of its own is a task named after the feeling.
            name = doing[k].title if k < len(doing) else feeling[k].title or scale.label_for(feeling[k].score)
            tasks.append((name.strip() or untitled, scores[k] if k < len(scores) else mean))
        result[key] = tasks
    return result


@dataclass
class _Line:
    name: str
    score: int
    actors: list[str]


def _merge_lines(lines: list[_Line], actor: str, tasks: list[tuple[str, int]], skip: int = 0) -> list[_Line]:
    """*lines* with *actor*'s tasks added: a task equal to a line not yet theirs joins it (but the
    first *skip* such matches are not taken), the others are new lines placed before the next line
    they joined, so every actor's order is kept."""
    lines = [_Line(line.name, line.score, list(line.actors)) for line in lines]
    matches: list[int | None] = []
    pointer = 0
    for name, score in tasks:
        found = next(
            (
                i
                for i in range(pointer, len(lines))
                if lines[i].name == name and lines[i].score == score and actor not in lines[i].actors
            ),
            None,
        )
        if found is not None and skip > 0:
            skip -= 1
            found = None
        matches.append(found)
        if found is not None:
            pointer = found + 1
    anchor = len(lines)
    for (name, score), found in reversed(list(zip(tasks, matches, strict=True))):
        if found is None:
            lines.insert(anchor, _Line(name, score, [actor]))
        else:
            lines[found].actors.append(actor)
            anchor = found
    return lines


def _first_appearances(lines: list[_Line]) -> list[str]:
    return list(dict.fromkeys(actor for line in lines for actor in line.actors))


def _section_lines(actors: list[str], tasks: list[list[tuple[str, int]]], seen: set[str]) -> list[_Line]:
    """One section's lines. Actors not *seen* in earlier sections must first appear in their
    persona order (that is the order an import gives the personas back): an actor whose shared
    lines would put it first joins fewer of them."""
    lines: list[_Line] = []
    for number, (actor, own) in enumerate(zip(actors, tasks, strict=True)):
        rank = {name: i for i, name in enumerate(actors[: number + 1])}
        for skip in range(len(own) + 1):
            merged = _merge_lines(lines, actor, own, skip)
            order = [rank[name] for name in _first_appearances(merged) if name not in seen]
            if order == sorted(order):
                break
        lines = merged
    return lines


def _actor_names(journey: JourneyMap) -> list[str]:
    """One distinct actor name per persona (a second "Ana" becomes "Ana (2)")."""
    names: list[str] = []
    for number, persona in enumerate(journey.personas, start=1):
        name = " ".join(persona.name.split()) or f"{default_persona_name(journey.language)} {number}"
        candidate, copy = name, 1
        while candidate in names:
            copy += 1
            suffix = f" ({copy})"
            candidate = name[: limits.MAX_NAME_CHARS - len(suffix)] + suffix
        names.append(candidate)
    return names


def export_mermaid(journey: JourneyMap) -> str:
    """The map as the text of a Mermaid journey diagram."""
    order, names = _section_order(journey)
    per_persona = [_persona_tasks(journey, persona) for persona in journey.personas]
    actors = _actor_names(journey)
    diagram = JourneyDiagram(title=journey.title, acc_descr=journey.description)
    seen: set[str] = set()
    for number, key in enumerate(order, start=1):
        lines = _section_lines(actors, [tasks.get(key, []) for tasks in per_persona], seen)
        seen.update(_first_appearances(lines))
        name = names[key].strip() or pick(journey.language, f"Etapa {number}", f"Stage {number}")
        diagram.sections.append(Section(name, [Task(line.name, line.score, line.actors) for line in lines]))
    return render_journey(diagram)

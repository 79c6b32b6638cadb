"""Mermaid ``journey`` diagrams as text: a line-by-line reader and a writer.

The reader follows Mermaid's own grammar (``journey.jison``) line by line, so
that every error can name its line:

- an optional YAML front matter between ``---`` lines at the very top (its
  ``title:`` is read, everything else is configuration for Mermaid);
- blank lines, ``%%`` comment lines and ``#`` comments to the end of a line;
- the header ``journey``;
- ``title TEXT``, ``accTitle: TEXT``, ``accDescr: TEXT`` and the multi-line
  ``accDescr { ... }``;
- ``section NAME`` and task lines ``Task name: SCORE: Actor 1, Actor 2`` with a
  whole score from 0 to 5 and optional actors.

Mermaid's lexer refuses ``;`` anywhere, ``:`` in section and task names, and
a task (or section) name that starts with the keyword ``journey``, ``title ``
or ``section ``. The writer therefore replaces those characters in names by
look-alikes that Mermaid shows as they are, and the reader turns them back:

=====  ==========================================  =====================
``:``  U+A789 MODIFIER LETTER COLON ``꞉``          section, task, actor
``#``  U+FF03 FULLWIDTH NUMBER SIGN ``＃``          everywhere
``;``  U+FF1B FULLWIDTH SEMICOLON ``；``            everywhere
``,``  U+201A SINGLE LOW-9 QUOTATION MARK ``‚``    actor names
``}``  U+FF5D FULLWIDTH RIGHT CURLY BRACKET        multi-line accDescr
=====  ==========================================  =====================

``%%`` becomes ``%`` U+200B ``%`` (Mermaid reads ``%%`` at the start of a token
as a comment), a name that starts with a keyword (or with U+200B itself) gets
a leading U+200B ZERO WIDTH SPACE, which the reader drops, and line breaks and
runs of blanks inside names become one space. A name that holds one of the
look-alikes itself gets the plain character back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_SCORE = 0
MAX_SCORE = 5

_ZWSP = "\u200b"
# (character, look-alike) pairs for every name, then those for one kind of text only.
_ALWAYS = (("#", "\uff03"), (";", "\uff1b"))
_NAME = (":", "\ua789")
_ACTOR = (",", "\u201a")
_BRACE = ("}", "\uff5d")

_FRONT_MATTER_TITLE = re.compile(r"title\s*:\s*(.*)")
_ACC_TITLE = re.compile(r"acctitle\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)
_ACC_DESCR = re.compile(r"accdescr\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)
_ACC_DESCR_BLOCK = re.compile(r"accdescr\s*\{(.*)", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"title\s(.*)", re.IGNORECASE | re.DOTALL)
_SECTION = re.compile(r"section\s(.*)", re.IGNORECASE | re.DOTALL)
_KEYWORD_START = re.compile(r"(journey|title\s|section\s|accdescr\s*\{)", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")


class MermaidError(ValueError):
    """A diagram that cannot be read: the line and the reason."""

    def __init__(self, line: int, reason: str) -> None:
        self.line = line
        self.reason = reason
        super().__init__(f"line {line}: {reason}")


@dataclass
class Task:
    """One task line: its name, score (0–5), actors, and where it was."""

    name: str
    score: int
    actors: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Section:
    """A ``section`` and its tasks."""

    name: str
    tasks: list[Task] = field(default_factory=list)
    line: int = 0


@dataclass
class JourneyDiagram:
    """What a journey diagram says, in the order it says it."""

    title: str = ""
    front_matter_title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[Section] = field(default_factory=list)
    # Line numbers of the statements, for errors found after reading.
    title_line: int = 0
    acc_descr_line: int = 0

    def actors(self) -> list[str]:
        """Every actor, in order of first appearance."""
        return list(dict.fromkeys(actor for s in self.sections for t in s.tasks for actor in t.actors))


# ---------------------------------------------------------------- reading


def _unescape(value: str) -> str:
    value = value.strip()
    value = value.removeprefix(_ZWSP)
    for plain, alike in (*_ALWAYS, _NAME, _ACTOR):
        value = value.replace(alike, plain)
    return value.replace("%" + _ZWSP + "%", "%%")


def _yaml_scalar(raw: str) -> str:
    """A one-line YAML scalar: quotes removed, a trailing comment dropped."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return re.split(r"\s#", raw, maxsplit=1)[0].strip()


def _without_comment(line: str) -> str:
    return line.split("#", 1)[0].strip()


def _is_comment(stripped: str) -> bool:
    """A ``%%`` line; Mermaid also reads one character then ``%%`` as the start of a comment."""
    return stripped.startswith("%%") or (stripped[1:3] == "%%" and stripped[0] != "}")


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines = _LINE_BREAKS.split(text.removeprefix("\ufeff"))
        if len(self.lines) > 1 and not self.lines[-1]:
            self.lines.pop()  # the end of the last line, not a line
        self.diagram = JourneyDiagram()
        self.position = 0  # index of the next line to read

    def number(self) -> int:
        """The 1-based number of the line just read."""
        return self.position

    def next_line(self) -> str | None:
        if self.position >= len(self.lines):
            return None
        line = self.lines[self.position]
        self.position += 1
        return line

    def read(self) -> JourneyDiagram:
        if not "".join(self.lines).strip():
            raise MermaidError(1, "the file is empty")
        self._front_matter()
        self._header()
        section: Section | None = None
        while (line := self.next_line()) is not None:
            section = self._statement(line, section)
        return self.diagram

    def _front_matter(self) -> None:
        while self.position < len(self.lines) and not self.lines[self.position].strip():
            self.position += 1
        if self.lines[self.position].strip() != "---":
            return
        self.position += 1
        opened = self.number()
        while (line := self.next_line()) is not None:
            if line.strip() == "---":
                return
            match = _FRONT_MATTER_TITLE.fullmatch(line.rstrip())  # top level only: no indentation
            if match:
                self.diagram.front_matter_title = _yaml_scalar(match.group(1))
        raise MermaidError(opened, "the front matter that starts here has no closing '---' line")

    def _header(self) -> None:
        while (line := self.next_line()) is not None:
            stripped = line.strip()
            if not stripped or _is_comment(stripped):
                continue
            content = _without_comment(stripped)
            if not content:
                continue
            if content.casefold() == "journey":
                return
            words = content.split()
            if words[0].casefold() == "journey":
                raise MermaidError(self.number(), "'journey' must stand alone on the first line")
            shown = content if len(content) <= 40 else content[:39] + "…"
            raise MermaidError(
                self.number(), f"not a Mermaid journey diagram: it starts with {shown!r}, not 'journey'"
            )
        raise MermaidError(max(1, self.number()), "not a Mermaid journey diagram: no 'journey' line")

    def _statement(self, line: str, section: Section | None) -> Section | None:
        stripped = line.strip()
        if not stripped or _is_comment(stripped):
            return section
        diagram = self.diagram
        # The accessibility values take the rest of the line as it is, # and ; included.
        if match := _ACC_TITLE.fullmatch(stripped):
            diagram.acc_title = match.group(1).strip()
            return section
        if match := _ACC_DESCR.fullmatch(stripped):
            diagram.acc_descr = match.group(1).strip()
            diagram.acc_descr_line = self.number()
            return section
        if match := _ACC_DESCR_BLOCK.fullmatch(stripped):
            diagram.acc_descr_line = self.number()
            diagram.acc_descr = self._description_block(match.group(1))
            return section
        content = _without_comment(stripped)
        if not content:
            return section
        if ";" in content:
            raise MermaidError(self.number(), "';' is not allowed here (Mermaid refuses it)")
        if match := _TITLE.fullmatch(content):
            diagram.title = _unescape(match.group(1))
            diagram.title_line = self.number()
            return section
        if match := _SECTION.fullmatch(content):
            return self._section(match.group(1))
        if content.casefold().startswith("journey"):
            raise MermaidError(
                self.number(), "'journey' can only start the diagram (a task cannot start with that word)"
            )
        self._task(content, section)
        return section

    def _description_block(self, rest: str) -> str:
        opened = self.number()
        parts: list[str] = []
        while True:
            if "}" in rest:
                before, after = rest.split("}", 1)
                parts.append(before)
                if _without_comment(after):
                    raise MermaidError(self.number(), "unexpected text after the '}' of accDescr")
                text = "\n".join(parts).strip()
                return text.replace(_BRACE[1], _BRACE[0])
            parts.append(rest)
            line = self.next_line()
            if line is None:
                raise MermaidError(opened, "the accDescr block that starts here has no closing '}'")
            rest = line

    def _section(self, raw: str) -> Section:
        if ":" in raw:
            raise MermaidError(self.number(), "a section name cannot contain ':'")
        name = _unescape(raw)
        if not name:
            raise MermaidError(self.number(), "the section has no name")
        section = Section(name, line=self.number())
        self.diagram.sections.append(section)
        return section

    def _task(self, content: str, section: Section | None) -> None:
        if ":" not in content:
            shown = content if len(content) <= 40 else content[:39] + "…"
            raise MermaidError(
                self.number(),
                f"{shown!r} is not a section or a task: a task reads 'Task name: SCORE: Actor, Actor' "
                "(the ':' is missing)",
            )
        name_part, data = content.split(":", 1)
        name = _unescape(name_part)
        if not name:
            raise MermaidError(self.number(), "the task has no name before its ':'")
        pieces = data.split(":")
        if len(pieces) > 2:
            raise MermaidError(
                self.number(), "too many ':' in the task (names and actors cannot contain ':')"
            )
        score_text = pieces[0].strip()
        if not score_text:
            raise MermaidError(self.number(), f"the task {name!r} has no score after its ':'")
        if not _DIGITS.fullmatch(score_text) or not MIN_SCORE <= int(score_text) <= MAX_SCORE:
            shown = score_text if len(score_text) <= 20 else score_text[:19] + "…"
            raise MermaidError(
                self.number(),
                f"the score {shown!r} of task {name!r} is not a whole number from {MIN_SCORE} to {MAX_SCORE}",
            )
        actors: list[str] = []
        if len(pieces) == 2:
            for raw in pieces[1].split(","):
                actor = _unescape(raw)
                if actor and actor not in actors:
                    actors.append(actor)
        if section is None:
            raise MermaidError(self.number(), "a task before the first section: start with 'section NAME'")
        section.tasks.append(Task(name, int(score_text), actors, self.number()))


def parse_journey(text: str) -> JourneyDiagram:
    """Read a Mermaid journey diagram; raise :class:`MermaidError` with the line of the first problem."""
    return _Reader(text).read()


# ---------------------------------------------------------------- writing


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _escape(value: str, *pairs: tuple[str, str]) -> str:
    value = _one_line(value)
    for plain, alike in (*_ALWAYS, *pairs):
        value = value.replace(plain, alike)
    value = value.replace("%%", "%" + _ZWSP + "%")
    # The reader drops one leading zero-width space: keep the name's own.
    return _ZWSP + value if value.startswith(_ZWSP) else value


def escape_name(value: str) -> str:
    """A section or task name as Mermaid reads it back unchanged (see the module's table)."""
    value = _escape(value, _NAME)
    return _ZWSP + value if _KEYWORD_START.match(value) and not value.startswith(_ZWSP) else value


def escape_actor(value: str) -> str:
    """An actor's name, which also cannot hold a comma."""
    return _escape(value, _NAME, _ACTOR)


def escape_title(value: str) -> str:
    """The diagram's title (a title may hold ':')."""
    return _escape(value)


def render_journey(diagram: JourneyDiagram) -> str:
    """The text of *diagram*; names are escaped here, so pass them as they are."""
    lines = ["journey"]
    if diagram.title.strip():
        lines.append(f"    title {escape_title(diagram.title)}")
    if diagram.acc_title.strip():
        lines.append(f"    accTitle: {_one_line(diagram.acc_title)}")
    description = diagram.acc_descr.strip()
    if description and "\n" not in description and "\r" not in description:
        lines.append(f"    accDescr: {description}")
    elif description:
        body = _LINE_BREAKS.split(description.replace(_BRACE[0], _BRACE[1]))
        lines += ["    accDescr {", *body, "    }"]
    for section in diagram.sections:
        lines.append(f"    section {escape_name(section.name)}")
        for task in section.tasks:
            actors = ", ".join(escape_actor(actor) for actor in task.actors)
            line = f"      {escape_name(task.name)}: {task.score}"
            lines.append(f"{line}: {actors}" if actors else line)
    return "\n".join(lines) + "\n"

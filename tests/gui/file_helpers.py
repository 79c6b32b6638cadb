"""Helpers for tests of opening, saving, locks and recovery."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.model import edits as ed
from journeydesigner.ui import prompts
from journeydesigner.ui.main_window import MainWindow
from tests.conftest import ROOT

SNEAKERS = ROOT / "samples" / "zapatillas-omnicanal.journey"
TELECOM = ROOT / "samples" / "telecom-support.journey"


def copy_sample(folder: Path, name: str = "mapa.journey", sample: Path = SNEAKERS) -> Path:
    """A sample map copied to *folder* (tests never lock or write the repository's samples)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(sample, target)
    return target


def rename_first_card(window: MainWindow, title: str = "Cambiado en el taller") -> None:
    """One real edit through the document's undo stack."""
    card = window.document.journey.personas[0].timeline.cards[0]
    assert window.document.execute("Rename", ed.UpdateItem(card.id, {"title": title}))


@dataclass
class PromptLog:
    """Answers the file prompts and records what they were asked."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def args(self, name: str) -> tuple[Any, ...]:
        return next(args for called, args in self.calls if called == name)


def patch_prompts(monkeypatch: pytest.MonkeyPatch, **answers: Any) -> PromptLog:
    """Replace every function of ui.prompts by a recorder returning *answers*."""
    log = PromptLog(answers=answers)
    defaults: dict[str, Any] = {
        "show_open_error": None,
        "show_save_error": None,
        "ask_locked": prompts.LockChoice.READ_ONLY,
        "ask_overwrite_locked": False,
        "ask_reload": True,
        "ask_overwrite_changed": False,
        "tell_removed": None,
        "ask_save_changes": prompts.Button.Discard,
    }
    for name, default in defaults.items():
        answer = answers.get(name, default)

        def recorder(*args: Any, _name: str = name, _answer: Any = answer) -> Any:
            log.calls.append((_name, args))
            return _answer

        monkeypatch.setattr(prompts, name, recorder)
    return log

"""Recovery copies of unsaved work: written beside nothing of the user's, found again after a crash."""

from __future__ import annotations

import json
import os
import stat
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.model import JourneyMap
from journeydesigner.storage import JourneyFileError, JourneySaveError, dumps_map, recovery
from journeydesigner.storage.atomic import STALE_TEMP_SECONDS
from journeydesigner.storage.processes import ProcessIdentity, host_tag
from journeydesigner.storage.recovery import RecoveryEntry, RecoveryStore


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "datos" / "recovery")


@pytest.fixture
def me() -> ProcessIdentity:
    return ProcessIdentity.current("sesion-actual")


@pytest.fixture
def data(small_map: JourneyMap) -> bytes:
    return dumps_map(small_map)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The times the next writes will record (first in, first used)."""
    times: list[datetime] = []

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Clock:  # type: ignore[override]
            when = times.pop(0)
            return cls.fromtimestamp(when.timestamp(), tz)

    monkeypatch.setattr(recovery, "datetime", Clock)
    return times


def files(store: RecoveryStore) -> list[str]:
    return sorted(p.name for p in store.folder.iterdir())


# ---------------------------------------------------------------- round trip


def test_write_then_read_back(
    store: RecoveryStore, me: ProcessIdentity, small_map: JourneyMap, data: bytes, tmp_path: Path
) -> None:
    original = tmp_path / "clientes" / "compra.journey"
    before = datetime.now(UTC)
    store.write("doc-1", data, "Compra online de calzado", original, me)

    assert files(store) == ["doc-1.journey", "doc-1.json"]
    [entry] = store.entries()
    assert entry == RecoveryEntry(
        id="doc-1",
        title="Compra online de calzado",
        original_path=original,
        saved_at=entry.saved_at,
        owner=me,
        map_file=store.folder / "doc-1.journey",
    )
    assert entry.saved_at.utcoffset() == timedelta(0)
    assert before <= entry.saved_at <= datetime.now(UTC)
    assert entry.map_file.read_bytes() == data
    assert store.load(entry).model_dump() == small_map.model_dump()
    assert not original.parent.exists()  # the user's own folder is never touched
    if os.name == "posix":  # recovery copies may hold a client's confidential work
        assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


def test_a_never_saved_document_and_a_new_version(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    store.write("sin_titulo_1", data, "Sin título", None, me)
    store.write("sin_titulo_1", data.replace(b"Compra online", b"Compra en tienda"), "Otra", None, me)
    [entry] = store.entries()
    assert (entry.title, entry.original_path) == ("Otra", None)
    assert store.load(entry).title.startswith("Compra en tienda")
    assert files(store) == ["sin_titulo_1.journey", "sin_titulo_1.json"]


def test_names_that_json_escapes_come_back_unchanged(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    title = 'Viaje «premium» \\ "VIP" 😀\nsegunda línea'
    original = Path("/srv/compartido/Año 2026/mapa ñ.journey")
    owner = ProcessIdentity("josé", "PC-MARÍA", 123, "s")
    store.write("x", data, title, original, owner)
    [entry] = store.entries()
    assert (entry.title, entry.original_path, entry.owner) == (title, original, owner)


def test_entries_are_newest_first(
    store: RecoveryStore, me: ProcessIdentity, data: bytes, clock: list[datetime]
) -> None:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    clock.extend(start + timedelta(minutes=m) for m in (5, 30, 10, 20))
    for entry_id in ("cinco", "treinta", "diez", "veinte"):
        store.write(entry_id, data, entry_id, None, me)
    entries = store.entries()
    assert [e.id for e in entries] == ["treinta", "veinte", "diez", "cinco"]
    assert entries[0].saved_at == start + timedelta(minutes=30)


def test_an_empty_or_missing_folder_has_no_entries(store: RecoveryStore, me: ProcessIdentity) -> None:
    assert store.entries() == [] and store.orphaned(me) == []
    assert not store.folder.exists()  # reading does not create it
    store.folder.mkdir(parents=True)
    assert store.entries() == []


# ---------------------------------------------------------------- orphans


def test_orphans_are_the_entries_no_running_instance_owns(
    store: RecoveryStore, me: ProcessIdentity, data: bytes, live_pid: int, dead_pid: int
) -> None:
    owners = {
        "mio": me,
        "otra-instancia": ProcessIdentity(me.user, me.host, live_pid, "sesion-otra"),
        "proceso-muerto": ProcessIdentity(me.user, me.host, dead_pid, "sesion-muerta"),
        "pid-reutilizado": ProcessIdentity(me.user, me.host, me.pid, "sesion-anterior"),
        "otro-equipo": ProcessIdentity(me.user, "PC-REMOTO", live_pid, "sesion-remota"),
    }
    for entry_id, owner in owners.items():
        store.write(entry_id, data, entry_id, None, owner)
    assert len(store.entries()) == 5
    assert sorted(e.id for e in store.orphaned(me)) == ["otro-equipo", "pid-reutilizado", "proceso-muerto"]
    # Another running instance is not offered mine (nor the other copy of my live pid: it cannot
    # tell a reused pid from a running instance).
    them = owners["otra-instancia"]
    assert sorted(e.id for e in store.orphaned(them)) == ["otro-equipo", "proceso-muerto"]


# ---------------------------------------------------------------- broken pairs


def _metadata(store: RecoveryStore, entry_id: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((store.folder / f"{entry_id}.json").read_text(encoding="utf-8"))
    return document


BREAKAGES = {
    "not JSON": lambda doc: b"{ roto",
    "empty": lambda doc: b"",
    "not an object": lambda doc: b"[]",
    "no owner": lambda doc: {k: v for k, v in doc.items() if k != "owner"},
    "another id": lambda doc: {**doc, "id": "otro"},
    "title not text": lambda doc: {**doc, "title": 7},
    "pid not a number": lambda doc: {**doc, "owner": {**doc["owner"], "pid": "12"}},
    "pid is a boolean": lambda doc: {**doc, "owner": {**doc["owner"], "pid": True}},
    "bad time": lambda doc: {**doc, "saved_at": "ayer"},
    "path not text": lambda doc: {**doc, "original_path": ["a"]},
    "another format": lambda doc: {**doc, "format": "otra-cosa"},
    "not UTF-8": lambda doc: b'{"id": "\xff"}',
}


@pytest.mark.parametrize("breakage", list(BREAKAGES.values()), ids=list(BREAKAGES))
def test_corrupt_metadata_is_skipped_and_removed(
    store: RecoveryStore, me: ProcessIdentity, data: bytes, breakage: Any
) -> None:
    store.write("bueno", data, "Bueno", None, me)
    store.write("roto", data, "Roto", None, me)
    broken = breakage(_metadata(store, "roto"))
    content = broken if isinstance(broken, bytes) else json.dumps(broken).encode()
    (store.folder / "roto.json").write_bytes(content)
    assert [e.id for e in store.entries()] == ["bueno"]
    assert files(store) == ["bueno.journey", "bueno.json"]


def test_metadata_without_its_map_is_removed(store: RecoveryStore, me: ProcessIdentity, data: bytes) -> None:
    store.write("sin-mapa", data, "x", None, me)
    (store.folder / "sin-mapa.journey").unlink()
    assert store.entries() == []
    assert files(store) == []


def test_a_map_without_metadata_is_removed_only_when_old(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    # A write killed between its two files; a recent one may be a write in progress.
    store.folder.mkdir(parents=True)
    recent, old = store.folder / "reciente.journey", store.folder / "viejo.journey"
    for path in (recent, old):
        path.write_bytes(data)
    when = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(old, (when, when))
    assert store.entries() == []
    assert files(store) == ["reciente.journey"]


def test_metadata_of_a_newer_version_is_left_alone(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    store.write("futuro", data, "x", None, me)
    document = {**_metadata(store, "futuro"), "version": 2, "something_new": True}
    (store.folder / "futuro.json").write_text(json.dumps(document))
    assert store.entries() == []
    assert files(store) == ["futuro.journey", "futuro.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_metadata_that_cannot_be_read_now_is_kept(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    store.write("bloqueado", data, "x", None, me)
    (store.folder / "bloqueado.json").unlink()
    (store.folder / "bloqueado.json").mkdir()  # reading fails, as it would for a file in use
    assert store.entries() == []
    assert files(store) == ["bloqueado.journey", "bloqueado.json"]


def test_other_files_in_the_folder_are_ignored(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    store.write("doc", data, "x", None, me)
    for name in ("notas.txt", "nombre raro.json", ".oculto.json", "a" * 65 + ".json"):
        (store.folder / name).write_text("{}")
    assert [e.id for e in store.entries()] == ["doc"]
    assert len(files(store)) == 6


def test_loading_a_damaged_copy_names_the_recovery_file(
    store: RecoveryStore, me: ProcessIdentity, data: bytes
) -> None:
    store.write("doc", data, "x", None, me)
    [entry] = store.entries()
    entry.map_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(JourneyFileError) as info:
        store.load(entry)
    assert info.value.path == str(entry.map_file)
    assert str(info.value).startswith(f"{entry.map_file}: $: not valid JSON")


# ---------------------------------------------------------------- remove, ids, failures


def test_remove_is_idempotent(store: RecoveryStore, me: ProcessIdentity, data: bytes, dead_pid: int) -> None:
    store.remove("nunca-existio")  # no folder at all
    store.write("doc", data, "x", None, me)
    store.write("otro", data, "y", None, me)
    killed = store.folder / f".doc.journey.{host_tag()}-{dead_pid}.abcdefgh.tmp"
    killed.write_bytes(b"half")
    store.remove("doc")
    store.remove("doc")
    assert files(store) == ["otro.journey", "otro.json"]
    assert [e.id for e in store.entries()] == ["otro"]


@pytest.mark.parametrize(
    "bad_id", ["", "../fuera", "a/b", "a\\b", ".oculto", "con espacio", "año", "a" * 65, "x.json", "x\n"]
)
def test_ids_must_be_safe_file_names(
    store: RecoveryStore, me: ProcessIdentity, data: bytes, bad_id: str
) -> None:
    with pytest.raises(ValueError, match="invalid recovery id"):
        store.write(bad_id, data, "x", None, me)
    with pytest.raises(ValueError, match="invalid recovery id"):
        store.remove(bad_id)
    assert not store.folder.exists()


def test_good_ids(store: RecoveryStore, me: ProcessIdentity, data: bytes) -> None:
    for entry_id in ("a", "A-b_9", "x" * 64, "3f2a9c1e-77b0-4c1d-9e4e-0c9a1b2c3d4e"):
        store.write(entry_id, data, entry_id, None, me)
    assert len(store.entries()) == 4


def test_a_folder_that_cannot_be_created_is_a_save_error(
    tmp_path: Path, me: ProcessIdentity, data: bytes
) -> None:
    (tmp_path / "datos").write_text("a file where the folder should be")
    store = RecoveryStore(tmp_path / "datos" / "recovery")
    with pytest.raises(JourneySaveError) as info:
        store.write("doc", data, "x", None, me)
    assert info.value.path == str(store.folder / "doc.journey")
    assert "cannot save: a part of the path is not a folder" in str(info.value)


def test_a_failed_metadata_write_keeps_a_usable_copy(
    store: RecoveryStore,
    me: ProcessIdentity,
    data: bytes,
    small_map: JourneyMap,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.write("doc", data, "Primera", None, me)
    real_write = recovery.atomic_write_bytes

    def full_at_metadata(path: str | Path, content: bytes) -> None:
        if str(path).endswith(".json"):
            raise OSError(28, "No space left on device")
        real_write(path, content)

    monkeypatch.setattr(recovery, "atomic_write_bytes", full_at_metadata)
    with pytest.raises(JourneySaveError) as info:
        store.write("doc", data, "Segunda", None, me)
    monkeypatch.undo()
    assert info.value.path == str(store.folder / "doc.json")
    assert "the disk is full" in str(info.value)
    [entry] = store.entries()
    assert entry.title == "Primera"
    assert store.load(entry).model_dump() == small_map.model_dump()

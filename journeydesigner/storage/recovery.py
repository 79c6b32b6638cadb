"""Recovery copies of unsaved documents, kept in the app's own data folder.

Each entry is a pair of files: ``<id>.journey`` (the map, as ``dumps_map``
writes it) and ``<id>.json`` (what it is and who wrote it). The map is written
first and the metadata last, so metadata always has its map; the user's own
files are never touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from journeydesigner.model.journey import JourneyMap
from journeydesigner.storage.atomic import STALE_TEMP_SECONDS, atomic_write_bytes, remove_stale_temps
from journeydesigner.storage.errors import JourneySaveError, os_error_reason
from journeydesigner.storage.files import FILE_SUFFIX, load_map
from journeydesigner.storage.processes import ProcessIdentity, pid_alive

METADATA_SUFFIX = ".json"
_METADATA_FORMAT = "journeydesigner-recovery"
_METADATA_VERSION = 1
_MAX_METADATA_BYTES = 1024 * 1024
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy: the document's title and file, when and by whom it was written."""

    id: str
    title: str
    original_path: Path | None
    saved_at: datetime
    owner: ProcessIdentity
    map_file: Path


class RecoveryStore:
    """The recovery copies in *folder* (the app-data folder, never the user's)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def write(
        self,
        entry_id: str,
        data: bytes,
        title: str,
        original_path: Path | None,
        owner: ProcessIdentity,
    ) -> None:
        """Store (or replace) the recovery copy *entry_id* of a document.

        Raises :class:`JourneySaveError` naming the recovery file when it
        cannot be written; an earlier copy, if any, stays usable.
        """
        map_file, metadata_file = self._files(entry_id)
        metadata = {
            "format": _METADATA_FORMAT,
            "version": _METADATA_VERSION,
            "id": entry_id,
            "title": title,
            "original_path": None if original_path is None else os.fspath(original_path),
            "saved_at": datetime.now(UTC).isoformat(),
            "owner": {"user": owner.user, "host": owner.host, "pid": owner.pid, "session": owner.session},
        }
        target = map_file
        try:
            # Private: recovery copies may hold a client's confidential work.
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write_bytes(map_file, data)
            target = metadata_file
            atomic_write_bytes(metadata_file, (json.dumps(metadata, indent=2) + "\n").encode("ascii"))
        except OSError as exc:
            raise JourneySaveError(target, f"cannot save: {os_error_reason(exc, saving=True)}") from exc

    def remove(self, entry_id: str) -> None:
        """Delete the recovery copy *entry_id*, if there is one. Never raises OSError."""
        map_file, metadata_file = self._files(entry_id)
        # Metadata first: an interrupted removal leaves no metadata without its map.
        for path in (metadata_file, map_file):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                remove_stale_temps(path)

    def entries(self) -> list[RecoveryEntry]:
        """All recovery copies, newest first.

        Broken pairs (metadata without its map, metadata that cannot be
        parsed) are removed, and so are maps left without metadata for an hour
        by an interrupted write. Files that cannot be read just now are skipped.
        """
        try:
            names = set(os.listdir(self.folder))
        except OSError:
            return []
        found: list[RecoveryEntry] = []
        for name in sorted(names):
            entry_id, suffix = os.path.splitext(name)
            if not _ID.fullmatch(entry_id):
                continue
            if suffix == FILE_SUFFIX and entry_id + METADATA_SUFFIX not in names:
                self._remove_old_lone_map(self.folder / name)
            if suffix != METADATA_SUFFIX:
                continue
            map_file, metadata_file = self._files(entry_id)
            try:
                with open(metadata_file, "rb") as stream:
                    raw = stream.read(_MAX_METADATA_BYTES + 1)
            except OSError:
                continue  # removed meanwhile, or unreadable for now: not a reason to delete it
            try:
                entry = _parse_metadata(raw, entry_id, map_file)
            except _NewerFormatError:
                continue  # a newer version of the app wrote it: that version may still recover it
            if entry is None or not map_file.is_file():
                self.remove(entry_id)
                continue
            found.append(entry)
        found.sort(key=lambda entry: (entry.saved_at, entry.id), reverse=True)
        return found

    def orphaned(self, identity: ProcessIdentity) -> list[RecoveryEntry]:
        """The entries no running instance owns (newest first): the ones to offer to recover.

        Not orphaned: *identity*'s own, and those of another live process on
        this host. The same pid in another session is an earlier run whose pid
        was reused; other hosts' processes cannot be checked.
        """
        return [entry for entry in self.entries() if not _owner_running(entry.owner, identity)]

    def load(self, entry: RecoveryEntry) -> JourneyMap:
        """The map of *entry*; raises :class:`JourneyFileError` naming the recovery file."""
        return load_map(entry.map_file)

    def _files(self, entry_id: str) -> tuple[Path, Path]:
        if not isinstance(entry_id, str) or not _ID.fullmatch(entry_id):
            raise ValueError(f"invalid recovery id {entry_id!r}: use 1 to 64 of A-Z a-z 0-9 _ -")
        return self.folder / (entry_id + FILE_SUFFIX), self.folder / (entry_id + METADATA_SUFFIX)

    def _remove_old_lone_map(self, map_file: Path) -> None:
        # A write killed between the map and its metadata; a live writer finishes in moments.
        with contextlib.suppress(OSError):
            if time.time() - map_file.stat().st_mtime > STALE_TEMP_SECONDS:
                map_file.unlink()


class _NewerFormatError(Exception):
    """Metadata of a later format version, which this version must neither read nor delete."""


def _owner_running(owner: ProcessIdentity, identity: ProcessIdentity) -> bool:
    if owner.host != identity.host:
        return False
    if owner.pid == identity.pid:
        return owner.session == identity.session
    return pid_alive(owner.pid)


def _parse_metadata(raw: bytes, entry_id: str, map_file: Path) -> RecoveryEntry | None:
    """The entry that *raw* describes, or None when it is not valid metadata."""
    if len(raw) > _MAX_METADATA_BYTES:
        return None
    try:
        document: Any = json.loads(raw.decode("utf-8"))
        version = document["version"]
        if _is_int(version) and version > _METADATA_VERSION:
            raise _NewerFormatError
        owner: Any = document["owner"]
        original = document["original_path"]
        saved_at = datetime.fromisoformat(document["saved_at"])
        fields = (document["format"], document["id"], document["title"], owner["user"], owner["host"])
        pid = owner["pid"]
        session = owner["session"]
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    if fields[:2] != (_METADATA_FORMAT, entry_id) or not _is_int(version) or version != _METADATA_VERSION:
        return None
    if not all(isinstance(value, str) for value in (*fields, session)):
        return None
    if not _is_int(pid) or not (original is None or isinstance(original, str)):
        return None
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=UTC)
    return RecoveryEntry(
        id=entry_id,
        title=document["title"],
        original_path=None if original is None else Path(original),
        saved_at=saved_at,
        owner=ProcessIdentity(user=owner["user"], host=owner["host"], pid=pid, session=session),
        map_file=map_file,
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is not a number

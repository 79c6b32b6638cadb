"""A failed save says why in plain words, names the file, leaves it unchanged and leaves no temporary file."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from journeydesigner.model import JourneyMap
from journeydesigner.storage import JourneyFileError, JourneySaveError, dumps_map, load_map, save_map
from journeydesigner.storage.atomic import temp_files
from journeydesigner.storage.errors import os_error_reason
from tests.storage.unprivileged import (
    is_root,
    read_only,
    run_unprivileged,
    traversable_folder,
    writable_by_unprivileged,
)

PERMISSION = "permission denied: the folder or file is read-only or you lack the rights to write there"
VANISHED = "the folder no longer exists (it was moved, renamed or removed, or the drive was disconnected)"

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and errors")


@pytest.fixture
def changed(small_map: JourneyMap) -> JourneyMap:
    small_map.title = "Compra online (versión 2)"
    return small_map


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry of *folder*: name → bytes (None for a folder)."""
    return {p.name: (None if p.is_dir() else p.read_bytes()) for p in sorted(folder.iterdir())}


def check_message(message: str, path: Path, reason: str) -> None:
    assert len(message.splitlines()) == 1, message
    assert message == f"{path}: $: cannot save: {reason}", message


def check_failed_cleanly(err: BaseException, path: Path, reason: str) -> None:
    """The error a save raised: the one type, naming the file, with the plain cause."""
    assert isinstance(err, JourneySaveError), f"{type(err).__name__}: {err}"
    assert err.path == str(path)
    check_message(str(err), path, reason)
    assert not temp_files(path), temp_files(path)


# ---------------------------------------------------------------- read-only folder


def _save_and_report(journey: JourneyMap, path: Path) -> dict[str, Any]:
    """Try to save; the outcome as a JSON value (it may cross a pipe from a child process)."""
    try:
        save_map(journey, path)
    except JourneyFileError as exc:
        return {"type": type(exc).__name__, "message": str(exc), "path": exc.path}
    return {"type": None}


@posix_only
@pytest.mark.parametrize("existing", [True, False], ids=["over an existing file", "new file"])
def test_read_only_folder(small_map: JourneyMap, changed: JourneyMap, existing: bool) -> None:
    with traversable_folder() as folder:
        path = folder / "compra.journey"
        if existing:
            save_map(small_map, path)
        before = snapshot(folder)
        with read_only(folder):
            if writable_by_unprivileged(folder):
                pytest.skip("this file system does not enforce permissions")
            outcome = run_unprivileged(lambda: _save_and_report(changed, path))
        assert outcome["type"] == "JourneySaveError", outcome
        assert outcome["path"] == str(path)
        check_message(outcome["message"], path, PERMISSION)
        assert snapshot(folder) == before  # unchanged byte for byte, and no temporary file
        assert not temp_files(path)


@posix_only
def test_unreadable_file_is_refused_in_plain_words(small_map: JourneyMap) -> None:
    with traversable_folder() as folder:
        path = folder / "privado.journey"
        save_map(small_map, path)
        # Root's own file is private to root; another user's is made unreadable even to its owner.
        path.chmod(0o600 if is_root() else 0o000)

        def attempt() -> dict[str, Any]:
            try:
                load_map(path)
            except JourneyFileError as exc:
                return {"message": str(exc)}
            return {"message": None}

        outcome = run_unprivileged(attempt)
        if outcome["message"] is None:
            pytest.skip("this file system does not enforce permissions")
        assert outcome["message"] == (
            f"{path}: $: cannot read the file: permission denied: you lack the rights to read the file"
        )


# ---------------------------------------------------------------- the path


@pytest.mark.parametrize("saved_before", [False, True], ids=["never saved", "saved there before"])
def test_folder_that_vanished(tmp_path: Path, small_map: JourneyMap, saved_before: bool) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    path = usb / "compra.journey"  # chosen in the dialog ...
    if saved_before:
        save_map(small_map, path)
    shutil.rmtree(usb)  # ... then the stick is pulled out
    with pytest.raises(JourneySaveError) as info:
        save_map(small_map, path)
    check_failed_cleanly(info.value, path, VANISHED)
    assert not usb.exists()  # the save does not create it again
    assert [p.name for p in tmp_path.iterdir()] == []


def test_file_name_too_long(tmp_path: Path, small_map: JourneyMap) -> None:
    path = tmp_path / ("m" * 292 + ".journey")  # 300 characters: over the 255-byte limit
    before = snapshot(tmp_path)
    with pytest.raises(JourneySaveError) as info:
        save_map(small_map, path)
    check_failed_cleanly(info.value, path, "the path or file name is too long")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", ["m" * 247 + ".journey", "ñ" * 123 + ".journey"], ids=["ASCII", "accents"])
def test_a_long_but_legal_file_name_saves(tmp_path: Path, small_map: JourneyMap, name: str) -> None:
    # 255 bytes: the temporary file beside it gets a shortened name rather than failing.
    assert len(name.encode()) in (254, 255)
    path = tmp_path / name
    save_map(small_map, path)
    assert path.read_bytes() == dumps_map(small_map)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_path_through_a_file(tmp_path: Path, small_map: JourneyMap) -> None:
    report = tmp_path / "informe.pdf"
    report.write_bytes(b"%PDF-1.7 ...")
    path = report / "compra.journey"
    before = snapshot(tmp_path)
    with pytest.raises(JourneySaveError) as info:
        save_map(small_map, path)
    check_failed_cleanly(info.value, path, "a part of the path is not a folder")
    assert snapshot(tmp_path) == before


@posix_only
def test_a_folder_with_the_name_of_the_file(tmp_path: Path, small_map: JourneyMap) -> None:
    path = tmp_path / "compra.journey"
    path.mkdir()
    (path / "dentro.txt").write_text("no tocar")
    with pytest.raises(JourneySaveError) as info:
        save_map(small_map, path)
    check_failed_cleanly(info.value, path, "there is a folder with that name")
    assert (path / "dentro.txt").read_text() == "no tocar"
    assert [p.name for p in tmp_path.iterdir()] == ["compra.journey"]


# ---------------------------------------------------------------- disk full


class _FillsUp:
    """A file object that writes part of the data, then finds the disk full."""

    def __init__(self, stream: Any, error_number: int) -> None:
        self._stream = stream
        self._errno = error_number

    def __enter__(self) -> _FillsUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()

    def write(self, data: bytes) -> int:
        self._stream.write(data[: len(data) // 3])
        self._stream.flush()
        raise OSError(self._errno, os.strerror(self._errno))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@pytest.mark.parametrize("existing", [True, False], ids=["over an existing file", "new file"])
@pytest.mark.parametrize(
    ("where", "error_number"),
    [("write", errno.ENOSPC), ("fsync", errno.ENOSPC), ("write", errno.EDQUOT)],
    ids=["while writing", "at fsync (delayed allocation)", "quota while writing"],
)
def test_disk_full(
    tmp_path: Path,
    small_map: JourneyMap,
    changed: JourneyMap,
    monkeypatch: pytest.MonkeyPatch,
    existing: bool,
    where: str,
    error_number: int,
) -> None:
    path = tmp_path / "compra.journey"
    if existing:
        save_map(small_map, path)
    before = snapshot(tmp_path)
    if where == "write":
        real_fdopen = os.fdopen
        monkeypatch.setattr(
            os, "fdopen", lambda fd, *a, **k: _FillsUp(real_fdopen(fd, *a, **k), error_number)
        )
    else:

        def fsync(fd: int) -> None:
            raise OSError(error_number, os.strerror(error_number))

        monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(JourneySaveError) as info:
        save_map(changed, path)
    monkeypatch.undo()
    check_failed_cleanly(info.value, path, "the disk is full")
    assert snapshot(tmp_path) == before


# ---------------------------------------------------------------- the wording


@pytest.mark.parametrize(
    ("error_number", "saving", "expected"),
    [
        (errno.EACCES, True, PERMISSION),
        (errno.EPERM, True, PERMISSION),
        (errno.EROFS, True, "the drive is read-only"),
        (errno.ENOSPC, True, "the disk is full"),
        (errno.EDQUOT, True, "the disk is full"),
        (errno.ENOENT, True, VANISHED),
        (errno.ENOTDIR, True, "a part of the path is not a folder"),
        (errno.ENAMETOOLONG, True, "the path or file name is too long"),
        (errno.EISDIR, True, "there is a folder with that name"),
        (errno.EACCES, False, "permission denied: you lack the rights to read the file"),
        (
            errno.ENOENT,
            False,
            "the file does not exist (it was moved, renamed or removed, or the drive was disconnected)",
        ),
        (errno.EISDIR, False, "it is a folder, not a file"),
        (errno.EIO, True, os.strerror(errno.EIO)),  # no plainer words: the system's own
        (errno.EIO, False, os.strerror(errno.EIO)),
    ],
)
def test_os_errors_in_plain_words(error_number: int, saving: bool, expected: str) -> None:
    exc = OSError(error_number, os.strerror(error_number), "/ruta/compra.journey")
    assert os_error_reason(exc, saving=saving) == expected


def test_os_error_without_a_number_keeps_its_text() -> None:
    assert os_error_reason(OSError("the network went away"), saving=True) == "the network went away"


def test_a_file_in_use_on_windows() -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]  # what Windows sets for a sharing violation
    assert os_error_reason(exc, saving=True) == "the file is in use by another program"


def test_read_only_drive(tmp_path: Path, small_map: JourneyMap, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only_drive(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    path = tmp_path / "compra.journey"
    monkeypatch.setattr(tempfile, "mkstemp", read_only_drive)
    with pytest.raises(JourneySaveError) as info:
        save_map(small_map, path)
    monkeypatch.undo()
    check_failed_cleanly(info.value, path, "the drive is read-only")
    assert not path.exists()

"""Who is running: this instance's identity, and whether another process still runs. No Qt."""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class ProcessIdentity:
    """One running instance of the app: its user, host, process id and session.

    The session is a random id the app picks at start-up: process ids are
    reused (after a reboot the same pid is common), the session tells a new
    run from an old one.
    """

    user: str
    host: str
    pid: int
    session: str

    @classmethod
    def current(cls, session: str) -> ProcessIdentity:
        """The identity of this process in *session*."""
        return cls(user=current_user(), host=host_name(), pid=os.getpid(), session=session)


def current_user() -> str:
    """The login name, or "unknown" when the system cannot tell."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no name in the environment nor in the user database
        user = ""
    return user or "unknown"


def host_name() -> str:
    """This computer's network name."""
    try:
        return socket.gethostname()
    except OSError:
        return ""


def host_tag() -> str:
    """8 hex characters that stand for this host in file names.

    A hash rather than the name: host names may hold characters that file
    names cannot, and the tag always has the same length.
    """
    return hashlib.sha256(host_name().encode("utf-8", "surrogatepass")).hexdigest()[:8]


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host.

    When in doubt the answer is True: callers delete files of dead processes,
    and a live one's files must never go.
    """
    if pid <= 0:
        return False  # 0 and negative ids name process groups, never a process of ours
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:  # ESRCH
        return False
    except PermissionError:  # EPERM: it exists but belongs to another user
        return True
    except OverflowError:  # larger than any pid
        return False
    except OSError:
        return True
    return True


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _STILL_ACTIVE = 259
    _ERROR_ACCESS_DENIED = 5

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    _kernel32.OpenProcess.restype = wintypes.HANDLE
    _kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    _kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    _kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    _kernel32.CloseHandle.restype = wintypes.BOOL

    def _windows_pid_alive(pid: int) -> bool:
        if pid > 0xFFFFFFFF:
            return False
        handle = _kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            # Access denied means the process exists (another user's or a system one).
            return ctypes.get_last_error() == _ERROR_ACCESS_DENIED
        try:
            code = wintypes.DWORD()
            if not _kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            _kernel32.CloseHandle(handle)

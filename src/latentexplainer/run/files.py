"""Files inside a run directory, which is data from someone else (a colleague's tarball, a
copied run): nothing here follows a symbolic link, reads or writes outside the folder, or reads
anything but a regular file of bounded size.

Every path is given relative to the run directory. Each folder on the way is opened without
following links (``O_NOFOLLOW | O_DIRECTORY``, one level at a time from the run directory's
own descriptor), so a planted ``images -> /elsewhere`` is refused, not written through. Files
are written atomically: a temporary file created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` (a
planted ``config.json.tmp -> /victim`` is removed, never opened), fsynced, then renamed over
the target (a rename replaces a link, it does not write through it).
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .. import atomic
from ..errors import OutOfSpaceError, RunDirError
from ..structured import read_open

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_NOFOLLOW", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
MAX_READ = 256 * 1024 * 1024  # bytes: no file of a run is read beyond this


def parts_of(rel: str | Path) -> tuple[str, ...]:
    """The components of a path inside a run directory; anything that could leave it (an
    absolute path, '..', a drive) is refused with one line."""
    text = str(rel)
    parts = tuple(p for p in text.replace("\\", "/").split("/") if p not in ("", "."))
    if not parts or text.startswith(("/", "\\")) or ":" in parts[0] or any(p == ".." or "\0" in p for p in parts):
        raise RunDirError(f"the path {text[:200]!r} does not lie inside the run directory; a run names its "
                          "files relative to itself (images/z0_s0.png), without '..'")
    return parts


def _refuse(root: Path, rel: str, exc: OSError) -> RunDirError:
    import errno

    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
        return RunDirError(f"{root}: '{rel}' is a symbolic link or not a folder; a run directory holds "
                           "only its own files and folders (remove the link, or use a new --out)")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return OutOfSpaceError(f"cannot write '{rel}' in {root} ({exc.strerror or exc}); every finished unit is "
                               "kept: free some space, then continue")
    return RunDirError(f"cannot use '{rel}' in {root} ({exc.strerror or exc}); choose a folder you can write "
                       "with --out")


@contextmanager
def folder(root: Path, parts: tuple[str, ...] = (), create: bool = False) -> Iterator[int]:
    """A descriptor of the folder ``root/parts`` reached without following links (created
    on the way with ``create``); closed afterwards."""
    root = Path(root)
    try:
        fd = os.open(root, _DIR_FLAGS)
    except OSError as exc:
        raise _refuse(root, ".", exc) from None
    try:
        for i, part in enumerate(parts):
            try:
                if create and not _present(part, fd):
                    os.mkdir(part, atomic.DIR_MODE, dir_fd=fd)
                nxt = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except FileNotFoundError:
                raise
            except OSError as exc:
                raise _refuse(root, "/".join(parts[: i + 1]), exc) from None
            os.close(fd)
            fd = nxt
        yield fd
    finally:
        os.close(fd)


def _present(name: str, dir_fd: int) -> bool:
    """Whether a name exists in a folder (a link counts: it is refused when opened, never replaced)."""
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        return True
    except FileNotFoundError:
        return False


def make_folder(root: Path, rel: str | Path) -> None:
    """Create ``root/rel`` (and the folders on the way) without following links."""
    with folder(root, parts_of(rel), create=True):
        pass


def read_bytes(root: Path, rel: str | Path, limit: int = MAX_READ) -> bytes:
    """A regular file inside the run directory, at most ``limit`` bytes; anything else (a link,
    a device, a fifo, a path outside, a file too large) raises RunDirError."""
    parts = parts_of(rel)
    with folder(root, parts[:-1]) as d:
        try:
            fd = os.open(parts[-1], os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK, dir_fd=d)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            raise _refuse(Path(root), str(rel), exc) from None
        try:
            return read_open(fd, limit, lambda why: RunDirError(
                f"{root}: '{rel}' {why}; a run directory holds only its own files, of sizes a run writes"))
        finally:
            os.close(fd)


def read_text(root: Path, rel: str | Path, limit: int = MAX_READ) -> str:
    try:
        return read_bytes(root, rel, limit).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RunDirError(f"{root}: '{rel}' is not UTF-8 text ({exc.reason}); is this a run directory?") from None


def exists(root: Path, rel: str | Path) -> bool:
    """Whether ``rel`` is a regular file of the run directory (a link is not)."""
    parts = parts_of(rel)
    try:
        with folder(root, parts[:-1]) as d:
            return stat.S_ISREG(os.stat(parts[-1], dir_fd=d, follow_symlinks=False).st_mode)
    except (OSError, RunDirError):
        return False


def names(root: Path, rel: str | Path = "") -> list[str]:
    """The names of the regular files in a folder of the run directory (links left out); [] when
    the folder does not exist."""
    parts = parts_of(rel) if str(rel) not in ("", ".") else ()
    try:
        with folder(root, parts) as d:
            with os.scandir(d) as it:
                return sorted(e.name for e in it if e.is_file(follow_symlinks=False))
    except FileNotFoundError:
        return []


def temporaries(root: Path, rel: str | Path = "") -> list[str]:
    """The leftover temporaries (NAME.tmp) in a folder of the run directory: files, and links
    planted under such a name (removed like the others, never followed)."""
    parts = parts_of(rel) if str(rel) not in ("", ".") else ()
    try:
        with folder(root, parts) as d:
            with os.scandir(d) as it:
                return sorted(e.name for e in it if e.name.endswith(".tmp") and not e.is_dir(follow_symlinks=False))
    except FileNotFoundError:
        return []


def write_atomic(root: Path, rel: str | Path, data: bytes | str) -> None:
    """Write a file of the run directory atomically, never through a link (see the module)."""
    parts = parts_of(rel)
    with folder(root, parts[:-1], create=True) as d:
        try:  # the temporary is NAME.tmp: a run left by kill -9 has its leftovers cleaned on reopening
            atomic.write_atomic(parts[-1], data, dir_fd=d, tmp=parts[-1] + ".tmp")
        except OSError as exc:
            raise _refuse(Path(root), str(rel), exc) from None


def append_text(root: Path, rel: str | Path, text: str) -> None:
    """Append to a regular file of the run directory (created when absent), never through a
    link, with one write and an fsync: a line appended is whole unless the machine dies
    mid-write, and a reader ignores a torn last line."""
    parts = parts_of(rel)
    with folder(root, parts[:-1], create=True) as d:
        try:
            fd = os.open(parts[-1], os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | os.O_NONBLOCK, atomic.FILE_MODE,
                         dir_fd=d)
        except OSError as exc:
            raise _refuse(Path(root), str(rel), exc) from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise RunDirError(f"{root}: '{rel}' is not a regular file; remove it, or use a new --out")
            data = text.encode("utf-8")
            while data:
                data = data[os.write(fd, data):]
            os.fsync(fd)
        except OSError as exc:
            raise _refuse(Path(root), str(rel), exc) from None
        finally:
            os.close(fd)


def remove(root: Path, rel: str | Path) -> None:
    """Remove a file (a link itself, never its target); nothing when it is not there."""
    parts = parts_of(rel)
    with folder(root, parts[:-1]) as d:
        try:
            os.unlink(parts[-1], dir_fd=d)
        except FileNotFoundError:
            pass


def open_lock(root: Path, name: str = ".lock") -> int:
    """A descriptor of the run's lock file, opened read-write without following a link."""
    with folder(root) as d:
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | _NOFOLLOW, atomic.FILE_MODE, dir_fd=d)
        except OSError as exc:
            raise _refuse(Path(root), name, exc) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise RunDirError(f"{root}: '{name}' is not a regular file; remove it, or use a new --out")
    return fd

"""The one way we write a file: atomically, durably, never through a link.

:func:`write_atomic` writes a temporary beside the target (created with ``O_CREAT | O_EXCL |
O_NOFOLLOW``, so a planted link is never opened), fsyncs it, renames it over the target and
fsyncs the folder, so after a crash the target holds either its old or its new bytes. A
temporary left by a failed write is removed. Errors are ``OSError``: callers say what the file
was for.

Every file the project writes is created with :data:`FILE_MODE` (folders with :data:`DIR_MODE`),
which the process's umask then narrows, as for any program: 0644 under umask 022, 0600 under
077, 0664 under 002.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
FILE_MODE = 0o666  # what a new file asks for; the umask takes away the rest (0666 & ~umask)
DIR_MODE = 0o777  # likewise for a new folder


def write_atomic(path: str | Path, data: bytes | str, *, dir_fd: int | None = None, tmp: str | None = None,
                 durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically. With ``dir_fd`` (an open folder), ``path`` is a
    name inside that folder; else the folder is ``path``'s parent, opened here. ``tmp`` names
    the temporary (default: a unique hidden name); a leftover of that name is removed first.
    ``durable=False`` skips both fsyncs: still never a torn file while the machine runs, but a
    power cut may leave it empty - for files a reader may find unreadable and rebuild (a cache)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if dir_fd is None:
        p = Path(path)
        folder = os.open(p.parent if str(p.parent) else ".", os.O_RDONLY | _DIRECTORY)
        try:
            write_atomic(p.name, raw, dir_fd=folder, tmp=tmp, durable=durable)
        finally:
            os.close(folder)
        return
    name = str(path)
    tmp = tmp or f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        os.unlink(tmp, dir_fd=dir_fd)  # a leftover, or a planted link: the link goes, not its target
    except FileNotFoundError:
        pass
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE, dir_fd=dir_fd)
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        if durable:
            os.fsync(dir_fd)
    except OSError:
        try:  # a write cut short (a full disk): its temporary goes, the file it replaces stays
            os.unlink(tmp, dir_fd=dir_fd)
        except OSError:
            pass
        raise

"""The response cache: one JSON file per answer under ``root/<backend>/<key[:2]>/<key>.json``,
keyed by what changes an answer (the endpoint too), written atomically, checked writable
before any call. Never an error and never the API key."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import uuid
from pathlib import Path

from ..atomic import write_atomic
from ..errors import (
    ConfigError,
    OutOfSpaceError,
    RunDirError,
)
from ..records import Response

CACHE_VERSION = 1

# --------------------------------------------------------------------------- cache
class ResponseCache:
    """One JSON file per answer under ``root/<backend>/<key[:2]>/<key>.json``, written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def check(self) -> "ResponseCache":
        """Make sure answers can be stored before any is paid for: the folder exists (or is
        created) and takes a file; else one ConfigError line."""
        probe = self.root / f".write-test-{uuid.uuid4().hex}"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise ConfigError(f"the response cache folder {self.root} cannot be written ({exc.strerror or exc}); "
                              "give --cache-dir a folder you can write (answers are stored there as they "
                              "arrive, so nothing is paid twice)") from None
        return self

    @staticmethod
    def key(backend: str, model: str, answer_options: dict, prompt: str, image_hashes: list[str], sample: int,
            endpoint: str | None = None) -> str:
        """What changes an answer. ``endpoint`` (the server's address, when one is given) is part of
        it: two self-hosted servers may serve different models under one name. Never the key."""
        fields = {"v": CACHE_VERSION, "backend": backend, "model": model, "options": answer_options,
                  "prompt": prompt, "images": image_hashes, "sample": sample}
        if endpoint:
            fields["endpoint"] = endpoint
        return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()

    def _path(self, backend: str, key: str) -> Path:
        return self.root / backend / key[:2] / f"{key}.json"

    def get(self, backend: str, key: str) -> Response | None:
        path = self._path(backend, key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            r = data["response"]
            return Response(str(r["text"]), int(r["sample"]), bool(r.get("abstained", False)),
                            tuple(r.get("attributes", ())), str(r.get("status", "ok")), str(r.get("reason", "")),
                            dict(r.get("usage", {})), cached=True, model=str(r.get("model", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or unreadable: ask again

    def put(self, backend: str, model: str, key: str, response: Response, endpoint: str | None = None) -> None:
        """Store one answer (never an error: those are transient). ``model`` is the name asked for;
        the response keeps the name the server reported."""
        if response.status == "error":
            return
        path = self._path(backend, key)
        record = {"version": CACHE_VERSION, "backend": backend, "model": model,
                  "response": {"text": response.text, "sample": response.sample, "abstained": response.abstained,
                               "attributes": list(response.attributes), "status": response.status,
                               "reason": response.reason, "usage": response.usage, "model": response.model}}
        if endpoint:
            record["endpoint"] = endpoint
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(record, ensure_ascii=False))
        except OSError as exc:  # checked writable at the start: the disk filled up, or it was taken away
            kind = OutOfSpaceError if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) \
                else RunDirError
            raise kind(f"cannot store an answer in the response cache {self.root} ({exc.strerror or exc}); "
                       "the answers stored so far are kept: make room, then continue") from None

"""The response cache, a wrapper around any backend that can say what it asks.

:class:`ResponseCache` stores one JSON file per answer under
``root/<backend>/<key[:2]>/<key>.json``, keyed by what changes an answer (the endpoint too),
written atomically, checked writable before any call; never an error, never the API key.

:func:`with_cache` wraps a backend that is :class:`Cacheable` (it names its identity and turns
each sequence into the :class:`~.base.Ask` it sends) in a :class:`CachedBackend`: cached
answers are served, the rest are asked of the backend through its ``ask_groups``, each
question in a group of its own so each answer is stored as it arrives; the questions are
built once, for the key and for sending. A backend that is not Cacheable (the probe measures, replay
reads a file) is returned unchanged: no backend takes or drops a cache option."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

from ..atomic import write_atomic
from ..errors import (
    ConfigError,
    OutOfSpaceError,
    RunDirError,
)
from ..records import Response
from .base import Ask, Asker, DoneFn, ExplainRequest, ModelContext

CACHE_VERSION = 1
# the answer options every version-1 key holds; a backend without one (Anthropic takes no
# temperature) keys with its v1 default, so answers cached by earlier releases are found
V1_ANSWER_DEFAULTS = {"temperature": None, "image_detail": "auto"}

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
        fields = {"v": CACHE_VERSION, "backend": backend, "model": model,
                  "options": {**V1_ANSWER_DEFAULTS, **answer_options},
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
            # not fsynced (two per answer held the caller up behind the answers arriving): a file a
            # power cut leaves empty reads as absent and is asked again; the run's records are durable
            write_atomic(path, json.dumps(record, ensure_ascii=False), durable=False)
        except OSError as exc:  # checked writable at the start: the disk filled up, or it was taken away
            kind = OutOfSpaceError if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) \
                else RunDirError
            raise kind(f"cannot store an answer in the response cache {self.root} ({exc.strerror or exc}); "
                       "the answers stored so far are kept: make room, then continue") from None


# --------------------------------------------------------------------------- the wrapper
@dataclass(frozen=True)
class CachePolicy:
    """Where answers are cached, and whether cached ones are read (``read=False``: ask again,
    still storing the new answers: ``--no-cache``)."""

    root: Path
    read: bool = True


@dataclass(frozen=True)
class CacheIdentity:
    """What, besides the question, changes a backend's answer: its name, the model, the answer
    options (:meth:`~.options.Options.answer_fields`) and the server's address (None: the
    provider's default)."""

    backend: str
    model: str
    options: dict = field(default_factory=dict)
    endpoint: str | None = None


@runtime_checkable
class Cacheable(Asker, Protocol):
    """A backend whose answers may be cached: it says who answers, what it would ask for each
    sequence of a request, and answers groups of questions as each group completes."""

    def cache_identity(self) -> CacheIdentity:
        """Who answers (never the API key)."""

    def question(self, request: ExplainRequest, j: int) -> Ask:
        """The question the backend sends for the request's j-th sequence."""

    def ask_groups(self, groups: list[list[Ask]], on_done: DoneFn) -> None:
        """Answer every group (concurrently where the backend can); ``on_done(k, responses)`` on
        the calling thread as soon as group k is answered."""


# what Cacheable asks of a backend (its class), for `latentexplainer backends`
CACHEABLE_METHODS = ("ask_many", "ask_groups", "cache_identity", "question")


class CachedBackend:
    """A :class:`Cacheable` backend behind a :class:`ResponseCache`. Everything else (name, model,
    options, packing) is the wrapped backend's. ``stats['cache_hits']``: answers served from
    the cache in the last call."""

    def __init__(self, inner: Cacheable, cache: ResponseCache, read: bool = True) -> None:
        self.inner = inner
        self.cache = cache
        self.read = read
        self.hits = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __repr__(self) -> str:
        return f"CachedBackend({self.inner!r}, root={str(self.cache.root)!r}, read={self.read})"

    @property
    def stats(self) -> dict:
        return {**getattr(self.inner, "stats", {}), "cache_hits": self.hits}

    def prepare(self, context: ModelContext) -> None:
        self.inner.prepare(context)

    def _key(self, ident: CacheIdentity, ask: Ask) -> str:
        return ResponseCache.key(ident.backend, ident.model, ident.options, ask.prompt,
                                 [p.sha256 for p in ask.images], ask.sample, endpoint=ident.endpoint)

    def _lookup(self, ident: CacheIdentity, key: str, sample: int) -> Response | None:
        hit = self.cache.get(ident.backend, key) if self.read else None
        if hit is None:
            return None
        self.hits += 1
        return replace(hit, sample=sample, cached=True)

    def _store(self, ident: CacheIdentity, key: str, response: Response) -> None:
        if response.status != "error":  # errors are transient: ask again next time
            self.cache.put(ident.backend, ident.model, key, response, endpoint=ident.endpoint)

    def describe(self, request: ExplainRequest) -> list[Response]:
        out: list[list[Response]] = []
        self.describe_many([request], lambda k, responses: out.append(responses))
        return out[0]

    def describe_many(self, requests: list[ExplainRequest], on_done: DoneFn) -> None:
        """Cached answers at once; every other question asked of the backend on its own
        (:meth:`Cacheable.ask_groups`, groups of one), stored as it is answered; ``on_done``
        when all answers of a request are in."""
        slots = [[None] * len(r.sequences) for r in requests]
        asks = [(k, j, self.inner.question(r, j)) for k, r in enumerate(requests) for j in range(len(r.sequences))]

        def filled(k: int, j: int, response: Response) -> None:
            slots[k][j] = response
            if all(r is not None for r in slots[k]):
                on_done(k, list(slots[k]))

        self._answer(asks, filled)

    def ask_many(self, asks: list[Ask]) -> list[Response]:
        """Cached answers, and the rest asked of the backend, each stored as it is answered."""
        out: list[Response | None] = [None] * len(asks)

        def filled(k: int, _j: int, response: Response) -> None:
            out[k] = response

        self._answer([(k, 0, a) for k, a in enumerate(asks)], filled)
        return [r for r in out if r is not None]

    def _answer(self, asks: list[tuple[int, int, Ask]], filled: Callable[[int, int, Response], None]) -> None:
        """``filled(k, j, response)`` for every (k, j, question): from the cache, else from the
        backend (then into the cache)."""
        self.hits = 0
        ident = self.inner.cache_identity()
        missing = []
        for k, j, ask in asks:
            key = self._key(ident, ask)
            hit = self._lookup(ident, key, ask.sample)
            if hit is None:
                missing.append((k, j, ask, key))
            else:
                filled(k, j, hit)

        def done(i: int, responses: list[Response]) -> None:
            k, j, _, key = missing[i]
            self._store(ident, key, responses[0])
            filled(k, j, responses[0])

        if missing:
            self.inner.ask_groups([[ask] for _, _, ask, _ in missing], done)


def with_cache(backend: Any, policy: CachePolicy | None) -> Any:
    """The backend behind the response cache when it is :class:`Cacheable` and a policy is given;
    else the backend itself. The cache folder is checked writable here, before any call."""
    if policy is None or not isinstance(backend, Cacheable) or isinstance(backend, CachedBackend):
        return backend
    return CachedBackend(backend, ResponseCache(policy.root).check(), policy.read)

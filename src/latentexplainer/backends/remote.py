"""Shared machinery of the remote (API) backends: options, keys, images, retries, cache, runner.

A provider module subclasses :class:`RemoteBackend` and writes four small hooks: make a
client, send one call, read one reply, close the client. Everything else lives here:

* :class:`RemoteOptions` and :func:`parse_options` - the allowed options, validated strictly;
* :func:`resolve_key` - the API key from the ``api_key`` option or the provider's variable;
* :func:`load_images` - one PNG (``composite``) or one PNG per frame (``frames``), resized;
* :func:`classify` and :class:`Backoff` - our retry policy (the SDKs' own retries are off);
* :class:`ResponseCache` - one JSON file per answer, keyed by what changes the answer (the
  endpoint too: a self-hosted server's address identifies its model);
* :meth:`RemoteBackend.describe_many` - every call of every request concurrently (asyncio,
  a semaphore of ``concurrency``, an optional requests-per-minute limiter), ``on_done`` on
  the calling thread as soon as all answers of a request are in.

The API key is never written: not to the cache, not into an error message.
"""

from __future__ import annotations

import abc
import asyncio
import base64
import errno
import functools
import hashlib
import importlib
import io
import json
import os
import queue
import random
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from PIL import Image

from ..errors import (
    BackendError,
    ConfigError,
    MissingDependencyError,
    MissingKeyError,
    OutOfSpaceError,
    RunDirError,
    one_line,
    url_passwords,
    url_without_password,
    without_secrets,
)
from ..records import Response
from .base import BaseBackend, DoneFn, ExplainRequest

PACKINGS = ("composite", "frames")
DETAILS = ("auto", "low", "high")
RETRY_STATUSES = frozenset({408, 409, 425, 429}) | frozenset(range(500, 600))
MAX_RETRY_AFTER = 120.0  # seconds: a longer Retry-After is cut to this
CACHE_VERSION = 1
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # src/latentexplainer

# every option a remote backend may accept; each backend allows a subset (``allowed``)
ALL_OPTIONS = ("api_key", "base_url", "temperature", "max_tokens", "image_detail", "image_size",
               "concurrency", "rpm", "timeout", "max_retries", "cache_dir", "no_cache", "packing")
COMMON_OPTIONS = frozenset(ALL_OPTIONS) - {"image_detail"}
# the options that change an answer (and so the cache key); never api_key or pacing (the endpoint,
# base_url, joins the key separately: RemoteBackend.endpoint)
ANSWER_OPTIONS = ("temperature", "max_tokens", "image_detail", "image_size", "packing")


# --------------------------------------------------------------------------- options
@dataclass(frozen=True)
class RemoteOptions:
    """Validated options of a remote backend (see :func:`parse_options`)."""

    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    temperature: float | None = None  # None: the provider's default
    max_tokens: int = 1024
    image_detail: str = "auto"  # OpenAI only
    image_size: int = 2048  # longest side in pixels sent; a smaller strip is sent as rendered
    concurrency: int = 16
    rpm: float | None = None  # requests per minute, None: no limit
    timeout: float = 120.0  # seconds per call
    max_retries: int = 6
    cache_dir: Path | None = None
    no_cache: bool = False
    packing: str = "composite"

    def answer_fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ANSWER_OPTIONS}


def _number(name: str, value: Any, lo: float, hi: float, backend: str, integer: bool = False) -> float | int:
    kind = "an integer" if integer else "a number"
    bad = ConfigError(f"option '{name}' of the {backend} backend must be {kind} in [{lo:g}, {hi:g}], got {value!r}")
    if isinstance(value, bool):
        raise bad
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise bad from None
    if not np.isfinite(x) or not lo <= x <= hi or (integer and x != int(x)):
        raise bad
    return int(x) if integer else x


def _flag(name: str, value: Any, backend: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, str)) and str(value).strip().lower() in ("1", "0", "true", "false", "yes", "no"):
        return str(value).strip().lower() in ("1", "true", "yes")
    raise ConfigError(f"option '{name}' of the {backend} backend must be true or false, got {value!r}")


def _choice(name: str, value: Any, allowed: tuple[str, ...], backend: str) -> str:
    if value not in allowed:
        raise ConfigError(f"option '{name}' of the {backend} backend must be one of {', '.join(allowed)}, "
                          f"got {value!r}")
    return str(value)


def parse_options(options: dict | None, backend: str, allowed: frozenset[str] = COMMON_OPTIONS) -> RemoteOptions:
    """Check every option against ``allowed`` and its type and range; None values mean 'default'."""
    opts = {k: v for k, v in dict(options or {}).items() if v is not None}
    unknown = sorted(set(opts) - set(allowed))
    if unknown:
        raise ConfigError(f"unknown option(s) for the {backend} backend: {', '.join(unknown)}; "
                          f"allowed: {', '.join(sorted(allowed))}")
    out: dict[str, Any] = {}
    if "api_key" in opts:
        key = opts["api_key"]
        if not isinstance(key, str) or not key.strip():
            raise ConfigError(f"option 'api_key' of the {backend} backend must be a non-empty string")
        out["api_key"] = key.strip()
    if "base_url" in opts:
        url = opts["base_url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigError(f"option 'base_url' of the {backend} backend must start with http:// or https://, "
                              f"got {url!r}")
        out["base_url"] = url.rstrip("/")
    if "temperature" in opts:
        out["temperature"] = _number("temperature", opts["temperature"], 0, 2, backend)
    if "max_tokens" in opts:
        out["max_tokens"] = _number("max_tokens", opts["max_tokens"], 1, 200_000, backend, integer=True)
    if "image_detail" in opts:
        out["image_detail"] = _choice("image_detail", opts["image_detail"], DETAILS, backend)
    if "image_size" in opts:
        out["image_size"] = _number("image_size", opts["image_size"], 64, 8192, backend, integer=True)
    if "concurrency" in opts:
        out["concurrency"] = _number("concurrency", opts["concurrency"], 1, 1024, backend, integer=True)
    if "rpm" in opts:
        out["rpm"] = _number("rpm", opts["rpm"], 0.001, 1_000_000, backend)
    if "timeout" in opts:
        out["timeout"] = _number("timeout", opts["timeout"], 0.001, 3600, backend)
    if "max_retries" in opts:
        out["max_retries"] = _number("max_retries", opts["max_retries"], 0, 20, backend, integer=True)
    if "cache_dir" in opts:
        cd = opts["cache_dir"]
        if not isinstance(cd, (str, os.PathLike)) or not str(cd):
            raise ConfigError(f"option 'cache_dir' of the {backend} backend must be a folder path, got {cd!r}")
        out["cache_dir"] = Path(cd).expanduser()
    if "no_cache" in opts:
        out["no_cache"] = _flag("no_cache", opts["no_cache"], backend)
    if "packing" in opts:
        out["packing"] = _choice("packing", opts["packing"], PACKINGS, backend)
    return RemoteOptions(**out)


def resolve_key(explicit: str | None, env_vars: tuple[str, ...], backend: str) -> tuple[str, str]:
    """(key, where it came from) from the ``api_key`` option, else the first set variable."""
    if explicit:
        return explicit, "the api_key option"
    for var in env_vars:
        value = os.environ.get(var, "").strip()
        if value:
            return value, f"the environment variable {var}"
    names = " or ".join(env_vars)
    raise MissingKeyError(f"the {backend} backend needs an API key: set {names} "
                          f"(e.g. export {env_vars[0]}=...) or pass the api_key option")


def require(module: str, package: str, extra: str, purpose: str) -> Any:
    """Import an optional SDK, or fail with the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(package, extra, purpose) from None


def redact(text: str, *secrets: str | None) -> str:
    """One line, never containing a secret (nor a URL's password)."""
    return without_secrets(one_line(text), secrets)


# --------------------------------------------------------------------------- images
@dataclass(frozen=True)
class ImagePart:
    """One PNG to send, with the words that introduce it ('' for none)."""

    label: str
    data: bytes

    @property
    def b64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def fit_png(data: bytes, limit: int) -> bytes:
    """The PNG as it is when its longest side is <= limit, else scaled down to it."""
    with Image.open(io.BytesIO(data)) as img:
        if max(img.size) <= limit:
            return data
        scale = limit / max(img.size)
        size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
        return _png(img.convert("RGB").resize(size, Image.Resampling.LANCZOS))


def frame_png(frame: np.ndarray, scale: int = 2) -> bytes:
    """(C, H, W) float in [0, 1] -> PNG bytes, enlarged like the strips (nearest neighbour)."""
    im = np.asarray(frame, dtype=np.float32).transpose(1, 2, 0)
    if im.shape[-1] == 1:
        im = np.repeat(im, 3, -1)
    img = Image.fromarray(np.clip(im * 255 + 0.5, 0, 255).astype(np.uint8))
    return _png(img.resize((img.width * scale, img.height * scale), Image.Resampling.NEAREST) if scale > 1 else img)


def load_images(request: ExplainRequest, j: int, packing: str, limit: int) -> list[ImagePart]:
    """The images of the request's j-th sequence as the packing asks, each within ``limit`` px."""
    seq = request.sequences[j]
    if packing == "frames":
        parts = []
        for r, row in enumerate(seq.rows):
            for f in range(len(row.frames)):
                value = f" (z_i = {row.values[f]:g})" if f < len(row.values) else ""
                parts.append(ImagePart(f"Row {r + 1}, frame {f + 1}{value}:", fit_png(frame_png(row.frames[f]), limit)))
        return parts
    if j < len(request.images):
        path = Path(request.images[j])
        try:
            data = path.read_bytes()
        except OSError as e:
            raise BackendError(f"cannot read the strip image {path} of z{request.latent.index}: {e.strerror}; "
                               "render the sequences before asking a backend") from None
    else:  # no file given: render the strip in memory
        from ..render.strips import sequence_image

        data = _png(sequence_image(seq))
    return [ImagePart("", fit_png(data, limit))]


# --------------------------------------------------------------------------- retries
@dataclass(frozen=True)
class Failure:
    """What went wrong with one call: ``kind`` is retry, fatal or malformed."""

    kind: str
    message: str
    status: int | None = None
    retry_after: float | None = None


_TRANSIENT_NAMES = ("Timeout", "APIConnectionError", "ConnectError", "ConnectionError", "NetworkError",
                    "RemoteProtocolError", "ReadError", "WriteError", "TransportError", "ProtocolError")


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599:
            return value
    return None


def _retry_after(exc: BaseException) -> float | None:
    given = getattr(exc, "retry_after", None)  # set by a backend whose SDK drops the headers
    if isinstance(given, (int, float)) and not isinstance(given, bool):
        return max(0.0, float(given))
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError, AttributeError):
        return None  # an HTTP date or garbage: fall back to our backoff


class Malformed(Exception):
    """The provider answered, but not in the shape its API promises."""


def _raised_in_package(exc: BaseException) -> bool:
    """True when the innermost frame of the traceback is this package's code (a bug, not the provider)."""
    tb, last = exc.__traceback__, None
    while tb is not None:
        last, tb = tb, tb.tb_next
    return last is not None and Path(last.tb_frame.f_code.co_filename).resolve().is_relative_to(PACKAGE_DIR)


def classify(exc: BaseException) -> Failure | None:
    """Sort an exception raised while sending one call; None means 'not ours to handle' (a bug)."""
    name = type(exc).__name__
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return Failure("retry", "timed out")
    status = _status_of(exc)
    if status is not None and status >= 400:
        kind = "retry" if status in RETRY_STATUSES else "fatal"
        return Failure(kind, f"HTTP {status}: {exc}", status, _retry_after(exc))
    if isinstance(exc, ConnectionError) or any(n in c.__name__ for c in type(exc).__mro__ for n in _TRANSIENT_NAMES):
        return Failure("retry", f"connection failed ({name})")
    if isinstance(exc, (Malformed, ValueError)):  # JSON that does not parse, a body that does not validate
        return Failure("malformed", f"malformed answer ({name}: {exc})")
    if isinstance(exc, (KeyError, IndexError, TypeError, AttributeError)) and not _raised_in_package(exc):
        return Failure("malformed", f"malformed answer ({name} in the SDK: {exc})")
    return None


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: attempt k waits base * 2**k (capped), times 0.5-1.0;
    a Retry-After from the provider is honoured as given (up to MAX_RETRY_AFTER)."""

    base: float = 1.0
    cap: float = 60.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        d = min(self.cap, self.base * 2 ** attempt)
        return d * (0.5 + 0.5 * rng.random())


class RateLimiter:
    """At most ``rpm`` call starts per minute, evenly spaced (create inside the event loop)."""

    def __init__(self, rpm: float) -> None:
        self.interval = 60.0 / rpm
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        loop = asyncio.get_running_loop()
        async with self._lock:
            now = loop.time()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            await asyncio.sleep(start - now)


def tokens(value: Any) -> int:
    """A token count a server reported, as an int; 0 for anything that is not a finite count
    (None, text, a negative number, 1e999, a number too large to be a count)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0
    return int(value) if 0 <= value < 10 ** 12 else 0  # NaN and infinities fail the range too


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
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:  # checked writable at the start: the disk filled up, or it was taken away
            tmp.unlink(missing_ok=True)
            kind = OutOfSpaceError if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) \
                else RunDirError
            raise kind(f"cannot store an answer in the response cache {self.root} ({exc.strerror or exc}); "
                       "the answers stored so far are kept: make room, then continue") from None


# --------------------------------------------------------------------------- backend
@dataclass(frozen=True)
class Reply:
    """One provider answer, read: text (or '' with a status other than ok), token counts and the
    model name the server reported ('' when it names none)."""

    text: str
    status: str = "ok"
    reason: str = ""
    usage: dict = field(default_factory=dict)
    model: str = ""


@dataclass
class _Run:
    """The state of one describe_many call, living inside its event loop."""

    client: Any
    semaphore: asyncio.Semaphore
    limiter: RateLimiter | None
    calls: int = 0
    retries: int = 0
    stopped: bool = False  # a call failed for good: start no other


@dataclass(frozen=True)
class Ask:
    """One free-form call for :meth:`RemoteBackend.ask_many`: a prompt and the images before it."""

    prompt: str
    images: tuple[ImagePart, ...]
    sample: int = 0  # part of the cache key: asking again with another sample gets a fresh answer


Job = Callable[[_Run], Awaitable[Response]]


class RemoteBackend(BaseBackend, abc.ABC):
    """A backend behind an HTTP API. Subclasses set the class attributes and the four hooks."""

    name = "remote"
    env_vars: tuple[str, ...] = ()  # where the key may come from; () = no key needed
    extra = ""  # pip extra that installs the SDK
    sdk_module = ""  # imported once at construction, to fail early when missing
    sdk_package = ""
    allowed: frozenset[str] = COMMON_OPTIONS
    refused: ClassVar[dict[str, str]] = {}  # option -> why this backend cannot take it

    def __init__(self, model: str, options: dict | None = None, backoff: Backoff | None = None) -> None:
        for opt, why in self.refused.items():
            if (options or {}).get(opt) is not None:
                raise ConfigError(f"the {self.name} backend does not take the option '{opt}': {why}; leave it out")
        if not model:
            raise ConfigError(f"the {self.name} backend needs a model name: --backend {self.name}:MODEL")
        self.model = model
        self.options = parse_options(options, self.name, self.allowed)
        self.packing = self.options.packing
        self.backoff = backoff or Backoff()
        self.sdk = require(self.sdk_module, self.sdk_package, self.extra, f"the {self.name} backend")
        self._key, self._key_source = self._resolve_key()
        self._rng = random.Random()
        self.cache = ResponseCache(self.options.cache_dir).check() if self.options.cache_dir else None
        self.stats = {"calls": 0, "retries": 0, "cache_hits": 0}  # of the last describe_many

    def __repr__(self) -> str:  # never shows the key
        return f"{type(self).__name__}(model={self.model!r}, packing={self.packing!r})"

    def endpoint(self) -> str | None:
        """The server's address when one is given (None: the provider's default). Part of the
        cache key, since a self-hosted server's address identifies the model it serves."""
        return url_without_password(self.options.base_url) if self.options.base_url else None

    @property
    def _secrets(self) -> tuple[str, ...]:
        """What must never be stored or shown: the key and a password in base_url."""
        return (self._key or "", *url_passwords(self.options.base_url or ""))

    def _resolve_key(self) -> tuple[str | None, str]:
        if not self.env_vars:
            return self.options.api_key, "the api_key option"
        return resolve_key(self.options.api_key, self.env_vars, self.name)

    # -- hooks -------------------------------------------------------------------------
    @abc.abstractmethod
    def make_client(self) -> Any:
        """The SDK's async client, created inside the running event loop, its retries off."""

    @abc.abstractmethod
    async def send(self, client: Any, prompt: str, images: list[ImagePart]) -> Any:
        """One call: the images then the prompt. Returns the SDK's response object."""

    @abc.abstractmethod
    def read(self, raw: Any) -> Reply:
        """Text, status and usage from one response; raise :class:`Malformed` if it has no shape."""

    def reported_model(self, raw: Any) -> str:
        """The model name the server reported in its answer (OpenAI, Anthropic and Ollama answers
        carry ``model``); '' when it names none."""
        value = getattr(raw, "model", None)
        return value.strip() if isinstance(value, str) else ""

    async def close(self, client: Any) -> None:
        for name in ("aclose", "close"):
            fn = getattr(client, name, None)
            if callable(fn):
                out = fn()
                if asyncio.iscoroutine(out):
                    await out
                return

    # -- errors --------------------------------------------------------------------------
    def fatal_message(self, failure: Failure) -> str:
        """One line for an error that is not retried (400, 401, 403, 404, ...); never the key."""
        status, name = failure.status, self.name
        detail = redact(failure.message, *self._secrets)[:300]
        key_hint = (f"check the key in {self._key_source}" if self.env_vars or self._key
                    else "this server wants a key: pass api_key")
        if status == 401:
            return f"the {name} backend was refused (HTTP 401, authentication failed): {key_hint}; provider said: {detail}"
        if status == 403:
            return (f"the {name} backend was refused (HTTP 403, permission denied) for model '{self.model}': "
                    f"the key in {self._key_source} has no access to it; provider said: {detail}")
        if status == 404:
            where = self.options.base_url or "the provider's default address"
            return (f"the {name} backend got HTTP 404 for model '{self.model}' at {where}: check the model name "
                    f"(passed exactly as given) and base_url; provider said: {detail}")
        if "key" in detail.lower():  # Gemini answers a bad key with 400 INVALID_ARGUMENT
            return f"the {name} backend's request was rejected ({detail}): {key_hint}; this is not retried"
        return f"the {name} backend's request was rejected ({detail}); this is not retried"

    # -- running ---------------------------------------------------------------------------
    def describe(self, request: ExplainRequest) -> list[Response]:
        out: list[list[Response]] = []
        self.describe_many([request], lambda k, responses: out.append(responses))
        return out[0]

    def describe_many(self, requests: list[ExplainRequest], on_done: DoneFn) -> None:
        """Run every call in an event loop on a worker thread; call ``on_done`` here, in order of completion."""
        jobs = [[functools.partial(self._answer, request=r, j=j) for j in range(len(r.sequences))] for r in requests]
        self._run_jobs(jobs, on_done)

    def ask_many(self, asks: list[Ask]) -> list[Response]:
        """Free-form calls (a prompt with its own images, e.g. a judge's question), with the same
        concurrency, retries and cache as :meth:`describe_many`; one response per ask, in order."""
        out: list[Response | None] = [None] * len(asks)
        jobs = [[functools.partial(self._ask, prompt=a.prompt, images=list(a.images), sample=a.sample)]
                for a in asks]

        def done(k: int, responses: list[Response]) -> None:
            out[k] = responses[0]

        self._run_jobs(jobs, done)
        return [r for r in out if r is not None]

    def _run_jobs(self, jobs: list[list[Job]], on_done: DoneFn) -> None:
        """Run every job (a group of calls) in an event loop on a worker thread; ``on_done(k, responses)``
        here, as soon as all calls of group k are answered."""
        if not jobs:
            return
        results: queue.Queue = queue.Queue()
        holder: dict[str, Any] = {}

        def work() -> None:
            try:
                asyncio.run(self._run_all(jobs, results, holder))
            except BaseException as e:  # noqa: BLE001 (handed to the calling thread)
                results.put(("raise", e))
            finally:
                results.put(("end", None))

        thread = threading.Thread(target=work, name=f"latentexplainer-{self.name}", daemon=True)
        thread.start()
        try:
            while True:
                try:
                    kind, payload = results.get(timeout=0.2)
                except queue.Empty:
                    continue
                if kind == "done":
                    on_done(*payload)
                elif kind == "raise":
                    raise payload
                else:
                    break
        except BaseException:
            loop, task = holder.get("loop"), holder.get("task")
            if loop is not None and task is not None and not loop.is_closed():
                try:
                    loop.call_soon_threadsafe(task.cancel)
                except RuntimeError:
                    pass  # the loop has just finished
            thread.join(timeout=30)
            raise
        thread.join(timeout=30)

    async def _run_all(self, jobs: list[list[Job]], results: queue.Queue, holder: dict) -> None:
        holder["loop"], holder["task"] = asyncio.get_running_loop(), asyncio.current_task()
        o = self.options
        run = _Run(self.make_client(), asyncio.Semaphore(o.concurrency), RateLimiter(o.rpm) if o.rpm else None)
        self.stats = {"calls": 0, "retries": 0, "cache_hits": 0}
        slots: list[list[Response | None]] = [[None] * len(group) for group in jobs]
        left = [len(group) for group in jobs]

        async def one(k: int, j: int) -> None:
            slots[k][j] = await jobs[k][j](run)
            left[k] -= 1
            if left[k] == 0:
                results.put(("done", (k, list(slots[k]))))

        for k, group in enumerate(jobs):
            if not group:
                results.put(("done", (k, [])))
        tasks = [asyncio.ensure_future(one(k, j)) for k, group in enumerate(jobs) for j in range(len(group))]
        try:
            if tasks:
                done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
                for t in pending:
                    t.cancel()
                if pending:
                    await asyncio.gather(*pending, return_exceptions=True)
                for t in done:
                    if not t.cancelled() and t.exception() is not None:
                        raise t.exception()  # type: ignore[misc]
        finally:
            for t in tasks:
                t.cancel()
            self.stats["calls"], self.stats["retries"] = run.calls, run.retries
            try:
                await self.close(run.client)
            except Exception:  # noqa: BLE001 (closing must not hide the real outcome)
                pass

    async def _answer(self, run: _Run, request: ExplainRequest, j: int) -> Response:
        o = self.options
        images = load_images(request, j, o.packing, o.image_size)
        return await self._ask(run, request.prompt.text, images, request.sequences[j].sample)

    async def _ask(self, run: _Run, prompt: str, images: list[ImagePart], sample: int) -> Response:
        """One answer: from the cache, else from the provider (and then into the cache)."""
        o = self.options
        endpoint = self.endpoint()
        key = ResponseCache.key(self.name, self.model, o.answer_fields(), prompt, [p.sha256 for p in images], sample,
                                endpoint=endpoint)
        if self.cache is not None and not o.no_cache:
            hit = self.cache.get(self.name, key)
            if hit is not None:
                self.stats["cache_hits"] += 1
                return Response(hit.text, sample, hit.abstained, hit.attributes, hit.status, hit.reason,
                                hit.usage, cached=True, model=hit.model)
        reply = await self._call_with_retries(run, prompt, images)
        response = Response(reply.text if reply.status == "ok" else "", sample, status=reply.status,
                            reason=reply.reason, usage=reply.usage, model=reply.model)
        if self.cache is not None and response.status != "error":  # errors are transient: ask again next time
            self.cache.put(self.name, self.model, key, response, endpoint=endpoint)
        return response

    async def _call_with_retries(self, run: _Run, prompt: str, images: list[ImagePart]) -> Reply:
        o = self.options
        last: Failure | None = None
        for attempt in range(o.max_retries + 1):
            if attempt:
                run.retries += 1
                await asyncio.sleep(self.backoff.delay(attempt - 1, last.retry_after if last else None, self._rng))
            async with run.semaphore:
                if run.limiter is not None:
                    await run.limiter.wait()
                if run.stopped:
                    raise asyncio.CancelledError
                run.calls += 1
                try:
                    raw = await asyncio.wait_for(self.send(run.client, prompt, images), o.timeout)
                except asyncio.CancelledError:
                    raise
                except Exception as e:  # noqa: BLE001 (sorted just below)
                    failure = classify(e)
                    if failure is None or failure.kind == "fatal":
                        run.stopped = True
                    if failure is None:
                        raise BackendError(f"the {self.name} backend failed unexpectedly: "
                                           f"{redact(f'{type(e).__name__}: {e}', *self._secrets)[:300]}") from None
                    if failure.kind == "fatal":
                        raise BackendError(self.fatal_message(failure)) from None
                    last = failure
                    continue
            try:
                reply = self.read(raw)
                if not reply.model:
                    reply = replace(reply, model=self.reported_model(raw))
            except (Malformed, ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
                last = Failure("malformed", f"malformed answer ({type(e).__name__}: {e})")
                continue
            text = reply.text.strip() if reply.status == "ok" else ""
            if reply.status == "ok" and not text:
                return Reply("", "empty", "the provider returned no text", reply.usage, reply.model)
            # a server that echoes the key (or the URL's password) does not get it stored
            return Reply(without_secrets(text, self._secrets), reply.status, redact(reply.reason, *self._secrets),
                         reply.usage, without_secrets(reply.model or "", self._secrets))
        why = redact(last.message, *self._secrets)[:300] if last else "no answer"
        return Reply("", "error", f"no usable answer after {o.max_retries + 1} attempt(s): {why}")

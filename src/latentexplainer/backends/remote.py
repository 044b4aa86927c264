"""The runner of the remote (API) backends: :class:`RemoteBackend` and free-form questions.

A provider module subclasses :class:`RemoteBackend` and writes four small hooks: make a
client, send one call, read one reply, close the client. The helpers it shares with local
backends live in modules of their own, importable without this one:

* options.py - the typed :class:`~.options.Options` (each backend class names its own:
  :class:`RemoteOptions`, ...), :func:`resolve_key` (the ``api_key`` option or the
  provider's variable), :func:`require`, :func:`redact`;
* images.py - :func:`load_images`: one PNG (``composite``) or one PNG per frame (``frames``);
* retry.py - :func:`classify`, :class:`Backoff`, :class:`RateLimiter`: our retry policy (the
  SDKs' own retries are off);
* cache.py - the response cache as a wrapper around any backend that can say what it asks
  (:meth:`RemoteBackend.cache_identity` and :meth:`RemoteBackend.question` here).

Here: :meth:`RemoteBackend.describe_many` - every call of every request concurrently (asyncio,
a semaphore of ``concurrency``, an optional requests-per-minute limiter), ``on_done`` on the
calling thread as soon as all answers of a request are in - and :meth:`ask_many` for
free-form questions (the prompt writer, the judges).

The API key is never written: not to the cache, not into an error message.
"""

from __future__ import annotations

import abc
import asyncio
import functools
import queue
import random
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import (
    BackendError,
    ConfigError,
    url_passwords,
    url_without_password,
    without_secrets,
)
from ..records import Response
from .base import Ask, BaseBackend, DoneFn, ExplainRequest, ModelContext
from .cache import CacheIdentity
from .images import ImagePart, question
from .options import ApiOptions, RemoteOptions, redact, require, resolve_key
from .retry import Backoff, Failure, Malformed, RateLimiter, classify


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


Job = Callable[[_Run], Awaitable[Response]]


class RemoteBackend(BaseBackend, abc.ABC):
    """A backend behind an HTTP API. Subclasses set the class attributes and the four hooks."""

    name = "remote"
    env_vars: tuple[str, ...] = ()  # where the key may come from; () = no key needed
    extra = ""  # pip extra that installs the SDK
    sdk_module = ""  # imported once at construction, to fail early when missing
    sdk_package = ""
    Options: type[ApiOptions] = RemoteOptions  # what it takes, checked by the class (:meth:`Options.parse`)

    def __init__(self, model: str, options: dict | ApiOptions | None = None,
                 backoff: Backoff | None = None) -> None:
        self.options = self.Options.parse(options, self.name)
        if not model:
            raise ConfigError(f"the {self.name} backend needs a model name: --backend {self.name}:MODEL")
        self.model = model
        self.packing = self.options.packing
        self.backoff = backoff or Backoff()
        self.sdk = require(self.sdk_module, self.sdk_package, self.extra, f"the {self.name} backend")
        self._key, self._key_source = self._resolve_key()
        self._rng = random.Random()
        self._tls: Any = None  # the clients' TLS context, built once (tls())
        self.stats = {"calls": 0, "retries": 0}  # of the last describe_many

    def __repr__(self) -> str:  # never shows the key
        return f"{type(self).__name__}(model={self.model!r}, packing={self.packing!r})"

    def endpoint(self) -> str | None:
        """The server's address when one is given (None: the provider's default). Part of the
        cache key, since a self-hosted server's address identifies the model it serves."""
        return url_without_password(self.options.base_url) if self.options.base_url else None

    def cache_identity(self) -> CacheIdentity:
        """What answers (for the response cache): never the key or the pacing options."""
        return CacheIdentity(self.name, self.model, self.options.answer_fields(), self.endpoint())

    def question(self, request: ExplainRequest, j: int) -> Ask:
        """The request's j-th sequence as it is sent: the prompt after its images."""
        return question(request, j, self.options.packing, self.options.image_size)

    @property
    def _secrets(self) -> tuple[str, ...]:
        """What must never be stored or shown: the key and a password in base_url."""
        return (self._key or "", *url_passwords(self.options.base_url or ""))

    def _resolve_key(self) -> tuple[str | None, str]:
        if not self.env_vars:
            return self.options.api_key, "the api_key option"
        return resolve_key(self.options.api_key, self.env_vars, self.name)

    def prepare(self, context: ModelContext) -> None:
        """Before the run: what every run's client needs, built once (the TLS context)."""
        self.tls()

    def tls(self) -> Any:
        """The TLS context for an httpx-based SDK client, as httpx builds it by default (CA bundle,
        SSL_CERT_FILE / SSL_CERT_DIR), built once per backend: loading the CA bundle took tens of
        milliseconds of every run's start (a new client per event loop)."""
        if self._tls is None:
            import httpx  # the openai and anthropic SDKs' HTTP client

            self._tls = httpx.create_ssl_context()
        return self._tls

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
        """Every sequence of every request as its question (:meth:`ask_groups`)."""
        self.ask_groups([[self.question(r, j) for j in range(len(r.sequences))] for r in requests], on_done)

    def ask_groups(self, groups: list[list[Ask]], on_done: DoneFn) -> None:
        """Every call in an event loop on a worker thread; ``on_done(k, responses)`` here, as soon as
        all questions of group k are answered."""
        self._run_jobs([[functools.partial(self._ask, prompt=a.prompt, images=list(a.images), sample=a.sample)
                         for a in group] for group in groups], on_done)

    def ask_many(self, asks: list[Ask]) -> list[Response]:
        """Free-form calls (a prompt with its own images, e.g. a judge's question), with the same
        concurrency and retries as :meth:`describe_many`; one response per ask, in order."""
        out: list[Response | None] = [None] * len(asks)

        def done(k: int, responses: list[Response]) -> None:
            out[k] = responses[0]

        self.ask_groups([[a] for a in asks], done)
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
        self.stats = {"calls": 0, "retries": 0}
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

    async def _ask(self, run: _Run, prompt: str, images: list[ImagePart], sample: int) -> Response:
        """One answer from the provider, after its retries."""
        reply = await self._call_with_retries(run, prompt, images)
        return Response(reply.text if reply.status == "ok" else "", sample, status=reply.status,
                        reason=reply.reason, usage=reply.usage, model=reply.model)

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

"""A real HTTP server on loopback that speaks just enough of four providers' APIs for tests.

Endpoints: OpenAI chat completions (``POST /v1/chat/completions``), Anthropic messages
(``POST /v1/messages``), Gemini generateContent (``POST /v1beta/models/{model}:generateContent``)
and Ollama chat (``POST /api/chat``, non-streaming). Every request body is recorded; the
behaviour is scripted: fail the next k calls, delay answers, reply malformed / refused /
empty, or fail a seeded random fraction of calls. Only 127.0.0.1, every wait bounded.

Mode ``chatty`` answers like a real multimodal model (tests/fakes/chatty.py): it looks at the
strip in the request and describes it in varied words, abstains in varied words, and is wrong
about 10% of the time. :meth:`FakeServer.set_responder` installs any other function
``(path, body) -> text`` that answers in mode ``ok`` (or ``chatty``).
"""

from __future__ import annotations

import json
import random
import re
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from . import chatty

ANSWER = "The object moves horizontally from left to right."
MODES = ("ok", "malformed", "wrong_shape", "refusal", "empty", "chatty", "huge_usage")
MAX_DELAY = 10.0  # seconds: no scripted delay waits longer
MAX_HOLD = 60.0  # seconds a request waits at a closed gate


@dataclass(frozen=True)
class Call:
    """One request the server received."""

    path: str
    body: Any  # parsed JSON (or the raw text when it was not JSON)
    headers: dict[str, str]


@dataclass(frozen=True)
class Failure:
    status: int
    retry_after: str | None = "0"


@dataclass
class Script:
    """What the next calls get; changed through :class:`FakeServer`'s methods."""

    mode: str = "ok"
    answer: str = ANSWER
    delay: float = 0.0
    fail_queue: deque = field(default_factory=deque)
    fail_fraction: float = 0.0
    fail_statuses: tuple[int, ...] = (429, 500)
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    responder: Callable[[str, Any], str] | None = None  # (path, body) -> answer text


def _handle_error(server: ThreadingHTTPServer, request: Any, client_address: Any) -> None:
    """A client that hangs up mid-request (a timeout test's client giving up) is no server error:
    nothing is printed; any other error is, as the standard library does."""
    if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
        ThreadingHTTPServer.handle_error(server, request, client_address)


class FakeServer:
    """Start with :meth:`start` (or as a context manager); ``url`` is its base address."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.script = Script()
        self.calls: list[Call] = []
        self.failures_sent = 0
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests the server was answering at once (since the last reset)
        self.epoch = 0  # how many resets: a request counts in flight only in the epoch it came in
        self.answered = 0  # 200 answers handed out: what a provider would bill
        self._gate_after: int | None = None  # after this many answers, hold every request
        self._gate = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -------------------------------------------------------------------
    def fail_next(self, k: int, status: int = 429, retry_after: str | None = "0") -> None:
        with self._lock:
            self.script.fail_queue.extend(Failure(status, retry_after) for _ in range(k))

    def fail_randomly(self, fraction: float, seed: int = 0, statuses: tuple[int, ...] = (429, 500)) -> None:
        with self._lock:
            self.script.fail_fraction = fraction
            self.script.fail_statuses = statuses
            self.script.rng = random.Random(seed)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; allowed: {', '.join(MODES)}")
        with self._lock:
            self.script.mode = mode

    def set_delay(self, seconds: float) -> None:
        with self._lock:
            self.script.delay = min(max(seconds, 0.0), MAX_DELAY)

    def set_answer(self, text: str) -> None:
        with self._lock:
            self.script.answer = text

    def set_responder(self, fn: Callable[[str, Any], str] | None) -> None:
        """Answer each call in mode ``ok`` or ``chatty`` with ``fn(path, body)``; None: the fixed answer
        (mode ``ok``) or the chatty model (mode ``chatty``)."""
        with self._lock:
            self.script.responder = fn

    def gate_after(self, k: int | None) -> None:
        """After k answers, hold further requests (up to MAX_HOLD seconds) and drop them unanswered
        and uncounted; :meth:`gate_after` (None) opens the gate for new requests. A run can then be
        killed with nothing in flight that a provider would bill."""
        with self._lock:
            self._gate_after = k
            if k is None:
                self._gate.set()
            else:
                self._gate.clear()

    def reset(self) -> None:
        with self._lock:
            self.script = Script()
            self.calls.clear()
            self.failures_sent = 0
            self.epoch += 1
            self.in_flight = self.max_in_flight = 0
            self.answered = 0

    @property
    def n_calls(self) -> int:
        with self._lock:
            return len(self.calls)

    def bodies(self, path_part: str = "") -> list[Any]:
        with self._lock:
            return [c.body for c in self.calls if path_part in c.path]

    # -- lifecycle -------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeServer:
        handler = type("Handler", (_Handler,), {"fake": self})
        server_cls = type("Server", (ThreadingHTTPServer,), {"request_queue_size": 128,  # many clients connect at once
                                                             "handle_error": _handle_error})
        self._httpd = server_cls(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- one request -----------------------------------------------------------------
    def _arrive(self) -> int:
        """Count a request in flight; returns the epoch it came in (see :meth:`_leave`)."""
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            return self.epoch

    def _leave(self, epoch: int) -> None:
        """Count a request out of flight, if it came in since the last :meth:`reset`: one a
        previous test left behind (held in its delay after its client gave up) is not this test's."""
        with self._lock:
            if epoch == self.epoch:
                self.in_flight -= 1

    def _pass_gate(self) -> bool:
        """False when the request was held at a closed gate and never answered."""
        with self._lock:
            closed = self._gate_after is not None and self.answered >= self._gate_after
        if not closed:
            return True
        self._gate.wait(MAX_HOLD)  # held: when the gate opens the connection is dropped unanswered
        return False

    def _decide(self, call: Call) -> tuple[Failure | None, float, str, str, Callable[[str, Any], str] | None]:
        with self._lock:
            self.calls.append(call)
            s = self.script
            failure = s.fail_queue.popleft() if s.fail_queue else None
            if failure is None and s.fail_fraction > 0 and s.rng.random() < s.fail_fraction:
                failure = Failure(s.rng.choice(s.fail_statuses), "0")
            if failure is not None:
                self.failures_sent += 1
            responder = s.responder if s.mode in ("ok", "chatty") else None
            if s.mode == "chatty" and responder is None:
                responder = chatty.respond
            return failure, s.delay, s.mode, s.answer, responder


class _Handler(BaseHTTPRequestHandler):
    fake: FakeServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    _answering = False  # a POST counted in flight that has not begun its answer

    def log_message(self, *args) -> None:  # keep test output quiet
        return None

    def parse_request(self) -> bool:
        self.arrived = time.monotonic()  # the request line is in: a scripted delay counts from here
        return super().parse_request()

    def do_POST(self) -> None:
        self._epoch = self.fake._arrive()
        self._answering = True
        try:
            self._post()
        finally:
            self._done_answering()

    def _done_answering(self) -> None:
        """A request stops counting as in flight when its answer starts to go out: a client that
        has read it may send its next request before this thread would come back to count."""
        if self._answering:
            self._answering = False
            self.fake._leave(self._epoch)

    def _post(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        try:
            body: Any = json.loads(raw) if raw else None
        except json.JSONDecodeError:
            body = raw
        call = Call(self.path, body, {k.lower(): v for k, v in self.headers.items()})
        if not self.fake._pass_gate():
            return
        failure, delay, mode, answer, responder = self.fake._decide(call)
        if delay > 0 and self.fake._stop.wait(max(0.0, self.arrived + delay - time.monotonic())):
            return
        if failure is not None:
            headers = {"Retry-After": failure.retry_after} if failure.retry_after is not None else {}
            msg = {401: "invalid api key", 429: "rate limited"}.get(failure.status, "server error")
            self._send(failure.status, json.dumps({"error": {"message": msg, "type": "fake", "code": failure.status}}),
                       headers)
            return
        route = _route(self.path)
        if route is None:
            self._send(404, json.dumps({"error": {"message": f"no route {self.path}"}}))
            return
        if mode == "malformed":
            self._send(200, '{"choices": [ {"message": ')
            return
        if mode == "wrong_shape":
            self._send(200, json.dumps({"unexpected": True}))
            return
        if responder is not None:
            try:
                answer = responder(self.path, body)
            except Exception as e:  # a broken responder is a test bug: say so, do not hang
                self._send(500, json.dumps({"error": {"message": f"fake responder failed: {e!r}"}}))
                return
        with self.fake._lock:
            self.fake.answered += 1
        text = json.dumps(route(body if isinstance(body, dict) else {}, mode, answer))
        if mode == "huge_usage":  # token counts no real server sends: 1e999 (JSON's way to say infinity)
            text = re.sub(r'("(?:prompt_tokens|completion_tokens|input_tokens|output_tokens|promptTokenCount|'
                          r'candidatesTokenCount|prompt_eval_count|eval_count)": )\d+', r"\g<1>1e999", text)
        self._send(200, text)

    def _send(self, status: int, text: str, headers: dict[str, str] | None = None) -> None:
        data = text.encode()
        self._done_answering()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass


def _openai(body: dict, mode: str, answer: str) -> dict:
    message: dict[str, Any] = {"role": "assistant", "content": answer, "refusal": None}
    finish = "stop"
    if mode == "refusal":
        message = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
    elif mode == "empty":
        message["content"] = ""
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", ""),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}


def _anthropic(body: dict, mode: str, answer: str) -> dict:
    content = [{"type": "text", "text": answer}]
    stop = "end_turn"
    if mode == "refusal":
        content, stop = [], "refusal"
    elif mode == "empty":
        content = []
    return {"id": "msg_fake", "type": "message", "role": "assistant", "model": body.get("model", ""),
            "content": content, "stop_reason": stop, "stop_sequence": None,
            "usage": {"input_tokens": 11, "output_tokens": 7}}


def _gemini(body: dict, mode: str, answer: str) -> dict:
    usage = {"promptTokenCount": 11, "candidatesTokenCount": 7, "totalTokenCount": 18}
    if mode == "refusal":
        return {"promptFeedback": {"blockReason": "SAFETY"}, "usageMetadata": usage}
    parts = [{"text": answer}] if mode != "empty" else []
    return {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
            "usageMetadata": usage, "modelVersion": "fake"}


def _ollama(body: dict, mode: str, answer: str) -> dict:
    text = "" if mode in ("empty", "refusal") else answer
    return {"model": body.get("model", ""), "created_at": "2026-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": text}, "done": True, "done_reason": "stop",
            "prompt_eval_count": 11, "eval_count": 7}


def _route(path: str):
    path = path.split("?", 1)[0]
    if path.endswith("/chat/completions"):
        return _openai
    if path.endswith("/v1/messages"):
        return _anthropic
    if ":generateContent" in path:
        return _gemini
    if path.endswith("/api/chat"):
        return _ollama
    return None

"""Our retry policy for API calls (the SDKs' own retries are off): which failures are
transient (:func:`classify`), jittered exponential backoff honouring Retry-After, a
requests-per-minute limiter, and token counts read defensively."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RETRY_STATUSES = frozenset({408, 409, 425, 429}) | frozenset(range(500, 600))
MAX_RETRY_AFTER = 120.0  # seconds: a longer Retry-After is cut to this
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # src/latentexplainer

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

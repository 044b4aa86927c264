"""Typed backend options: each backend class names an :class:`Options` dataclass that parses
and checks what the user gave (``--backend-option KEY=VALUE``, the named flags, a dict or an
instance from Python), the way ``llm``'s model Options do. A field says its own check, its
help line and whether it changes an answer (and so the cache key). Also here: the API key
from the option or the provider's variable (:func:`resolve_key`), optional SDKs
(:func:`require`) and secrets kept out of text (:func:`redact`). Local backends (hf) use
them too, without importing the remote runner."""

from __future__ import annotations

import importlib
import os
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Callable, ClassVar, Mapping, TypeVar

import numpy as np

from ..errors import (
    ConfigError,
    MissingDependencyError,
    MissingKeyError,
    one_line,
    without_secrets,
)

PACKINGS = ("composite", "frames")
DETAILS = ("auto", "low", "high")

Check = Callable[[str, Any, str], Any]  # (option name, value as given, backend) -> value or ConfigError
OptionsT = TypeVar("OptionsT", bound="Options")


# --------------------------------------------------------------------------- field kinds
def _number(lo: float, hi: float, integer: bool) -> Check:
    def check(name: str, value: Any, backend: str) -> float | int:
        kind = "an integer" if integer else "a number"
        bad = ConfigError(f"option '{name}' of the {backend} backend must be {kind} in [{lo:g}, {hi:g}], "
                          f"got {value!r}")
        if isinstance(value, bool):
            raise bad
        try:
            x = float(value)
        except (TypeError, ValueError):
            raise bad from None
        if not np.isfinite(x) or not lo <= x <= hi or (integer and x != int(x)):
            raise bad
        return int(x) if integer else x

    return check


def _choice(allowed: tuple[str, ...]) -> Check:
    def check(name: str, value: Any, backend: str) -> str:
        if value not in allowed:
            raise ConfigError(f"option '{name}' of the {backend} backend must be one of {', '.join(allowed)}, "
                              f"got {value!r}")
        return str(value)

    return check


def _url(name: str, value: Any, backend: str) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ConfigError(f"option '{name}' of the {backend} backend must start with http:// or https://, "
                          f"got {value!r}")
    return value.rstrip("/")


def _secret(name: str, value: Any, backend: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"option '{name}' of the {backend} backend must be a non-empty string")
    return value.strip()


def _device(name: str, value: Any, backend: str) -> str:
    if not isinstance(value, str) or value.split(":")[0] not in ("cpu", "cuda", "mps"):
        raise ConfigError(f"option '{name}' of the {backend} backend must be cpu, cuda, cuda:N or mps, got {value!r}")
    return value


def number(default: Any, lo: float, hi: float, help: str, *, integer: bool = False, answer: bool = False) -> Any:
    """A number option in [lo, hi] (``integer``: whole); ``answer``: it changes the answer."""
    return field(default=default, metadata={"check": _number(lo, hi, integer), "help": help, "answer": answer})


def choice(default: str, allowed: tuple[str, ...], help: str, *, answer: bool = False) -> Any:
    return field(default=default, metadata={"check": _choice(allowed), "help": help, "answer": answer})


def url(help: str) -> Any:
    return field(default=None, metadata={"check": _url, "help": help, "answer": False})


def secret(help: str) -> Any:
    """Never shown (``repr``) and never part of a cache key."""
    return field(default=None, repr=False, metadata={"check": _secret, "help": help, "answer": False})


def device(help: str) -> Any:
    return field(default=None, metadata={"check": _device, "help": help, "answer": False})


# --------------------------------------------------------------------------- options
@dataclass(frozen=True)
class Options:
    """The options of a backend: subclass it with fields made by :func:`number`, :func:`choice`,
    :func:`url`, :func:`secret`, ... and name the subclass as the backend's ``Options``.
    ``refused``: options this backend cannot take, with the reason (a clearer line than
    'unknown option')."""

    refused: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def parse(cls: type[OptionsT], given: Mapping[str, Any] | Options | None, backend: str) -> OptionsT:
        """Check every option against the fields, their types and ranges; None means 'default'.
        An instance of this class is taken as it is."""
        if isinstance(given, cls):
            return given
        if isinstance(given, Options):
            raise ConfigError(f"the {backend} backend takes {cls.__name__}, not {type(given).__name__}; "
                              f"pass {cls.__name__}(...) or a dict of options")
        opts = {k: v for k, v in dict(given or {}).items() if v is not None}
        for opt, why in cls.refused.items():
            if opt in opts:
                raise ConfigError(f"the {backend} backend does not take the option '{opt}': {why}; leave it out")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(opts) - set(known))
        if unknown:
            allowed = ", ".join(sorted(known)) or "none"
            raise ConfigError(f"unknown option(s) for the {backend} backend: {', '.join(unknown)}; allowed: {allowed}")
        return cls(**{k: known[k].metadata["check"](k, v, backend) for k, v in opts.items()})

    def answer_fields(self) -> dict[str, Any]:
        """The options that change an answer: part of the cache key (never a key or pacing)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.metadata.get("answer")}

    @classmethod
    def help(cls) -> list[tuple[str, str, str]]:
        """(name, default as text, what it does) per option, for ``latentexplainer backends``."""
        out = []
        for f in fields(cls):
            default = "" if f.default is MISSING or f.default is None else str(f.default)
            out.append((f.name, default, str(f.metadata.get("help", ""))))
        return out


@dataclass(frozen=True)
class NoOptions(Options):
    """A backend that takes no option."""


@dataclass(frozen=True)
class ApiOptions(Options):
    """What every API backend takes (the sampling temperature is in :class:`RemoteOptions`)."""

    api_key: str | None = secret("the API key (default: the provider's environment variable)")
    base_url: str | None = url("another server's address (a proxy, a self-hosted server)")
    max_tokens: int = number(1024, 1, 200_000, "answer length limit in tokens", integer=True, answer=True)
    image_size: int = number(2048, 64, 8192, "longest side in pixels sent (a smaller strip is sent as rendered)",
                             integer=True, answer=True)
    concurrency: int = number(16, 1, 1024, "requests in flight at once", integer=True)
    rpm: float | None = number(None, 0.001, 1_000_000, "requests per minute at most (none: no limit)")
    timeout: float = number(120.0, 0.001, 3600, "seconds per call")
    max_retries: int = number(6, 0, 20, "retries of a rate-limited, failed or malformed call", integer=True)
    packing: str = choice("composite", PACKINGS, "one image per sequence (composite) or one per frame (frames)",
                          answer=True)


@dataclass(frozen=True)
class RemoteOptions(ApiOptions):
    """An API backend that takes a sampling temperature."""

    temperature: float | None = number(None, 0, 2, "sampling temperature (none: the provider's default)",
                                       answer=True)


def resolve_key(explicit: str | None, env_vars: tuple[str, ...], backend: str) -> tuple[str, str]:
    """(key, where it came from) from the ``api_key`` option, else the first set variable."""
    if explicit:
        return explicit, "the api_key option (--api-key)"
    for var in env_vars:
        value = os.environ.get(var, "").strip()
        if value:
            return value, f"the environment variable {var}"
    names = " or ".join(env_vars)
    raise MissingKeyError(f"the {backend} backend needs an API key: set {names} (e.g. export {env_vars[0]}=...), "
                          "or pass it: --api-key KEY on the command line (a judge's or prompt writer's: --judge-option "
                          "or --prompt-writer-option api_key=KEY), the option api_key= in Python")


def require(module: str, package: str, extra: str, purpose: str) -> Any:
    """Import an optional SDK, or fail with the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(package, extra, purpose) from None


def redact(text: str, *secrets: str | None) -> str:
    """One line, never containing a secret (nor a URL's password)."""
    return without_secrets(one_line(text), secrets)

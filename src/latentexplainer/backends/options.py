"""Options of the API backends, validated strictly (:func:`parse_options`), the API key from the
option or the provider's variable (:func:`resolve_key`), optional SDKs (:func:`require`) and
secrets kept out of text (:func:`redact`). Local backends (hf) use them too."""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

"""The explainer-backend protocol and its registry.

A backend answers one :class:`ExplainRequest` (the sequences of one latent, the prompt, the
strip images) with one :class:`Response` per sample. Backends register a factory under a
name; ``--backend NAME[:MODEL]`` picks one, and adding a backend never edits core code.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, runtime_checkable

import numpy as np

from ..errors import BackendError
from ..records import LatentRef, Prompt, Response, Sequence
from ..registry import Registry


@dataclass(frozen=True)
class ExplainRequest:
    latent: LatentRef
    sequences: tuple[Sequence, ...]  # one per sample (base code)
    prompt: Prompt
    images: tuple[Path, ...] = ()  # rendered strip per sequence, same order


@dataclass(frozen=True)
class ModelContext:
    """What a backend may learn about the model before the first request. ``references``: the
    images (N, C, H, W) decoded from random codes (the model's typical output), or a function
    that decodes them: they are decoded only when a backend reads :attr:`reference_images`
    (for a diffusion model, each is a walk and a DDIM decode)."""

    references: np.ndarray | Callable[[], np.ndarray]
    latent_dim: int
    options: dict = field(default_factory=dict)

    @cached_property
    def reference_images(self) -> np.ndarray:
        return self.references() if callable(self.references) else self.references


DoneFn = Callable[[int, list[Response]], None]  # (index of the request, its responses)


@dataclass(frozen=True)
class Ask:
    """One free-form question: a prompt and the images before it (PNG parts: ``data`` bytes,
    ``label``, ``sha256``)."""

    prompt: str
    images: tuple = ()
    sample: int = 0  # part of the cache key: asking again with another sample gets a fresh answer


@runtime_checkable
class Asker(Protocol):
    """A backend that answers free-form questions, with images or without: the prompt writer
    and the judges take any backend that has this capability."""

    def ask_many(self, asks: list[Ask]) -> list[Response]:
        """One response per ask, in order."""


@runtime_checkable
class Backend(Protocol):
    name: str

    def prepare(self, context: ModelContext) -> None:
        """Called once per run before any request (may be a no-op)."""

    def describe(self, request: ExplainRequest) -> list[Response]:
        """One response per sequence of the request."""

    def describe_many(self, requests: list[ExplainRequest], on_done: DoneFn) -> None:
        """Answer several requests (concurrently where the backend can), calling ``on_done``
        as each request completes, in any order, so its record is saved at once."""


class BaseBackend(abc.ABC):
    """Defaults for the protocol: no preparation, requests answered one after another."""

    name = "base"
    summary = ""  # one line for `latentexplainer backends`

    def prepare(self, context: ModelContext) -> None:
        return None

    @abc.abstractmethod
    def describe(self, request: ExplainRequest) -> list[Response]:
        """One response per sequence of the request."""

    def describe_many(self, requests: list[ExplainRequest], on_done: DoneFn) -> None:
        for k, req in enumerate(requests):
            on_done(k, self.describe(req))


# (model name after the colon, options: a dict, or the backend's own typed Options) -> Backend
BackendFactory = Callable[[str, Any], Backend]
BACKENDS: Registry[BackendFactory] = Registry("backends", "backend", BackendError,
                                              "remote ones as NAME:MODEL, e.g. openai:gpt-4o")


def register_backend(name: str, factory: BackendFactory) -> None:
    BACKENDS.register(name, factory)


def available_backends() -> list[str]:
    return BACKENDS.names()


def get_backend(spec: str, options: Mapping[str, Any] | Any = None) -> Backend:
    """``NAME`` or ``NAME:MODEL`` -> a backend instance (a plugin's too: group
    ``latentexplainer.backends``). ``options``: a dict (checked by the backend's ``Options``)
    or an instance of that class."""
    name, model = Registry.parse(spec)
    return BACKENDS.get(name)(model, dict(options or {}) if isinstance(options, Mapping) or options is None else options)

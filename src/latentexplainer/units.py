"""One unit of a run, made where an executor puts it (executors.py): decoded and rendered, and
answered there too when the backend computes its answers itself (probe, hf). The driver,
pipeline.py, writes what comes back: it stays the only writer of the run directory."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .backends.base import ExplainRequest, ModelContext
from .backends.cache import CachedBackend
from .executors import Executor
from .records import LatentRef, Prompt, Response, Sequence
from .render import png_bytes


@dataclass(frozen=True)
class UnitJob:
    """One unit to make (decode and render), and to answer where its backend runs in workers."""

    unit: LatentRef
    prompt: Prompt
    n: int  # sequences (samples)
    kept: tuple[tuple[int, Response], ...] = ()  # answers of an earlier call, by position

    @property
    def ask(self) -> tuple[int, ...]:
        """The positions (samples) still to ask."""
        have = {j for j, _ in self.kept}
        return tuple(j for j in range(self.n) if j not in have)


@dataclass(frozen=True)
class UnitMade:
    """A unit made by a worker: its strips (PNG bytes, one per sequence) and either its sequences
    (to be asked by the driver) or the answers (asked in the worker)."""

    pngs: tuple[bytes, ...]
    sequences: tuple[Sequence, ...] = ()
    responses: tuple[Response, ...] | None = None


@dataclass(frozen=True)
class _WorkerState:
    model: Any  # the run's GenerativeModel, loaded once per worker
    backend: Any = None  # set where the backend answers in the workers
    manip: Any = None  # the run's Manipulation (pipeline.py) once shared: sequences(unit)


def answers_in_workers(executor: Executor, backend: Any) -> bool:
    """Whether units are answered where they are made: on workers (not this process), by a
    backend that computes its answers itself (probe, hf); an API backend is asked from here,
    so that one rate limit and one cache hold across the cluster."""
    return executor.name != "local" and bool(getattr(bare_backend(backend), "runs_in_workers", False))


def bare_backend(backend: Any) -> Any:
    """The backend without the response cache (a worker's answers are not cached)."""
    return backend.inner if isinstance(backend, CachedBackend) else backend


def worker_state(model: Any, backend: Any, references: Any) -> _WorkerState:
    """A worker's state: the model, and the backend that answers there prepared (``references``:
    a function that decodes the model's typical images, called only if the backend reads them)."""
    if backend is not None:
        backend.prepare(ModelContext(references, model.latent_dim, {}))
    return _WorkerState(model, backend)


def use_manipulation(state: _WorkerState, manip: Any) -> _WorkerState:
    """The state with the run's manipulation, sent without its model (the worker has it)."""
    return replace(state, manip=replace(manip, model=state.model))


def make_unit(state: _WorkerState, job: UnitJob) -> UnitMade:
    seqs = state.manip.sequences(job.unit)
    pngs = tuple(png_bytes(q) for q in seqs)
    if state.backend is None:
        return UnitMade(pngs, tuple(seqs))
    # no strip files here: a backend that reads strips renders them in memory, the same bytes
    req = ExplainRequest(job.unit, tuple(seqs[j] for j in job.ask), job.prompt)
    return UnitMade(pngs, (), tuple(state.backend.describe(req)))

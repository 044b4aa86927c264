"""Where units of work run: in this process (``local``, the default) or on Ray workers
(``ray`` starts a Ray cluster on this machine's cores; ``ray:ADDRESS`` joins one, e.g.
``ray:auto`` or ``ray:ray://head:10001``).

An executor knows nothing of explaining: a caller opens a :meth:`Executor.session` with a
``setup`` function (what each worker builds once: the model, a backend) and maps a ``work``
function over items; ``on_result(index, result)`` runs on the calling thread, in the order
the items finish, so the caller stays the only writer of its files. On Ray each worker is
an actor that runs ``setup`` once (the model is loaded once per worker, not once per task);
a worker that dies is restarted and its task retried, and a unit whose result has come back
is never run again.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Protocol

from .errors import ConfigError, LatentExplainerError, MissingDependencyError, ModelError, one_line

Setup = Callable[[], Any]  # builds a worker's state, once per worker
Work = Callable[[Any, Any], Any]  # (state, item) -> result
Update = Callable[[Any, Any], Any]  # (state, value) -> the worker's new state
OnResult = Callable[[int, Any], None]  # (index of the item, its result), on the calling thread

RETRIES = 3  # a unit whose worker died is run again on a fresh worker up to this many times


class Session(Protocol):
    workers: int  # how many run at once

    def map(self, work: Work, items: list, on_result: OnResult) -> None:
        """Run ``work(state, item)`` for every item; ``on_result`` as each finishes."""

    def share(self, update: Update, value: Any) -> None:
        """Every worker's state becomes ``update(state, value)`` (sent once per worker, not per
        item; a worker started later to replace one gets it too)."""


class Executor(Protocol):
    name: str

    def cluster(self) -> Any:
        """A context manager: where the work runs is up (started or joined) inside it; a caller
        may enter it early, so that the start overlaps its own preparation."""

    def session(self, setup: Setup) -> Any:
        """A context manager yielding a :class:`Session` whose workers ran ``setup`` once
        (inside :meth:`cluster`, or starting it for this session alone)."""


# --------------------------------------------------------------------------- local
class _LocalSession:
    workers = 1

    def __init__(self, setup: Setup) -> None:
        self.state = setup()

    def map(self, work: Work, items: list, on_result: OnResult) -> None:
        for i, item in enumerate(items):
            on_result(i, work(self.state, item))

    def share(self, update: Update, value: Any) -> None:
        self.state = update(self.state, value)


@dataclass(frozen=True)
class LocalExecutor:
    """Everything in this process, one item after another."""

    name: str = "local"

    @contextmanager
    def cluster(self) -> Iterator[None]:
        yield

    @contextmanager
    def session(self, setup: Setup) -> Iterator[_LocalSession]:
        yield _LocalSession(setup)


# --------------------------------------------------------------------------- ray
@dataclass(frozen=True)
class RayExecutor:
    """Workers on a Ray cluster: a local one (``address`` None: started here on this machine's
    cores and shut down after) or an existing one (``auto``, ``ray://HOST:PORT``).
    ``workers``: actors (default: the cluster's CPUs, or its GPUs over ``gpus_per_worker``);
    ``gpus_per_worker``: default 1 where CUDA is present, else 0."""

    address: str | None = None
    workers: int | None = None
    gpus_per_worker: float | None = None
    name: str = "ray"

    @contextmanager
    def cluster(self) -> Iterator[None]:
        """Start (or join) the cluster, and shut it down after; a cluster already initialised in
        this process (an outer :meth:`cluster`, or the caller's own ``ray.init``) is used as it is."""
        ray = _import_ray()
        if ray.is_initialized():
            yield
            return
        try:
            if self.address is None:  # workers import what this process can (a model module beside you)
                path = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
                with _environment(PYTHONPATH=path):
                    ray.init(num_cpus=os.cpu_count() or 1, include_dashboard=False, log_to_driver=False,
                             configure_logging=False)
            else:
                ray.init(address=self.address, log_to_driver=False, configure_logging=False)
        except Exception as exc:  # noqa: BLE001 (Ray raises ConnectionError, RuntimeError, ValueError, ...)
            where = self.address or "this machine"
            raise ConfigError(f"cannot start or join a Ray cluster at {where} ({one_line(str(exc))[:200]}); "
                              "check the address (ray:auto, ray:ray://HEAD:10001) and that `ray start --head` "
                              "runs there, or use --executor local") from None
        try:
            yield
        finally:
            if self.address is None:
                _stop_monitor(ray)
            ray.shutdown()

    @contextmanager
    def session(self, setup: Setup) -> Iterator[_RaySession]:
        with self.cluster():
            ray = _import_ray()
            with _RaySession(ray, setup, self.workers, self._gpus(ray)) as s:
                yield s

    def _gpus(self, ray: Any) -> float:
        if self.gpus_per_worker is not None:
            return float(self.gpus_per_worker)
        return 1.0 if ray.cluster_resources().get("GPU", 0) >= 1 else 0.0


class _RaySession:
    def __init__(self, ray: Any, setup: Setup, workers: int | None, gpus: float) -> None:
        self.ray = ray
        resources = ray.cluster_resources()
        if gpus > 0 and resources.get("GPU", 0) < gpus:
            raise ConfigError(f"--gpus-per-worker {gpus:g} asks for GPUs the Ray cluster does not have "
                              f"({resources.get('GPU', 0):g}); pass --gpus-per-worker 0 to work on CPUs")
        most = max(1, int(resources.get("GPU", 0) // gpus) if gpus > 0 else int(resources.get("CPU", 1)))
        self.workers = min(workers or most, most)  # never more actors than the cluster can place
        try:
            setup_ref = ray.put(setup)  # sent once; each worker runs it once
        except Exception as exc:  # noqa: BLE001 (pickling can fail in many ways)
            raise ConfigError(f"the model or backend cannot be sent to Ray workers ({type(exc).__name__}: "
                              f"{one_line(str(exc))[:200]}); load the model from a folder or spec, or use "
                              "--executor local") from None
        self.setup_ref = setup_ref
        self.shared: list[tuple[Update, Any]] = []  # what share() sent, for workers started later
        # restarts are ours (a dead worker is replaced and its unit run again), not Ray's: Ray's
        # restarts warn that the setup in the object store might be gone
        self.worker = ray.remote(num_cpus=1, num_gpus=gpus, max_restarts=0, max_task_retries=0)(_Worker)
        self.actors = [self.worker.remote(setup_ref) for _ in range(self.workers)]

    def __enter__(self) -> "_RaySession":
        return self

    def share(self, update: Update, value: Any) -> None:
        ref = self.ray.put(value)
        self.shared.append((update, ref))
        for actor in list(self.actors):
            try:
                _get(self.ray, actor.share.remote(update, ref))
            except _WorkerDied:  # replaced (and given what was shared) when its next item fails
                pass

    def __exit__(self, *exc: Any) -> None:
        for a in self.actors:
            try:
                self.ray.kill(a)
            except Exception:  # noqa: BLE001 (already gone)
                pass

    def map(self, work: Work, items: list, on_result: OnResult) -> None:
        """Each item on a free worker; a worker that dies (killed, out of memory) is replaced and
        its item run again, up to RETRIES times; an item whose result came back never runs again."""
        ray = self.ray
        todo = list(enumerate(items))
        running: dict[Any, tuple[Any, tuple[int, Any]]] = {}  # task ref -> (actor, job)
        idle = list(self.actors)
        deaths: dict[int, int] = {}
        while todo or running:
            while todo and idle:
                actor, job = idle.pop(), todo.pop(0)
                running[actor.run.remote(work, job)] = (actor, job)
            done, _ = ray.wait(list(running), num_returns=1)
            for ref in done:
                actor, job = running.pop(ref)
                try:
                    i, result = _get(ray, ref)
                except _WorkerDied as died:
                    deaths[job[0]] = deaths.get(job[0], 0) + 1
                    if died.in_setup or deaths[job[0]] > RETRIES:
                        raise died.error from None
                    shared = [x for pair in self.shared for x in pair]  # flat: Ray resolves refs given as arguments
                    self.actors[self.actors.index(actor)] = fresh = self.worker.remote(self.setup_ref, *shared)
                    idle.append(fresh)
                    todo.insert(0, job)
                    continue
                idle.append(actor)
                on_result(i, result)


class _Worker:
    """A Ray actor: builds its state once, then runs work items."""

    def __init__(self, setup: Setup, *shared: Any) -> None:
        self.state = setup()
        for update, value in zip(shared[::2], shared[1::2]):  # a replacement worker: what the others were sent
            self.state = update(self.state, value)

    def share(self, update: Update, value: Any) -> None:
        self.state = update(self.state, value)

    def run(self, work: Work, job: tuple[int, Any]) -> tuple[int, Any]:
        i, item = job
        return i, work(self.state, item)


class _WorkerDied(Exception):
    def __init__(self, error: LatentExplainerError, in_setup: bool) -> None:
        super().__init__(str(error))
        self.error, self.in_setup = error, in_setup


def _get(ray: Any, ref: Any) -> Any:
    """A task's result; a worker's own error comes back as itself (one line, as locally); a
    worker that died raises _WorkerDied."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayActorError as exc:
        text = str(exc)
        raise _WorkerDied(_failure(exc), "creation task" in text) from None
    except Exception as exc:  # noqa: BLE001 (Ray wraps what the task raised)
        raise _failure(exc) from None


def _failure(exc: Exception) -> LatentExplainerError:
    """What a worker raised, as one error line (ours as it was raised)."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, LatentExplainerError):
        return cause
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(cause or exc))
    errors = re.findall(r"\b((?:\w+\.)*\w+(?:Error|Exception)): ([^\n]*)", text)  # the innermost is last
    why = f"{errors[-1][0].rsplit('.', 1)[-1]}: {errors[-1][1]}" if errors else text
    return ModelError(f"a Ray worker failed: {one_line(why)[:300]}; workers import the model's code and "
                          "packages as this process does: install them on every node (or use --executor local)")


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    """These environment variables while the block runs (then as they were): the processes a
    local Ray cluster starts inherit them, and so do its workers, which then need no runtime
    environment of their own (so the workers Ray starts ahead are the ones used)."""
    before = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in before.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _stop_monitor(ray: Any) -> None:
    """Stop the autoscaler monitor of a cluster this process started, at once: it has nothing
    to save, and ``ray.shutdown`` gives it a second to end on SIGTERM, which it always takes
    (about a second of a short run's wall time). Ray's internals may change: anything
    unexpected leaves it to ``ray.shutdown``."""
    try:
        node = ray._private.worker._global_node
        for info in list(node.all_processes.get("monitor", [])):
            info.process.kill()
            info.process.wait(timeout=1)
    except Exception:  # noqa: BLE001 (private API: ray.shutdown stops it the slow way)
        pass


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise MissingDependencyError("ray", "ray", "--executor ray") from None
    return ray


# --------------------------------------------------------------------------- parsing
_ADDRESS = re.compile(r"^(auto|local|ray://[\w.\-]+:\d+|[\w.\-]+:\d+)$")


def get_executor(spec: str | Executor | None, workers: int | None = None,
                 gpus_per_worker: float | None = None) -> Executor:
    """``local``, ``ray`` or ``ray:ADDRESS`` (an instance is taken as it is)."""
    if spec is None:
        return LocalExecutor()
    if not isinstance(spec, str):
        return spec
    name, sep, address = spec.partition(":")
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {workers}")
    if gpus_per_worker is not None and not 0 <= gpus_per_worker <= 64:
        raise ConfigError(f"--gpus-per-worker must be in [0, 64], got {gpus_per_worker:g}")
    if name == "local" and not sep:
        return LocalExecutor()
    if name == "ray":
        if sep and not _ADDRESS.match(address):
            raise ConfigError(f"--executor ray:ADDRESS needs auto, ray://HOST:PORT or HOST:PORT, got '{address}'")
        return RayExecutor(address or None, workers, gpus_per_worker)
    raise ConfigError(f"unknown executor '{spec}'; choose local, ray (a Ray cluster on this machine) or "
                      "ray:ADDRESS (join one: ray:auto, ray:ray://HEAD:10001)")

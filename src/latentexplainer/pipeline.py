"""The end-to-end method for one model: manipulate -> render -> prompt -> explain ->
certainty -> records -> report. Every latent's record is written as soon as it is done.

A unit whose answers are (partly) missing because of transport errors is recorded as
``failed``; :attr:`Run.failed` lists them, and ``explain(..., resume=True)`` asks them again
(only their missing answers) while finished units are kept as they are."""

from __future__ import annotations

import functools
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ._version import __version__
from .backends import ModelContext, get_backend
from .backends.base import Backend, ExplainRequest
from .backends.cache import CachePolicy, with_cache
from .biases import Bias, get_bias
from .biases.base import DISENTANGLEMENT
from .errors import BackendError, ConfigError
from .executors import Session, get_executor
from .manipulate import base_codes, plan_sequences
from .models import GenerativeModel
from .models.base import model_identity
from .models.directions import direction_latents, with_directions
from .progress import progress_bar
from .prompts import UnitWords, build_prompt, plain_prompt
from .records import LatentRecord, LatentRef, Prompt, Response, Sequence
from .run import RunDir
from .run import files as run_files
from .uncertainty import DEFAULT_THRESHOLD, assess, get_estimator, is_abstention
from .units import UnitJob, UnitMade, answers_in_workers, bare_backend, make_unit, use_manipulation, worker_state


@dataclass(frozen=True)
class ExplainSettings:
    backend: str = "probe"
    bias: str = "disentanglement"
    samples: int = 5
    latents: list[int] | None = None
    threshold: float = DEFAULT_THRESHOLD
    certainty: str = "gist"
    also: tuple[str, ...] = ()  # further estimators whose certainty is recorded beside
    seed: int = 0
    base_codes: str = "prior"
    values: tuple[float, ...] | None = None  # None: the bias's own (-3..3; 0..4 for conditional)
    groups: list[tuple[int, ...]] | None = None  # combination bias: latent groups (None: proposed)
    bias_file: str | None = None  # a user's bias (YAML / TOML); overrides ``bias``
    prompt_writer: str = "template"  # or a text backend spec that writes the prompt (cached, stored)
    writer_options: dict = field(default_factory=dict)  # the writer backend's options (key, base_url, ...)
    backend_options: dict = field(default_factory=dict)
    cache: CachePolicy | None = None  # the response cache of the backend and the writer (None: none)
    chunk: int = 32  # latents whose sequences are decoded and sent to the backend together
    executor: str = "local"  # where units run: local, ray (a cluster on this machine), ray:ADDRESS
    workers: int | None = None  # Ray workers (None: the cluster's CPUs, or GPUs)
    gpus_per_worker: float | None = None  # None: 1 where the Ray cluster has GPUs, else 0
    bias_prompt: bool = True  # False: the paper's ablation without the inductive-bias prompt
    uncertainty: bool = True  # False: the paper's ablation without uncertainty (first answer, no threshold)
    # explain directions, not coordinate axes: a file (.npy/.npz/.pt/.safetensors, K x latent_dim),
    # jacobian:K or pca:K (models/directions.py); latent k is then direction d_k
    directions: str | None = None

    def validate(self, latent_dim: int) -> None:
        if not 2 <= self.samples <= 100:
            raise ConfigError(f"samples (--samples) must be between 2 and 100 (answers per latent), got {self.samples}")
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"threshold (--threshold) must be in [0, 1], got {self.threshold}")
        if self.chunk < 1:
            raise ConfigError(f"chunk must be at least 1, got {self.chunk}")
        if self.values is not None and len(self.values) < 3:
            raise ConfigError(f"a traversal needs at least 3 values, got {len(self.values)}")
        bad = [i for i in (self.latents or []) if not 0 <= i < latent_dim]
        if bad:
            raise ConfigError(f"latents (--latents) {bad} out of range: this model has latents 0..{latent_dim - 1}")
        for g in self.groups or []:
            out = [i for i in g if not 0 <= i < latent_dim]
            if out:
                raise ConfigError(f"groups (--groups): latent {out[0]} is out of range; this model has latents 0..{latent_dim - 1}")
            if len(g) < 2 or len(set(g)) != len(g):
                raise ConfigError(f"groups (--groups): each group needs 2 or more different latents, got "
                                  f"{','.join(map(str, g))}; write e.g. --groups '1,4;2,3' (groups=[(1, 4), (2, 3)] in "
                                  "Python)")

    def resolve_bias(self) -> Bias:
        """The bias record: from ``bias_file`` when given, else the built-in ``bias``."""
        if self.bias_file:
            from .biases.files import load_bias_file

            return load_bias_file(self.bias_file)
        return get_bias(self.bias)


@dataclass
class Run:
    """The result of :func:`explain`: records plus where they live. ``asked``: the units this
    call was to explain (None: every record)."""

    out: Path
    records: list[LatentRecord]
    config: dict[str, Any]
    asked: list[int] | None = None

    @property
    def failed(self) -> list[LatentRecord]:
        """Units asked for whose answers are (partly) missing; ``explain(..., resume=True)`` retries them."""
        asked = None if self.asked is None else set(self.asked)
        return [r for r in self.records if r.status == "failed" and (asked is None or r.latent in asked)]

    @property
    def complete(self) -> bool:
        """Every unit asked for has a record, and none failed."""
        have = {r.latent for r in self.records}
        return not self.failed and (self.asked is None or set(self.asked) <= have)

    @property
    def unit_word(self) -> str:
        """'latent', 'group' or 'condition': what one record explains."""
        return str((self.config.get("bias_definition") or {}).get("unit", "latent"))

    def report(self) -> Path:
        from .report import write_report

        return write_report(self.out, self.records, self.config)

    def _repr_html_(self) -> str:
        import html

        rows = "".join(
            f"<tr><td>{html.escape(r.latent_name or f'z{r.latent}')}</td><td>{html.escape(r.display)}</td><td>{r.certainty:.2f}</td></tr>"
            for r in self.records
        )
        return f"<table><tr><th>latent</th><th>explanation</th><th>certainty</th></tr>{rows}</table>"


def active_latents(model: GenerativeModel, code: np.ndarray, values: tuple[float, ...], tol: float = 0.01,
                   session: Session | None = None) -> list[int]:
    """Latents whose sweep visibly changes the decoded image (mean absolute change > tol); with
    a ``session`` of several workers, its workers decode the chunks."""
    d = model.latent_dim
    first = model.decode(code[None].astype(np.float32))
    # latents a chunk at a time: codes and images of one chunk stay within the decode budget,
    # so memory does not grow with latent_dim squared (100,000 latents: 80 at a time)
    k = min(model.batch_for(2 * first[0].size), model.batch_for(2 * d, 8 * 1024 * 1024), d)
    if session is not None and session.workers > 1:  # every worker busy: chunks of at most an even share
        k = max(1, min(k, -(-d // session.workers)))
    chunks = [(code, start, min(d, start + k), min(values), max(values)) for start in range(0, d, k)]
    change = np.empty(d, np.float32)

    def got(i: int, part: np.ndarray) -> None:
        change[chunks[i][1]:chunks[i][2]] = part

    if session is not None and session.workers > 1:
        session.map(_sweep_change, chunks, got)
    else:
        for i, chunk in enumerate(chunks):
            got(i, _sweep_change(model, chunk))
    return [int(i) for i in np.flatnonzero(change > tol)]


def _sweep_change(state: Any, chunk: tuple) -> np.ndarray:
    """The mean absolute change each latent of a chunk makes between the ends of its sweep
    (``state``: a model, or a worker's state holding one)."""
    model = getattr(state, "model", state)
    code, start, stop, lo_value, hi_value = chunk
    n = stop - start
    rows = np.arange(n)
    codes = np.empty((2 * n, len(code)), np.float32)  # one array, filled in place: wide codes are copied once
    codes[:] = code
    codes[rows, start + rows] = lo_value
    codes[n + rows, start + rows] = hi_value
    imgs = model.decode(codes)
    return np.abs(imgs[:n] - imgs[n:]).mean(axis=(1, 2, 3))


def bias_units(model: GenerativeModel, bias: Bias, s: ExplainSettings, codes: np.ndarray,
               values: tuple[float, ...], active: list[int] | None) -> list[LatentRef]:
    """What the run explains, one record each: latents, latent groups, or the model's conditions."""
    if bias.unit == "latent":
        return [LatentRef(i, model.latent_name(i), (i,))
                for i in (s.latents if s.latents is not None else range(model.latent_dim))]
    if bias.unit == "group":
        from .manipulate.groups import propose_groups

        groups = s.groups if s.groups else propose_groups(model, codes[0], values, active)
        return [LatentRef(k, "+".join(model.latent_name(m) for m in g), tuple(g)) for k, g in enumerate(groups)]
    conds = model.condition_latents
    if not conds:
        raise ConfigError(f"the {bias.name} bias needs a model with a condition: a CSVAE trained with "
                          "`latentexplainer train --model csvae --attribute NAME`, or Stable Diffusion with an edit "
                          "prompt (sd:PATH?prompt=... or sdxl:PATH?prompt=...); this model has none")
    return [LatentRef(int(i), model.latent_name(int(i)), (int(i),)) for i in conds
            if s.latents is None or int(i) in s.latents]


@dataclass
class Manipulation:
    """The manipulation of one run: the bias's plan, base codes, the latents that may be
    fixed differently in another row, the units, and a per-unit generator, so a resumed run
    (or the benchmark) decodes exactly the sequences the first run decoded."""

    model: GenerativeModel
    settings: ExplainSettings
    codes: np.ndarray
    active: list[int] | None
    bias: Bias = DISENTANGLEMENT
    values: tuple[float, ...] = DISENTANGLEMENT.values
    units: list[LatentRef] = field(default_factory=list)

    @classmethod
    def prepare(cls, model: GenerativeModel, s: ExplainSettings, images: np.ndarray | None = None,
                bias: Bias | None = None, session: Session | None = None) -> "Manipulation":
        """``session``: workers that decode the sweeps which find the active latents."""
        b = bias or s.resolve_bias()
        values = tuple(s.values or b.values)
        rng = np.random.default_rng(s.seed)
        codes = base_codes(model, s.samples, rng, s.base_codes, images)
        active = active_latents(model, codes[0], values, session=session) or None
        return cls(model, s, codes, active, b, values, bias_units(model, b, s, codes, values, active))

    def without_model(self) -> "Manipulation":
        """What a worker needs besides the model it holds (units left out: jobs name theirs)."""
        return replace(self, model=None, units=[])  # type: ignore[arg-type]

    def sequences(self, unit: int | LatentRef) -> list[Sequence]:
        ref = unit if isinstance(unit, LatentRef) else self.unit(unit)
        lrng = np.random.default_rng([self.settings.seed, ref.index])
        return plan_sequences(self.model, self.bias, [ref], self.codes, self.values, lrng, self.active)[ref.index]

    def unit(self, index: int) -> LatentRef:
        for u in self.units:
            if u.index == index:
                return u
        return LatentRef(index, self.model.latent_name(index), (index,))

    def reference_images(self, n: int = 256) -> np.ndarray:
        return reference_images(self.model, self.settings.seed, n)


def reference_images(model: GenerativeModel, seed: int, n: int = 256) -> np.ndarray:
    """Up to ``n`` images decoded from random codes (the model's typical output), as many as
    fit in 64 MB of float32 values (large frames: fewer, at least 4)."""
    rng = np.random.default_rng([seed, 10**6])
    z = rng.standard_normal((n, model.latent_dim)).astype(np.float32)
    first = model.decode(z[:1])
    keep = max(4, min(n, model.batch_for(first[0].size, 16 * 1024 * 1024)))
    return np.concatenate([first, model.decode(z[1:keep])]) if keep > 1 else first


def _record(unit: LatentRef, bias: str, prompt: str, responses: list[Response], settings: ExplainSettings,
            estimators: dict, images: list[str], carried: LatentRecord | None = None) -> LatentRecord:
    """One unit's record from its n answers. Answers with status "error" (no answer after the
    retries) are missing, not evidence: then the unit is ``failed`` with the reason, and a resumed
    run asks again. Refusals and empty answers are answers (abstentions). ``carried``: the failed
    record of an earlier call whose answers were reused; its tokens and models are kept."""
    texts = [r.text for r in responses]
    abst = [r.abstained or r.status != "ok" or is_abstention(r.text) for r in responses]
    certs = {name: assess(texts, est, abst) for name, est in estimators.items()}
    main = certs[settings.certainty]
    if not settings.uncertainty:  # ablation: the first real answer, whatever the agreement
        first = next((k for k, a in enumerate(abst) if not a), None)
        main = replace(main, selected=first)
        clear = first is not None
    else:
        clear = main.selected is not None and main.score >= settings.threshold
    errors = [r for r in responses if r.status == "error"]
    if errors:  # missing answers: no explanation from what is left
        clear = False
    explanation = texts[main.selected] if clear else None
    status = "ok" if clear else ("abstained" if all(abst) else "unclear")
    reason = ""
    if errors:
        status = "failed"
        why = "; ".join(sorted({r.reason or "no answer" for r in errors}))
        reason = f"{len(errors)} of {len(responses)} answers failed: {why}"
    elif status == "abstained":
        withheld = sorted({f"{r.status}: {r.reason}" if r.reason else r.status for r in responses if r.status != "ok"})
        reason = ("no answer described a change (each said that nothing changes, or that no description fits)"
                  if not withheld else
                  "no answer described a change (" + "; ".join(withheld) + ")")
    elif status == "unclear":
        reason = f"the answers disagree (certainty {main.score:.2f} < threshold {settings.threshold:.4g})"
    attrs = list(responses[main.selected].attributes) if clear and main.selected is not None else []
    usage = _sum_usage(responses)
    models = [r.model for r in responses if r.model]
    if carried is not None:
        for k, v in carried.usage.items():
            if isinstance(v, (int, float)):
                usage[k] = usage.get(k, 0) + int(v)
        models = list(carried.reported_models) + models
    return LatentRecord(
        latent=unit.index, latent_name=unit.label, members=list(unit.latents), bias=bias, prompt=prompt, responses=texts, abstentions=abst,
        certainty=main.score, certainty_estimator=settings.certainty,
        certainties={k: v.score for k, v in certs.items()}, explanation=explanation, clear=clear,
        threshold=settings.threshold, status=status, reason=reason, images=images, attributes=attrs,
        response_status=[r.status for r in responses], usage=usage,
        reported_models=list(dict.fromkeys(models)),
    )


def _kept(prev: LatentRecord | None, n: int) -> dict[int, Response]:
    """The answers a failed record of an earlier call already holds, by position: everything but
    its errors, reused so that a resumed run asks (and pays) only for what is missing."""
    if prev is None or prev.status != "failed":
        return {}
    if not (len(prev.responses) == len(prev.response_status) == len(prev.abstentions) == n):
        return {}  # an older record without per-answer statuses: ask everything again
    return {j: Response(prev.responses[j], j, abstained=bool(prev.abstentions[j]),
                        status=prev.response_status[j], cached=True)
            for j in range(n) if prev.response_status[j] != "error"}


def _summary(records: list[LatentRecord], stats: dict, backend, seconds: float) -> dict:
    """Per-run totals: statuses, tokens, backend calls (this invocation), packing."""
    usage: dict[str, int] = {}
    for r in records:
        for k, v in r.usage.items():
            usage[k] = usage.get(k, 0) + int(v)
    counts: dict[str, int] = {}
    for r in records:
        counts[r.status] = counts.get(r.status, 0) + 1
    return {"latents": len(records), "status_counts": counts, "usage": usage, "backend": backend.name,
            "packing": getattr(backend, "packing", None), "backend_stats_this_call": stats,
            "seconds_this_call": seconds}


def _sum_usage(responses: list[Response]) -> dict[str, int]:
    """Tokens spent by this run (answers from the cache cost nothing now)."""
    total: dict[str, int] = {}
    for r in responses:
        if r.cached:
            continue
        for k, v in r.usage.items():
            if isinstance(v, (int, float)):
                total[k] = total.get(k, 0) + int(v)
    return total


def explain(model: GenerativeModel, out: str | Path, settings: ExplainSettings | None = None,
            images: np.ndarray | None = None, resume: bool = False, show_progress: bool = True,
            report: bool = True, extra_config: dict | None = None, *, backend: str | Backend | None = None,
            bias: str | Bias | None = None, **changes: Any) -> Run:
    """Explain every latent of ``model`` (or ``settings.latents``) into the run directory ``out``.

    ``images`` (N, C, H, W) in [0, 1] are needed for encoded base codes. With ``resume``,
    latents already finished in ``out`` (ok, unclear, abstained) are kept and not asked again;
    failed ones are asked again, only for their missing answers. The returned run's
    :attr:`Run.failed` lists the units that still failed: empty means everything asked was done.

    ``backend`` and ``bias`` take a name or an instance (a Backend, a Bias); any other keyword
    is a field of :class:`ExplainSettings` (frozen: ``explain(m, out, samples=3)`` uses a copy
    with that change, ``settings`` itself never changes).
    """
    s = replace(settings or ExplainSettings(), **changes)  # settings are frozen: keywords make a changed copy
    given_backend = backend if backend is not None and not isinstance(backend, str) else None
    if isinstance(backend, str):
        s = replace(s, backend=backend)
    elif given_backend is not None:  # an instance: its name goes into the config (and the resume check)
        s = replace(s, backend=str(getattr(given_backend, "name", type(given_backend).__name__)))
    given_bias = bias if isinstance(bias, Bias) else None
    if isinstance(bias, str):
        s = replace(s, bias=bias, bias_file=None)
    elif given_bias is not None:
        s = replace(s, bias=given_bias.name, bias_file=None)
    if s.directions:  # latent k becomes direction d_k (models/directions.py); only they are explained by default
        model = with_directions(model, s.directions, images, s.seed, s.samples, s.base_codes)
    if s.latents is None and direction_latents(model) is not None:
        s = replace(s, latents=direction_latents(model))
    s.validate(model.latent_dim)
    executor = get_executor(s.executor, s.workers, s.gpus_per_worker)  # a bad one fails before any work
    bias = given_bias or s.resolve_bias()
    backend = with_cache(given_backend or get_backend(s.backend, s.backend_options), s.cache)
    # the authors' bag of words on the answers as written is always recorded beside
    estimators = {name: get_estimator(name) for name in dict.fromkeys((s.certainty, "bow", *s.also))}
    config = {
        "version": __version__, "model": model.name, "model_info": model.info, "latent_dim": model.latent_dim,
        "model_identity": model_identity(model),
        **{k: v for k, v in asdict(s).items() if k not in ("backend_options", "writer_options")},
        "writer_options": s.writer_options,
        "backend_options": s.backend_options, **(extra_config or {}),
    }
    config["bias"] = bias.name
    config["bias_definition"] = asdict(bias)
    in_workers = answers_in_workers(executor, backend)
    setup = functools.partial(worker_state, model, bare_backend(backend) if in_workers else None,
                              functools.partial(reference_images, model, s.seed))
    with ExitStack() as stack:
        stack.enter_context(executor.cluster())  # Ray: started (or joined) for the run, shut down after
        session = stack.enter_context(executor.session(setup))  # the model loaded once per worker
        # decode before touching the run directory: a broken model fails with nothing written
        manip = Manipulation.prepare(model, s, images, bias, session)
        session.share(use_manipulation, manip.without_model())
        config["values"] = list(manip.values)
        config["groups"] = [list(u.latents) for u in manip.units] if bias.unit == "group" else None
        if not in_workers:  # else each worker prepares its own
            backend.prepare(ModelContext(manip.reference_images, model.latent_dim, {}))
        if s.bias_prompt and s.prompt_writer != "template":  # a writer that cannot write: refused before the run
            from .prompts.writer import writer_backend

            writer_backend(s.prompt_writer, s.writer_options, s.cache)
        run_dir = RunDir(Path(out))
        with run_dir.lock():
            return _explain_locked(run_dir, model, s, config, manip, backend, estimators, resume, show_progress,
                                   report, session, in_workers)


def unit_prompts(manip: Manipulation, s: ExplainSettings, run_dir: RunDir | None = None) -> dict[int, Prompt]:
    """The prompt of every unit: the template's, or (with a prompt writer) the writer's,
    stored in the run directory and reused on resume."""
    bias, model = manip.bias, manip.model
    kind, condition = model.kind, model.condition
    out = {}
    for u in manip.units:
        words = UnitWords(tuple(model.latent_name(m) for m in u.latents), condition) if bias.unit != "latent" \
            else UnitWords(condition=condition, along=model.direction_symbol(u.index))
        out[u.index] = (build_prompt if s.bias_prompt else plain_prompt)(bias, kind, manip.values, words)
    if s.bias_prompt and s.prompt_writer != "template":
        from .prompts.writer import write_prompts

        out = write_prompts(out, bias, s.prompt_writer, s.writer_options, run_dir, s.cache)
    return out


def _explain_locked(run_dir: RunDir, model: GenerativeModel, s: ExplainSettings, config: dict,
                    manip: "Manipulation", backend, estimators: dict, resume: bool, show_progress: bool,
                    report: bool, session: Session, in_workers: bool) -> Run:
    run_dir.open(config, resume=resume)
    bias = manip.bias
    previous = {r.latent: r for r in run_dir.records()}
    # finished units are kept; failed ones (answers missing) are asked again
    units = [u for u in manip.units if u.index not in previous or previous[u.index].status == "failed"]
    prompts = unit_prompts(manip, s, run_dir)
    stem = "g" if bias.unit == "group" else "z"
    t0 = time.perf_counter()
    stats: dict[str, float] = {}

    def finish(job: UnitJob, new: list[Response], rels: list[str], advance) -> None:
        """The unit's record, from the answers kept from an earlier call and the new ones."""
        if len(new) != len(job.ask):
            raise BackendError(f"backend '{s.backend}' returned {len(new)} answers for {len(job.ask)} sequences "
                               f"of {job.unit.label}")
        answers = dict(job.kept) | dict(zip(job.ask, new))
        carried = previous.get(job.unit.index) if job.kept else None
        run_dir.append(_record(job.unit, bias.name, job.prompt.text, [answers[j] for j in sorted(answers)], s,
                               estimators, rels, carried))
        advance()

    with progress_bar(len(units), f"explaining {bias.unit}s", show_progress) as advance:
        size = len(units) if in_workers else s.chunk * session.workers
        for start in range(0, len(units), max(1, size)):
            n = len(manip.codes)  # sequences per unit: one per base code
            jobs = [UnitJob(u, prompts[u.index], n, tuple(_kept(previous.get(u.index), n).items()))
                    for u in units[start: start + size]]
            requests: list[ExplainRequest] = []
            waiting: list[tuple[UnitJob, list[str]]] = []

            def made(i: int, m: UnitMade, jobs=jobs, requests=requests, waiting=waiting) -> None:
                job = jobs[i]
                rels = [f"images/{stem}{job.unit.index}_s{j}.png" for j in range(len(m.pngs))]
                for data, rel in zip(m.pngs, rels):
                    run_files.write_atomic(run_dir.path, rel, data)
                if m.responses is not None:  # answered in the worker
                    finish(job, list(m.responses), rels, advance)
                    return
                requests.append(ExplainRequest(job.unit, tuple(m.sequences[j] for j in job.ask), job.prompt,
                                               tuple(run_dir.path / rels[j] for j in job.ask)))
                waiting.append((job, rels))

            session.map(make_unit, jobs, made)
            if requests:
                def answered(k: int, new: list[Response], waiting=waiting) -> None:
                    finish(waiting[k][0], new, waiting[k][1], advance)

                backend.describe_many(requests, answered)
                for k, v in getattr(backend, "stats", {}).items():  # per describe_many: add them up
                    if isinstance(v, (int, float)):
                        stats[k] = stats.get(k, 0) + v
    run_dir.sync()  # explanations.jsonl holds exactly the records (heals a run killed between two writes)
    records = run_dir.records()
    config["seconds"] = round(time.perf_counter() - t0, 3)
    run_dir.write_json("summary.json", _summary(records, stats, backend, config["seconds"]))
    run = Run(run_dir.path, records, config, [u.index for u in manip.units])
    if report:
        run.report()
    return run

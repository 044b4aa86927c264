"""`latentexplainer` commands. Exit codes: 0 everything asked was done; 2 bad input (any
LatentExplainerError, one line); 3 some units failed (the last line says how many, why, and
the command that retries them); 130 interrupted (Ctrl-C; one line naming how to continue).
Global options: --version; --debug (or LATENTEXPLAINER_DEBUG=1) adds the full traceback on stderr
before the one line, the exit code unchanged."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .._version import __version__
from ..errors import ConfigError, LatentExplainerError, for_terminal, one_line
from . import backends as _backends  # noqa: F401  (registers `backends` on the app)
from . import sweep as _sweep  # noqa: F401  (registers `sweep` on the app)
from . import train as _train  # noqa: F401  (registers `train` on the app)
from .common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    RERUN,
    _backend_options,
    _command_line,
    _failure_line,
    _import_from_here,
    _note_interrupt,
    _parse_groups,
    _parse_latents,
    _parse_values,
    _with_resume,
    app,
    default_cache_dir,
)

ALLOW_DOWNLOAD_HELP = ("a Hub id (diffusers:ORG/NAME[@REVISION], sd:ORG/NAME) missing from the local Hugging Face "
                       "cache is downloaded into it (default: the cache only; HF_HUB_OFFLINE=1 forbids downloads)")
EXECUTOR_HELP = ("where units run: local (this process), ray (a Ray cluster started on this machine's cores) or "
                 "ray:ADDRESS (join one: ray:auto, ray:ray://HEAD:10001); pip install 'latentexplainer[ray]'")


@app.command()
def explain(
    ctx: typer.Context,
    model: str = typer.Option(..., help="a folder written by `train`, package.module:function, "
                                        "diffusers:PATH (a DDPM), sd:PATH or sdxl:PATH (Stable Diffusion, XL); PATH a folder "
                                        "or a Hub id ORG/NAME[@REVISION] from the local Hugging Face cache"),
    out: Path = typer.Option(..., help="run directory to write"),
    start_images: Optional[Path] = typer.Option(
        None, "--images", help="diffusion models: start from the DDIM inversion of these images (a folder of PNG/JPG, or one "
                   "file; add ?image=N to the model spec to pick one) instead of seeded noise"),
    backend: str = typer.Option("probe", help="explainer backend (probe is offline)"),
    bias: str = typer.Option("disentanglement", help="inductive bias: disentanglement, combination or conditional"),
    bias_file: Optional[Path] = typer.Option(None, "--bias-file", help="your own bias: a YAML or TOML file "
                                             "(formula, mapping, plan, example; see examples/biases/)"),
    groups: Optional[str] = typer.Option(None, help="combination bias: latent groups, e.g. '1,4;2,3' "
                                         "(default: proposed from what the traversals change)"),
    prompt_writer: str = typer.Option("template", help="who writes the prompt: template (deterministic) or a "
                                      "text backend such as openai:gpt-4o (cached, stored in the run)"),
    prompt_writer_option: list[str] = typer.Option([], help="an option of the prompt writer's backend, KEY=VALUE "
                                                   "(base_url, api_key, model options; repeatable)"),
    samples: int = typer.Option(5, help="answers per latent (base codes)"),
    latents: Optional[str] = typer.Option(None, help="comma-separated latent indices (default: all)"),
    threshold: Optional[float] = typer.Option(
        None, help="certainty below which the answer is 'No clear explanation' (default 0.2617, the authors')"),
    threshold_from: Optional[Path] = typer.Option(
        None, "--threshold-from", help="a threshold file written by `calibrate` (sets --threshold and --certainty)"),
    certainty: Optional[str] = typer.Option(None, help="gist (default: the authors' bag of words on what each answer "
                                            "says changes), bow (the authors', on the answers as written), embedding "
                                            "or clusters"),
    base_codes: str = typer.Option("prior", help="prior, or encoded (needs --dataset)"),
    dataset: Optional[str] = typer.Option(None, help="data for encoded base codes (and --directions pca:K)"),
    directions: Optional[str] = typer.Option(
        None, help="explain directions instead of coordinate axes: FILE (.npy, .npz, .pt or .safetensors, "
                   "K x latent_dim, optional names), jacobian:K (the decoder's top-K Jacobian directions at the base "
                   "codes) or pca:K (principal axes of the encoded --dataset); each direction is one latent, dK; for a "
                   "diffusion model a FILE of K x C x H x W directions of x_t"),
    values: Optional[str] = typer.Option(None, help="values the latent sweeps through (default: the bias's, "
                                         "-3,-1.5,0,1.5,3; 0,1,2,3,4 for conditional)"),
    seed: int = typer.Option(0),
    resume: bool = typer.Option(False, "--resume", help="continue a run in --out: finished latents are kept, failed ones "
                                "are asked again"),
    base_url: Optional[str] = typer.Option(None, help="point a remote backend at another server"),
    api_key: Optional[str] = typer.Option(None, help="API key (default: the provider's environment variable)"),
    concurrency: Optional[int] = typer.Option(None, help="requests in flight at once (remote backends; 16)"),
    rpm: Optional[float] = typer.Option(None, help="requests per minute at most (remote backends)"),
    temperature: Optional[float] = typer.Option(None, help="sampling temperature (remote backends)"),
    max_tokens: Optional[int] = typer.Option(None, help="answer length limit (remote backends)"),
    packing: Optional[str] = typer.Option(None, help="composite (one image per request) or frames"),
    cache_dir: Optional[Path] = typer.Option(None, help="response cache (default: ~/.cache/latentexplainer)"),
    no_cache: bool = typer.Option(False, "--no-cache", help="do not read cached answers (they are still written)"),
    backend_option: list[str] = typer.Option([], help="any other backend option, KEY=VALUE (repeatable)"),
    bias_prompt: bool = typer.Option(True, "--bias-prompt/--no-bias-prompt",
                                     help="--no-bias-prompt: the ablation with a plain 'describe the change' prompt"),
    uncertainty: bool = typer.Option(True, "--uncertainty/--no-uncertainty",
                                     help="--no-uncertainty: the ablation with the first answer and no threshold"),
    executor: str = typer.Option("local", help=EXECUTOR_HELP),
    workers: Optional[int] = typer.Option(None, help="Ray workers (default: the cluster's CPUs, or its GPUs)"),
    gpus_per_worker: Optional[float] = typer.Option(None, help="GPUs per Ray worker (default 1 where the cluster "
                                                    "has GPUs, else 0)"),
    quiet: bool = typer.Option(False, "--quiet", help="no progress output"),
    trust_run: bool = typer.Option(False, "--trust-run", help="--model is a run directory that names code (module:function) "
                                   "as its model: import and run that code"),
    allow_download: bool = typer.Option(False, "--allow-download", help=ALLOW_DOWNLOAD_HELP),
) -> int:
    """Explain every latent of a model into a run directory (records, strips, report).
    Exit code 3 when some latents failed (the last line gives the command that retries them)."""
    from ..backends.cache import CachePolicy
    from ..data import load_dataset
    from ..models import load_model
    from ..models.loader import spec_with_directions
    from ..pipeline import ExplainSettings
    from ..pipeline import explain as run_explain

    retry = _with_resume(_command_line(ctx))
    _note_interrupt(ctx, out, retry)

    threshold, certainty = _resolve_threshold(threshold, threshold_from, certainty)
    options = _backend_options(
        backend_option, base_url=base_url, api_key=api_key, concurrency=concurrency, rpm=rpm,
        temperature=temperature, max_tokens=max_tokens, packing=packing)
    walked = spec_with_directions(model, directions)  # a diffusion model walks a file's directions itself
    if walked is not None:
        model, directions = walked, None
    settings = ExplainSettings(backend=backend, bias=bias, samples=samples, latents=_parse_latents(latents),
                               threshold=threshold, certainty=certainty, seed=seed, base_codes=base_codes,
                               values=_parse_values(values) if values is not None else None,
                               backend_options=options, bias_prompt=bias_prompt,
                               uncertainty=uncertainty, groups=_parse_groups(groups),
                               bias_file=str(bias_file) if bias_file else None, prompt_writer=prompt_writer,
                               writer_options=_backend_options(prompt_writer_option, "--prompt-writer-option"),
                               cache=CachePolicy(cache_dir or default_cache_dir(), read=not no_cache),
                               executor=executor, workers=workers, gpus_per_worker=gpus_per_worker,
                               directions=directions)
    _import_from_here(model, trust_run=trust_run)
    m = load_model(model, images=start_images, trust_run=trust_run, allow_download=allow_download)
    images = load_dataset(dataset, 2000, seed=seed).as_float() if dataset else None
    run = run_explain(m, out, settings, images=images, resume=resume, show_progress=not quiet,
                      extra_config={"command": _command_line(ctx)})
    _print_records(run.records)
    typer.echo(f"run written to {run.out} (report: {run.out / 'report.html'})")
    return _finish(run.failed, len(run.asked or run.records), run.unit_word, retry)


def _finish(failed: list, total: int, word: str, retry: str, how: str = "") -> int:
    """0 when every unit asked for was done; else the failure line (last, on stderr) and exit code 3."""
    if not failed:
        return 0
    typer.echo(_failure_line(failed, total, word, retry, how), err=True)
    return EXIT_FAILED


def _resolve_threshold(threshold: Optional[float], threshold_from: Optional[Path],
                       certainty: Optional[str]) -> tuple[float, str]:
    from ..uncertainty import DEFAULT_THRESHOLD

    if threshold_from is not None:
        if threshold is not None:
            raise ConfigError("give --threshold or --threshold-from, not both")
        from ..evaluate.calibrate import read_threshold

        threshold, learned = read_threshold(threshold_from)
        if certainty not in (None, learned):
            raise ConfigError(f"{threshold_from} holds a threshold for the '{learned}' certainty, not '{certainty}'; "
                              "drop --certainty or calibrate that estimator")
        certainty = learned
    return (DEFAULT_THRESHOLD if threshold is None else threshold), (certainty or "gist")


def _default_wordnet() -> Optional[Path]:
    """nltk's own WordNet if it has one; else one built once from Debian's wordnet packages
    into the user cache (METEOR needs it; nothing is downloaded)."""
    from ..evaluate.text_metrics import WORDNET_SOURCE, ensure_wordnet

    try:
        from nltk.corpus import wordnet as wn

        wn.ensure_loaded()
        return None
    except (ImportError, LookupError):
        pass
    if not Path(WORDNET_SOURCE).is_dir():
        return None  # METEOR then says how to get WordNet
    return ensure_wordnet(default_cache_dir().parent / "nltk_data").parent.parent


@app.command()
def evaluate(
    run_dir: Path = typer.Argument(..., help="a run directory written by `explain`"),
    references: Path = typer.Option(..., help='reference explanations: JSON {"3": ["..."]} or CSV latent,reference'),
    metrics: str = typer.Option("bleu,rouge_l,meteor,cider,bertscore", help="comma-separated text metrics"),
    wordnet: Optional[Path] = typer.Option(None, help="WordNet folder for METEOR (default: NLTK_DATA)"),
) -> None:
    """Score a run's explanations against reference explanations (writes RUN_DIR/metrics.json)."""
    from rich.console import Console
    from rich.table import Table

    from ..evaluate.evaluate_run import evaluate_run

    names = tuple(m.strip() for m in metrics.split(",") if m.strip())
    if wordnet is None and "meteor" in names:
        wordnet = _default_wordnet()
    result = evaluate_run(run_dir, references, metrics=names, wordnet_dir=wordnet)
    table = Table("scope", "n", *names)
    for scope, row in [("overall", result["overall"]), *result["by_bias"].items()]:
        table.add_row(scope, str(row["n"]), *(f"{row[m]:.1f}" for m in names))
    Console().print(table)
    typer.echo(f"metrics written to {Path(run_dir).expanduser().resolve() / 'metrics.json'}")


@app.command()
def calibrate(
    run_dirs: list[Path] = typer.Argument(..., help="one or more run directories"),
    labels: Path = typer.Option(..., help="latent -> clear/unclear, JSON or CSV; with several runs ids are RUN:latent"),
    folds: int = typer.Option(5, help="stratified cross-validation folds"),
    seed: int = typer.Option(0),
    estimator: Optional[str] = typer.Option(None, help="whose threshold to write (default: the runs' --certainty)"),
    out: Optional[Path] = typer.Option(None, help="threshold file (default: FIRST_RUN_DIR/threshold.json)"),
) -> None:
    """Learn the certainty threshold from labelled latents (held-out precision, recall, F1, AUROC)."""
    from rich.console import Console
    from rich.table import Table

    from ..evaluate.calibrate import calibrate as run_calibrate

    result = run_calibrate(run_dirs, labels, folds=folds, seed=seed, estimator=estimator, out=out)
    table = Table("estimator", "AUROC", "threshold", "cv precision", "cv recall", "cv F1", "cv bal. acc.")
    for name, r in result["estimators"].items():
        cv = r["cv"]
        table.add_row(name, f"{r['auroc']:.3f}", f"{r['threshold']:.4g}", f"{cv['precision']:.3f}",
                      f"{cv['recall']:.3f}", f"{cv['f1']:.3f}", f"{cv['balanced_accuracy']:.3f}")
    Console().print(table)
    typer.echo(f"threshold {result['threshold']:.4g} ({result['estimator']}) written to {result['threshold_file']}")


def _print_records(records) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("latent", "explanation", "certainty", "status")
    table.columns[0].no_wrap = True
    for r in records:
        # model text and names like w[large-object] are not rich markup
        table.add_row(escape(for_terminal(r.latent_name or f"z{r.latent}")), escape(for_terminal(r.display)),
                      f"{r.certainty:.2f}", r.status)
    from ..tables import show_table  # a terminal draws it; a log or pipe gets one line per latent
    show_table(table, Console())


@app.command()
def demo(
    ctx: typer.Context,
    out: Path = typer.Option(Path("runs/demo"), help="run directory to write"),
    dataset: str = typer.Option("shapes", help="shapes or scenes: which shipped model to explain"),
    samples: int = typer.Option(5),
    diffusion: bool = typer.Option(False, "--diffusion", help="the shipped DDPM instead: its top h-space directions"),
    quiet: bool = typer.Option(False, "--quiet", help="no progress output"),
) -> int:
    """Offline demo: the shipped beta-TCVAE (or, with --diffusion, DDPM) explained by the probe."""
    _note_interrupt(ctx, out, _command_line(ctx), RERUN)
    if diffusion:
        from ..diffusion_demo import run_diffusion_demo

        run = run_diffusion_demo(out, samples=samples, show_progress=not quiet, command=_command_line(ctx))
    else:
        from ..demo import run_demo

        run = run_demo(out, dataset, samples, show_progress=not quiet, command=_command_line(ctx))
    _print_records(run.records)
    typer.echo(f"demo written to {run.out} (report: {run.out / 'report.html'})")
    return _finish(run.failed, len(run.asked or run.records), run.unit_word, _command_line(ctx), RERUN)


@app.command()
def benchmark(
    ctx: typer.Context,
    dataset: str = typer.Option("shapes", help="shapes, scenes or npz:PATH (needs factors)"),
    out: Path = typer.Option(..., help="folder for benchmark.json and the run"),
    model: Optional[str] = typer.Option(None, help="model folder (default: the shipped model for the data set)"),
    samples: int = typer.Option(5),
    base_codes: str = typer.Option("prior", help="prior, or encoded (posterior means of the labelled images)"),
    certainty: str = typer.Option("gist", help="gist (the authors' bag of words on what each answer says changes), "
                                  "bow (the authors', on the answers as written), embedding or clusters"),
    seed: int = typer.Option(0),
    judge: str = typer.Option("probe", help="who scores the explanations by use: probe (measures), or a remote "
                              "multimodal backend NAME:MODEL (openai, openai-compatible, anthropic, gemini, ollama, hf)"),
    judge_option: list[str] = typer.Option([], help="a judge option KEY=VALUE (repeatable), e.g. base_url=..."),
    distractors: Optional[int] = typer.Option(None, "--distractors", "-k",
                                              help="detection: other latents shown beside the true one (default 4)"),
    references: Optional[Path] = typer.Option(None, help='reference explanations (JSON {"3": ["..."]} or CSV '
                                              "latent,reference): adds BLEU, ROUGE-L, METEOR, CIDEr, BERTScore"),
    wordnet: Optional[Path] = typer.Option(None, help="WordNet folder for METEOR (default: NLTK_DATA)"),
    bias: str = typer.Option("disentanglement", help="disentanglement (every latent), conditional (a CSVAE's "
                             "condition; default model: the shipped scenes CSVAE) or combination (latent groups)"),
    groups: Optional[str] = typer.Option(None, help="combination: latent groups, e.g. '1,4;2,3' (default: proposed)"),
    no_bias_prompt: bool = typer.Option(False, "--no-bias-prompt",
                                        help="also run the paper's ablation (a plain prompt) and show both"),
    backend: str = typer.Option("probe", help="who explains (as for explain): probe, or e.g. openai:gpt-4o"),
    backend_option: list[str] = typer.Option([], help="an explainer backend option, KEY=VALUE (base_url, api_key, ...)"),
    suite: Optional[str] = typer.Option(None, help="dev, heldout or all: every labelled data set of that split, a "
                                        "model each (trained in OUT/<set> unless shipped), one table; --dataset and "
                                        "--model are not used"),
    train_epochs: Optional[int] = typer.Option(None, help="epochs for the models the benchmark trains (the recipe's 20)"),
    executor: str = typer.Option("local", help=EXECUTOR_HELP),
    workers: Optional[int] = typer.Option(None, help="Ray workers (default: the cluster's CPUs, or its GPUs)"),
    gpus_per_worker: Optional[float] = typer.Option(None, help="GPUs per Ray worker (default 1 where the cluster "
                                                    "has GPUs, else 0)"),
    quiet: bool = typer.Option(False, "--quiet", help="no progress output"),
    allow_download: bool = typer.Option(False, "--allow-download", help=ALLOW_DOWNLOAD_HELP),
) -> int:
    """Explain every latent of a model and score the explanations against ground-truth factors and by use.
    Exit code 3 when some units failed (the last line gives the command that retries them)."""
    from ..backends.cache import CachePolicy
    from ..evaluate.benchmark import print_table, run_benchmark
    from ..evaluate.result import BenchmarkOptions
    from ..pipeline import ExplainSettings

    retry = _command_line(ctx)  # benchmark has no --resume: it continues its runs in --out by itself
    _note_interrupt(ctx, out, retry, RERUN)

    settings = ExplainSettings(samples=samples, seed=seed, base_codes=base_codes, certainty=certainty,
                               groups=_parse_groups(groups), backend=backend,
                               backend_options=_backend_options(backend_option),
                               cache=CachePolicy(default_cache_dir()),  # paid answers (backend, judge) cached
                               executor=executor, workers=workers, gpus_per_worker=gpus_per_worker)
    if train_epochs is not None and train_epochs < 1:
        raise ConfigError(f"--train-epochs must be at least 1, got {train_epochs}")
    _import_from_here(model)
    if suite is not None:
        return _benchmark_suite(ctx, suite, out, settings, seed, train_epochs, judge, judge_option, quiet, bias, model,
                                retry)
    if bias != "disentanglement":
        from ..evaluate.bias_benchmark import print_bias_table, run_bias_benchmark

        result = run_bias_benchmark(dataset, out, bias, model, seed=seed, show_progress=not quiet,
                                    command=_command_line(ctx), settings=settings, ablation=no_bias_prompt,
                                    allow_download=allow_download)
        print_bias_table(result)
        typer.echo(f"benchmark written to {out / 'benchmark.json'}")
        return _benchmark_exit(out, no_bias_prompt, retry)
    judge_options = _backend_options(judge_option, "--judge-option")
    if references is not None and wordnet is None:
        wordnet = _default_wordnet()
    options = BenchmarkOptions(model_spec=model, judge=judge, judge_options=judge_options, k=distractors,
                               references=references, wordnet_dir=wordnet, ablation=no_bias_prompt,
                               train_epochs=train_epochs, allow_download=allow_download)
    result = run_benchmark(dataset, out, settings=settings, options=options, show_progress=not quiet,
                           command=_command_line(ctx))
    print_table(result)
    typer.echo(f"benchmark written to {out / 'benchmark.json'}")
    return _benchmark_exit(out, no_bias_prompt, retry)


def _benchmark_suite(ctx: typer.Context, suite: str, out: Path, settings, seed: int, train_epochs: Optional[int],
                     judge: str, judge_option: list[str], quiet: bool, bias: str, model: Optional[str],
                     retry: str) -> int:
    """`benchmark --suite NAME`: every set of the split, one table (evaluate/suite.py)."""
    from ..data.suite import suite_sets
    from ..evaluate.suite import run_suite, suite_markdown

    names = suite_sets(suite)  # an unknown suite is refused before any work
    if bias != "disentanglement" or model is not None:
        raise ConfigError("--suite benchmarks the disentanglement bias of a model per data set; drop --bias and --model "
                          "(or benchmark one data set with --dataset)")
    judge_options = _backend_options(judge_option, "--judge-option")
    result = run_suite(suite, out, settings, seed=seed, train_epochs=train_epochs, show_progress=not quiet,
                       command=_command_line(ctx), judge=judge, judge_options=judge_options)
    typer.echo(suite_markdown(result))
    typer.echo(f"suite written to {Path(out) / 'suite.json'}")
    runs = [Path(out) / name / "run" for name in names]
    return _finish(*_failed_units(runs), retry, RERUN)


def _failed_units(runs: list[Path]) -> tuple[list, int, str]:
    """(failed records, records, the unit's word) over some run directories."""
    from ..run.rundir import RunDir

    failed, total, word = [], 0, "unit"
    for path in runs:
        rd = RunDir(path)
        if not rd.config_path.exists():
            continue
        records = rd.records()
        failed += [r for r in records if r.status == "failed"]
        total += len(records)
        word = str((rd.read_config().get("bias_definition") or {}).get("unit", word))
    return failed, total, word


def _benchmark_exit(out: Path, ablation: bool, retry: str) -> int:
    """The benchmark's runs (out/run, and out/run-no-bias-prompt for the ablation): 3 when a unit failed."""
    names = ("run", "run-no-bias-prompt") if ablation else ("run",)
    return _finish(*_failed_units([Path(out) / n for n in names]), retry, RERUN)


DEBUG_ENV = "LATENTEXPLAINER_DEBUG"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"latentexplainer {__version__}")
        raise typer.Exit(0)


@app.callback()
def _global_options(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", is_eager=True, expose_value=False, callback=_show_version,
                                 help="print the version and exit"),
    debug: bool = typer.Option(False, "--debug", help="on an error, also print the full traceback (on stderr; "
                               f"the exit code stays); or set {DEBUG_ENV}=1"),
) -> None:
    if debug and isinstance(ctx.obj, dict):
        ctx.obj["debug"] = True


def _debugging(obj: dict) -> bool:
    return bool(obj.get("debug")) or os.environ.get(DEBUG_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _print_traceback(exc: BaseException) -> None:
    """The whole traceback on stderr, with the error our one line replaced (raised ``from None``
    to keep the line short, e.g. what a user's decoder raised) shown first."""
    import traceback

    suppressed = exc.__suppress_context__
    exc.__suppress_context__ = False
    try:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    finally:
        exc.__suppress_context__ = suppressed
    sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    obj: dict = {"argv": args}
    try:
        # not standalone: a command's return value (its exit code) comes back here, and typer
        # turns Ctrl-C into a returned 130 rather than raising
        rv = app(args=args, prog_name="latentexplainer", standalone_mode=False, obj=obj)
    except LatentExplainerError as exc:
        if _debugging(obj):
            _print_traceback(exc)
        code = getattr(exc, "exit_code", 2)
        go_on = obj.get("continue_with") if code != 2 else None  # work stopped midway: how to go on
        typer.echo(f"error: {one_line(str(exc))}" + (f" with: {one_line(go_on)}" if go_on else ""), err=True)
        return code
    except MemoryError as exc:
        if _debugging(obj):
            _print_traceback(exc)
        go_on = obj.get("continue_with")
        typer.echo("error: this machine ran out of memory; explain fewer latents at once (--latents), use fewer "
                   "--samples, or make the decoder's images smaller" +
                   (f"; finished units are kept: continue with: {one_line(go_on)}" if go_on else ""), err=True)
        return 2
    except KeyboardInterrupt:
        rv = EXIT_INTERRUPTED
    except typer.Abort:
        rv = EXIT_INTERRUPTED
    except typer.TyperException as exc:  # usage errors of the argument parser
        if type(exc).__name__ == "NoArgsIsHelpError":
            shown = exc.format_message()  # rich help is printed as it is made; plain help comes back as text
            if shown.strip():
                typer.echo(shown)
            return 0
        message = one_line(exc.format_message())
        if "--debug" in args and "--debug" in message:  # a global option, given after the command
            message += "; --debug goes before the command: latentexplainer --debug COMMAND ..."
        typer.echo(f"error: {message} (see --help)", err=True)
        return 2
    if rv == EXIT_INTERRUPTED:
        note = obj.get("on_interrupt")
        typer.echo(note() if callable(note) else (note or "interrupted; nothing more was done"), err=True)
        return EXIT_INTERRUPTED
    return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0


if __name__ == "__main__":
    sys.exit(main())

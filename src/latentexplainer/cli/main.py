"""`latentexplainer` commands. Exit codes: 0 everything asked was done; 2 bad input (any
LatentExplainerError, one line); 3 some units failed (the last line says how many, why, and
the command that retries them); 130 interrupted (Ctrl-C; one line naming how to continue)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import ConfigError, LatentExplainerError, for_terminal, one_line, url_without_password
from ..structured import shorten

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Explain the latent variables of generative models in plain words, with certainty.")


SECRET_FLAGS = ("--api-key",)
EXIT_FAILED = 3  # the run was written, but some units failed: retry them with --resume
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


def _redact(argv: list[str]) -> list[str]:
    """The command line without secrets: the value of --api-key becomes ***."""
    out, hide = [], False
    for a in map(str, argv):
        if hide:
            out.append("***")
            hide = False
        elif a in SECRET_FLAGS:
            out.append(a)
            hide = True
        elif any(a.startswith(f + "=") for f in SECRET_FLAGS):
            out.append(a.split("=", 1)[0] + "=***")
        elif "=" in a and _is_secret(a.split("=", 1)[0]):  # --backend-option api_key=... and the like
            out.append(a.split("=", 1)[0] + "=***")
        else:
            out.append(url_without_password(a))  # --base-url http://user:pw@host
    return out


def _is_secret(key: str) -> bool:
    from ..run.rundir import SECRET_KEYS

    k = key.strip().lower().replace("-", "_")
    return any(k == s or k.endswith("_" + s) for s in SECRET_KEYS)


def _command_line(ctx: typer.Context) -> str:
    """The command as typed (secrets redacted), for the run's config, so a run can be reproduced."""
    argv = (ctx.obj or {}).get("argv", sys.argv[1:])
    return "latentexplainer " + " ".join(shlex.quote(a) for a in _redact(argv))


def _with_resume(command: str) -> str:
    """The command with --resume added when it has none (the retry of a run's failed units)."""
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    return command if "--resume" in words else command + " --resume"


def _short(text: str, limit: int = 160) -> str:
    line = one_line(text)
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _failure_reasons(records) -> str:
    """The distinct reasons of failed records, short: the per-answer errors, without the counts."""
    import re

    reasons: list[str] = []
    for r in records:
        m = re.match(r"^\d+ of \d+ answers failed: (.*)$", r.reason or "")
        for part in (m.group(1).split("; ") if m else [r.reason or "no reason recorded"]):
            if _short(part) not in reasons:
                reasons.append(_short(part))
    shown = reasons[:3]
    more = f"; and {len(reasons) - 3} other reason(s) in the records" if len(reasons) > 3 else ""
    return "; ".join(shown) + more


RERUN = "by running the same command again (it continues its run in --out, as --resume does for explain)"


def _failure_line(failed: list, total: int, word: str, retry: str, how: str = "") -> str:
    """The last line of a run with failed units: how many, why, and the command that retries them."""
    why = _failure_reasons(failed)
    return one_line(f"error: {len(failed)} of {total} {word}s failed ({why}); retry only those {how or 'with'}: {retry}")


def _note_interrupt(ctx: typer.Context, out: Path, continue_with: str, how: str = "") -> None:
    """What main prints if Ctrl-C stops this command: where the finished units are, how to go on."""
    def line() -> str:
        from ..run.rundir import RunDir

        try:
            saved = sum(1 for r in RunDir(out).records() if r.status != "failed")
        except Exception:  # noqa: BLE001 (the line must come out whatever the folder holds)
            saved = 0
        return (f"interrupted: {saved} finished unit(s) are saved in {out}, every record whole; "
                f"continue {how or 'with'}: {continue_with}")

    if isinstance(ctx.obj, dict):
        ctx.obj["on_interrupt"] = line
        ctx.obj["continue_with"] = continue_with


def default_cache_dir() -> Path:
    """Answers of paid models are cached per user, not per run, so a new run pays nothing twice."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "latentexplainer" / "responses"


def _backend_options(pairs: list[str], flag: str = "--backend-option", **named) -> dict:
    """--backend-option KEY=VALUE pairs plus the named flags; unset flags are left out."""
    opts = {k: v for k, v in named.items() if v is not None}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{flag} must look like KEY=VALUE (e.g. image_size=1024); got '{pair}'")
        opts[key.strip().replace("-", "_")] = value
    return opts


def _parse_latents(text: Optional[str]) -> list[int] | None:
    if not text:
        return None
    try:
        return [_index(t) for t in text.replace(" ", "").split(",") if t]
    except ValueError:
        raise ConfigError(f"--latents must be comma-separated integers such as 0,3,4; got {shorten(text)}") from None


def _index(token: str) -> int:
    """A latent index as written: a number of at most 9 digits (a longer one is no latent)."""
    token = token.strip()
    if len(token.lstrip("+-")) > 9:
        raise ValueError(token)
    return int(token)


def _parse_groups(text: Optional[str]) -> list[tuple[int, ...]] | None:
    if text is None:
        return None
    try:
        groups = [tuple(_index(x) for x in part.split(",") if x.strip()) for part in text.split(";") if part.strip()]
    except ValueError:
        raise ConfigError(f"--groups must be groups of latent indices separated by ';', e.g. '1,4;2,3'; got "
                          f"{shorten(text)}") from None
    if not groups:
        raise ConfigError("--groups is empty; give e.g. '1,4;2,3'")
    return groups


def _parse_values(text: str) -> tuple[float, ...]:
    try:
        vals = tuple(float(t) for t in text.split(",") if t.strip())
    except ValueError:
        raise ConfigError(f"--values must be comma-separated numbers such as -3,-1.5,0,1.5,3; got {shorten(text)}"
                          ) from None
    if len(vals) < 3:
        raise ConfigError(f"--values needs at least 3 numbers, got {len(vals)}")
    return vals


@app.command()
def train(
    ctx: typer.Context,
    dataset: str = typer.Option(..., help="shapes, scenes, fashion-mnist, folder:PATH or npz:PATH"),
    out: Path = typer.Option(..., help="folder to write config.json and model.safetensors into"),
    model: str = typer.Option("beta-tcvae", help="beta-tcvae, beta-vae, csvae (needs --attribute), or ddpm (a small "
                                                "diffusers DDPM)"),
    attribute: Optional[str] = typer.Option(
        None, help="csvae: the binary label y, e.g. large-object (scenes), class=trouser, scale>0.5"),
    kl_w_weight: float = typer.Option(1.0, help="csvae: weight of KL(q(w|x,y) || p(w|y)); the authors' 0.001 lets w "
                                      "ignore the label (see models/csvae.py)"),
    latent_dim: int = typer.Option(10, help="number of latent variables"),
    epochs: int = typer.Option(20, help="passes over the data"),
    n_images: int = typer.Option(20000, help="images drawn from the data set"),
    beta: float = typer.Option(6.0, help="TC weight (beta-TCVAE; the authors used 2) or KL weight (beta-VAE)"),
    gamma: float = typer.Option(3.0, help="KL weight (beta-TCVAE; the authors used 1)"),
    batch_size: int = typer.Option(64),
    lr: float = typer.Option(1e-3),
    seed: int = typer.Option(0),
    threads: int = typer.Option(0, help="torch threads (0: default)"),
    quiet: bool = typer.Option(False, help="no progress output"),
    resume: bool = typer.Option(False, "--resume", help="continue training the model in --out (same settings; a "
                                "larger --epochs trains longer)"),
    overwrite: bool = typer.Option(False, "--overwrite", help="replace the model in --out with a new one"),
) -> None:
    """Train a beta-VAE or beta-TCVAE into a new --out (--resume continues a model there with the same
    settings, a larger --epochs trains longer; --overwrite replaces it), or a small DDPM."""
    if resume and overwrite:
        raise ConfigError("--resume and --overwrite exclude each other: --resume continues the model in --out, "
                          "--overwrite replaces it; give one")
    existing = "resume" if resume else "overwrite" if overwrite else "refuse"
    if model != "ddpm" and existing == "refuse":  # before the data is loaded: a model or files already there
        from ..models.train import check_folder
        check_folder(out, {"model": model}, epochs, "refuse")
    if isinstance(ctx.obj, dict):
        cmd = _command_line(ctx)
        again = cmd if resume else cmd.replace(" --overwrite", "") + " --resume"
        ctx.obj["on_interrupt"] = (f"interrupted: {out} keeps the last finished epoch; continue with: {again}"
                                   if model != "ddpm" else
                                   f"interrupted: no DDPM was written to {out}; run the command again to train it")
    if model == "ddpm":
        if resume or overwrite:
            raise ConfigError("--resume and --overwrite are for VAE models; a DDPM is trained into a new --out")
        _train_ddpm(ctx, dataset, out, quiet, epochs=epochs, n_images=n_images, batch_size=batch_size, lr=lr,
                    seed=seed, threads=threads)
        return
    from ..data import load_dataset
    from ..models.train import TrainSettings, train_vae
    from ..models.vae import VAEConfig
    from ..progress import progress_bar

    if model == "csvae":
        _train_csvae(ctx, dataset, out, attribute, latent_dim, n_images, quiet, kl_w_weight,
                     TrainSettings(epochs=epochs, batch_size=batch_size, lr=lr, seed=seed, threads=threads), existing)
        return
    if attribute is not None:
        raise ConfigError(f"--attribute is for --model csvae (the conditional bias), not {model}")
    cfg = VAEConfig(model=model, latent_dim=latent_dim, beta=beta, gamma=gamma)
    cfg.validate()
    settings = TrainSettings(epochs=epochs, batch_size=batch_size, lr=lr, seed=seed, threads=threads)
    settings.validate()
    data = load_dataset(dataset, n_images, seed=100 + seed)  # the images: seed 100 + --seed
    with progress_bar(epochs, f"training {model} on {dataset}", not quiet) as advance:
        train_vae(data, cfg, settings, out, _command_line(ctx), lambda e, n, m: advance(), spec=dataset,
                  existing=existing)
    typer.echo(f"model written to {out}")


def _train_csvae(ctx: typer.Context, dataset: str, out: Path, attribute: Optional[str], latent_dim: int,
                 n_images: int, quiet: bool, kl_w_weight: float, settings, existing: str = "refuse") -> None:
    """`train --model csvae --attribute NAME`: a CSVAE whose w subspace carries the attribute."""
    from ..data import load_dataset
    from ..data.attributes import parse_attribute
    from ..models.csvae import CSVAEConfig
    from ..models.train import train_csvae
    from ..progress import progress_bar

    if not attribute:
        raise ConfigError("--model csvae needs --attribute NAME: the binary label y its w subspace carries "
                          "(e.g. large-object on scenes, class=trouser on fashion-mnist, scale>0.5)")
    settings.validate()
    data = load_dataset(dataset, n_images, seed=100 + settings.seed)
    attr = parse_attribute(attribute, data)
    cfg = CSVAEConfig(latent_dim=latent_dim, attribute=attr.name, attribute_factor=attr.factor, kl_w_weight=kl_w_weight)
    cfg.validate()
    with progress_bar(settings.epochs, f"training a CSVAE on {dataset} ({attr.name})", not quiet) as advance:
        train_csvae(data, attr.labels(data), cfg, settings, out, _command_line(ctx), lambda e, n, m: advance(),
                    spec=dataset, existing=existing)
    typer.echo(f"model written to {out} (condition: {attr.name}, from factor {attr.factor})")


DDPM_FLAGS = ("epochs", "n_images", "batch_size", "lr", "seed", "threads")


def _given(ctx: typer.Context) -> set[str]:
    """The options the user set (on the command line or otherwise), not left at their defaults."""
    # by name: typer ships its own copy of click, whose ParameterSource is another enum
    return {n for n in ctx.params if getattr(ctx.get_parameter_source(n), "name", "DEFAULT") != "DEFAULT"}


def _train_ddpm(ctx: typer.Context, dataset: str, out: Path, quiet: bool, **flags: float) -> None:
    """`train --model ddpm`: diffusion_demo.train_ddpm with the flags given; the flags left out
    keep the DDPM's own defaults (DDPMSettings), not the VAE's."""
    from ..diffusion_demo import DDPMSettings, train_ddpm

    given = _given(ctx)
    vae_only = sorted(given - set(DDPM_FLAGS) - {"dataset", "out", "model", "quiet"})
    if vae_only:
        raise ConfigError(f"{', '.join('--' + n.replace('_', '-') for n in vae_only)}: not for --model ddpm (a VAE's "
                          f"options); it takes {', '.join('--' + n.replace('_', '-') for n in DDPM_FLAGS)}")
    settings = DDPMSettings(dataset=dataset, **{k: v for k, v in flags.items() if k in given})
    settings.validate()
    folder = train_ddpm(out, settings, log=None if quiet else typer.echo, command=_command_line(ctx))
    typer.echo(f"DDPM written to {folder} (explain it with --model diffusers:{folder})")


@app.command()
def explain(
    ctx: typer.Context,
    model: str = typer.Option(..., help="a folder written by `train`, package.module:function, "
                                        "diffusers:PATH (a DDPM) or sd:PATH (Stable Diffusion)"),
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
    dataset: Optional[str] = typer.Option(None, help="data for encoded base codes"),
    values: Optional[str] = typer.Option(None, help="values the latent sweeps through (default: the bias's, "
                                         "-3,-1.5,0,1.5,3; 0,1,2,3,4 for conditional)"),
    seed: int = typer.Option(0),
    resume: bool = typer.Option(False, help="continue a run in --out: finished latents are kept, failed ones "
                                "are asked again"),
    base_url: Optional[str] = typer.Option(None, help="point a remote backend at another server"),
    api_key: Optional[str] = typer.Option(None, help="API key (default: the provider's environment variable)"),
    concurrency: Optional[int] = typer.Option(None, help="requests in flight at once (remote backends; 16)"),
    rpm: Optional[float] = typer.Option(None, help="requests per minute at most (remote backends)"),
    temperature: Optional[float] = typer.Option(None, help="sampling temperature (remote backends)"),
    max_tokens: Optional[int] = typer.Option(None, help="answer length limit (remote backends)"),
    packing: Optional[str] = typer.Option(None, help="composite (one image per request) or frames"),
    cache_dir: Optional[Path] = typer.Option(None, help="response cache (default: ~/.cache/latentexplainer)"),
    no_cache: bool = typer.Option(False, help="do not read cached answers (they are still written)"),
    backend_option: list[str] = typer.Option([], help="any other backend option, KEY=VALUE (repeatable)"),
    no_bias_prompt: bool = typer.Option(False, help="ablation: a plain 'describe the change' prompt"),
    no_uncertainty: bool = typer.Option(False, help="ablation: the first answer, no threshold"),
    quiet: bool = typer.Option(False, help="no progress output"),
    trust_run: bool = typer.Option(False, help="--model is a run directory that names code (module:function) "
                                   "as its model: import and run that code"),
) -> int:
    """Explain every latent of a model into a run directory (records, strips, report).
    Exit code 3 when some latents failed (the last line gives the command that retries them)."""
    from ..data import load_dataset
    from ..models import load_model
    from ..pipeline import ExplainSettings
    from ..pipeline import explain as run_explain

    retry = _with_resume(_command_line(ctx))
    _note_interrupt(ctx, out, retry)

    threshold, certainty = _resolve_threshold(threshold, threshold_from, certainty)
    options = _backend_options(
        backend_option, base_url=base_url, api_key=api_key, concurrency=concurrency, rpm=rpm,
        temperature=temperature, max_tokens=max_tokens, packing=packing,
        cache_dir=cache_dir or default_cache_dir(), no_cache=no_cache or None)
    settings = ExplainSettings(backend=backend, bias=bias, samples=samples, latents=_parse_latents(latents),
                               threshold=threshold, certainty=certainty, seed=seed, base_codes=base_codes,
                               values=_parse_values(values) if values is not None else None,
                               backend_options=options, bias_prompt=not no_bias_prompt,
                               uncertainty=not no_uncertainty, groups=_parse_groups(groups),
                               bias_file=str(bias_file) if bias_file else None, prompt_writer=prompt_writer,
                               writer_options=_backend_options(prompt_writer_option, "--prompt-writer-option", cache_dir=options.get("cache_dir"),
                                                               no_cache=no_cache or None))
    m = load_model(model, images=start_images, trust_run=trust_run)
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
    Console().print(table)


@app.command()
def demo(
    ctx: typer.Context,
    out: Path = typer.Option(Path("runs/demo"), help="run directory to write"),
    dataset: str = typer.Option("shapes", help="shapes or scenes: which shipped model to explain"),
    samples: int = typer.Option(5),
    diffusion: bool = typer.Option(False, "--diffusion", help="the shipped DDPM instead: its top h-space directions"),
    quiet: bool = typer.Option(False),
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
                              "multimodal backend NAME:MODEL (openai, openai-compatible, anthropic, gemini, ollama)"),
    judge_option: list[str] = typer.Option([], help="a judge option KEY=VALUE (repeatable), e.g. base_url=..."),
    distractors: Optional[int] = typer.Option(None, "--distractors", "-k",
                                              help="detection: other latents shown beside the true one (default 4)"),
    references: Optional[Path] = typer.Option(None, help='reference explanations (JSON {"3": ["..."]} or CSV '
                                              "latent,reference): adds BLEU, ROUGE-L, METEOR, CIDEr, BERTScore"),
    wordnet: Optional[Path] = typer.Option(None, help="WordNet folder for METEOR (default: NLTK_DATA)"),
    bias: str = typer.Option("disentanglement", help="disentanglement (every latent), conditional (a CSVAE's "
                             "condition; default model: the shipped scenes CSVAE) or combination (latent groups)"),
    groups: Optional[str] = typer.Option(None, help="combination: latent groups, e.g. '1,4;2,3' (default: proposed)"),
    no_bias_prompt: bool = typer.Option(False, help="also run the paper's ablation (a plain prompt) and show both"),
    backend: str = typer.Option("probe", help="who explains (as for explain): probe, or e.g. openai:gpt-4o"),
    backend_option: list[str] = typer.Option([], help="an explainer backend option, KEY=VALUE (base_url, api_key, ...)"),
    suite: Optional[str] = typer.Option(None, help="dev, heldout or all: every labelled data set of that split, a "
                                        "model each (trained in OUT/<set> unless shipped), one table; --dataset and "
                                        "--model are not used"),
    train_epochs: Optional[int] = typer.Option(None, help="epochs for the models the benchmark trains (the recipe's 20)"),
    quiet: bool = typer.Option(False),
) -> int:
    """Explain every latent of a model and score the explanations against ground-truth factors and by use.
    Exit code 3 when some units failed (the last line gives the command that retries them)."""
    from ..evaluate.benchmark import print_table, run_benchmark
    from ..pipeline import ExplainSettings

    retry = _command_line(ctx)  # benchmark has no --resume: it continues its runs in --out by itself
    _note_interrupt(ctx, out, retry, RERUN)

    options = _backend_options(backend_option)
    if backend.partition(":")[0] != "probe":
        options.setdefault("cache_dir", default_cache_dir())
    settings = ExplainSettings(samples=samples, seed=seed, base_codes=base_codes, certainty=certainty,
                               groups=_parse_groups(groups), backend=backend, backend_options=options)
    if train_epochs is not None and train_epochs < 1:
        raise ConfigError(f"--train-epochs must be at least 1, got {train_epochs}")
    if suite is not None:
        return _benchmark_suite(ctx, suite, out, settings, seed, train_epochs, judge, judge_option, quiet, bias, model,
                                retry)
    if bias != "disentanglement":
        from ..evaluate.bias_benchmark import print_bias_table, run_bias_benchmark

        result = run_bias_benchmark(dataset, out, bias, model, seed=seed, show_progress=not quiet,
                                    command=_command_line(ctx), settings=settings, ablation=no_bias_prompt)
        print_bias_table(result)
        typer.echo(f"benchmark written to {out / 'benchmark.json'}")
        return _benchmark_exit(out, no_bias_prompt, retry)
    judge_options = _backend_options(judge_option, "--judge-option")
    if judge.partition(":")[0] != "probe":
        judge_options.setdefault("cache_dir", default_cache_dir())
    if references is not None and wordnet is None:
        wordnet = _default_wordnet()
    result = run_benchmark(dataset, out, model, samples=samples, seed=seed, show_progress=not quiet,
                           command=_command_line(ctx), settings=settings, judge=judge, judge_options=judge_options,
                           k=distractors, references=references, wordnet_dir=wordnet, ablation=no_bias_prompt,
                           train_epochs=train_epochs)
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


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    obj: dict = {"argv": args}
    try:
        # not standalone: a command's return value (its exit code) comes back here, and typer
        # turns Ctrl-C into a returned 130 rather than raising
        rv = app(args=args, prog_name="latentexplainer", standalone_mode=False, obj=obj)
    except LatentExplainerError as exc:
        code = getattr(exc, "exit_code", 2)
        go_on = obj.get("continue_with") if code != 2 else None  # work stopped midway: how to go on
        typer.echo(f"error: {one_line(str(exc))}" + (f" with: {one_line(go_on)}" if go_on else ""), err=True)
        return code
    except MemoryError:
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
            typer.echo(app_help())
            return 0
        typer.echo(f"error: {one_line(exc.format_message())} (see --help)", err=True)
        return 2
    if rv == EXIT_INTERRUPTED:
        note = obj.get("on_interrupt")
        typer.echo(note() if callable(note) else (note or "interrupted; nothing more was done"), err=True)
        return EXIT_INTERRUPTED
    return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0


def app_help() -> str:
    from typer.main import get_command

    cmd = get_command(app)
    with cmd.make_context("latentexplainer", [], resilient_parsing=True) as ctx:
        return cmd.get_help(ctx)


if __name__ == "__main__":
    sys.exit(main())

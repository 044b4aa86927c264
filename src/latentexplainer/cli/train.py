"""`latentexplainer train`: a beta-VAE, beta-TCVAE, CSVAE or a small DDPM into a new --out
(--resume continues a model there, --overwrite replaces it)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import ConfigError
from .common import _command_line, app


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
    quiet: bool = typer.Option(False, "--quiet", help="no progress output"),
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
    from ..models.vae import INFORMATIVE_KL, VAEConfig, informative_latents

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
    with _bar(epochs, f"training {model} on {dataset}", quiet, out, existing) as advance:
        vae = train_vae(data, cfg, settings, out, _command_line(ctx), _shown(advance), spec=dataset,
                        existing=existing)
    used, total = informative_latents(vae, data.as_float(slice(0, 2000)))
    typer.echo(f"model written to {out} ({used} of {total} latents carry information)")
    if used == 0:
        typer.echo(f"warning: the model collapsed: no latent carries information about the images (each one's KL "
                   f"to the prior is under {INFORMATIVE_KL:g} nats), so every explanation will be 'no clear explanation'; "
                   f"train again with a lower KL weight (--gamma, now {gamma:g}) or TC weight (--beta, now {beta:g}), "
                   f"or more --epochs", err=True)


def _train_csvae(ctx: typer.Context, dataset: str, out: Path, attribute: Optional[str], latent_dim: int,
                 n_images: int, quiet: bool, kl_w_weight: float, settings, existing: str = "refuse") -> None:
    """`train --model csvae --attribute NAME`: a CSVAE whose w subspace carries the attribute."""
    from ..data import load_dataset
    from ..data.attributes import parse_attribute
    from ..models.csvae import CSVAEConfig
    from ..models.train import train_csvae

    if not attribute:
        raise ConfigError("--model csvae needs --attribute NAME: the binary label y its w subspace carries "
                          "(e.g. large-object on scenes, class=trouser on fashion-mnist, scale>0.5)")
    settings.validate()
    data = load_dataset(dataset, n_images, seed=100 + settings.seed)
    attr = parse_attribute(attribute, data)
    cfg = CSVAEConfig(latent_dim=latent_dim, attribute=attr.name, attribute_factor=attr.factor, kl_w_weight=kl_w_weight)
    cfg.validate()
    with _bar(settings.epochs, f"training a CSVAE on {dataset} ({attr.name})", quiet, out, existing) as advance:
        train_csvae(data, attr.labels(data), cfg, settings, out, _command_line(ctx), _shown(advance),
                    spec=dataset, existing=existing)
    typer.echo(f"model written to {out} (condition: {attr.name}, from factor {attr.factor})")


def _bar(epochs: int, label: str, quiet: bool, out: Path | None = None, existing: str = "refuse"):
    """The training's progress: a bar on a terminal, else a line per epoch; a resumed training's
    starts at the epochs already done."""
    from ..models.train import epochs_done
    from ..progress import progress_bar

    done = min(epochs_done(out), epochs) if out is not None and existing == "resume" else 0
    return progress_bar(epochs, label, not quiet, completed=done, lines=True, unit="epoch")


def _shown(advance):
    """The training callback (epoch, epochs, metrics) that puts the epoch's loss on the bar."""
    def shown(epoch: int, epochs: int, metrics: dict) -> None:
        note = f"loss {metrics['loss']:.4g}" if "loss" in metrics else ""
        advance(epoch, note + (f" ({metrics['seconds']:.0f} s)" if note and "seconds" in metrics else ""))

    return shown


DDPM_FLAGS = ("epochs", "n_images", "batch_size", "lr", "seed", "threads")


def _given(ctx: typer.Context) -> set[str]:
    """The options the user set (on the command line or otherwise), not left at their defaults."""
    # by name: typer ships its own copy of click, whose ParameterSource is another enum
    return {n for n in ctx.params if getattr(ctx.get_parameter_source(n), "name", "DEFAULT") != "DEFAULT"}


def _train_ddpm(ctx: typer.Context, dataset: str, out: Path, quiet: bool, **flags: float) -> None:
    """`train --model ddpm`: models.train_ddpm.train_ddpm with the flags given; the flags left out
    keep the DDPM's own defaults (DDPMSettings), not the VAE's."""
    from ..models.train_ddpm import DDPMSettings, train_ddpm

    given = _given(ctx)
    vae_only = sorted(given - set(DDPM_FLAGS) - {"dataset", "out", "model", "quiet"})
    if vae_only:
        raise ConfigError(f"{', '.join('--' + n.replace('_', '-') for n in vae_only)}: not for --model ddpm (a VAE's "
                          f"options); it takes {', '.join('--' + n.replace('_', '-') for n in DDPM_FLAGS)}")
    settings = DDPMSettings(dataset=dataset, **{k: v for k, v in flags.items() if k in given})
    settings.validate()
    with _bar(settings.epochs, f"training a DDPM on {dataset}", quiet) as advance:
        folder = train_ddpm(out, settings, log=None, command=_command_line(ctx), progress=_shown(advance))
    typer.echo(f"DDPM written to {folder} (explain it with --model diffusers:{folder})")

"""Training of the VAEs: seeded, with progress, checkpointed every epoch and resumable.

Training into a folder that holds a model continues it only when every setting that defines
the model and its data is the same (a larger ``epochs`` trains it longer); otherwise it is
refused with the fields that differ, and nothing in the folder changes (:func:`check_folder`)."""

from __future__ import annotations

import io
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from ..atomic import write_atomic
from ..data.base import Dataset
from ..errors import ConfigError
from . import loss_curve
from .csvae import CSVAE, CSVAEConfig, conditional_direction, csvae_loss, load_csvae, save_csvae
from .vae import ConvVAE, VAEConfig, load_vae, save_vae, vae_loss

# The default recipe (the shipped checkpoints' command): beta-TCVAE, 10 latents, TC weight 6,
# KL weight 3 (extra pressure that switches unused latents off and keeps x and y apart in short
# CPU training), 20 epochs of 20,000 images, batch 64, Adam 1e-3, KL/TC warm-up over 2 epochs.
RECIPE = {"latent_dim": 10, "beta": 6.0, "gamma": 3.0}


@dataclass(frozen=True)
class TrainSettings:
    epochs: int = 20
    batch_size: int = 64
    lr: float = 1e-3
    seed: int = 0
    threads: int = 0  # 0: torch's default
    warmup: float = 2.0  # epochs over which the KL and TC weights rise linearly from 0

    def validate(self) -> None:
        if self.epochs < 1:
            raise ConfigError(f"--epochs must be at least 1, got {self.epochs}")
        if not 2 <= self.batch_size <= 4096:
            raise ConfigError(f"--batch-size must be between 2 and 4096, got {self.batch_size}")
        if not 0 < self.lr < 1:
            raise ConfigError(f"--lr must be in (0, 1), got {self.lr}")


ProgressFn = Callable[[int, int, dict[str, float]], None]  # (epoch, epochs, metrics)

# config.json keys that are not settings: bookkeeping, and what training computes (a CSVAE's direction)
NOT_SETTINGS = frozenset({"format", "version", "train", "command", "epochs_done", "w0", "delta_w"})
TRAIN_KEYS = ("batch_size", "lr", "seed", "warmup", "dataset_spec")  # settings kept in config.json's "train"
FLAGS = {"model": "--model", "latent_dim": "--latent-dim", "beta": "--beta", "gamma": "--gamma",
         "batch_size": "--batch-size", "lr": "--lr", "seed": "--seed", "dataset": "--dataset",
         "dataset_spec": "--dataset", "dataset_size": "--n-images (images used)", "attribute": "--attribute",
         "kl_w_weight": "--kl-w-weight", "channels": "image channels", "epochs": "--epochs"}


def dataset_spec(spec: str) -> str:
    """The data set spec with its path made absolute (npz:bars.npz -> npz:/abs/bars.npz), so the
    same data given two ways compares equal."""
    name, sep, arg = spec.partition(":")
    return f"{name}:{Path(arg).expanduser().resolve()}" if sep and arg else spec


def _settings(cfg, settings: TrainSettings, data: Dataset, spec: str | None) -> dict:
    """Everything that defines the model and its data, as config.json will hold it."""
    out = {k: v for k, v in asdict(cfg).items() if k not in NOT_SETTINGS}
    out.update(channels=data.channels, dataset=data.name, dataset_size=len(data.images), batch_size=settings.batch_size,
               lr=settings.lr, seed=settings.seed, warmup=settings.warmup)
    if spec:
        out["dataset_spec"] = dataset_spec(spec)
    return out


def _differences(old: dict, new: dict) -> list[str]:
    """'--flag old -> new' for every setting both record with different values (one per flag)."""
    out, seen = [], set()
    for key in new:
        if key in old and old[key] != new[key]:
            flag = FLAGS.get(key, key)
            if flag not in seen:
                seen.add(flag)
                out.append(f"{flag} {_show(old[key])} -> {_show(new[key])}")
    return out


def _show(value) -> str:
    return ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


EXISTING = ("resume", "refuse", "overwrite")
MODEL_FILES = ("config.json", "model.safetensors", "train_state.pt", "train_log.jsonl", "loss_curve.svg",  # what
               # training writes, with its temporaries
               "model.safetensors.tmp", "train_state.tmp", "config.json.tmp", "loss_curve.svg.tmp")


def check_folder(out: Path, wanted: dict, epochs: int, existing: str = "resume") -> bool:
    """May training write into ``out``? True: it holds this very model's training, to be continued;
    False: there is no model yet (a new or empty folder; with ``existing="overwrite"``, a model
    of ours whose files were just removed). Raises ConfigError (nothing changed) when it holds
    something else: files that are not a model of ours (a run directory, a DDPM, anything), a
    model when ``existing="refuse"``, or with ``"resume"`` a model trained with other settings
    (the fields are named, old -> new), more epochs than asked, or without its training state."""
    if existing not in EXISTING:
        raise ValueError(f"existing must be one of {EXISTING}, got {existing!r}")
    out = Path(out)
    kind = wanted.get("model", "model")
    fix = "choose a new --out (nothing was changed)"
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ConfigError(f"--out {out} is {'a link' if out.is_symlink() else 'a file'}, not a folder; {fix}")
    cfg_path = out / "config.json"
    if not cfg_path.exists():
        if (out / "model_index.json").exists() or (out / "unet").is_dir():
            raise ConfigError(f"{out} holds a DDPM, not a {kind} model: --model ddpm -> {kind}; {fix}")
        if out.exists() and any(out.iterdir()):
            raise ConfigError(f"--out {out} holds files but no model written by `latentexplainer train`; training "
                              f"writes only into a new or empty folder, or one of its own models: {fix}")
        return False
    try:
        raw = json.loads(cfg_path.read_text())
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{cfg_path} cannot be read ({exc}); it is not a model written by `latentexplainer train`: "
                          f"{fix}") from None
    if not isinstance(raw, dict) or raw.get("format") not in ("latentexplainer-vae", "latentexplainer-csvae"):
        raise ConfigError(f"{out} holds a config.json that `latentexplainer train` did not write (a run directory?); "
                          f"{fix}")
    others = sorted(p.name for p in out.iterdir() if p.name not in MODEL_FILES)
    if existing == "overwrite":
        if others:
            raise ConfigError(f"--overwrite replaces a model of ours, but {out} also holds {', '.join(others[:3])}"
                              f"{' ...' if len(others) > 3 else ''}, which training did not write; {fix}")
        for name in MODEL_FILES:
            (out / name).unlink(missing_ok=True)
        return False
    if existing == "refuse":
        done = raw.get("epochs_done", "?")
        raise ConfigError(f"--out {out} already holds a {raw.get('model', 'model')} model ({done} epochs done); "
                          f"pass --resume to continue training it with the same settings, --overwrite to replace it, "
                          f"or {fix}")
    train = raw.get("train") if isinstance(raw.get("train"), dict) else {}
    old = {k: v for k, v in raw.items() if k not in NOT_SETTINGS}
    old.update({k: train[k] for k in TRAIN_KEYS if k in train})
    diff = _differences(old, wanted)
    if diff:
        raise ConfigError(f"{out} holds a {raw.get('model', 'model')} trained with other settings: {', '.join(diff)}; "
                          f"train it with its own settings (a larger --epochs trains it longer) or {fix}")
    done = int(raw.get("epochs_done", 0) or 0)
    if epochs < done:
        raise ConfigError(f"{out} holds this model trained for {done} epochs, more than --epochs {epochs}; give "
                          f"--epochs {done} (nothing to do) or more to train it longer, or {fix}")
    if not (out / "train_state.pt").exists() or not (out / "model.safetensors").exists():
        raise ConfigError(f"{out} holds a finished model without its training state (train_state.pt), so training "
                          f"cannot continue it; {fix}")
    return True


def epochs_done(out: Path) -> int:
    """The epochs a model folder of ours has finished (0: none there): where a resumed training's
    progress starts."""
    try:
        raw = json.loads((Path(out) / "config.json").read_text())
        return max(0, int(raw.get("epochs_done", 0) or 0)) if isinstance(raw, dict) else 0
    except (OSError, ValueError, TypeError):
        return 0


def train_vae(data: Dataset, cfg: VAEConfig, settings: TrainSettings, out: Path,
              command: str = "", progress: ProgressFn | None = None, spec: str | None = None,
              existing: str = "resume") -> ConvVAE:
    """Train and save into ``out`` (config.json, model.safetensors, train_log.jsonl, loss_curve.svg).

    After every epoch the weights and the optimiser state are saved; calling again with
    the same ``out`` and settings resumes from the last finished epoch (a larger ``epochs``
    trains longer); other settings are refused (:func:`check_folder`; ``existing``: "resume",
    "refuse" a model already there, or "overwrite" it). ``spec``: the data set as given
    (``load_dataset``'s spec), recorded and compared too.
    """
    settings.validate()
    cfg.channels = data.channels
    cfg.dataset = data.name
    cfg.dataset_size = len(data.images)
    cfg.validate()
    out = Path(out)
    check_folder(out, _settings(cfg, settings, data, spec), settings.epochs, existing)
    x_all = torch.from_numpy(data.as_float())
    n = len(x_all)

    def step(model: ConvVAE, idx: torch.Tensor, warm: float) -> dict[str, torch.Tensor]:
        return vae_loss(model, x_all[idx], n, warm)

    return _fit(lambda: ConvVAE(cfg).fit_input(x_all), load_vae, save_vae, step, n, settings, out, command, progress,
                spec=spec)


def train_csvae(data: Dataset, labels: np.ndarray, cfg: CSVAEConfig, settings: TrainSettings, out: Path,
                command: str = "", progress: ProgressFn | None = None, spec: str | None = None,
                existing: str = "resume") -> CSVAE:
    """Train a CSVAE on ``data`` with the binary ``labels`` (the attribute), resumable (and
    refused on other settings) like :func:`train_vae`; at the end the conditional direction
    (w0, delta_w) is written into its config.json."""
    settings.validate()
    cfg.channels = data.channels
    cfg.dataset = data.name
    cfg.dataset_size = len(data.images)
    cfg.validate()
    out = Path(out)
    check_folder(out, _settings(cfg, settings, data, spec), settings.epochs, existing)
    images = data.as_float()
    x_all, y_all = torch.from_numpy(images), torch.from_numpy(np.asarray(labels, bool))
    n = len(x_all)
    adv_opt: list[torch.optim.Optimizer] = []

    def step(model: CSVAE, idx: torch.Tensor, warm: float) -> dict[str, torch.Tensor]:
        return csvae_loss(model, x_all[idx], y_all[idx], warm)

    def adversary_step(model: CSVAE, parts: dict[str, torch.Tensor]) -> None:
        """After the main step: the adversary learns to read y from z (its input is detached)."""
        if not adv_opt:
            adv_opt.append(torch.optim.Adam(model.adv.parameters(), lr=settings.lr))
        adv_opt[0].zero_grad(set_to_none=True)
        parts["adv"].backward()
        adv_opt[0].step()

    def load(folder: Path) -> CSVAE:
        return load_csvae(folder, json.loads((folder / "config.json").read_text()))

    model = _fit(lambda: CSVAE(cfg), load, save_csvae, step, n, settings, out, command, progress,
                 after_step=adversary_step, spec=spec)
    w0, dw = conditional_direction(model, images, np.asarray(labels, bool))
    model.cfg.w0, model.cfg.delta_w = [float(v) for v in w0], [float(v) for v in dw]
    raw = json.loads((out / "config.json").read_text())
    save_csvae(model, out, {k: raw[k] for k in ("train", "command", "epochs_done") if k in raw})
    return model


def _trained(model: torch.nn.Module) -> list:
    """The parameters the main optimiser moves (a CSVAE's adversary has its own)."""
    main = getattr(model, "main_parameters", None)
    return list(main() if main else model.parameters())


def _fit(build: Callable[[], torch.nn.Module], load: Callable[[Path], torch.nn.Module],
         save: Callable[..., None], step: Callable[[torch.nn.Module, torch.Tensor, float], dict],
         n: int, settings: TrainSettings, out: Path, command: str, progress: ProgressFn | None,
         after_step: Callable[[torch.nn.Module, dict], None] | None = None, spec: str | None = None):
    """The shared loop: seeded permutations, KL warm-up, a checkpoint after every epoch."""
    if settings.threads:
        torch.set_num_threads(settings.threads)
    torch.manual_seed(settings.seed)
    model = build()
    opt = torch.optim.Adam(_trained(model), lr=settings.lr)
    state_path, log_path = out / "train_state.pt", out / "train_log.jsonl"
    start = 0
    if state_path.exists() and (out / "model.safetensors").exists():
        model = load(out)
        model.train()
        opt = torch.optim.Adam(_trained(model), lr=settings.lr)
        state = torch.load(state_path, weights_only=True)
        opt.load_state_dict(state["optimizer"])
        torch.set_rng_state(state["rng"])
        start = int(state["epoch"])
    gen = np.random.default_rng(settings.seed)
    for _ in range(start):  # replay the permutations of finished epochs: resuming is exact
        gen.permutation(n)
    extra = {"train": {"epochs": settings.epochs, "batch_size": settings.batch_size, "lr": settings.lr,
                       "seed": settings.seed, "warmup": settings.warmup,
                       **({"dataset_spec": dataset_spec(spec)} if spec else {})}, "command": command}
    model.train()
    for epoch in range(start, settings.epochs):
        t0 = time.perf_counter()
        perm = torch.from_numpy(gen.permutation(n))
        sums: dict[str, float] = {}
        steps = 0
        for i in range(0, n - settings.batch_size + 1, settings.batch_size):
            progress_epochs = epoch + i / n
            warm = min(1.0, progress_epochs / settings.warmup) if settings.warmup > 0 else 1.0
            parts = step(model, perm[i: i + settings.batch_size], warm)
            opt.zero_grad(set_to_none=True)
            parts["loss"].backward()
            opt.step()
            if after_step:
                after_step(model, parts)
            for k, v in parts.items():
                sums[k] = sums.get(k, 0.0) + float(v.detach())
            steps += 1
        metrics = {k: v / max(steps, 1) for k, v in sums.items()}
        metrics["seconds"] = time.perf_counter() - t0
        save(model, out, {**extra, "epochs_done": epoch + 1})
        buf = io.BytesIO()
        torch.save({"optimizer": opt.state_dict(), "epoch": epoch + 1, "rng": torch.get_rng_state()}, buf)
        write_atomic(state_path, buf.getvalue(), tmp="train_state.tmp")
        with log_path.open("a") as fh:
            fh.write(json.dumps({"epoch": epoch + 1, **metrics}) + "\n")
        loss_curve.write_loss_curve(out, loss_curve.log_points(log_path, epoch + 1),
                                    f"training loss: {getattr(getattr(model, 'cfg', None), 'model', 'model')}")
        if progress:
            progress(epoch + 1, settings.epochs, metrics)
    model.eval()
    return model

"""Training a small DDPM (diffusers UNet2DModel + DDPM scheduler) on our procedural data:
`latentexplainer train --model ddpm`, and the recipe of the shipped shapes DDPM. Beside the
VAE training in train.py; written into a new folder only (a .partial folder renamed at the
end)."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ..errors import ConfigError
from . import loss_curve
from .diffusion import _diffusers

MAX_CHECKPOINT_MB = 20.0


@dataclass(frozen=True)
class DDPMSettings:
    """A small unconditional DDPM: images resized to ``size`` x ``size``, a U-Net with
    ``channels`` per level (attention in the last down / first up block), ``timesteps``
    linear-beta training steps, epsilon prediction, Adam."""

    dataset: str = "shapes"
    n_images: int = 20000
    size: int = 32
    channels: tuple[int, ...] = (16, 32, 32)  # 0.27 M parameters, 1.2 MB on disk
    layers_per_block: int = 1
    timesteps: int = 1000
    epochs: int = 6  # about 16 minutes on one CPU thread; loss 0.082 -> 0.0096
    batch_size: int = 64
    lr: float = 5e-4
    seed: int = 0
    threads: int = 0  # 0: torch's default

    def validate(self) -> None:
        if self.epochs < 1 or self.n_images < 1 or not 2 <= self.batch_size <= 4096:
            raise ConfigError(f"epochs and n_images must be positive and batch_size in [2, 4096], got "
                              f"{self.epochs}, {self.n_images}, {self.batch_size}")
        if self.size < 8 or self.size % (2 ** (len(self.channels) - 1)):
            raise ConfigError(f"size must be at least 8 and divisible by {2 ** (len(self.channels) - 1)} "
                              f"(one halving per level of channels {self.channels}), got {self.size}")
        if min(self.channels) < 4 or any(c % 4 for c in self.channels):
            raise ConfigError(f"channels must be multiples of 4 (GroupNorm with 4 groups), got {self.channels}")

    def command(self, out: Path) -> str:
        default = DDPMSettings()
        opts = [f"{k}={v!r}" for k, v in asdict(self).items() if v != getattr(default, k)]
        return f"train_ddpm({str(out)!r}, DDPMSettings({', '.join(opts)}))"


def _unet_config(s: DDPMSettings, channels_in: int) -> dict:
    levels = len(s.channels)
    down = ["DownBlock2D"] * (levels - 1) + ["AttnDownBlock2D"]
    up = ["AttnUpBlock2D"] + ["UpBlock2D"] * (levels - 1)
    return dict(sample_size=s.size, in_channels=channels_in, out_channels=channels_in,
                block_out_channels=tuple(s.channels), layers_per_block=s.layers_per_block, norm_num_groups=4,
                attention_head_dim=8, down_block_types=tuple(down), up_block_types=tuple(up))


def _images(s: DDPMSettings) -> np.ndarray:
    """The data set as float32 (N, C, size, size) in [-1, 1] (area-resized)."""
    import torch

    from ..data import load_dataset

    data = load_dataset(s.dataset, s.n_images, seed=s.seed)
    x = torch.from_numpy(data.images).permute(0, 3, 1, 2).float() / 255.0
    if x.shape[-1] != s.size:
        x = torch.nn.functional.interpolate(x, size=(s.size, s.size), mode="area")
    return (x * 2 - 1).numpy()


def train_ddpm(out: str | Path, settings: DDPMSettings | None = None,
               log: Callable[[str], None] | None = print, command: str = "",
               progress: Callable[[int, int, dict[str, float]], None] | None = None) -> Path:
    """Train a small DDPM and write a diffusers pipeline folder ``out`` (unet/, scheduler/,
    model_index.json, train_log.jsonl, loss_curve.svg, COMMAND), loadable with ``diffusers:OUT``.

    Seeded; the folder appears only when training finished (written beside, then renamed; its
    loss_curve.svg is rewritten there after every epoch). After every epoch ``log`` gets a line
    and ``progress`` (epoch, epochs, {"loss", "seconds"}) is called.
    ``command`` is what COMMAND records (default: this Python call); `latentexplainer train
    --model ddpm` passes its command line.
    """
    diffusers = _diffusers()
    import torch

    s = settings or DDPMSettings()
    s.validate()
    out = Path(out).expanduser().resolve()
    if out.exists():
        raise ConfigError(_existing_folder(out, s))
    before = torch.get_num_threads()
    if s.threads > 0:
        torch.set_num_threads(s.threads)
    try:
        torch.manual_seed(s.seed)
        data = torch.from_numpy(_images(s))
        unet = diffusers.UNet2DModel(**_unet_config(s, data.shape[1]))
        sched = diffusers.DDPMScheduler(num_train_timesteps=s.timesteps)
        ab = torch.as_tensor(sched.alphas_cumprod, dtype=torch.float32)
        opt = torch.optim.Adam(unet.parameters(), lr=s.lr)
        gen = torch.Generator().manual_seed(s.seed)
        tmp = out.with_name(out.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        lines, points = [], []
        for epoch in range(1, s.epochs + 1):
            t0, total, n = time.perf_counter(), 0.0, 0
            unet.train()
            order = torch.randperm(len(data), generator=gen)
            for i in range(0, len(data), s.batch_size):
                x0 = data[order[i: i + s.batch_size]]
                t = torch.randint(0, s.timesteps, (len(x0),), generator=gen)
                noise = torch.randn(x0.shape, generator=gen)
                a = ab[t].reshape(-1, 1, 1, 1)
                loss = torch.nn.functional.mse_loss(unet(a.sqrt() * x0 + (1 - a).sqrt() * noise, t).sample, noise)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
                total, n = total + float(loss.detach()) * len(x0), n + len(x0)
            line = {"epoch": epoch, "loss": round(total / n, 5), "seconds": round(time.perf_counter() - t0, 2)}
            lines.append(json.dumps(line))
            points.append((epoch, line["loss"]))
            loss_curve.write_loss_curve(tmp, points, "training loss: DDPM (noise MSE)")
            if log:
                log(f"epoch {epoch}/{s.epochs}: loss {line['loss']:.4f} ({line['seconds']:.0f} s)")
            if progress:
                progress(epoch, s.epochs, {"loss": line["loss"], "seconds": line["seconds"]})
        unet.eval()
        unet.save_pretrained(tmp / "unet")
        sched.save_pretrained(tmp / "scheduler")
        (tmp / "model_index.json").write_text(json.dumps({
            "_class_name": "DDPMPipeline", "unet": ["diffusers", "UNet2DModel"],
            "scheduler": ["diffusers", "DDPMScheduler"]}, indent=2))
        (tmp / "train_log.jsonl").write_text("\n".join(lines) + "\n")
        (tmp / "COMMAND").write_text((command or s.command(out)) + "\n")
        (tmp / "settings.json").write_text(json.dumps(asdict(s), indent=2))
        tmp.rename(out)
    finally:
        torch.set_num_threads(before)
    return out


def _existing_folder(out: Path, s: DDPMSettings) -> str:
    """Why training a DDPM into ``out``, which exists, is refused: a finished DDPM is never trained
    further or overwritten; the line names the settings that differ from the one it holds."""
    fix = "choose a new --out (nothing was changed)"
    settings_file = out / "settings.json"
    if settings_file.is_file():
        try:
            old = json.loads(settings_file.read_text())
        except (OSError, ValueError):
            old = None
        if isinstance(old, dict):
            new = json.loads(json.dumps(asdict(s)))  # tuples as lists, as the file holds them
            diff = [f"{_flag(k)} {_show(old[k])} -> {_show(v)}" for k, v in new.items()
                    if k != "threads" and k in old and old[k] != v]
            if diff:
                return (f"{out} exists and holds a DDPM trained with other settings: {', '.join(diff)}; "
                        f"a finished DDPM is not trained further; {fix}")
            return f"{out} exists and holds a DDPM trained with these settings; nothing to do, or {fix}"
    cfg = out / "config.json"
    if cfg.is_file():
        try:
            kind = json.loads(cfg.read_text()).get("model", "another model")
        except (OSError, ValueError, AttributeError):
            kind = "another model"
        return f"{out} exists and holds a {kind} model, not a DDPM: --model {kind} -> ddpm; {fix}"
    return f"{out} exists; give a new folder for the DDPM (nothing is overwritten)"


def _flag(key: str) -> str:
    """The `train --model ddpm` flag of a setting; the others by their DDPMSettings name."""
    return "--" + key.replace("_", "-") if key in ("dataset", "epochs", "n_images", "batch_size", "lr", "seed") else key


def _show(value) -> str:
    return ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def checkpoint_mb(folder: str | Path) -> float:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file()) / 2**20

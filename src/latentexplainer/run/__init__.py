"""Run directories: config snapshot, one JSONL record per latent, images, report."""

from .rundir import RunDir

__all__ = ["RunDir"]

"""A run directory holds everything a run produced, so any stage can be re-run or resumed.

Layout: ``config.json`` (settings snapshot, never secrets), ``records/zNNNN.json`` (one
record per latent, written atomically as each latent finishes), ``explanations.jsonl`` (all
records, one per line, rewritten atomically after each), ``images/`` (PNG strips),
``report.html``, ``summary.json``. An existing run is never overwritten: continue it with ``resume=True``.

Every file is written atomically (temporary file, fsync, rename), and Ctrl-C is held back
while a record and explanations.jsonl are written, so an interrupted run leaves every record
whole and the JSONL complete.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import RunDirError, url_without_password
from ..records import LatentRecord

SECRET_KEYS = ("api_key", "apikey", "key", "token", "secret", "password", "authorization")
# settings that must match to resume a run (changing them would mix incomparable records)
RESUME_KEYS = ("model", "backend", "bias", "samples", "seed", "base_codes", "values", "bias_prompt", "uncertainty",
               "groups", "prompt_writer")


def scrub(config: dict[str, Any]) -> dict[str, Any]:
    """Drop anything that looks like a credential before it touches the disk."""
    out: dict[str, Any] = {}
    for k, v in config.items():
        if any(s == k.lower() or k.lower().endswith("_" + s) for s in SECRET_KEYS):
            continue
        out[k] = scrub(v) if isinstance(v, dict) else _scrub_value(v)
    return out


def _scrub_value(v: Any) -> Any:
    """A URL's password (http://user:pw@host) is hidden wherever it appears."""
    if isinstance(v, str):
        return url_without_password(v)
    if isinstance(v, list):
        return [scrub(x) if isinstance(x, dict) else _scrub_value(x) for x in v]
    return v


class RunDir:
    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser().resolve()

    @property
    def records_path(self) -> Path:
        return self.path / "explanations.jsonl"

    @property
    def config_path(self) -> Path:
        return self.path / "config.json"

    @property
    def images(self) -> Path:
        return self.path / "images"

    def open(self, config: dict[str, Any], resume: bool = False) -> None:
        """Create (or, with resume, reopen) the run directory and write the config snapshot."""
        config = scrub(config)
        # a folder with a config but no finished latent holds nothing to lose
        exists = self.records_path.exists() and self.records_path.stat().st_size > 0
        if exists and not resume:
            raise RunDirError(
                f"{self.path} already holds a run; pass --resume to continue it, "
                "or choose a new --out folder (nothing was changed)"
            )
        if resume and self.config_path.exists():
            old = self.read_config()
            diff = [k for k in RESUME_KEYS if k in old and k in config and old[k] != config[k]]
            if diff:
                raise RunDirError(
                    f"cannot resume {self.path}: its {', '.join(diff)} differ from this call's "
                    f"({', '.join(f'{k}={old[k]!r}' for k in diff)}); use the same settings or a new --out"
                )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.images.mkdir(exist_ok=True)
            probe = self.path / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise RunDirError(
                f"cannot write to {self.path} ({exc.strerror or exc}); choose a folder you can write with --out"
            ) from None
        for stale in [*self.path.glob("*.tmp"), *self.record_dir.glob("*.tmp")]:  # a write cut off by kill -9
            stale.unlink(missing_ok=True)
        self.write_json("config.json", config)

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the run directory for this process: a second writer is refused, not interleaved.

        An OS file lock (flock): the kernel releases it when the process ends, even by kill -9,
        so a crashed run can always be resumed.
        """
        import fcntl

        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fh = (self.path / ".lock").open("a+")
        except OSError as exc:
            raise RunDirError(
                f"cannot write to {self.path} ({exc.strerror or exc}); choose a folder you can write with --out"
            ) from None
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            raise RunDirError(
                f"another latentexplainer process (pid {holder}) is writing into {self.path}; "
                "wait for it to finish, or choose another --out"
            ) from None
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()

    def read_config(self) -> dict[str, Any]:
        try:
            return json.loads(self.config_path.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            raise RunDirError(f"{self.config_path} cannot be read ({exc}); is this a run directory?") from None

    def write_json(self, name: str, data: Any) -> Path:
        """Atomic write: temporary file, fsync, rename (Ctrl-C waits until it is done)."""
        target = self.path / name
        with interrupts_deferred():
            _atomic_write(target, json.dumps(data, indent=2, default=str))
        return target

    @property
    def record_dir(self) -> Path:
        return self.path / "records"

    def records(self) -> list[LatentRecord]:
        """Records written so far: one atomic file per latent in records/ (the source of truth);
        explanations.jsonl for runs without that folder, where a torn last line is ignored."""
        out: dict[int, LatentRecord] = {}
        if self.record_dir.is_dir():
            for path in sorted(self.record_dir.glob("z*.json")):
                try:
                    rec = LatentRecord.from_dict(json.loads(path.read_text()))
                except (OSError, json.JSONDecodeError, TypeError):
                    continue
                out[rec.latent] = rec
            return [out[k] for k in sorted(out)]
        if not self.records_path.exists():
            return []
        for line in self.records_path.read_text().splitlines():
            try:
                rec = LatentRecord.from_dict(json.loads(line))
            except (json.JSONDecodeError, TypeError):
                continue
            out[rec.latent] = rec
        return [out[k] for k in sorted(out)]

    def append(self, record: LatentRecord) -> None:
        """Save one latent's record atomically (temporary file, fsync, rename), then rewrite
        explanations.jsonl the same way: a crash at any moment leaves every finished latent
        whole and the JSONL complete - never a torn line. A record of the same latent (a failed
        one being retried) is replaced. Ctrl-C during the two writes takes effect after them."""
        with interrupts_deferred():
            self.record_dir.mkdir(exist_ok=True)
            target = self.record_dir / f"z{record.latent:04d}.json"
            _atomic_write(target, json.dumps(record.to_dict(), default=float))
            self._write_jsonl()

    def sync(self) -> None:
        """Rewrite explanations.jsonl from records/ when they differ (after a kill between the two writes)."""
        if not self.record_dir.is_dir():
            return
        with interrupts_deferred():
            self._write_jsonl()

    def _write_jsonl(self) -> None:
        text = "".join(json.dumps(r.to_dict(), default=float) + "\n" for r in self.records())
        try:
            if self.records_path.read_text() == text:
                return
        except OSError:
            pass
        _atomic_write(self.records_path, text)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold back SIGINT (Ctrl-C) for the duration: a KeyboardInterrupt that arrives meanwhile is
    raised when the block is done, so a write that has begun is finished. Only in the main
    thread (the only one Python delivers signals to), and only when Ctrl-C raises
    KeyboardInterrupt there (Python's default handler)."""
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    caught: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def _atomic_write(target: Path, text: str) -> None:
    tmp = target.with_name(target.name + ".tmp")
    with tmp.open("w") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)

"""A run directory holds everything a run produced, so any stage can be re-run or resumed.

Layout: ``config.json`` (settings snapshot, never secrets), ``records/zNNNN.json`` (one
record per latent, written atomically as each latent finishes: the source of truth),
``explanations.jsonl`` (all records, one per line), ``images/`` (PNG strips), ``report.html``,
``summary.json``. An existing run is never overwritten: continue it with ``resume=True``.

The store stays linear in the number of units: a finished unit's line is appended to
explanations.jsonl (one write, fsynced) in the order units finish; the file is rewritten only
when a unit's record is replaced (a failed unit retried) and once at the end (:meth:`sync`),
sorted by unit, so a finished run's JSONL is exactly its records in order. The records are
kept in memory once read, never read again per unit. Every other file is written atomically
(temporary file, fsync, rename), and Ctrl-C is held back while a record and its line are
written, so an interrupted run leaves every record whole; a torn last line (the machine died
mid-append) is ignored by readers and healed by the next :meth:`sync`.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import RunDirError, one_line, url_without_password
from ..records import LatentRecord
from ..structured import shorten
from . import files

MAX_CONFIG = 16 * 1024 * 1024  # bytes: a config.json larger than this is not one of ours
MAX_RECORD = 64 * 1024 * 1024  # bytes, one latent's record
# what a run directory of ours may hold (anything else in --out means it is not one)
RUN_LAYOUT = frozenset({"config.json", "explanations.jsonl", "records", "images", "report.html", "summary.json",
                        "prompts.json", "metrics.json", "threshold.json", ".lock", ".write-test"})
SECRET_KEYS = ("api_key", "apikey", "key", "token", "secret", "password", "authorization")
# settings that must match to resume a run (changing them would mix incomparable records)
RESUME_KEYS = ("model", "model_identity", "backend", "bias", "samples", "seed", "base_codes", "values", "bias_prompt",
               "uncertainty", "groups", "prompt_writer")


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
        self._lines: dict[int, str] | None = None  # unit -> its JSONL line, once read (see append)

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
        exists = files.exists(self.path, "explanations.jsonl") and self.records_path.lstat().st_size > 0
        if exists and not resume:
            raise RunDirError(
                f"{self.path} already holds a run; pass --resume (resume=True in Python) to continue it, "
                "or choose a new --out folder (nothing was changed)"
            )
        if resume and files.exists(self.path, "config.json"):
            old = self.read_config()
            diff = [k for k in RESUME_KEYS if k in old and k in config and old[k] != config[k]]
            if "model_identity" in diff:
                was, now = old["model_identity"], config["model_identity"]
                what = ", ".join(f"{k} {shorten(was.get(k))} -> {shorten(now.get(k))}" for k in now
                                 if isinstance(was, dict) and was.get(k) != now.get(k)) or "another kind of model"
                raise RunDirError(f"cannot resume {self.path}: it explains another model than this call's ({what}); "
                                  "resume with the model it was made with, or use a new --out")
            if diff:
                raise RunDirError(
                    f"cannot resume {self.path}: its {', '.join(diff)} differ from this call's "
                    f"({', '.join(f'{k}={old[k]!r}' for k in diff)}); use the same settings or a new --out"
                )
        self.make()
        files.make_folder(self.path, "images")
        files.write_atomic(self.path, ".write-test", "ok")
        files.remove(self.path, ".write-test")
        for sub in ("", "records"):  # a write cut off by kill -9 (or a link planted under its name)
            for name in files.temporaries(self.path, sub):
                files.remove(self.path, f"{sub}/{name}" if sub else name)
        self.write_json("config.json", config)
        self._lines = None
        if resume:  # the JSONL as the records say, before anything is appended (a torn last line healed)
            self.sync()

    def make(self) -> None:
        """Create the run directory itself (its parents too)."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RunDirError(
                f"cannot write to {self.path} ({exc.strerror or exc}); choose a folder you can write with --out"
            ) from None

    def check_ours(self) -> None:
        """Refuse a --out that exists and is not a run directory of ours (a model folder, a
        project folder): nothing is written there, not even the lock."""
        try:
            with files.folder(self.path) as d:
                with os.scandir(d) as it:
                    entries = {e.name: e.is_dir(follow_symlinks=False) for e in it}
        except FileNotFoundError:
            return
        except RunDirError:
            if not self.path.exists():
                return
            raise RunDirError(f"--out {self.path} is not a folder; choose a new folder for the run") from None
        if not entries:
            return
        foreign = sorted(n for n in entries if n not in RUN_LAYOUT and not n.endswith(".tmp"))
        config_ours = True
        if "config.json" in entries:
            try:
                config_ours = all(k in self.read_config() for k in ("backend", "bias", "samples"))
            except RunDirError:
                config_ours = False
        if foreign or not config_ours:
            shown = ", ".join(foreign[:4]) + (" ..." if len(foreign) > 4 else "") if foreign else "a config.json of " \
                "another kind"
            raise RunDirError(f"--out {self.path} is not a run directory of latentexplainer (it holds {shown}); "
                              "nothing was written there: choose a new folder, or an existing run to --resume "
                              "(resume=True in Python)")

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the run directory for this process: a second writer is refused, not interleaved.

        An OS file lock (flock): the kernel releases it when the process ends, even by kill -9,
        so a crashed run can always be resumed.
        """
        import fcntl

        self.check_ours()
        self.make()
        fd = files.open_lock(self.path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise RunDirError(
                f"another latentexplainer process (pid {holder}) is writing into {self.path}; "
                "wait for it to finish, or choose another --out"
            ) from None
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def read_config(self) -> dict[str, Any]:
        try:
            raw = json.loads(files.read_text(self.path, "config.json", MAX_CONFIG))
        except (OSError, ValueError, RecursionError) as exc:
            raise RunDirError(f"{self.config_path} cannot be read ({one_line(str(exc))[:200]}); "
                              "is this a run directory?") from None
        if not isinstance(raw, dict):
            raise RunDirError(f"{self.config_path} is not a JSON object; is this a run directory?")
        return raw

    def write_json(self, name: str, data: Any) -> Path:
        """Atomic write: temporary file, fsync, rename (Ctrl-C waits until it is done)."""
        with interrupts_deferred():
            files.write_atomic(self.path, name, json.dumps(data, indent=2, default=str))
        return self.path / name

    @property
    def record_dir(self) -> Path:
        return self.path / "records"

    def records(self) -> list[LatentRecord]:
        """Records written so far: one atomic file per latent in records/ (the source of truth);
        explanations.jsonl for runs without that folder, where a torn last line is ignored."""
        out: dict[int, LatentRecord] = {}
        if self._has_record_dir():
            for name in files.names(self.path, "records"):
                if not (name.startswith("z") and name.endswith(".json")):
                    continue
                rec = _own_record(self.path, name)
                out[rec.latent] = rec
            return [out[k] for k in sorted(out)]
        if not files.exists(self.path, "explanations.jsonl"):
            return []
        for line in files.read_text(self.path, "explanations.jsonl").splitlines():
            rec = _record(lambda line=line: line)
            if rec is not None:
                out[rec.latent] = rec
        return [out[k] for k in sorted(out)]

    def _has_record_dir(self) -> bool:
        try:
            with files.folder(self.path, ("records",)):
                return True
        except FileNotFoundError:
            return False

    def append(self, record: LatentRecord) -> None:
        """Save one latent's record atomically (temporary file, fsync, rename), then append its
        line to explanations.jsonl: constant work per unit however many came before. A record of
        the same latent (a failed one being retried) is replaced, and the JSONL rewritten without
        the old line. Ctrl-C during the two writes takes effect after them."""
        lines = self._known_lines()
        line = json.dumps(record.to_dict(), default=float) + "\n"
        with interrupts_deferred():
            files.write_atomic(self.path, f"records/z{record.latent:04d}.json", line[:-1])
            replaced = record.latent in lines
            lines[record.latent] = line
            if replaced:
                files.write_atomic(self.path, "explanations.jsonl", "".join(lines.values()))
            else:
                files.append_text(self.path, "explanations.jsonl", line)

    def sync(self) -> None:
        """Rewrite explanations.jsonl as the records in unit order when it differs (at the end of
        a run; after a kill between the two writes, or mid-append)."""
        if not self._has_record_dir():
            return
        lines = self._known_lines()
        text = "".join(lines[k] for k in sorted(lines))
        with interrupts_deferred():
            try:
                if files.read_text(self.path, "explanations.jsonl") == text:
                    return
            except (OSError, RunDirError):
                pass
            files.write_atomic(self.path, "explanations.jsonl", text)

    def _known_lines(self) -> dict[int, str]:
        """Every finished unit's JSONL line, read from records/ once (this process holds the run's
        lock: no one else writes it meanwhile)."""
        if self._lines is None:
            self._lines = {r.latent: json.dumps(r.to_dict(), default=float) + "\n" for r in self.records()}
        return self._lines


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


def _own_record(root: Path, name: str) -> LatentRecord:
    """records/<name>, a record of this run: its latent is the one its name gives. Anything else
    (not JSON, a field of the wrong kind, another latent) is one RunDirError line: the file is
    left as it is, for its owner to look at."""
    try:
        rec = LatentRecord.from_dict(json.loads(files.read_text(root, f"records/{name}", MAX_RECORD)))
        if name[1:-5].isdigit() and int(name[1:-5]) != rec.latent:
            raise ValueError(f"it is named for latent {int(name[1:-5])} but holds latent {rec.latent}")
    except RunDirError:
        raise
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:
        raise RunDirError(f"{root}/records/{name} is not a record of latentexplainer ({one_line(str(exc))[:120]}); "
                          "move it out of the run, or write into a new --out") from None
    return rec


def _record(text) -> LatentRecord | None:
    """One record from its JSON text, or None when it is torn or not a record of ours."""
    try:
        return LatentRecord.from_dict(json.loads(text()))
    except (OSError, RunDirError, ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError):
        return None

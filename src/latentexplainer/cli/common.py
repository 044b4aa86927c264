"""What every command shares: the typer app, the recorded command line (secrets hidden), the
lines that say why units failed and how to continue, and the parsers of list flags."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperCommand, TyperGroup

from ..errors import ConfigError, one_line, url_without_password
from ..records import MAX_INDEX_DIGITS
from ..structured import shorten

HELP_OPTIONS = ["-h", "--help"]


class _FlagsBare:
    """Help that shows no value for a flag: typer labels every bool option (--help, --quiet, ...)
    ``<bool>``, though a flag takes none; a flag's metavar is blanked where the help reads it."""

    def get_params(self, ctx: typer.Context) -> list:
        params = super().get_params(ctx)
        for p in params:
            if getattr(p, "is_flag", False) and getattr(p, "metavar", "") is None:
                p.metavar = ""
        return params


class _Command(_FlagsBare, TyperCommand):
    pass


class _Group(_FlagsBare, TyperGroup):
    pass


class _App(typer.Typer):
    """The app whose commands (registered in any cli module) all use :class:`_Command`."""

    def command(self, *args, cls: type[TyperCommand] | None = None, **kwargs):
        return super().command(*args, cls=cls or _Command, **kwargs)


app = _App(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, cls=_Group,
           context_settings={"help_option_names": HELP_OPTIONS},
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


def _import_from_here(*specs: Optional[str], trust_run: bool = False) -> None:
    """Make ``--model mymodels:my_vae`` import mymodels.py from the current folder, as uvicorn and
    pytest do: the current folder goes first on the import path (once) when a spec names code, or
    when --trust-run lets a run directory name it. The rule against paths relative to the current
    folder is about files read and written; this is the import path, which the command line mirrors
    on uvicorn deliberately (the Python API leaves sys.path as the caller set it)."""
    import os

    from ..models.loader import names_code

    if trust_run or any(s and names_code(s) for s in specs):
        here = os.getcwd()
        if here not in sys.path:
            sys.path.insert(0, here)


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
    """A latent index as written: a number of at most MAX_INDEX_DIGITS digits (a longer one is no latent)."""
    token = token.strip()
    if len(token.lstrip("+-")) > MAX_INDEX_DIGITS:
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

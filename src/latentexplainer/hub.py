"""Hugging Face Hub ids (``ORG/NAME[@REVISION]``) resolved to a snapshot folder, offline first.

A model given as a Hub id is looked up in the local Hugging Face cache first (the cache that
``huggingface-cli download`` / ``hf download`` fills: ``HF_HUB_CACHE``, else ``HF_HOME/hub``,
else ``~/.cache/huggingface/hub``, read from the environment at each call). It is downloaded
only when the caller allows it (``allow_download``, the CLI's ``--allow-download``) or the
environment says so (``HF_HUB_OFFLINE=0``), and never while ``HF_HUB_OFFLINE`` (or
``TRANSFORMERS_OFFLINE``) is set to a true value. A string that is an existing folder stays a
folder. :func:`resolve` is the one entry: diffusion models (``diffusers:``, ``sd:``) and local
transformers models use it alike. huggingface_hub is imported lazily (it comes with the
``diffusion`` and ``hf`` extras).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from .errors import LatentExplainerError, MissingDependencyError, ModelError

_PART = r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9_])?"
_REPO_ID = re.compile(rf"^{_PART}/{_PART}$")
_REVISION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_SHORT_COMMIT = re.compile(r"^[0-9a-f]{4,39}$")
TRUE = {"1", "on", "yes", "true"}
FALSE = {"0", "off", "no", "false"}
ID_HINT = ("a Hub id ORG/NAME or ORG/NAME@REVISION (letters, digits, '.', '_', '-'; REVISION a branch, tag or "
           "commit), e.g. google/ddpm-cifar10-32")


@dataclass(frozen=True)
class Resolved:
    """Where a model's files are: ``folder``; for a Hub id also ``repo_id``, the ``revision``
    asked for (None: the default branch) and the ``commit`` of the snapshot used."""

    folder: Path
    repo_id: str | None = None
    revision: str | None = None
    commit: str | None = None

    @property
    def is_hub(self) -> bool:
        return self.repo_id is not None

    @property
    def pinned(self) -> str:
        """The id that names exactly these files again: ``ORG/NAME@COMMIT`` (a folder: its path)."""
        if self.repo_id is None:
            return str(self.folder)
        return f"{self.repo_id}@{self.commit}" if self.commit else self.repo_id

    def info(self) -> dict[str, Any]:
        """Provenance for a model's info (empty for a plain folder)."""
        if self.repo_id is None:
            return {}
        return {"hub_id": self.repo_id, "hub_revision": self.revision, "hub_commit": self.commit,
                "hub_snapshot": str(self.folder)}


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """The Hugging Face Hub cache huggingface_hub uses for this environment: ``HF_HUB_CACHE``
    (or the older ``HUGGINGFACE_HUB_CACHE``), else ``HF_HOME/hub``, else
    ``$XDG_CACHE_HOME/huggingface/hub`` or ``~/.cache/huggingface/hub``."""
    env = os.environ if env is None else env

    def expand(value: str) -> Path:
        return Path(os.path.expandvars(os.path.expanduser(value)))

    for key in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if env.get(key):
            return expand(env[key])
    if env.get("HF_HOME"):
        return expand(env["HF_HOME"]) / "hub"
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return expand(base) / "huggingface" / "hub"


def offline_setting(env: Mapping[str, str] | None = None) -> bool | None:
    """``HF_HUB_OFFLINE`` (else ``TRANSFORMERS_OFFLINE``) as huggingface_hub reads it: True
    when set to a true value, False when explicitly set to a false one (0, off, no, false),
    None when not set."""
    env = os.environ if env is None else env
    value = (env.get("HF_HUB_OFFLINE") or env.get("TRANSFORMERS_OFFLINE") or "").strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    return None


def _looks_like_path(text: str) -> bool:
    return (text.startswith(("/", "~", "./", "../", "\\")) or text in (".", "..") or "\\" in text
            or os.path.isabs(text) or (len(text) > 1 and text[1] == ":"))


def parse_id(text: str) -> tuple[str, str | None] | None:
    """``ORG/NAME[@REVISION]`` -> (repo id, revision or None); None when ``text`` is no Hub id."""
    repo, at, revision = text.strip().partition("@")
    if not _REPO_ID.match(repo) or "--" in repo or ".." in repo:
        return None
    if at and (not _REVISION.match(revision) or ".." in revision or revision.endswith("/")):
        return None
    return repo, (revision if at else None)


def is_hub_id(text: str) -> bool:
    """Whether ``text`` names a Hub model rather than a folder: it is no existing folder, does
    not look like a path, and reads as ``ORG/NAME[@REVISION]``."""
    text = str(text)
    return (not _looks_like_path(text) and not Path(text).expanduser().exists()
            and parse_id(text) is not None)


def _hub() -> Any:
    try:
        import huggingface_hub
    except ImportError:
        return None
    return huggingface_hub


def _fetch_hint(repo_id: str, revision: str | None, download_hint: str, offline: bool | None = None) -> str:
    rev = f" --revision {revision}" if revision else ""
    how = f"fetch it with: huggingface-cli download {repo_id}{rev} (newer: hf download {repo_id}{rev})"
    if not download_hint:
        return how
    if offline:
        return how + f", or unset HF_HUB_OFFLINE and add {download_hint} to download it now"
    return how + f", or add {download_hint} to download it now"


def _repo_cache(cache: Path, repo_id: str) -> Path:
    return cache / ("models--" + repo_id.replace("/", "--"))


def _by_prefix(repo_cache: Path, revision: str) -> str | None:
    """The one cached commit whose sha starts with a short ``revision``, if exactly one does."""
    if not _SHORT_COMMIT.match(revision):
        return None
    try:
        found = [p.name for p in (repo_cache / "snapshots").iterdir()
                 if p.is_dir() and _COMMIT.match(p.name) and p.name.startswith(revision)]
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def _cached(hub: Any, repo_id: str, revision: str | None, cache: Path) -> Path | None:
    """The snapshot folder of ``repo_id`` at ``revision`` in the local cache, or None."""
    revisions = [revision]
    if revision is not None:
        full = _by_prefix(_repo_cache(cache, repo_id), revision)
        if full and full != revision:
            revisions.append(full)
    for rev in revisions:
        try:
            got = hub.snapshot_download(repo_id, revision=rev, cache_dir=str(cache), local_files_only=True)
        except Exception:  # not cached (LocalEntryNotFoundError), or a revision the cache cannot answer
            continue
        return Path(got)
    return None


def _commit_of(folder: Path) -> str | None:
    """The commit sha of a snapshot folder (its name, inside ``snapshots/`` of the repo's cache)."""
    return folder.name if _COMMIT.match(folder.name) and folder.parent.name == "snapshots" else None


def _missing(folder: Path, required: tuple[str, ...]) -> list[str]:
    return [name for name in required if not (folder / name).exists()]


def _download(hub: Any, repo_id: str, revision: str | None, cache: Path, ignore: tuple[str, ...], ident: str,
              what: str, error: type[LatentExplainerError]) -> Path:
    errors = getattr(hub, "errors", None)

    def kind(name: str) -> type:
        return getattr(errors, name, ()) or ()  # type: ignore[return-value]

    try:
        got = hub.snapshot_download(repo_id, revision=revision, cache_dir=str(cache),
                                    ignore_patterns=list(ignore) or None)
    except kind("GatedRepoError"):
        raise error(f"{what} {ident} is gated on the Hub: accept its terms on https://huggingface.co/{repo_id} "
                    "and log in with `hf auth login` (or set HF_TOKEN), then run again") from None
    except kind("RepositoryNotFoundError"):
        raise error(f"{what} {ident}: no such repository on the Hub (or it is private); check the id, or log in "
                    "with `hf auth login` (or set HF_TOKEN) if it is yours") from None
    except kind("RevisionNotFoundError"):
        raise error(f"{what} {ident}: the repository has no revision '{revision}'; give a branch, tag or commit "
                    f"it has after '@', or drop '@{revision}' for its default branch") from None
    except Exception as exc:  # network, disk, offline mode: one line
        msg = " ".join(str(exc).split())[:300]
        raise error(f"{what} {ident}: downloading it into {cache} failed ({type(exc).__name__}: {msg}); check the "
                    f"network and the disk, or {_fetch_hint(repo_id, revision, '')}") from None
    return Path(got)


def resolve(repo_or_path: str | Path, *, what: str, allow_download: bool = False, required: tuple[str, ...] = (),
            ignore: tuple[str, ...] = (), extra: str = "diffusion", download_hint: str = "--allow-download",
            error: type[LatentExplainerError] = ModelError) -> Resolved:
    """Where the files of ``repo_or_path`` are.

    An existing folder (or anything that looks like a path: absolute, ``./``, ``~``) stays a
    folder: ``Resolved(folder)``, left to the loader to check. ``ORG/NAME[@REVISION]`` is a Hub
    id: its snapshot in the local Hugging Face cache (:func:`cache_dir`), offline; a short
    commit matches the one cached commit it starts. Missing (or lacking one of ``required``,
    paths inside the snapshot such as ``config.json``), it is downloaded only when
    ``allow_download`` or ``HF_HUB_OFFLINE=0`` and never while ``HF_HUB_OFFLINE`` is true
    (files matching ``ignore`` are skipped); else one ``error`` line names the id, the cache
    folder looked in and how to fetch it (``download_hint``: the caller's own switch).
    ``what`` names the thing in messages ("diffusion model"). A malformed id is one line too.
    """
    text = str(repo_or_path).strip()
    if text and (_looks_like_path(text) or Path(text).expanduser().is_dir()):
        return Resolved(Path(text).expanduser())
    parsed = parse_id(text) if text else None
    if parsed is None:
        shown = text if len(text) <= 120 else text[:117] + "..."
        raise error(f"{what} '{shown}' is no folder here and no Hub id; give an existing folder or {ID_HINT}")
    repo_id, revision = parsed
    hub = _hub()
    if hub is None:
        raise MissingDependencyError("huggingface_hub", extra, f"the {what} {repo_id} (a Hub id)")
    cache = cache_dir()
    repo_cache = _repo_cache(cache, repo_id)
    ident = text
    folder = _cached(hub, repo_id, revision, cache)
    lacking = _missing(folder, required) if folder is not None else []
    if folder is not None and not lacking:
        return Resolved(folder, repo_id, revision, _commit_of(folder))
    offline = offline_setting()
    if offline is not True and (allow_download or offline is False):
        folder = _download(hub, repo_id, revision, cache, ignore, ident, what, error)
        lacking = _missing(folder, required)
        if lacking:
            raise error(f"{what} {ident}: the repository has no {', '.join(lacking)}; it is not a {what} "
                        f"this loader reads (see https://huggingface.co/{repo_id})")
        return Resolved(folder, repo_id, revision, _commit_of(folder))
    if offline is True and allow_download:
        raise error(f"{what} {ident} is not in the local Hugging Face cache ({repo_cache}) and {download_hint} "
                    "cannot download it while HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) is set to a true value; "
                    f"unset it or set HF_HUB_OFFLINE=0, or {_fetch_hint(repo_id, revision, '')} on a machine online")
    if folder is not None:
        raise error(f"{what} {ident}: its cached snapshot {folder} lacks {', '.join(lacking)} (an incomplete "
                    f"download?); {_fetch_hint(repo_id, revision, download_hint, offline)}")
    rev = f" at revision '{revision}'" if revision else ""
    raise error(f"{what} {ident} is no folder here and not in the local Hugging Face cache{rev} (looked in {repo_cache}; "
                f"HF_HUB_CACHE or HF_HOME choose the cache); {_fetch_hint(repo_id, revision, download_hint, offline)}")

"""Score a run's explanations against reference explanations (BLEU, ROUGE-L, METEOR, CIDEr,
BERTScore; see text_metrics) and write ``RUN_DIR/metrics.json``.

The references file is JSON - ``{"3": ["ref", ...], "z4": "ref"}`` (a latent index, with or
without the ``z``, to one reference or a list) - or CSV with rows ``latent,reference`` (a
header row ``latent,reference`` is allowed; several rows per latent give several
references). Latents of the run without a clear explanation are scored as the empty string:
"No clear explanation" earns nothing. Latents with references but no record in the run are
listed in ``missing_in_run`` and left out; so are records without references.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import ConfigError, RunDirError
from ..records import MAX_INDEX_DIGITS
from ..run.rundir import RunDir
from ..structured import shorten
from .idfile import read_id_file
from .text_metrics import METRICS, score_all

_LATENT = re.compile(r"^\s*z?(\d+)\s*$", re.IGNORECASE)


def _latent_id(key: Any, where: str) -> int:
    m = _LATENT.match(str(key)[:40])
    if not m or len(m.group(1)) > MAX_INDEX_DIGITS:
        raise ConfigError(f"{where}: latent {shorten(str(key))} is not a latent index; use 3 or z3")
    return int(m.group(1))


def load_references(path: str | Path) -> dict[int, list[str]]:
    """Latent index -> reference explanations, from JSON or CSV (see module doc)."""
    path = Path(path).expanduser()
    out: dict[int, list[str]] = {}
    for key, refs, where in read_id_file(path, "references", "reference", '{"3": ["reference", ...], ...}'):
        refs = [refs] if isinstance(refs, str) else refs
        if not isinstance(refs, list) or not refs or not all(isinstance(r, str) and r.strip() for r in refs):
            raise ConfigError(f"{where} must map to a non-empty string or a list of non-empty strings")
        out.setdefault(_latent_id(key, where), []).extend(refs)
    if not out:
        raise ConfigError(f"{path} holds no references; give at least one latent with a reference")
    return out


def _score(records, refs: dict[int, list[str]], metrics, wordnet_dir) -> dict[str, Any]:
    cands = [r.explanation or "" for r in records]
    result: dict[str, Any] = {"n": len(records), "explained": sum(1 for r in records if r.explanation)}
    result.update(score_all(cands, [refs[r.latent] for r in records], metrics, wordnet_dir=wordnet_dir))
    return result


def evaluate_run(run_dir: str | Path, references_path: str | Path, metrics: tuple[str, ...] = METRICS,
                 wordnet_dir: str | Path | None = None, write: bool = True) -> dict[str, Any]:
    """Metrics over all scored latents (``overall``) and per bias (``by_bias``); written
    atomically to ``RUN_DIR/metrics.json`` unless ``write`` is False."""
    run = RunDir(Path(run_dir))
    if not run.path.is_dir():
        raise RunDirError(f"{run.path} is not a folder; give the run directory written by `explain`")
    records = run.records()
    if not records:
        raise RunDirError(f"{run.path} holds no records (explanations.jsonl missing or empty); is this a run directory?")
    refs = load_references(references_path)
    scored = [r for r in records if r.latent in refs]
    if not scored:
        raise ConfigError(
            f"no latent of the run ({', '.join(f'z{r.latent}' for r in records)}) has a reference in "
            f"{references_path} (it names {', '.join(f'z{k}' for k in sorted(refs))})")
    by_bias: dict[str, list] = {}
    for r in scored:
        by_bias.setdefault(r.bias, []).append(r)
    result = {
        "references": str(Path(references_path).expanduser().resolve()),
        "metrics": list(metrics),
        "scale": "x100, one decimal; BERTScore is raw F1 of all-MiniLM-L6-v2 layer 6 (no baseline rescaling)",
        "overall": _score(scored, refs, metrics, wordnet_dir),
        "by_bias": {b: _score(rs, refs, metrics, wordnet_dir) for b, rs in sorted(by_bias.items())},
        "missing_in_run": sorted(set(refs) - {r.latent for r in records}),
        "without_reference": [r.latent for r in records if r.latent not in refs],
    }
    if write:
        run.write_json("metrics.json", result)
    return result

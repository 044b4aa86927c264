"""Files that map latents to something (references, labels): a JSON object or two-column CSV.

One reader for both, so their errors read alike; each caller checks its own values.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import ConfigError


def read_id_file(path: str | Path, what: str, column: str, json_example: str) -> list[tuple[str, Any, str]]:
    """(id as written, raw value, where - for error messages) for every entry of ``path``.

    JSON: ``{"3": value, ...}``. CSV: rows ``latent,<column>``, an optional header row, blank
    rows skipped. ``what`` names the file in errors ("references", "labels").
    """
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the {what} file {path} ({exc.strerror or exc})") from None
    out: list[tuple[str, Any, str]] = []
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path} is not valid JSON ({exc.msg}, line {exc.lineno}); write {json_example}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path} must hold a JSON object of latent -> {column}, e.g. {json_example}")
        return [(str(k), v, f"{path} latent '{k}'") for k, v in data.items()]
    for n, row in enumerate(csv.reader(text.splitlines()), 1):
        if not row or not "".join(row).strip():
            continue
        if n == 1 and [c.strip().lower() for c in row[:2]] == ["latent", column]:
            continue
        if len(row) != 2:
            raise ConfigError(f"{path} line {n}: expected two columns latent,{column} (quote a value that holds "
                              f"commas); got {len(row)} column(s)")
        out.append((row[0].strip(), row[1], f"{path} line {n}"))
    return out

"""Files that map latents to something (references, labels): a JSON object or two-column CSV.

One reader for both, so their errors read alike; each caller checks its own values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..structured import csv_rows, parse_json, read_text, shorten


def read_id_file(path: str | Path, what: str, column: str, json_example: str) -> list[tuple[str, Any, str]]:
    """(id as written, raw value, where - for error messages) for every entry of ``path``.

    JSON: ``{"3": value, ...}``. CSV: rows ``latent,<column>``, an optional header row, blank
    rows skipped. ``what`` names the file in errors ("references", "labels").
    """
    path = Path(path).expanduser()
    text = read_text(path, f"{what} file")
    out: list[tuple[str, Any, str]] = []
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        data = parse_json(text, str(path), json_example)
        if not isinstance(data, dict):
            raise ConfigError(f"{path} must hold a JSON object of latent -> {column}, e.g. {json_example}")
        return [(str(k), v, f"{path} latent {shorten(k)}") for k, v in data.items()]
    for n, row in enumerate(csv_rows(text, str(path)), 1):
        if not row or not "".join(row).strip():
            continue
        if n == 1 and [c.strip().lower() for c in row[:2]] == ["latent", column]:
            continue
        if len(row) != 2:
            raise ConfigError(f"{path} line {n}: expected two columns latent,{column} (quote a value that holds "
                              f"commas); got {len(row)} column(s)")
        out.append((row[0].strip(), row[1], f"{path} line {n}"))
    return out

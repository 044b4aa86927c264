"""Console tables (explain's latents, the benchmark's per-latent and per-unit rows): drawn by
rich on a terminal; otherwise (a log, a pipe, CI) plain text with one line per row, cells
separated by tabs and never wrapped, so an explanation stays whole on its row and the output
can be read with grep or cut. An 80-column box of wrapped words helps no one there."""

from __future__ import annotations

from typing import Any


def _plain(cell: Any) -> str:
    """A cell's text as rich would show it (markup read, escapes undone), on one line."""
    from rich.errors import MarkupError
    from rich.text import Text

    if isinstance(cell, Text):
        text = cell.plain
    elif isinstance(cell, str):
        try:
            text = Text.from_markup(cell).plain
        except MarkupError:
            text = cell
    else:
        text = str(cell)
    return " ".join(text.split())  # tabs and line breaks inside a cell would break the row


def table_lines(table: Any) -> list[str]:
    """A rich Table as plain lines: its title (if any), the header, then one line per row,
    cells separated by tabs."""
    columns = list(table.columns)
    cells = [list(c.cells) for c in columns]
    lines = [_plain(table.title)] if table.title else []
    lines.append("\t".join(_plain(c.header) for c in columns))
    lines += ["\t".join(_plain(col[i]) if i < len(col) else "" for col in cells) for i in range(table.row_count)]
    return lines


def show_table(table: Any, console: Any = None) -> None:
    """Print a rich Table: drawn by rich when ``console`` (default: a new one on stdout) is a
    terminal, else as :func:`table_lines`."""
    from rich.console import Console

    console = console or Console()
    if console.is_terminal:
        console.print(table)
        return
    console.file.write("\n".join(table_lines(table)) + "\n")
    console.file.flush()

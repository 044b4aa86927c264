"""A progress bar that the caller can switch off; the library never configures logging.

The bar yields ``advance(done=None, note="")``: one step more (or ``done`` steps in all), with
``note`` (say "loss 123.4") shown beside the count. A bar may start part-way (``completed``: a
resumed training's finished epochs). With ``lines=True`` an output that is not a terminal (a
log file, a pipe, CI) gets one plain line per step instead, with its note
("training ...: epoch 3/10 loss 123.4"), where a bar would only be drawn once at the end."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator, Optional

Advance = Callable[..., None]  # advance(done: int | None = None, note: str = "")


@contextmanager
def progress_bar(total: int, label: str, enabled: bool = True, completed: int = 0, lines: bool = False,
                 unit: str = "") -> Iterator[Advance]:
    if not enabled or total <= 0:
        yield lambda done=None, note="": None
        return
    from rich.console import Console

    console = Console()
    if lines and not console.is_terminal:
        yield _line_printer(total, label, completed, unit)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[note]}"), console=console, transient=False) as prog:
        task = prog.add_task(label, total=total, completed=completed, note="")

        def advance(done: Optional[int] = None, note: str = "") -> None:
            if done is None:
                prog.update(task, advance=1, note=note)
            else:
                prog.update(task, completed=done, note=note)

        yield advance


def _line_printer(total: int, label: str, completed: int, unit: str) -> Advance:
    """One line per step, flushed at once: what a log or a pipe can show of a bar."""
    state = {"done": completed}
    word = f"{unit} " if unit else ""
    if completed:
        print(f"{label}: resumed at {word}{completed}/{total}", flush=True)

    def advance(done: Optional[int] = None, note: str = "") -> None:
        state["done"] = state["done"] + 1 if done is None else done
        print(f"{label}: {word}{state['done']}/{total}{' ' + note if note else ''}", flush=True)

    return advance

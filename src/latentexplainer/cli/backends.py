"""`latentexplainer backends`: every backend (built-in and installed plugins) with the options
its class takes, read from its typed ``Options`` (so this list never drifts from the code)."""

from __future__ import annotations

from typing import Optional

import typer

from ..errors import for_terminal
from .common import app


@app.command()
def backends(name: Optional[str] = typer.Argument(None, help="one backend (default: all)")) -> int:
    """The backends and their options (--backend-option KEY=VALUE, or a dict or Options instance
    from Python). A backend whose answers may be cached is marked; the cache wraps it."""
    from rich.console import Console
    from rich.table import Table

    from ..backends import available_backends
    from ..backends.base import BACKENDS
    from ..backends.cache import CACHEABLE_METHODS
    from ..backends.options import Options

    names = [name] if name else available_backends()
    console = Console(highlight=False, soft_wrap=True)
    for n in names:
        factory = BACKENDS.get(n)  # an unknown name: one line listing the choices
        opts = getattr(factory, "Options", None)
        cached = all(callable(getattr(factory, m, None)) for m in CACHEABLE_METHODS)
        doc = for_terminal(str(getattr(factory, "summary", "") or "a plugin's backend"))
        console.print(f"[bold]{n}[/bold]  {doc}" + ("  (answers cached)" if cached else ""))
        if not (isinstance(opts, type) and issubclass(opts, Options)):
            console.print("  options: the plugin's own (its factory declares no Options)\n")
            continue
        rows = opts.help()
        if not rows:
            console.print("  no options\n")
            continue
        table = Table("option", "default", "what it does", box=None, padding=(0, 2), show_edge=False)
        for opt, default, text in rows:
            table.add_row(f"  {opt}", default or "-", text)
        for opt, why in opts.refused.items():
            table.add_row(f"  {opt}", "refused", why)
        console.print(table)
        console.print()
    return 0

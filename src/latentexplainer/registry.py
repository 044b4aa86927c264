"""One registry type for every extension point: data sets, models (by spec prefix), backends,
judges, certainty estimators, biases.

A spec is ``NAME`` or ``NAME:ARG``. The package registers its own entries; third-party
packages add theirs with a Python entry point in the group ``latentexplainer.<kind>`` (the
entry point's name is the registered name, its object the factory), the way ``pytest`` and
``llm`` find plugins: ``pip install`` alone makes them usable by name. A plugin is imported
only when its name is asked for, so a broken plugin breaks only itself - with one line naming
it.
"""

from __future__ import annotations

from importlib import metadata
from typing import Callable, Generic, TypeVar

from .errors import ConfigError, LatentExplainerError

T = TypeVar("T")
GROUP_PREFIX = "latentexplainer."


class Registry(Generic[T]):
    """Names -> factories of one kind (``kind``: "backends", "datasets", ...)."""

    def __init__(self, kind: str, what: str, error: type[LatentExplainerError] = ConfigError,
                 hint: str = "") -> None:
        self.kind, self.what, self.error, self.hint = kind, what, error, hint
        self.group = GROUP_PREFIX + kind
        self._entries: dict[str, T] = {}
        self._plugins: dict[str, metadata.EntryPoint] | None = None

    def register(self, name: str, factory: T | None = None) -> Callable[[T], T] | T:
        """Register ``factory`` under ``name``; without a factory, a decorator."""
        if factory is None:
            def deco(f: T) -> T:
                self._entries[name] = f
                return f
            return deco
        self._entries[name] = factory
        return factory

    def plugins(self) -> dict[str, metadata.EntryPoint]:
        """The entry points of installed plugins of this kind (found once, not yet imported)."""
        if self._plugins is None:
            found = metadata.entry_points(group=self.group)
            self._plugins = {ep.name: ep for ep in found if ep.name not in self._entries}
        return self._plugins

    def names(self) -> list[str]:
        return sorted(set(self._entries) | set(self.plugins()))

    def __iter__(self):
        return iter(self.names())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name in self._entries or name in self.plugins())

    def get(self, name: str) -> T:
        """The factory registered as ``name`` (a plugin's is imported now), or one error line
        listing the choices."""
        if name in self._entries:
            return self._entries[name]
        ep = self.plugins().get(name)
        if ep is None:
            raise self.unknown(name)
        try:
            factory = ep.load()
        except Exception as exc:  # noqa: BLE001  (a plugin can fail any way: say which and why)
            dist = getattr(ep, "dist", None)
            owner = f" from {dist.name}" if dist is not None else ""
            raise self.error(f"the {self.what} plugin '{name}'{owner} ({ep.value}) failed to load: "
                             f"{type(exc).__name__}: {exc}") from None
        self._entries[name] = factory
        return factory

    def unknown(self, name: str, shown: str | None = None, choices: list[str] | None = None) -> LatentExplainerError:
        """The error for a name not registered: what was given (``shown``, default ``name``), the
        registered names closest to it, and every choice (``choices``: as they are written, e.g.
        folder:PATH; default the names)."""
        listed = choices if choices is not None else self.names()
        return self.error(f"unknown {self.what} '{shown or name}'{did_you_mean(name, self.names())}; choose one of: "
                          f"{', '.join(listed)}" + (f" ({self.hint})" if self.hint else ""))

    @staticmethod
    def parse(spec: str) -> tuple[str, str]:
        """``NAME[:ARG]`` -> (name, arg); arg is '' when absent."""
        name, _, arg = str(spec).partition(":")
        return name.strip(), arg


def did_you_mean(name: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` naming the choices closest to a mistyped ``name`` (case aside: difflib's
    close matches, and the choices that contain a name of 4 letters or more, mnist -> fashion-mnist), or ''."""
    from difflib import get_close_matches

    typed = str(name).strip().lower()
    by_lower = {c.lower(): c for c in choices}
    close = get_close_matches(typed, list(by_lower), n=3, cutoff=0.7)
    within = [c for c in by_lower if len(typed) >= 4 and typed in c]
    near = [by_lower[c] for c in dict.fromkeys(close + within)][:3]
    if not near:
        return ""
    return " (did you mean " + " or ".join(f"'{c}'" for c in near) + "?)"

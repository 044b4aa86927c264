"""The command-line interface: one small command per stage over the public API."""

from .main import app, main

__all__ = ["app", "main"]

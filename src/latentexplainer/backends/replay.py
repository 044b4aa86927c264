"""`replay:FILE`: answers recorded earlier, asked of no one.

FILE is either an ``explanations.jsonl`` of a run (one record per line: ``latent``,
``responses`` and, where recorded, ``response_status``), or a JSON file: a mapping from a
latent (``"3"``, ``"z3"`` or its name) to a list of answers (strings, or objects with
``text`` and optionally ``status`` and ``reason``), or a list of run records. The answer
for sample s of a latent is its s-th answer; a latent or sample not in the file gives a
response with status "error" (never an explanation).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..records import Response
from ..structured import parse_json, read_text, shorten
from .base import BaseBackend, ExplainRequest, register_backend
from .options import NoOptions

STATUSES = ("ok", "refused", "empty", "error")


@dataclass(frozen=True)
class Recorded:
    text: str
    status: str = "ok"
    reason: str = ""


def _answer(item: Any, where: str) -> Recorded:
    if isinstance(item, str):
        return Recorded(item)
    if isinstance(item, dict) and isinstance(item.get("text", ""), str):
        status = item.get("status", "ok")
        if status not in STATUSES:
            raise ConfigError(f"{where}: status must be one of {', '.join(STATUSES)}, got {status!r}")
        return Recorded(item.get("text", ""), status, str(item.get("reason", "")))
    raise ConfigError(f"{where}: an answer must be a string or an object with 'text', got {type(item).__name__}")


def _from_record(rec: Any, where: str) -> tuple[str, list[Recorded]]:
    if not isinstance(rec, dict) or "latent" not in rec or not isinstance(rec.get("responses"), list):
        raise ConfigError(f"{where}: expected a run record with 'latent' and a list 'responses'")
    statuses = rec.get("response_status") or []
    answers = []
    for s, text in enumerate(rec["responses"]):
        status = statuses[s] if s < len(statuses) and statuses[s] in STATUSES else "ok"
        answers.append(Recorded(str(text), status, "recorded as " + status if status != "ok" else ""))
    return str(rec["latent"]), answers


def load_answers(path: Path) -> dict[str, list[Recorded]]:
    """Latent key (index as text, or name) -> recorded answers, from either file format."""
    out: dict[str, list[Recorded]] = {}
    text = read_text(path, "replay file", 256 * 1024 * 1024)
    if path.suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            rec = parse_json(line, f"replay file {path} line {n}", "one run record per line")
            key, answers = _from_record(rec, f"replay file {path} line {n}")
            out[key] = answers
            if rec.get("latent_name"):
                out.setdefault(str(rec["latent_name"]), answers)
        return out
    data = parse_json(text, f"replay file {path}", "a mapping latent -> answers, or an explanations.jsonl")
    if isinstance(data, list):
        for n, rec in enumerate(data):
            key, answers = _from_record(rec, f"replay file {path} item {n}")
            out[key] = answers
        return out
    if not isinstance(data, dict):
        raise ConfigError(f"replay file {path} must hold a mapping latent -> list of answers, got {type(data).__name__}")
    for key, items in data.items():
        if not isinstance(items, list):
            raise ConfigError(f"replay file {path}: the answers of latent {shorten(key)} must be a list")
        out[str(key)] = [_answer(it, f"replay file {path}, latent {shorten(key)}, answer {s}") for s, it in enumerate(items)]
    return out


class ReplayBackend(BaseBackend):
    """Answers from a file; see the module docstring. ``self.packing`` is "replay"."""

    name = "replay"
    summary = "answers recorded earlier: replay:FILE (an explanations.jsonl or a JSON mapping)"
    packing = "replay"
    Options = NoOptions

    def __init__(self, model: str, options: dict | None = None) -> None:
        self.options = NoOptions.parse(options, self.name)
        if not model:
            raise ConfigError("the replay backend needs a file: --backend replay:PATH/explanations.jsonl "
                              "(or a JSON mapping latent -> answers)")
        self.path = Path(model).expanduser()
        if not self.path.is_file():
            raise ConfigError(f"replay file {self.path} does not exist; give an explanations.jsonl of an earlier run "
                              "or a JSON mapping latent -> list of answers")
        self.answers = load_answers(self.path)

    def _lookup(self, request: ExplainRequest) -> list[Recorded] | None:
        ref = request.latent
        for key in (str(ref.index), ref.label, f"z{ref.index}"):
            if key in self.answers:
                return self.answers[key]
        return None

    def describe(self, request: ExplainRequest) -> list[Response]:
        answers = self._lookup(request)
        out = []
        for seq in request.sequences:
            if answers is None:
                out.append(Response("", seq.sample, status="error",
                                    reason=f"replay file {self.path.name} has no answers for {request.latent.label}"))
            elif not 0 <= seq.sample < len(answers):
                out.append(Response("", seq.sample, status="error",
                                    reason=f"replay file {self.path.name} has {len(answers)} answer(s) for "
                                           f"{request.latent.label}, none for sample {seq.sample}"))
            elif answers[seq.sample].status == "ok" and not answers[seq.sample].text.strip():
                out.append(Response("", seq.sample, status="empty", reason="the recorded answer is empty"))
            else:
                a = answers[seq.sample]
                out.append(Response(a.text if a.status == "ok" else "", seq.sample, status=a.status, reason=a.reason))
        return out


register_backend("replay", ReplayBackend)

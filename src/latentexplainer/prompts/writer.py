"""The paper's LLM path of prompt generation: a text backend writes the prompt from the
formula, the symbol-to-word mapping and the in-context example.

``--prompt-writer template`` (the default) keeps the deterministic template. Any remote
backend (``openai:MODEL``, ``anthropic:MODEL``, ``gemini:MODEL``, ``ollama:MODEL``,
``openai-compatible:MODEL``) can write: one call per distinct template prompt, answered
through the backend's cache (a rerun costs nothing), and the written prompts are stored in
the run directory (``prompts.json``), so a resumed run asks with exactly the same words.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from ..biases import Bias
from ..errors import BackendError, ConfigError, RunDirError, one_line
from ..records import Prompt
from ..run import files as run_files

META = """You write prompts for a multimodal model that explains what one latent variable (or group of latents) of a deep generative model does, from images of a traversal.
Write one prompt for the setting below. The prompt must:
- say what the images show, row by row, as in the reference prompt;
- state the model's inductive bias, "{bias}", as the formula {formula}, and translate it symbol by symbol with this mapping: {words};
- include this in-context example of the expected observation: "{in_context}";
- ask for one short sentence that names the attribute of the image that changes and the direction of the change, or "No clear pattern." if nothing changes consistently.
Return only the prompt, with no preamble and no quotation marks around it.

Reference prompt (the deterministic template's):
{template}"""

MAX_CHARS = 6000
STORE = "prompts.json"


def _key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def writer_request(bias: Bias, template: Prompt) -> str:
    words = "; ".join(f"{sym} -> {word}" for sym, word in template.mapping.items())
    return META.format(bias=bias.name, formula=bias.formula, words=words, in_context=template.in_context,
                       template=template.text)


def _clean(text: str) -> str:
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "\"'`":
        t = t[1:-1].strip()
    return t


def writer_backend(writer: str, options: dict, cache=None):
    """The backend that writes prompts: any that answers free-form questions (an Asker), or one
    ConfigError line; behind the response cache when ``cache`` (a CachePolicy) is given."""
    from ..backends import get_backend
    from ..backends.base import Asker
    from ..backends.cache import with_cache

    backend = with_cache(get_backend(writer, options), cache)
    if not isinstance(backend, Asker):
        raise ConfigError(f"--prompt-writer {writer}: the writer must be template or a text backend that answers "
                          "free-form questions (openai:MODEL, anthropic:MODEL, gemini:MODEL, ollama:MODEL, "
                          "openai-compatible:MODEL, hf:FOLDER, or a plugin's with ask_many)")
    return backend


def write_prompts(prompts: dict[int, Prompt], bias: Bias, writer: str, options: dict,
                  run_dir=None, cache=None) -> dict[int, Prompt]:
    """Replace each unit's template prompt with the writer backend's version."""
    from ..backends.base import Ask

    stored: dict = {}
    if run_dir is not None and run_files.exists(run_dir.path, STORE):
        try:
            saved = json.loads(run_files.read_text(run_dir.path, STORE, 16 * 1024 * 1024))
        except (ValueError, RecursionError) as exc:
            raise RunDirError(f"{run_dir.path / STORE} cannot be read ({one_line(str(exc))[:200]}); remove it to "
                              "write the prompts again") from None
        prompts_saved = saved.get("prompts") if isinstance(saved, dict) and saved.get("writer") == writer else None
        stored = {k: v for k, v in prompts_saved.items() if isinstance(v, dict) and isinstance(v.get("written"), str)} \
            if isinstance(prompts_saved, dict) else {}
    todo = {}
    for p in prompts.values():
        k = _key(p.text)
        if k not in stored and k not in todo:
            todo[k] = p
    if todo:
        backend = writer_backend(writer, options, cache)
        answers = backend.ask_many([Ask(writer_request(bias, p), ()) for p in todo.values()])
        for (k, p), r in zip(todo.items(), answers):
            text = _clean(r.text) if r.status == "ok" else ""
            if not text:
                raise BackendError(f"--prompt-writer {writer} wrote no prompt ({r.status}: {r.reason or 'empty answer'})"
                                   "; retry, choose another writer, or use --prompt-writer template")
            if len(text) > MAX_CHARS:
                raise BackendError(f"--prompt-writer {writer} wrote a prompt of {len(text)} characters (limit "
                                   f"{MAX_CHARS}); ask a model that follows instructions, or use the template")
            stored[k] = {"template": p.text, "written": text}
        if run_dir is not None:
            run_files.write_atomic(run_dir.path, STORE, json.dumps({"writer": writer, "prompts": stored}, indent=2))
    return {i: replace(p, text=stored[_key(p.text)]["written"]) for i, p in prompts.items()}

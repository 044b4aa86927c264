"""`ollama:MODEL`: a local (or remote) Ollama server's chat API; no key needed.

``base_url`` is the server (default: OLLAMA_HOST or http://localhost:11434); an ``api_key``,
if given, is sent as a bearer token (as for Ollama's hosted models).
"""

from __future__ import annotations

import contextvars
import os
from typing import Any

from .base import register_backend
from .images import ImagePart
from .remote import RemoteBackend, Reply
from .retry import Malformed, tokens

# the Retry-After of the current call's error response: the ollama SDK drops the headers
# from its ResponseError, so an httpx response hook keeps it for the task making the call
_RETRY_AFTER: contextvars.ContextVar[dict | None] = contextvars.ContextVar("ollama_retry_after", default=None)


async def _keep_retry_after(response: Any) -> None:
    box = _RETRY_AFTER.get()
    if box is not None and response.status_code >= 400:
        box["retry-after"] = response.headers.get("retry-after")


class OllamaBackend(RemoteBackend):
    """Ollama ``/api/chat`` (non-streaming); images as base64 strings in the message."""

    name = "ollama"
    summary = "a model served by Ollama (OLLAMA_HOST or base_url; no key)"
    env_vars = ()
    extra = "ollama"
    sdk_module = sdk_package = "ollama"

    def endpoint(self) -> str | None:
        """base_url, else the OLLAMA_HOST the SDK falls back to (None: its default localhost:11434)."""
        return self.options.base_url or (os.environ.get("OLLAMA_HOST", "").strip().rstrip("/") or None)

    def make_client(self) -> Any:
        kwargs: dict[str, Any] = {"timeout": self.options.timeout + 5,
                                  "event_hooks": {"response": [_keep_retry_after]}}
        if self._key:
            kwargs["headers"] = {"Authorization": f"Bearer {self._key}"}
        return self.sdk.AsyncClient(host=self.options.base_url, **kwargs)

    def message(self, prompt: str, images: list[ImagePart]) -> dict:
        labels = [p.label for p in images if p.label]
        text = prompt if not labels else "The images, in order: " + " ".join(labels) + "\n" + prompt
        return {"role": "user", "content": text, "images": [p.b64 for p in images]}

    async def send(self, client: Any, prompt: str, images: list[ImagePart]) -> Any:
        options: dict[str, Any] = {"num_predict": self.options.max_tokens}
        if self.options.temperature is not None:
            options["temperature"] = self.options.temperature
        box: dict = {}
        _RETRY_AFTER.set(box)
        try:
            return await client.chat(model=self.model, messages=[self.message(prompt, images)], stream=False,
                                     options=options)
        except self.sdk.ResponseError as e:
            try:
                e.retry_after = float(box["retry-after"])  # read by remote.classify
            except (KeyError, TypeError, ValueError):
                pass
            raise

    def read(self, raw: Any) -> Reply:
        message = getattr(raw, "message", None)
        if message is None:
            raise Malformed("the answer has no message")
        usage = {"input_tokens": tokens(getattr(raw, "prompt_eval_count", 0)),
                 "output_tokens": tokens(getattr(raw, "eval_count", 0))}
        text = (message.content or "").strip()
        if not text:
            return Reply("", "empty", f"the model returned no text (done_reason {getattr(raw, 'done_reason', None)})",
                         usage)
        return Reply(text, usage=usage)


register_backend("ollama", OllamaBackend)

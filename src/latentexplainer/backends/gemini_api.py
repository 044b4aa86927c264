"""`gemini:MODEL`: Google's Gemini API through google-genai, key from ``api_key``,
GEMINI_API_KEY or GOOGLE_API_KEY."""

from __future__ import annotations

from typing import Any

from .base import register_backend
from .images import ImagePart
from .remote import RemoteBackend, Reply
from .retry import Malformed, tokens

BLOCKED_FINISH = frozenset({"SAFETY", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY",
                            "IMAGE_PROHIBITED_CONTENT", "MODEL_ARMOR"})


def _name(value: Any) -> str:
    """An enum member or a plain string -> its name ('' for None)."""
    if value is None:
        return ""
    return str(getattr(value, "name", None) or getattr(value, "value", None) or value)


class GeminiBackend(RemoteBackend):
    """Gemini ``generateContent``; images as ``Part.from_bytes`` before the prompt."""

    name = "gemini"
    summary = "Gemini models through the Gemini API (key: GEMINI_API_KEY or GOOGLE_API_KEY)"
    env_vars = ("GEMINI_API_KEY", "GOOGLE_API_KEY")
    extra = "gemini"
    sdk_module = "google.genai"
    sdk_package = "google-genai"

    def __init__(self, model: str, options: dict | None = None, backoff=None) -> None:
        super().__init__(model, options, backoff)
        self.types = require_types()

    def make_client(self) -> Any:
        t = self.types
        http: dict[str, Any] = {"timeout": int((self.options.timeout + 5) * 1000),
                                "retry_options": t.HttpRetryOptions(attempts=1)}
        if self.options.base_url:
            http["base_url"] = self.options.base_url
        return self.sdk.Client(api_key=self._key, http_options=t.HttpOptions(**http))

    def contents(self, prompt: str, images: list[ImagePart]) -> list[Any]:
        out: list[Any] = []
        for part in images:
            if part.label:
                out.append(part.label)
            out.append(self.types.Part.from_bytes(data=part.data, mime_type="image/png"))
        out.append(prompt)
        return out

    async def send(self, client: Any, prompt: str, images: list[ImagePart]) -> Any:
        config: dict[str, Any] = {"max_output_tokens": self.options.max_tokens}
        if self.options.temperature is not None:
            config["temperature"] = self.options.temperature
        return await client.aio.models.generate_content(model=self.model, contents=self.contents(prompt, images),
                                                        config=self.types.GenerateContentConfig(**config))

    def reported_model(self, raw: Any) -> str:
        """Gemini names the model that answered in ``modelVersion``."""
        value = getattr(raw, "model_version", None)
        return value.strip() if isinstance(value, str) else ""

    async def close(self, client: Any) -> None:
        await client.aio.aclose()
        client.close()

    def read(self, raw: Any) -> Reply:
        meta = getattr(raw, "usage_metadata", None)
        usage = {}
        if meta is not None:
            usage = {"input_tokens": tokens(meta.prompt_token_count),
                     "output_tokens": tokens(meta.candidates_token_count)}
        feedback = getattr(raw, "prompt_feedback", None)
        blocked = _name(getattr(feedback, "block_reason", None)) if feedback is not None else ""
        if blocked:
            return Reply("", "refused", f"the prompt was blocked ({blocked})", usage)
        candidates = getattr(raw, "candidates", None)
        if not candidates:
            if feedback is None and meta is None:
                raise Malformed("the answer has neither candidates nor prompt feedback")
            return Reply("", "empty", "the model returned no candidate", usage)
        cand = candidates[0]
        finish = _name(getattr(cand, "finish_reason", None))
        if finish in BLOCKED_FINISH:
            return Reply("", "refused", f"the answer was blocked (finish_reason {finish})", usage)
        parts = getattr(getattr(cand, "content", None), "parts", None) or []
        text = "".join(p.text for p in parts if getattr(p, "text", None) and not getattr(p, "thought", False)).strip()
        if not text:
            return Reply("", "empty", f"the model returned no text (finish_reason {finish or 'none'})", usage)
        return Reply(text, usage=usage)


def require_types() -> Any:
    from .options import require

    return require("google.genai.types", "google-genai", "gemini", "the gemini backend")


register_backend("gemini", GeminiBackend)

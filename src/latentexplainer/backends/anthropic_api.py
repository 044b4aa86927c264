"""`anthropic:MODEL`: the Anthropic messages API, key from ``api_key`` or ANTHROPIC_API_KEY.

No ``temperature``: the API version that the anthropic SDK 2.x sends (2026-10-21) rejects
every sampling parameter, so the option is refused here rather than by a failed call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

from .base import register_backend
from .images import ImagePart
from .options import ApiOptions
from .remote import RemoteBackend, Reply
from .retry import Malformed, tokens


@dataclass(frozen=True)
class AnthropicOptions(ApiOptions):
    """No temperature: see the module docstring."""

    refused: ClassVar[Mapping[str, str]] = {
        "temperature": "the Anthropic API version sent by the anthropic SDK 2.x (2026-10-21) rejects sampling "
                       "parameters"}


class AnthropicBackend(RemoteBackend):
    """Claude models; images as base64 ``image`` blocks before the prompt."""

    name = "anthropic"
    summary = "Claude models through the Anthropic API (key: ANTHROPIC_API_KEY)"
    env_vars = ("ANTHROPIC_API_KEY",)
    extra = "anthropic"
    sdk_module = sdk_package = "anthropic"
    Options = AnthropicOptions

    def make_client(self) -> Any:
        kwargs: dict[str, Any] = {"api_key": self._key, "max_retries": 0, "timeout": self.options.timeout + 5}
        if self.options.base_url:
            kwargs["base_url"] = self.options.base_url
        return self.sdk.AsyncAnthropic(http_client=self.sdk.DefaultAsyncHttpxClient(verify=self.tls()), **kwargs)

    def content(self, prompt: str, images: list[ImagePart]) -> list[dict]:
        out: list[dict] = []
        for part in images:
            if part.label:
                out.append({"type": "text", "text": part.label})
            out.append({"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": part.b64}})
        out.append({"type": "text", "text": prompt})
        return out

    async def send(self, client: Any, prompt: str, images: list[ImagePart]) -> Any:
        kwargs: dict[str, Any] = {"model": self.model, "max_tokens": self.options.max_tokens,
                                  "messages": [{"role": "user", "content": self.content(prompt, images)}]}
        return await client.messages.create(**kwargs)

    def read(self, raw: Any) -> Reply:
        content = getattr(raw, "content", None)
        stop = getattr(raw, "stop_reason", None)
        usage_obj = getattr(raw, "usage", None)
        usage = {}
        if usage_obj is not None:
            usage = {"input_tokens": tokens(usage_obj.input_tokens), "output_tokens": tokens(usage_obj.output_tokens)}
        if stop == "refusal":
            return Reply("", "refused", "the model refused (stop_reason refusal)", usage)
        if content is None:
            raise Malformed("the answer has no content")
        text = "".join(getattr(b, "text", "") or "" for b in content if getattr(b, "type", "") == "text").strip()
        if not text:
            return Reply("", "empty", f"the model returned no text (stop_reason {stop})", usage)
        return Reply(text, usage=usage)


register_backend("anthropic", AnthropicBackend)

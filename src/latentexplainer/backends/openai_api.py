"""`openai:MODEL` and `openai-compatible:MODEL`: the OpenAI chat-completions API.

`openai` takes its key from the ``api_key`` option or OPENAI_API_KEY; `openai-compatible`
talks to any server with the same API (vLLM, llama.cpp, LM Studio, ...) at ``base_url``
(required) and needs no key ("not-needed" is sent when none is given). The model name is
sent exactly as given; each sequence is one call (the images differ, so no native ``n``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .base import register_backend
from .images import ImagePart
from .options import DETAILS, RemoteOptions, choice
from .remote import RemoteBackend, Reply
from .retry import Malformed, tokens

REFUSAL_FINISH = ("content_filter",)


@dataclass(frozen=True)
class OpenAIOptions(RemoteOptions):
    image_detail: str = choice("auto", DETAILS, "how closely the model looks at each image", answer=True)


class OpenAIBackend(RemoteBackend):
    """OpenAI chat completions, images as ``image_url`` data URLs with a ``detail``."""

    name = "openai"
    summary = "OpenAI models through the chat-completions API (key: OPENAI_API_KEY)"
    env_vars = ("OPENAI_API_KEY",)
    extra = "openai"
    sdk_module = sdk_package = "openai"
    Options = OpenAIOptions
    max_tokens_field = "max_completion_tokens"  # OpenAI's current name; reasoning models reject max_tokens

    def make_client(self) -> Any:
        kwargs: dict[str, Any] = {"api_key": self._key or "not-needed", "max_retries": 0,
                                  "timeout": self.options.timeout + 5}
        if self.options.base_url:
            kwargs["base_url"] = self.options.base_url
        return self.sdk.AsyncOpenAI(http_client=self.sdk.DefaultAsyncHttpxClient(verify=self.tls()), **kwargs)

    def content(self, prompt: str, images: list[ImagePart]) -> list[dict]:
        out: list[dict] = []
        for part in images:
            if part.label:
                out.append({"type": "text", "text": part.label})
            out.append({"type": "image_url", "image_url": {"url": f"data:image/png;base64,{part.b64}",
                                                           "detail": self.options.image_detail}})
        out.append({"type": "text", "text": prompt})
        return out

    async def send(self, client: Any, prompt: str, images: list[ImagePart]) -> Any:
        kwargs: dict[str, Any] = {"model": self.model,
                                  "messages": [{"role": "user", "content": self.content(prompt, images)}],
                                  self.max_tokens_field: self.options.max_tokens}
        if self.options.temperature is not None:
            kwargs["temperature"] = self.options.temperature
        # the SDK's documented way to send a body as built (README: undocumented requests): the same
        # request, errors and answer type as chat.completions.create, without re-walking every
        # message part through its TypedDict transform (about 2 ms a call, most of the client's CPU)
        return await client.post("/chat/completions", body=kwargs, cast_to=self.sdk.types.chat.ChatCompletion)

    def read(self, raw: Any) -> Reply:
        choices = getattr(raw, "choices", None)
        if not choices:
            raise Malformed("the answer has no choices")
        usage_obj = getattr(raw, "usage", None)
        usage = {}
        if usage_obj is not None:
            usage = {"input_tokens": tokens(usage_obj.prompt_tokens),
                     "output_tokens": tokens(usage_obj.completion_tokens)}
        choice = choices[0]
        message = choice.message
        if message is None:
            raise Malformed("the first choice has no message")
        refusal = getattr(message, "refusal", None)
        if refusal:
            return Reply("", "refused", f"the model refused: {refusal}", usage)
        if choice.finish_reason in REFUSAL_FINISH:
            return Reply("", "refused", f"the answer was withheld (finish_reason {choice.finish_reason})", usage)
        text = (message.content or "").strip()
        if not text:
            return Reply("", "empty", f"the model returned no text (finish_reason {choice.finish_reason})", usage)
        return Reply(text, usage=usage)


class OpenAICompatibleBackend(OpenAIBackend):
    """Any OpenAI-style server at ``base_url``; a key only if the server wants one."""

    name = "openai-compatible"
    summary = "any server with the OpenAI API at base_url (vLLM, llama.cpp, LM Studio, ...)"
    env_vars = ()
    max_tokens_field = "max_tokens"  # what most compatible servers understand

    def __init__(self, model: str, options: dict | None = None, backoff=None) -> None:
        super().__init__(model, options, backoff)
        if not self.options.base_url:
            raise ConfigError("the openai-compatible backend needs base_url, the server's OpenAI-style address "
                              "(e.g. http://localhost:8000/v1): pass --base-url or the base_url option")


register_backend("openai", OpenAIBackend)
register_backend("openai-compatible", OpenAICompatibleBackend)

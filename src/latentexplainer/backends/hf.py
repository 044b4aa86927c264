"""`hf:PATH`: a transformers vision-language model (LLaVA and friends) from a local folder.

The folder is what ``save_pretrained`` writes for the model and its processor; nothing is
downloaded (``local_files_only``). Each sequence is one generation: its strip (or its
frames) then the prompt, through the processor's chat template when it has one. Sampling
(``temperature`` > 0) is seeded per sample, inside a forked RNG, so answers are repeatable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BackendError, ConfigError
from ..records import Response
from .base import Ask, BaseBackend, DoneFn, ExplainRequest, ModelContext, register_backend
from .cache import CacheIdentity
from .images import question
from .options import PACKINGS, Options, choice, device, number, redact, require


@dataclass(frozen=True)
class HFOptions(Options):
    temperature: float | None = number(None, 0, 2, "sampling temperature (none: greedy)", answer=True)
    max_tokens: int = number(128, 1, 200_000, "new tokens at most", integer=True, answer=True)
    image_size: int = number(2048, 64, 8192, "longest side in pixels given to the processor", integer=True,
                             answer=True)
    packing: str = choice("composite", PACKINGS, "one image per sequence (composite) or one per frame (frames)",
                          answer=True)
    device: str | None = device("cpu, cuda, cuda:N or mps (default: cuda when available)")
    seed: int = number(0, 0, 2**31 - 1, "seed of the sampling (per sample: seed * 100003 + sample)", integer=True)


class HFBackend(BaseBackend):
    """A local vision-language model; options: :class:`HFOptions`."""

    name = "hf"
    runs_in_workers = True  # computes its answers itself: with --executor ray, inside the workers
    summary = "a transformers vision-language model from a local folder: hf:PATH"
    Options = HFOptions

    def __init__(self, model: str, options: dict | HFOptions | None = None) -> None:
        self.options = HFOptions.parse(options, self.name)
        self.device = self.options.device
        self.seed = self.options.seed
        self.packing = self.options.packing
        if not model:
            raise ConfigError("the hf backend needs a model folder: --backend hf:PATH (a save_pretrained folder)")
        self.path = Path(model).expanduser().resolve()
        if not (self.path / "config.json").is_file():
            raise ConfigError(f"{self.path} is not a transformers model folder (no config.json); give the folder "
                              "that save_pretrained wrote for a vision-language model and its processor")
        self.transformers = require("transformers", "transformers", "hf", "the hf backend")
        self.torch = require("torch", "torch", "hf", "the hf backend")
        self.model: Any = None
        self.processor: Any = None

    def __repr__(self) -> str:
        return f"HFBackend(path={str(self.path)!r}, packing={self.packing!r})"

    def prepare(self, context: ModelContext) -> None:
        self._load()

    def _load(self) -> None:
        if self.model is not None:
            return
        tf, torch = self.transformers, self.torch
        try:
            self.processor = tf.AutoProcessor.from_pretrained(str(self.path), local_files_only=True)
            try:
                model = tf.AutoModelForImageTextToText.from_pretrained(str(self.path), local_files_only=True)
            except ValueError:  # a config the auto class does not map: try LLaVA itself
                model = tf.LlavaForConditionalGeneration.from_pretrained(str(self.path), local_files_only=True)
        except (OSError, ValueError, KeyError) as e:
            raise BackendError(f"cannot load a vision-language model from {self.path}: {redact(str(e), None)[:300]}; "
                               "the folder needs the model and its processor (save_pretrained of both)") from None
        device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model = model.to(device).eval()
        self.device = device

    def _text(self, prompt: str, labels: list[str]) -> str:
        content: list[dict] = []
        for label in labels:
            if label:
                content.append({"type": "text", "text": label})
            content.append({"type": "image"})
        content.append({"type": "text", "text": prompt})
        if getattr(self.processor, "chat_template", None):
            return self.processor.apply_chat_template([{"role": "user", "content": content}], add_generation_prompt=True)
        token = getattr(self.processor, "image_token", None) or "<image>"
        return "\n".join([*(f"{lab} {token}".strip() for lab in labels), prompt])

    def _generate(self, prompt: str, images: list, labels: list[str], sample: int) -> tuple[str, dict]:
        torch = self.torch
        inputs = self.processor(images=images or None, text=self._text(prompt, labels), return_tensors="pt")
        inputs = {k: v.to(self.device) for k, v in inputs.items()}
        if "pixel_values" in inputs and inputs["pixel_values"].is_floating_point():
            inputs["pixel_values"] = inputs["pixel_values"].to(self.model.dtype)
        t = self.options.temperature
        kwargs: dict[str, Any] = {"max_new_tokens": self.options.max_tokens, "do_sample": bool(t)}
        if t:
            kwargs["temperature"] = t
        n_in = int(inputs["input_ids"].shape[1])
        with torch.random.fork_rng(devices=[] if self.device == "cpu" else None), torch.inference_mode():
            torch.manual_seed(self.seed * 100_003 + sample)
            out = self.model.generate(**inputs, **kwargs)
        new = out[0, n_in:]
        text = self.processor.decode(new, skip_special_tokens=True)
        return str(text).strip(), {"input_tokens": n_in, "output_tokens": int(new.shape[0])}

    def cache_identity(self) -> CacheIdentity:
        return CacheIdentity(self.name, str(self.path), self.options.answer_fields())

    def question(self, request: ExplainRequest, j: int) -> Ask:
        return question(request, j, self.packing, self.options.image_size)

    def ask_many(self, asks: list[Ask]) -> list[Response]:
        """Free-form questions (the prompt writer's, a judge's), each with its own images."""
        return [self._answer(a.prompt, list(a.images), a.sample, "a free-form question") for a in asks]

    def ask_groups(self, groups: list[list[Ask]], on_done: DoneFn) -> None:
        """Groups of questions, one after another; ``on_done(k, responses)`` after each."""
        for k, group in enumerate(groups):
            on_done(k, [self._answer(a.prompt, list(a.images), a.sample, f"question {k + 1} of {len(groups)}")
                        for a in group])

    def _answer(self, prompt: str, parts: list, sample: int, what: str) -> Response:
        """One generated answer to ``prompt`` after the PNG ``parts``."""
        import io

        from PIL import Image

        self._load()
        images = [Image.open(io.BytesIO(p.data)).convert("RGB") for p in parts]
        try:
            text, usage = self._generate(prompt, images, [p.label for p in parts], sample)
        except (RuntimeError, ValueError, TypeError, IndexError) as e:
            raise BackendError(f"the hf model {self.path.name} failed to generate for {what}: "
                               f"{type(e).__name__}: {redact(str(e), None)[:300]}") from None
        return (Response(text, sample, usage=usage) if text else
                Response("", sample, status="empty", reason="the model generated no text", usage=usage))

    def describe(self, request: ExplainRequest) -> list[Response]:
        return [self._answer(q.prompt, list(q.images), q.sample, request.latent.label)
                for q in (self.question(request, j) for j in range(len(request.sequences)))]


register_backend("hf", HFBackend)

"""`hf:PATH`: a transformers vision-language model from a local folder.

The folder is what ``save_pretrained`` writes for the model and its processor; nothing is
downloaded (``local_files_only``). The small VLM families are supported (:data:`FAMILIES`,
by the config's ``model_type``): SmolVLM / Idefics3, Qwen2-VL, Qwen2.5-VL, LLaVA,
LLaVA-OneVision and PaliGemma. Each sequence is one generation: its strip (or its frames)
then the prompt, through the processor's chat template with structured content (image and
text parts) when the family is a chat model, or PaliGemma's prefix format (images, BOS,
prompt, newline). The processor expands the image tokens and makes the family's inputs
(pixel_values, image_grid_thw, pixel_attention_mask, image_sizes, ...); only the new tokens
are decoded. Sampling (``temperature`` > 0) is seeded per sample, inside a forked RNG, so
answers are repeatable. It answers free-form questions too (``ask_many``), so it can write
prompts and judge.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..errors import BackendError, ConfigError
from ..hub import resolve
from ..records import Response
from .base import Ask, BaseBackend, DoneFn, ExplainRequest, ModelContext, register_backend
from .cache import CacheIdentity
from .images import question
from .options import PACKINGS, Options, choice, device, number, redact, require

DTYPES = ("auto", "float32", "bfloat16", "float16")


@dataclass(frozen=True)
class HFOptions(Options):
    temperature: float | None = number(None, 0, 2, "sampling temperature (none: greedy)", answer=True)
    max_tokens: int = number(128, 1, 200_000, "new tokens at most", integer=True, answer=True)
    image_size: int = number(2048, 64, 8192, "longest side in pixels given to the processor (SmolVLM: its tiles "
                             "too)", integer=True, answer=True)
    packing: str = choice("composite", PACKINGS, "one image per sequence (composite) or one per frame (frames)",
                          answer=True)
    dtype: str = choice("auto", DTYPES, "weights' dtype (auto: float32 on cpu, the checkpoint's own elsewhere)",
                        answer=True)
    device: str | None = device("cpu, cuda, cuda:N or mps (default: cuda when available)")
    seed: int = number(0, 0, 2**31 - 1, "seed of the sampling (per sample: seed * 100003 + sample)", integer=True)
    download: str = choice("no", ("no", "yes"), "hf:ORG/NAME missing from the local Hugging Face cache: download "
                           "it (yes), or fail naming the command that fetches it (no; HF_HUB_OFFLINE=0 allows it too)")


# --------------------------------------------------------------------------- families
def _nothing(image_size: int, image_processor: Any) -> dict:
    return {}


def _tile_cap(image_size: int, image_processor: Any) -> dict:
    """Idefics3 / SmolVLM upscale every image to ``size['longest_edge']`` and split it into tiles of
    ``max_image_size``: cap that target at image_size (whole tiles), so the option bounds the tokens."""
    def side(size: Any) -> int | None:  # a dict, or transformers' SizeDict
        return size.get("longest_edge") if isinstance(size, dict) else getattr(size, "longest_edge", None)

    tile, longest = side(getattr(image_processor, "max_image_size", None)), side(getattr(image_processor, "size", None))
    if not tile or not longest:
        return {}
    return {"size": {"longest_edge": min(longest, math.ceil(image_size / tile) * tile)}}


@dataclass(frozen=True)
class Family:
    """How the backend talks to one architecture: the model and processor classes, the prompt
    format ("chat": the processor's chat template with image and text parts; "prefix":
    PaliGemma's images + BOS + prompt + newline, the processor adding the image tokens) and
    extra processor arguments that make ``image_size`` bound what the processor makes of an image."""

    name: str
    model_class: str
    processor_class: str
    prompt: str = "chat"
    processor_kwargs: Callable[[int, Any], dict] = _nothing


FAMILIES: dict[str, Family] = {  # config.json's model_type -> family
    "idefics3": Family("SmolVLM/Idefics3", "Idefics3ForConditionalGeneration", "Idefics3Processor",
                       processor_kwargs=_tile_cap),
    "qwen2_vl": Family("Qwen2-VL", "Qwen2VLForConditionalGeneration", "Qwen2VLProcessor"),
    "qwen2_5_vl": Family("Qwen2.5-VL", "Qwen2_5_VLForConditionalGeneration", "Qwen2_5_VLProcessor"),
    "llava": Family("LLaVA", "LlavaForConditionalGeneration", "LlavaProcessor"),
    "llava_onevision": Family("LLaVA-OneVision", "LlavaOnevisionForConditionalGeneration", "LlavaOnevisionProcessor"),
    "paligemma": Family("PaliGemma", "PaliGemmaForConditionalGeneration", "PaliGemmaProcessor", prompt="prefix"),
}
SUPPORTED = ", ".join(f.name for f in FAMILIES.values())


def model_folder(model: str, download: bool = False) -> Path:
    """The local folder ``hf:MODEL`` names: a ``save_pretrained`` folder with a config.json, or a
    Hub id ``ORG/NAME[@REVISION]`` read from the local Hugging Face cache (downloaded only when
    allowed: ``download`` or ``HF_HUB_OFFLINE=0``)."""
    if not model:
        raise ConfigError("the hf backend needs a model: --backend hf:PATH (a save_pretrained folder) or "
                          "hf:ORG/NAME (a Hub id in the local Hugging Face cache)")
    path = resolve(model, what="hf model", allow_download=download, required=("config.json",), extra="hf",
                   download_hint="--backend-option download=yes", error=ConfigError).folder.resolve()
    if not (path / "config.json").is_file():
        raise ConfigError(f"{path} is not a transformers model folder (no config.json); give the folder "
                          "that save_pretrained wrote for a vision-language model and its processor")
    return path


def model_family(path: Path) -> Family:
    """The family of the folder's model, from config.json's model_type, or one ConfigError line."""
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ConfigError(f"cannot read {path / 'config.json'} ({redact(str(e), None)[:200]}); "
                          "save the model again with save_pretrained") from None
    kind = config.get("model_type") if isinstance(config, dict) else None
    if kind not in FAMILIES:
        raise ConfigError(f"the hf backend does not support the architecture {kind!r} of {path.name}; supported "
                          f"families: {SUPPORTED}; give a folder of one of these")
    return FAMILIES[kind]


def without_video(processor_class: type) -> type:
    """The family's processor class without its video processor: in transformers 5 a processor
    that also takes videos cannot be made or loaded without torchvision, which images never need.
    Same name (what save_pretrained records), so a folder it wrote loads with the real class."""
    if "video_processor" not in processor_class.get_attributes():
        return processor_class

    def get_attributes(cls) -> list[str]:
        return [a for a in processor_class.get_attributes() if a != "video_processor"]

    return type(processor_class.__name__, (processor_class,), {"get_attributes": classmethod(get_attributes),
                                                               "__module__": processor_class.__module__})


# --------------------------------------------------------------------------- backend
class HFBackend(BaseBackend):
    """A local vision-language model; options: :class:`HFOptions`."""

    name = "hf"
    runs_in_workers = True  # computes its answers itself: with --executor ray, inside the workers
    summary = "a transformers vision-language model: hf:PATH (a local folder) or hf:ORG/NAME (the Hub cache)"
    Options = HFOptions

    def __init__(self, model: str, options: dict | HFOptions | None = None) -> None:
        self.options = HFOptions.parse(options, self.name)
        self.device = self.options.device
        self.seed = self.options.seed
        self.packing = self.options.packing
        self.path = model_folder(model, self.options.download == "yes")  # the one place a spec becomes a folder
        self.model = str(self.path)  # what judges and logs name (backend:model)
        self.transformers = require("transformers", "transformers", "hf", "the hf backend")
        self.torch = require("torch", "torch", "hf", "the hf backend")
        self.family = model_family(self.path)
        self.net: Any = None
        self.processor: Any = None

    def __repr__(self) -> str:
        return f"HFBackend(path={str(self.path)!r}, family={self.family.name!r}, packing={self.packing!r})"

    def prepare(self, context: ModelContext) -> None:
        self._load()

    # ----------------------------------------------------------------------- loading
    def _load_processor(self) -> Any:
        tf, path = self.transformers, str(self.path)
        try:
            return tf.AutoProcessor.from_pretrained(path, local_files_only=True)
        except (OSError, AttributeError, ImportError, TypeError, ValueError):
            cls = getattr(tf, self.family.processor_class)
            if without_video(cls) is cls:
                raise
            # its video processor needs torchvision (absent): the family's processor for images alone
            return without_video(cls).from_pretrained(path, local_files_only=True)

    def _load(self) -> None:
        if self.net is not None:
            return
        tf, torch = self.transformers, self.torch
        device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
        dtype: Any = self.options.dtype
        if dtype == "auto":
            dtype = "float32" if device == "cpu" else "auto"
        dtype = dtype if dtype == "auto" else getattr(torch, dtype)
        try:
            self.processor = self._load_processor()
            model = getattr(tf, self.family.model_class).from_pretrained(str(self.path), local_files_only=True,
                                                                        dtype=dtype)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, ImportError) as e:
            raise BackendError(f"cannot load a {self.family.name} model from {self.path}: "
                               f"{type(e).__name__}: {redact(str(e), None)[:300]}; the folder needs the model and "
                               "its processor (save_pretrained of both)") from None
        self.net = model.to(device).eval()
        self.device = device

    # ----------------------------------------------------------------------- prompting
    def _text(self, prompt: str, labels: list[str]) -> str:
        """The prompt as the family reads it, before the processor expands the image tokens."""
        proc = self.processor
        if self.family.prompt == "prefix":  # PaliGemma: no chat template; the processor puts <image>s + BOS first
            said = [lab.rstrip(": ") for lab in labels if lab]
            text = f"The {len(labels)} images are, in order: {'; '.join(said)}.\n{prompt}" if said else prompt
            if labels:  # the processor puts the BOS after the last image token and the newline at the end
                return (getattr(proc, "image_token", None) or "<image>") * len(labels) + text
            return f"{proc.tokenizer.bos_token or ''}{text}\n"
        content: list[dict] = []
        for label in labels:
            if label:
                content.append({"type": "text", "text": label})
            content.append({"type": "image"})
        content.append({"type": "text", "text": prompt})
        if getattr(proc, "chat_template", None):
            return proc.apply_chat_template([{"role": "user", "content": content}], add_generation_prompt=True)
        token = getattr(proc, "image_token", None) or "<image>"
        return "\n".join([*(f"{lab} {token}".strip() for lab in labels), prompt])

    def _inputs(self, prompt: str, images: list, labels: list[str]) -> dict:
        proc, text = self.processor, self._text(prompt, labels)
        if images:
            extra = self.family.processor_kwargs(self.options.image_size, getattr(proc, "image_processor", None))
            inputs = proc(images=[images], text=[text], return_tensors="pt", **extra)  # a batch of one
        else:  # a text-only question (the prompt writer's): the tokenizer alone, as the processor would
            inputs = proc.tokenizer(text, return_tensors="pt")
        dtype = self.net.dtype
        return {k: (v.to(self.device, dtype) if v.is_floating_point() else v.to(self.device))
                for k, v in inputs.items() if k != "labels" and hasattr(v, "to")}

    def _generate(self, prompt: str, images: list, labels: list[str], sample: int) -> tuple[str, dict]:
        torch = self.torch
        inputs = self._inputs(prompt, images, labels)
        t = self.options.temperature
        tokenizer = self.processor.tokenizer
        kwargs: dict[str, Any] = {"max_new_tokens": self.options.max_tokens, "do_sample": bool(t),
                                  "pad_token_id": tokenizer.pad_token_id if tokenizer.pad_token_id is not None
                                  else tokenizer.eos_token_id}
        if t:
            kwargs["temperature"] = t
        n_in = int(inputs["input_ids"].shape[1])
        with torch.random.fork_rng(devices=[] if self.device == "cpu" else None), torch.inference_mode():
            torch.manual_seed(self.seed * 100_003 + sample)
            out = self.net.generate(**inputs, **kwargs)
        new = out[0, n_in:]
        text = tokenizer.decode(new, skip_special_tokens=True)
        return str(text).strip(), {"input_tokens": n_in, "output_tokens": int(new.shape[0])}

    # ----------------------------------------------------------------------- answering
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

    def _image(self, data: bytes) -> Any:
        """One PNG part as RGB, its longest side at most ``image_size`` (before the processor)."""
        from PIL import Image

        img = Image.open(io.BytesIO(data)).convert("RGB")
        limit = self.options.image_size
        if max(img.size) > limit:
            scale = limit / max(img.size)
            img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                             Image.Resampling.LANCZOS)
        return img

    def _answer(self, prompt: str, parts: list, sample: int, what: str) -> Response:
        """One generated answer to ``prompt`` after the PNG ``parts``."""
        self._load()
        images = [self._image(p.data) for p in parts]
        try:
            text, usage = self._generate(prompt, images, [p.label for p in parts], sample)
        except (RuntimeError, ValueError, TypeError, IndexError) as e:
            raise BackendError(f"the {self.family.name} model {self.path.name} failed to generate for {what}: "
                               f"{type(e).__name__}: {redact(str(e), None)[:300]}") from None
        return (Response(text, sample, usage=usage) if text else
                Response("", sample, status="empty", reason="the model generated no text", usage=usage))

    def describe(self, request: ExplainRequest) -> list[Response]:
        return [self._answer(q.prompt, list(q.images), q.sample, request.latent.label)
                for q in (self.question(request, j) for j in range(len(request.sequences)))]


register_backend("hf", HFBackend)

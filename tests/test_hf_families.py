"""`hf:PATH` on every small VLM family it supports (Idefics3 = SmolVLM, Qwen2-VL, Qwen2.5-VL,
LLaVA, LLaVA-OneVision, PaliGemma): each a tiny randomly initialised model built here from its
config, with a word-level tokenizer made in-process, the family's own processor and image
processor from explicit arguments and a minimal chat template of the real family's shape,
saved with save_pretrained and loaded back through the backend (no download, no network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from latentexplainer.backends.hf import without_video

pytestmark = pytest.mark.slow  # importing transformers alone takes seconds

# words of the prompts (so decoding the prompt again would show) and filler words
WORDS = ["the", "a", "of", "and", "to", "in", "is", "image", "images", "Row", "row", "frame", "latent", "variable",
         "changes", "left", "right", *(f"w{i}" for i in range(24))]

# minimal chat templates of the real families' shapes (structured content: image and text parts)
IDEFICS3_TEMPLATE = (  # SmolVLM: "<|im_start|>User:<image>text<end_of_utterance>\nAssistant:"
    "<|im_start|>{% for m in messages %}{{ m['role'] | capitalize }}:{% for c in m['content'] %}"
    "{% if c['type'] == 'image' %}<image>{% else %} {{ c['text'] }}{% endif %}{% endfor %}<end_of_utterance>\n"
    "{% endfor %}{% if add_generation_prompt %}Assistant:{% endif %}")
QWEN_TEMPLATE = (  # Qwen2-VL / Qwen2.5-VL: ChatML with <|vision_start|><|image_pad|><|vision_end|>
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{% for c in m['content'] %}{% if c['type'] == 'image' %}"
    "<|vision_start|><|image_pad|><|vision_end|>{% else %}{{ c['text'] }}{% endif %}{% endfor %}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
ONEVISION_TEMPLATE = (  # LLaVA-OneVision (Qwen2 text): ChatML with <image>
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{% for c in m['content'] %}{% if c['type'] == 'image' %}"
    "<image>\n{% else %}{{ c['text'] }}{% endif %}{% endfor %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def _tokenizer(special: list[str], bos: str = "<s>", eos: str = "</s>", **extra):
    """A word-level tokenizer: <unk>, <pad>, bos, eos, the family's special tokens, then plain words."""
    import tokenizers
    import transformers

    vocab = ["<unk>", "<pad>", bos, eos, *special, *WORDS]
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel({w: i for i, w in enumerate(vocab)}, unk_token="<unk>"))
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tok.add_special_tokens([tokenizers.AddedToken(s, special=True, normalized=False)
                            for s in ["<unk>", "<pad>", bos, eos, *special]])
    tokenizer = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>",
                                                     bos_token=bos, eos_token=eos, **extra)
    return tokenizer, {w: i for i, w in enumerate(vocab)}


def _text_ids(ids: dict, bos: str = "<s>", eos: str = "</s>") -> dict:
    return {"vocab_size": len(ids), "pad_token_id": ids["<pad>"], "bos_token_id": ids[bos], "eos_token_id": ids[eos]}


def build_idefics3(tf):
    special = ["<fake_token_around_image>", "<image>", "<end_of_utterance>", "<global-img>", "<|im_start|>",
               *(f"<row_{i}_col_{j}>" for i in range(1, 7) for j in range(1, 7))]
    tokenizer, ids = _tokenizer(special)
    vision = tf.Idefics3VisionConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                                     image_size=32, patch_size=8)
    text = tf.LlamaConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                          num_key_value_heads=2, max_position_embeddings=2048, **_text_ids(ids))
    config = tf.Idefics3Config(vision_config=vision, text_config=text, scale_factor=2, image_token_id=ids["<image>"],
                               pad_token_id=ids["<pad>"])
    image_processor = tf.Idefics3ImageProcessor(size={"longest_edge": 96}, max_image_size={"longest_edge": 32},
                                                do_image_splitting=True)
    processor = tf.Idefics3Processor(image_processor=image_processor, tokenizer=tokenizer, image_seq_len=4,
                                     chat_template=IDEFICS3_TEMPLATE)
    return tf.Idefics3ForConditionalGeneration(config), processor


def _qwen(tf, v25: bool):
    special = ["<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>", "<|image_pad|>", "<|video_pad|>"]
    tokenizer, ids = _tokenizer(special, bos="<|endoftext|>", eos="<|im_end|>")
    rope = {"rope_type": "default", "mrope_section": [2, 3, 3], "rope_theta": 10000.0}  # head_dim 16 -> 8 = 2+3+3
    text_kw = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                   num_key_value_heads=1, max_position_embeddings=2048, rope_parameters=rope,
                   **_text_ids(ids, "<|endoftext|>", "<|im_end|>"))
    tokens = dict(image_token_id=ids["<|image_pad|>"], video_token_id=ids["<|video_pad|>"],
                  vision_start_token_id=ids["<|vision_start|>"], vision_end_token_id=ids["<|vision_end|>"])
    if v25:
        vision = tf.Qwen2_5_VLVisionConfig(depth=1, hidden_size=16, intermediate_size=32, num_heads=2,
                                           out_hidden_size=32, patch_size=8, spatial_merge_size=2,
                                           temporal_patch_size=2, window_size=32, fullatt_block_indexes=[0])
        config = tf.Qwen2_5_VLConfig(text_config=tf.Qwen2_5_VLTextConfig(**text_kw), vision_config=vision, **tokens)
        model_cls, processor_cls = tf.Qwen2_5_VLForConditionalGeneration, tf.Qwen2_5_VLProcessor
    else:
        vision = tf.Qwen2VLVisionConfig(depth=1, embed_dim=16, hidden_size=32, num_heads=2, patch_size=8,
                                        spatial_merge_size=2, temporal_patch_size=2)
        config = tf.Qwen2VLConfig(text_config=tf.Qwen2VLTextConfig(**text_kw), vision_config=vision, **tokens)
        model_cls, processor_cls = tf.Qwen2VLForConditionalGeneration, tf.Qwen2VLProcessor
    image_processor = tf.Qwen2VLImageProcessor(patch_size=8, merge_size=2, temporal_patch_size=2,
                                               min_pixels=16 * 16, max_pixels=64 * 64)
    processor = without_video(processor_cls)(image_processor=image_processor, tokenizer=tokenizer,
                                              chat_template=QWEN_TEMPLATE)
    return model_cls(config), processor


def build_qwen2_vl(tf):
    return _qwen(tf, v25=False)


def build_qwen2_5_vl(tf):
    return _qwen(tf, v25=True)


def build_llava_onevision(tf):
    special = ["<|im_start|>", "<|im_end|>", "<image>", "<video>"]
    tokenizer, ids = _tokenizer(special, bos="<|endoftext|>", eos="<|im_end|>",
                                extra_special_tokens={"image_token": "<image>", "video_token": "<video>"})
    pinpoints = [[32, 32], [32, 64], [64, 32], [64, 64]]
    vision = tf.SiglipVisionConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                                   image_size=32, patch_size=8)
    text = tf.Qwen2Config(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                          num_key_value_heads=1, max_position_embeddings=4096,
                          **_text_ids(ids, "<|endoftext|>", "<|im_end|>"))
    config = tf.LlavaOnevisionConfig(vision_config=vision, text_config=text, image_token_id=ids["<image>"],
                                     video_token_id=ids["<video>"], image_grid_pinpoints=pinpoints,
                                     vision_feature_select_strategy="full", vision_feature_layer=-1,
                                     vision_aspect_ratio="anyres_max_9")
    image_processor = tf.LlavaOnevisionImageProcessor(size={"height": 32, "width": 32}, image_grid_pinpoints=pinpoints)
    processor = without_video(tf.LlavaOnevisionProcessor)(
        image_processor=image_processor, tokenizer=tokenizer, num_image_tokens=16, vision_feature_select_strategy="full",
        chat_template=ONEVISION_TEMPLATE, vision_aspect_ratio="anyres_max_9")
    return tf.LlavaOnevisionForConditionalGeneration(config), processor


def build_paligemma(tf):
    tokenizer, ids = _tokenizer(["<image>"], bos="<bos>", eos="<eos>",
                                extra_special_tokens={"image_token": "<image>"})
    vision = tf.SiglipVisionConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                                   image_size=32, patch_size=8, projection_dim=32)
    text = tf.GemmaConfig(tie_word_embeddings=False, hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2,
                          num_key_value_heads=1, head_dim=16, max_position_embeddings=2048,
                          **_text_ids(ids, "<bos>", "<eos>"))
    config = tf.PaliGemmaConfig(vision_config=vision, text_config=text, image_token_id=ids["<image>"],
                                projection_dim=32, tie_word_embeddings=False)
    image_processor = tf.SiglipImageProcessor(size={"height": 32, "width": 32})
    image_processor.image_seq_length = 16  # (32 / 8) ** 2: what PaliGemma's processor expands <image> to
    processor = tf.PaliGemmaProcessor(image_processor=image_processor, tokenizer=tokenizer)  # no chat template
    return tf.PaliGemmaForConditionalGeneration(config), processor


BUILDERS = {"idefics3": build_idefics3, "qwen2_vl": build_qwen2_vl, "qwen2_5_vl": build_qwen2_5_vl,
            "llava_onevision": build_llava_onevision, "paligemma": build_paligemma}


def build(family: str, out: Path) -> Path:
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("tokenizers")
    import torch

    torch.manual_seed(0)
    model, processor = BUILDERS[family](transformers)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return out


FAMILIES = ["idefics3", "qwen2_vl", "qwen2_5_vl", "llava", "llava_onevision", "paligemma"]
NAMES = {"idefics3": "SmolVLM/Idefics3", "qwen2_vl": "Qwen2-VL", "qwen2_5_vl": "Qwen2.5-VL", "llava": "LLaVA",
         "llava_onevision": "LLaVA-OneVision", "paligemma": "PaliGemma"}


@pytest.fixture(scope="session")
def family_dirs(tmp_path_factory) -> dict:
    return {}


def family_dir(family: str, request, family_dirs: dict, tmp_path_factory) -> Path:
    """The tiny model folder of ``family``, built once per session (LLaVA: conftest's tiny_llava)."""
    if family not in family_dirs:
        family_dirs[family] = (request.getfixturevalue("tiny_llava") if family == "llava" else
                               build(family, tmp_path_factory.mktemp(family)))
    return family_dirs[family]


@pytest.fixture(params=FAMILIES)
def tiny(request, family_dirs, tmp_path_factory) -> tuple[str, Path]:
    return request.param, family_dir(request.param, request, family_dirs, tmp_path_factory)


def _backend(path: Path, **opts):
    from latentexplainer.backends import get_backend

    return get_backend(f"hf:{path}", {"max_tokens": 4, "device": "cpu", **opts})


def _request(tmp: Path, n: int = 2):
    from test_backend_hf import make_request

    return make_request(tmp, n)


def test_each_family_answers_every_sequence_repeatably(tiny, tmp_path):
    family, path = tiny
    backend = _backend(path)
    assert backend.family.name == NAMES[family]
    req = _request(tmp_path)
    out = backend.describe(req)
    assert [r.sample for r in out] == [0, 1] and all(r.status in ("ok", "empty") for r in out)
    assert all(1 <= r.usage["output_tokens"] <= 4 and r.usage["input_tokens"] > 100 for r in out)
    assert all(len(r.text.split()) <= 4 for r in out)  # only the new tokens are decoded, never the prompt
    assert any(r.status == "ok" for r in out)
    again = _backend(path).describe(req)  # a fresh load: greedy answers are repeatable
    assert [(r.text, r.usage) for r in again] == [(r.text, r.usage) for r in out]


def test_each_family_takes_one_image_per_frame(tiny, tmp_path):
    family, path = tiny
    req = _request(tmp_path, n=1)
    composite = _backend(path).describe(req)[0]
    frames = _backend(path, packing="frames").describe(req)[0]  # 6 images, each with its label
    assert frames.status in ("ok", "empty") and 1 <= frames.usage["output_tokens"] <= 4
    assert frames.usage["input_tokens"] > composite.usage["input_tokens"]


def _png_part(width: int, height: int):
    import io

    from PIL import Image

    from latentexplainer.backends.images import ImagePart

    buf = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(buf, format="PNG")
    return ImagePart("", buf.getvalue())


@pytest.mark.parametrize("family", ["idefics3", "qwen2_vl", "qwen2_5_vl"])
def test_image_size_bounds_what_the_processor_makes_of_an_image(family, request, family_dirs, tmp_path_factory):
    # resized before the processor (Qwen: native resolution); Idefics3 / SmolVLM: the tiles capped too
    from latentexplainer.backends.base import Ask

    path = family_dir(family, request, family_dirs, tmp_path_factory)
    ask = Ask("What changes?", (_png_part(256, 64),))
    small, large = (_backend(path, image_size=size).ask_many([ask])[0] for size in (64, 2048))
    assert small.usage["input_tokens"] < large.usage["input_tokens"]


def test_a_family_model_writes_prompts_and_judges(request, family_dirs, tmp_path_factory, tmp_path):
    # the Asker capability (the architecture issue): --prompt-writer hf:PATH, and hf as a judge
    from latentexplainer.backends.base import Ask
    from latentexplainer.biases import get_bias
    from latentexplainer.judges.remote import RemoteJudge
    from latentexplainer.prompts import build_prompt
    from latentexplainer.prompts.writer import write_prompts

    path = family_dir("qwen2_vl", request, family_dirs, tmp_path_factory)
    template = build_prompt(get_bias("disentanglement"))
    written = write_prompts({0: template, 1: template}, get_bias("disentanglement"), f"hf:{path}",
                            {"max_tokens": 6, "device": "cpu"})
    assert written[0].text == written[1].text and written[0].text != template.text
    backend = _backend(path)
    judge = RemoteJudge(backend)
    assert judge.name == f"hf:{path}"
    from latentexplainer.judges import get_judge  # --judge hf:PATH (the benchmark's judge) builds the same

    assert get_judge(f"hf:{path}", {"max_tokens": 4, "device": "cpu"}).name == f"hf:{path}"
    seqs = _request(tmp_path, n=2).sequences
    picks = judge.pick_many([("It grows.", [(seqs[0],), (seqs[1],)])])
    assert picks[0] in (None, 0, 1) and len(judge.answers) == 1
    assert judge.direction_many([("It grows.", (seqs[0],))])[0] in (None, "forward", "reversed")
    # a text-only question after an image question: the same answer as on a fresh model (Qwen's M-RoPE
    # keeps the position offset of the last image question in the model; it must not leak into the next)
    text_only = Ask("Write a prompt.", ())
    backend.ask_many([Ask("What?", (_png_part(256, 64),))])
    assert backend.ask_many([text_only])[0].text == _backend(path, max_tokens=4).ask_many([text_only])[0].text


def test_paligemma_text_only_and_dtype(request, family_dirs, tmp_path_factory, tmp_path):
    import torch

    from latentexplainer.backends.base import Ask

    path = family_dir("paligemma", request, family_dirs, tmp_path_factory)
    backend = _backend(path, dtype="bfloat16")
    out = backend.ask_many([Ask("Write a prompt.", ())])[0]  # no image: BOS + prompt + newline
    assert backend.net.dtype == torch.bfloat16 and out.status in ("ok", "empty") and out.usage["output_tokens"] >= 1
    assert backend.describe(_request(tmp_path, n=1))[0].usage["input_tokens"] > out.usage["input_tokens"]

"""`hf:PATH` mechanics on a tiny randomly initialised LLaVA built here (no download, no network):
a CLIP vision tower and a Llama text model of a few thousand weights, a word-level tokenizer
made in-process, saved with save_pretrained and loaded back through the backend."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from latentexplainer.backends import get_backend
from latentexplainer.backends.base import ExplainRequest
from latentexplainer.biases import get_bias
from latentexplainer.errors import ConfigError, MissingDependencyError
from latentexplainer.prompts import build_prompt
from latentexplainer.records import LatentRef, Row, Sequence

pytestmark = pytest.mark.slow  # importing transformers alone takes seconds

def make_request(tmp: Path, n: int = 3) -> ExplainRequest:
    seqs, paths = [], []
    for s in range(n):
        frames = np.random.default_rng(s).random((3, 3, 8, 8)).astype(np.float32)
        seqs.append(Sequence(LatentRef(1), s, (Row((-1.0, 0.0, 1.0), "base code", frames),
                                               Row((-1.0, 0.0, 1.0), "z0 set to 2", frames)), 0))
        path = tmp / f"z1_s{s}.png"
        Image.fromarray((frames[0].transpose(1, 2, 0) * 255).astype(np.uint8)).resize((48, 16)).save(path)
        paths.append(path)
    return ExplainRequest(LatentRef(1), tuple(seqs), build_prompt(get_bias("disentanglement")), tuple(paths))


def test_hf_backend_answers_every_sequence(tiny_llava, tmp_path):
    backend = get_backend(f"hf:{tiny_llava}", {"max_tokens": 4, "device": "cpu"})
    req = make_request(tmp_path)
    out = backend.describe(req)
    assert len(out) == 3 and [r.sample for r in out] == [0, 1, 2]
    assert all(isinstance(r.text, str) for r in out)
    assert all(r.status in ("ok", "empty") for r in out)
    assert all(r.usage["output_tokens"] <= 4 and r.usage["input_tokens"] > 16 for r in out)
    got = {}
    backend.describe_many([req, make_request(tmp_path, n=2)], lambda k, rs: got.__setitem__(k, rs))
    assert [len(got[0]), len(got[1])] == [3, 2]
    assert [r.text for r in got[0]] == [r.text for r in out]  # greedy: repeatable


def test_hf_frames_sampling_and_cache(tiny_llava, tmp_path):
    from latentexplainer.backends.cache import CachePolicy, with_cache

    opts = {"max_tokens": 3, "packing": "frames", "temperature": 1.0, "seed": "3"}  # as the CLI gives them
    cache = CachePolicy(tmp_path / "cache")
    backend = with_cache(get_backend(f"hf:{tiny_llava}", opts), cache)
    assert backend.packing == "frames" and backend.seed == 3
    req = make_request(tmp_path, n=2)
    first = backend.describe(req)
    again = with_cache(get_backend(f"hf:{tiny_llava}", opts), CachePolicy(cache.root, read=False)).describe(req)
    assert [r.text for r in first] == [r.text for r in again] and not any(r.cached for r in again)  # seeded
    cached = with_cache(get_backend(f"hf:{tiny_llava}", opts), cache).describe(req)
    assert all(r.cached for r in cached) and [r.text for r in cached] == [r.text for r in first]


def test_hf_errors_teach(tmp_path, monkeypatch):
    import sys

    with pytest.raises(ConfigError, match="config.json"):
        get_backend(f"hf:{tmp_path}", {})
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ConfigError, match="unknown option.*device"):
        get_backend(f"hf:{tmp_path}", {"concurrency": 3})
    with pytest.raises(ConfigError, match="option 'dtype'.*float32"):
        get_backend(f"hf:{tmp_path}", {"dtype": "int8"})
    (tmp_path / "config.json").write_text('{"model_type": "bert"}')
    with pytest.raises(ConfigError, match=r"architecture 'bert'.*supported families: SmolVLM/Idefics3, Qwen2-VL, "
                                          r"Qwen2.5-VL, LLaVA, LLaVA-OneVision, PaliGemma") as err:
        get_backend(f"hf:{tmp_path}", {})
    assert "\n" not in str(err.value)
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingDependencyError, match=r"latentexplainer\[hf\]"):
        get_backend(f"hf:{tmp_path}", {})


def test_hf_answers_free_form_questions_so_it_can_write_prompts_and_judge(tiny_llava, tmp_path):
    # the Asker capability: the prompt writer and the judges take any backend that has it
    from latentexplainer.backends.base import Ask, Asker
    from latentexplainer.backends.images import load_images
    from latentexplainer.judges.remote import RemoteJudge

    backend = get_backend(f"hf:{tiny_llava}", {"max_tokens": 4, "device": "cpu"})
    assert isinstance(backend, Asker) and not isinstance(get_backend("probe"), Asker)
    parts = tuple(load_images(make_request(tmp_path, n=1), 0, "composite", 512))
    out = backend.ask_many([Ask("Which way does it move?", parts), Ask("Write a prompt.", ())])
    assert len(out) == 2 and all(r.status in ("ok", "empty") for r in out)
    assert out[0].usage["input_tokens"] > out[1].usage["input_tokens"]  # the image went in
    assert RemoteJudge(backend).name == f"hf:{tiny_llava}"  # accepted as a judge, named by its folder


def test_hf_takes_a_hub_id_from_the_local_cache_offline(tiny_llava, tmp_path, monkeypatch):
    # hf:ORG/NAME is read from a Hugging Face cache tree built here (models--ORG--NAME/snapshots/<sha>, refs/main)
    import shutil

    sha = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--testorg--tiny-llava"
    shutil.copytree(tiny_llava, repo / "snapshots" / sha)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(sha)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    for spec in ("hf:testorg/tiny-llava", "hf:testorg/tiny-llava@main", f"hf:testorg/tiny-llava@{sha}"):
        backend = get_backend(spec, {"max_tokens": 3, "device": "cpu"})
        assert backend.path == (repo / "snapshots" / sha).resolve()
    out = backend.describe(make_request(tmp_path, n=2))
    assert [r.sample for r in out] == [0, 1] and all(r.status in ("ok", "empty") for r in out)
    with pytest.raises(ConfigError) as e:  # not cached: one line with the command that fetches it
        get_backend("hf:testorg/not-cached")
    msg = str(e.value)
    assert "\n" not in msg and "huggingface-cli download testorg/not-cached" in msg and "download=yes" in msg

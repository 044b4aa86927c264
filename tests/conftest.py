import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))  # for fakes.models
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _threads_per_worker() -> int | None:
    """Under pytest-xdist (``make test``) the workers share the cores: each gets its share of
    torch threads, at least one, so that two workers' thread pools do not fight over one core.
    Set before torch is imported; the CLI subprocesses of a test inherit it."""
    workers = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    if not workers:
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores // max(1, int(workers)))


_THREADS = _threads_per_worker()
if _THREADS is not None:
    os.environ.setdefault("OMP_NUM_THREADS", str(_THREADS))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist's ``--dist loadgroup`` (``make test``) each file's tests run on one
    worker, so a module's fixtures (a trained judge, a Ray cluster) are made once; tests of
    several files that share a session fixture name one group with ``xdist_group``."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


@pytest.fixture(scope="session")
def tiny_vae_dir(tmp_path_factory) -> Path:
    """A tiny beta-TCVAE trained for one short epoch on shapes (seconds, not minutes)."""
    from latentexplainer.data import load_dataset
    from latentexplainer.models.train import TrainSettings, train_vae
    from latentexplainer.models.vae import VAEConfig

    out = tmp_path_factory.mktemp("tiny-vae")
    data = load_dataset("shapes", 256, seed=1)
    train_vae(data, VAEConfig(latent_dim=4, width=8, hidden=32), TrainSettings(epochs=1, batch_size=64), out)
    return out


class JudgeShelf:
    """Trained factor judges (a benchmark folder's predictor/) kept for the session, so the slow
    benchmark tests of one shipped model train its judge once. ``lend`` copies a kept judge
    into a fresh folder before a benchmark; ``keep`` keeps the one a benchmark left there. The
    benchmark still decides whether to use it: only a judge of the same model, seed, epochs and
    images is taken, and its training is deterministic, so only the time depends on test order."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def lend(self, key: str, out: Path) -> None:
        import shutil

        if (self.root / key / "predictor.json").exists() and not (out / "predictor").exists():
            shutil.copytree(self.root / key, out / "predictor")

    def keep(self, key: str, out: Path) -> None:
        import shutil

        if (out / "predictor" / "predictor.json").exists() and not (self.root / key).exists():
            shutil.copytree(out / "predictor", self.root / key)


@pytest.fixture(scope="session")
def judges(tmp_path_factory) -> JudgeShelf:
    return JudgeShelf(tmp_path_factory.mktemp("judges"))


@pytest.fixture(scope="module")
def one_thread():
    """Tiny convolutions on a shared machine run faster on one torch thread (restored after the
    module); modules that want it say pytestmark = pytest.mark.usefixtures("one_thread")."""
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture()
def cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


CHAT_TEMPLATE = ("{% for m in messages %}{% for c in m['content'] %}{% if c['type'] == 'image' %}<image> "
                 "{% else %}{{ c['text'] }} {% endif %}{% endfor %}{% endfor %}")


@pytest.fixture(scope="session")
def tiny_llava(tmp_path_factory) -> Path:
    """A tiny randomly initialised LLaVA (a CLIP vision tower, a Llama text model of a few thousand
    weights, a word-level tokenizer made here), saved with save_pretrained: no download."""
    pytest.importorskip("transformers")
    pytest.importorskip("tokenizers")
    return build_tiny_llava(tmp_path_factory.mktemp("tiny-llava"))


def build_tiny_llava(out: Path) -> Path:
    """The tiny LLaVA of the ``tiny_llava`` fixture, saved into ``out`` (benchmarks reuse it)."""
    import tokenizers
    import torch
    import transformers

    words = ["<unk>", "<pad>", "<s>", "</s>", "<image>"] + [f"w{i}" for i in range(59)]
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>",
                                                     bos_token="<s>", eos_token="</s>",
                                                     extra_special_tokens={"image_token": "<image>"})
    vision = transformers.CLIPVisionConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=2,
                                           num_attention_heads=2, image_size=32, patch_size=8, projection_dim=16)
    text = transformers.LlamaConfig(vocab_size=len(words), hidden_size=16, intermediate_size=32, num_hidden_layers=2,
                                    num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=4096,
                                    pad_token_id=1, bos_token_id=2, eos_token_id=3)
    config = transformers.LlavaConfig(vision_config=vision, text_config=text, image_token_id=4,
                                      vision_feature_layer=-1, vision_feature_select_strategy="default")
    torch.manual_seed(0)
    model = transformers.LlavaForConditionalGeneration(config)
    processor = transformers.LlavaProcessor(
        image_processor=transformers.CLIPImageProcessor(size={"shortest_edge": 32},
                                                        crop_size={"height": 32, "width": 32}),
        tokenizer=tokenizer, patch_size=8, vision_feature_select_strategy="default", chat_template=CHAT_TEMPLATE,
        num_additional_image_tokens=1)
    model.save_pretrained(out)
    processor.save_pretrained(out)
    return out

"""The diffusion demo shows its directions on different images: each base code (sample) of a run
starts from its own seeded noise (DirectionSettings.starts), deterministically."""

from __future__ import annotations

import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")

from latentexplainer.errors import ConfigError  # noqa: E402
from latentexplainer.models import diffusion as dm  # noqa: E402
from latentexplainer.models import load_model  # noqa: E402
from latentexplainer.pipeline import ExplainSettings, Manipulation  # noqa: E402

pytestmark = pytest.mark.usefixtures("one_thread")

TINY = dict(sample_size=16, in_channels=3, out_channels=3, block_out_channels=(8, 16), layers_per_block=1,
            norm_num_groups=4, attention_head_dim=8,
            down_block_types=("DownBlock2D", "AttnDownBlock2D"), up_block_types=("AttnUpBlock2D", "UpBlock2D"))
FAST = dict(rank=2, decode_steps=3, steps_per_unit=1.0, iters=5)


@pytest.fixture(scope="module")
def pipe_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny-ddpm")
    torch.manual_seed(0)
    diffusers.UNet2DModel(**TINY).save_pretrained(out / "unet")
    diffusers.DDIMScheduler(num_train_timesteps=1000).save_pretrained(out / "scheduler")
    (out / "model_index.json").write_text(json.dumps({"_class_name": "DDIMPipeline",
                                                      "unet": ["diffusers", "UNet2DModel"],
                                                      "scheduler": ["diffusers", "DDIMScheduler"]}))
    return out


def _start_frames(run_dir, latent: int = 0) -> list[np.ndarray]:
    """The a=0 frame of each sample's first row, decoded again as the run did (Manipulation)."""
    model = load_model(run_dir)
    cfg = json.loads((run_dir / "config.json").read_text())
    s = ExplainSettings(samples=cfg["samples"], seed=cfg["seed"])
    manip = Manipulation.prepare(model, s)
    seqs = manip.sequences(latent)
    zero = list(manip.values).index(0.0)
    return [q.rows[0].frames[zero] for q in seqs]


def test_each_base_code_walks_the_same_directions_from_its_own_start(pipe_dir):
    one = dm.from_diffusion(pipe_dir, dm.DirectionSettings(**FAST))
    three = dm.from_diffusion(pipe_dir, dm.DirectionSettings(**FAST, starts=3))
    assert one.for_sample is None and three.info["start_seeds"] == [0, 1, 2]
    assert three.info["singular_values"] == one.info["singular_values"]  # found at seed 0's start either way
    zero = np.zeros((1, 2), np.float32)
    starts = [three.for_sample(k).decode(zero)[0] for k in range(4)]
    assert np.array_equal(starts[0], one.decode(zero)[0])  # sample 0 is the one start of before
    assert not np.allclose(starts[0], starts[1]) and not np.allclose(starts[1], starts[2])
    assert np.array_equal(starts[3], starts[0])  # k mod starts
    again = dm.from_diffusion(pipe_dir, dm.DirectionSettings(**FAST, starts=3))
    assert np.array_equal(again.for_sample(2).decode(zero)[0], starts[2])  # deterministic
    assert "starts=3" in three.info["spec"]  # --resume compares it
    with pytest.raises(ConfigError, match="starts=2"):
        dm.from_diffusion(pipe_dir, dm.DirectionSettings(**FAST, starts=2),
                          image=np.zeros((3, 16, 16), np.float32))


def test_the_diffusion_demo_samples_start_from_different_images(pipe_dir, tmp_path):
    from latentexplainer.diffusion_demo import run_diffusion_demo

    run = run_diffusion_demo(tmp_path / "run", pipe_dir, samples=3, show_progress=False,
                             directions=dm.DirectionSettings(**FAST))
    info = json.loads((run.out / "config.json").read_text())["model_info"]
    assert info["start_seeds"] == [0, 1, 2] and "starts=3" in info["spec"]
    frames = _start_frames(run.out)
    assert len(frames) == 3
    model = load_model(run.out)  # the run's model, read back: its samples' start images differ
    zero = np.zeros((1, 2), np.float32)
    starts = [model.for_sample(k).decode(zero)[0] for k in range(3)]
    assert all(not np.allclose(starts[i], starts[j]) for i in range(3) for j in range(i + 1, 3))
    assert all(not np.allclose(frames[i], frames[j]) for i in range(3) for j in range(i + 1, 3))
    # the records are deterministic: a second run writes the same explanations
    again = run_diffusion_demo(tmp_path / "again", pipe_dir, samples=3, show_progress=False,
                               directions=dm.DirectionSettings(**FAST))
    assert [r.responses for r in again.records] == [r.responses for r in run.records]

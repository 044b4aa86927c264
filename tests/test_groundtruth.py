import numpy as np
import pytest

from latentexplainer.data import load_dataset
from latentexplainer.errors import ConfigError
from latentexplainer.evaluate.disentanglement import mig_from_nmi, nmi_matrix
from latentexplainer.evaluate.groundtruth import decoder_truth, encoder_truth, factor_spreads, reliability
from latentexplainer.evaluate.predictor import train_predictor
from latentexplainer.evaluate.stats import auroc


def test_nmi_and_mig_of_a_perfect_and_a_useless_code():
    d = load_dataset("shapes", 3000, seed=0)
    perfect = d.factors.copy()
    perfect[:, 0] += np.random.default_rng(0).normal(0, 0.01, len(perfect))  # categorical -> continuous code
    nmi = nmi_matrix(perfect, d.factors)
    assert np.allclose(np.diag(nmi)[1:], 1.0, atol=0.05)
    assert mig_from_nmi(nmi).mean() > 0.75
    useless = np.random.default_rng(1).normal(size=(3000, 5))
    assert mig_from_nmi(nmi_matrix(useless, d.factors)).mean() < 0.05


def test_encoder_truth_needs_an_active_latent_and_a_clear_winner():
    names = ("a", "b", "c")
    assert encoder_truth(np.array([0.6, 0.1, 0.0]), 1.0, names) == "a"
    assert encoder_truth(np.array([0.6, 0.1, 0.0]), 0.01, names) is None  # KL gate: collapsed latent
    assert encoder_truth(np.array([0.35, 0.3, 0.0]), 1.0, names) is None  # no clear winner
    assert encoder_truth(np.array([0.15, 0.0, 0.0]), 1.0, names) is None  # too weak


def test_auroc():
    assert auroc([0.9, 0.8, 0.1, 0.2], [True, True, False, False]) == 1.0
    assert auroc([0.1, 0.2, 0.9, 0.8], [True, True, False, False]) == 0.0
    assert auroc([0.5, 0.5], [True, False]) == 0.5
    assert auroc([0.5, 0.4], [True, True]) is None


@pytest.fixture(scope="module")
def shapes_predictor():
    d = load_dataset("shapes", 3000, seed=5)
    pred, quality = train_predictor(d, epochs=2, seed=0)
    return d, pred, quality


def test_predictor_learns_position(shapes_predictor):
    _, _, quality = shapes_predictor
    assert quality["pos_x"] > 0.8 and quality["pos_y"] > 0.8


def test_decoder_truth_of_a_model_with_known_latents(shapes_predictor):
    from latentexplainer import ExplainSettings, load_model
    from latentexplainer.pipeline import Manipulation

    d, pred, quality = shapes_predictor
    model = load_model("fakes.models:shapes_model")
    manip = Manipulation.prepare(model, ExplainSettings(samples=3))
    spreads, weights = factor_spreads(d), reliability(pred, quality)
    got = [decoder_truth(manip.sequences(i), pred, spreads, weights).factor for i in range(4)]
    assert got == ["pos_x", "scale", "pos_y", None]


class _Frames:
    """A judge that reads, per frame, the angles written into the frame's first pixel."""

    def __init__(self):
        from latentexplainer.data.base import Factor

        self.factors = (Factor("hue", "hue round the wheel", "cyclic"), Factor("x", "place"))

    def predict(self, frames):
        return [frames[:, 0, 0, 0].astype(float), frames[:, 1, 0, 0].astype(float)]


def _sequence(*rows):
    from latentexplainer.records import LatentRef, Row, Sequence

    def frames(angles, xs):
        f = np.zeros((len(angles), 2, 1, 1), np.float32)
        f[:, 0, 0, 0], f[:, 1, 0, 0] = angles, xs
        return f

    return Sequence(LatentRef(0), 0, tuple(Row(tuple(range(len(a))), "base code", frames(a, x)) for a, x in rows))


def test_a_hue_swept_half_the_wheel_has_no_direction_to_disagree_with():
    still = [0.5] * 5
    # yellow to blue through grey: the grey frame's hue is anyone's guess, and following the
    # angle continuously one row goes round one way, the other row the other way
    one_way, other_way = [0.5, 0.6, 2.2, 3.6, 3.7], [0.5, 0.6, 5.0, 3.6, 3.7]
    seen = decoder_truth([_sequence((one_way, still), (other_way, still))], _Frames(), np.array([np.pi, 1.0]))
    assert seen.factor == "hue" and seen.scores["hue"] > 0.5, seen
    # small steps keep their direction: a turn one way in one row and back in the other is no factor
    up, down = [0.0, 0.3, 0.6, 0.9, 1.2], [1.2, 0.9, 0.6, 0.3, 0.0]
    seen = decoder_truth([_sequence((up, still), (down, still))], _Frames(), np.array([np.pi, 1.0]))
    assert seen.scores["hue"] == 0.0 and seen.factor is None, seen
    # nor does a continuous factor that moves one way in one row and back in the other
    seen = decoder_truth([_sequence((still, up), (still, down))], _Frames(), np.array([np.pi, 1.0]))
    assert seen.scores["x"] == 0.0 and seen.factor is None, seen


def test_reliability_discounts_a_factor_the_predictor_cannot_read(shapes_predictor):
    _, pred, _ = shapes_predictor
    w = reliability(pred, {"shape": 1 / 3, "scale": 0.9, "orientation": -0.2, "pos_x": 1.0, "pos_y": 0.95})
    assert w.tolist() == pytest.approx([0.0, 0.9, 0.0, 1.0, 0.95])


def test_benchmark_mechanics_on_a_tiny_vae(tiny_vae_dir, tmp_path):
    import json

    from latentexplainer.evaluate.benchmark import run_benchmark

    r = run_benchmark("shapes", tmp_path / "b", str(tiny_vae_dir), samples=3, n_images=600, show_progress=False,
                      predictor_epochs=1)
    saved = json.loads((tmp_path / "b" / "benchmark.json").read_text())
    assert saved["n_latents"] == 4 == len(saved["latents"])
    # a typed result; benchmark.json is its serialisation, and reads back into it
    from latentexplainer.evaluate.result import BenchmarkResult

    assert isinstance(r, BenchmarkResult) and json.loads(json.dumps(r.to_dict())) == saved
    assert "ablation" not in saved and "text_metrics" not in saved  # not measured: not written
    back = BenchmarkResult.from_dict(saved)
    assert back.factor_accuracy == r.factor_accuracy and back.latents == saved["latents"]
    with pytest.raises(ConfigError, match="unknown argument.*sampels"):
        run_benchmark("shapes", tmp_path / "c", str(tiny_vae_dir), sampels=3)
    with pytest.raises(ConfigError, match="not a benchmark result: .*factor_accuracy"):
        BenchmarkResult.from_dict({"dataset": "shapes"})
    for key in ("factor_accuracy", "certainty_auroc", "certainty_auroc_active", "n_with_factor", "mig"):
        assert key in saved
    row = saved["latents"][0]
    for key in ("kl", "nmi_top", "encoder_factor", "decoder_factor", "explanation", "certainty", "correct"):
        assert key in row
    assert len(row["nmi_top"]) == 2
    assert r.n_with_factor == sum(1 for x in saved["latents"] if x["decoder_factor"])
    # scoring by use: 4 latents leave 3 distractors; only clear explanations are scored
    det, dirn = saved["detection"], saved["direction"]
    assert det["k"] == 3 and det["chance"] == 0.25 and dirn["chance"] == 0.5 and det["judge"] == "probe"
    assert det["n"] == dirn["n"] == sum(1 for x in saved["latents"] if x["explanation"])
    assert saved["detection_accuracy"] == det["accuracy"] and "direction" in row
    from latentexplainer.evaluate.benchmark import summary_markdown

    table = summary_markdown(saved).splitlines()
    assert table[0] == "| figure | value | note |" and any(x.startswith("| detection_accuracy |") for x in table)
    assert any(x.startswith("| disentanglement.factorvae |") for x in table)
    # a second call reuses the run and the predictor; with the ablation it also explains the
    # same sequences with the plain prompt and shows both accuracies
    again = run_benchmark("shapes", tmp_path / "b", str(tiny_vae_dir), samples=3, n_images=600,
                          show_progress=False, predictor_epochs=1, ablation=True)
    assert [x["certainty"] for x in again.latents] == [x["certainty"] for x in saved["latents"]]
    abl = again.ablation
    assert set(abl) == {"bias_prompt", "no_bias_prompt"}
    assert abl["bias_prompt"]["accuracy"] == again.factor_accuracy
    assert abl["no_bias_prompt"]["n_with_truth"] == again.n_with_factor
    plain = (tmp_path / "b" / "run-no-bias-prompt" / "explanations.jsonl").read_text()
    assert "inductive bias" not in plain and "Describe in one short sentence" in plain
    assert any(x.startswith("| factor_accuracy [no bias prompt] |") for x in summary_markdown(again.to_dict()).splitlines())


def test_regrade_explains_a_saved_benchmark_folder_again_and_grades_it_as_the_benchmark_did(tiny_vae_dir, tmp_path,
                                                                                            capsys):
    # benchmarks/regrade.py: a change to the explainer measured on saved models without training
    # them again; with the explainer unchanged it gives back the benchmark's own explanations and grades
    import importlib.util
    import json
    import shutil
    from pathlib import Path

    from latentexplainer.evaluate.benchmark import run_benchmark

    folder = tmp_path / "shapes"
    shutil.copytree(tiny_vae_dir, folder / "model")
    run_benchmark("shapes", folder, str(folder / "model"), samples=3, n_images=600, show_progress=False,
                  predictor_epochs=1)
    spec = importlib.util.spec_from_file_location("regrade", Path(__file__).parents[1] / "benchmarks" / "regrade.py")
    regrade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regrade)
    assert regrade.main([str(folder), "--out", str(tmp_path / "a.json")]) == 0
    saved = json.loads((folder / "benchmark.json").read_text())["latents"]
    again = json.loads((tmp_path / "a.json").read_text())
    assert [(r["explanation"], r["correct"], r["confident_wrong"]) for r in again["sets"][0]["latents"]] == \
        [(r["explanation"], r["correct"], r["confident_wrong"]) for r in saved]
    assert again["total"]["right"] == sum(r["correct"] for r in saved)
    assert regrade.main([str(folder), "--out", str(tmp_path / "b.json"), "--compare", str(tmp_path / "a.json")]) == 0
    assert json.loads((tmp_path / "b.json").read_text())["changed"] == []
    assert "| **all** |" in capsys.readouterr().out
    assert regrade.main([str(tmp_path), "--out", str(tmp_path / "c.json")]) == 2  # no benchmark folder
    assert "no benchmark folder" in capsys.readouterr().err


def test_benchmark_with_references_adds_the_five_text_metrics(tiny_vae_dir, tmp_path):
    import json

    from latentexplainer.cli.main import _default_wordnet
    from latentexplainer.evaluate.benchmark import run_benchmark, summary_markdown

    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps({str(i): ["the object moves horizontally from left to right"] for i in range(4)}))
    r = run_benchmark("shapes", tmp_path / "b", str(tiny_vae_dir), samples=2, n_images=400, show_progress=False,
                      predictor_epochs=1, references=refs, wordnet_dir=_default_wordnet())
    tm = r.text_metrics
    assert set(tm["metrics"]) == {"bleu", "rouge_l", "meteor", "cider", "bertscore"}
    assert all(0.0 <= tm[m] <= 100.0 for m in tm["metrics"])
    assert json.loads((tmp_path / "b" / "run" / "metrics.json").read_text())["overall"]["bleu"] == tm["bleu"]
    assert any(x.startswith("| text_metrics.bleu |") for x in summary_markdown(r.to_dict()).splitlines())


def test_a_saved_judge_serves_only_the_model_and_settings_it_was_trained_with(tmp_path):
    from latentexplainer.evaluate.predictor import FactorPredictor

    d = load_dataset("shapes", 20, seed=0)
    p = FactorPredictor(d.factor_info, d.channels, np.zeros(len(d.factor_info)), np.ones(len(d.factor_info)))
    made = {"data": "shapes", "n_images": 10000, "seed": 0, "epochs": 8}
    p.save(tmp_path / "predictor", "m1", made)
    assert FactorPredictor.load(tmp_path / "predictor", d.factor_info, "m1", dict(made)) is not None
    assert FactorPredictor.load(tmp_path / "predictor", d.factor_info, "m2", made) is None  # another model
    for key, other in (("seed", 1), ("epochs", 2), ("n_images", 500), ("data", "scenes")):
        # rerun in the same folder with another --seed (or epochs, or images): a judge of its own
        assert FactorPredictor.load(tmp_path / "predictor", d.factor_info, "m1", made | {key: other}) is None, key


def test_a_cyclic_factor_comes_round_at_its_period_whatever_its_unit():
    from latentexplainer.data.base import Factor, cyclic_period

    hue = Factor("hue", "hue round the wheel", "cyclic")
    assert cyclic_period(hue, np.array([0.01, 0.5, 0.99])) == 1.0  # turns
    assert cyclic_period(hue, np.array([0.0, 1.2, 1.57])) == pytest.approx(np.pi / 2)  # four sails: a quarter turn
    assert cyclic_period(hue, np.array([0.1, 3.0, 6.2])) == pytest.approx(2 * np.pi)  # radians
    assert cyclic_period(hue, np.array([5.0, 200.0, 355.0])) == 360.0  # degrees
    declared = Factor("angle", "an angle in radians seen only over part of the circle", "cyclic", period=2 * np.pi)
    assert cyclic_period(declared, np.array([0.0, 0.9])) == pytest.approx(2 * np.pi)


def test_the_judge_reads_a_hue_in_turns_round_the_whole_wheel():
    # a data set whose cyclic factor is a hue in turns (0..1, 1 is 0 again), as most of ours are:
    # the judge learns it as an angle of 2 pi per turn, so hues either side of red are neighbours
    # and yellow to blue is half a turn, not a sixth of a radian
    from latentexplainer.data import _raster as R
    from latentexplainer.data.base import Dataset, Factor

    rng = np.random.default_rng(0)
    hues = rng.uniform(0.0, 1.0, 1500)
    colours = np.stack([R.hsv(h, 0.8, 0.9) for h in hues])  # (N, 3)
    images = np.broadcast_to((255 * colours)[:, None, None, :], (1500, 64, 64, 3)).astype(np.uint8)
    data = Dataset("hues", images, hues[:, None], (Factor("hue", "hue round the wheel", "cyclic"),))
    pred, quality = train_predictor(data, epochs=3, seed=0)
    assert quality["hue"] > 0.9, quality
    probe = np.array([0.02, 0.98, 0.15, 0.65])  # either side of red; yellow; blue
    shown = np.stack([np.broadcast_to(R.hsv(h, 0.8, 0.9)[:, None, None], (3, 64, 64)) for h in probe]).astype(np.float32)
    turns = pred.predict(shown)[0] / (2 * np.pi)
    gap = np.abs((turns - probe + 0.5) % 1.0 - 0.5)  # distance round the wheel, in turns
    assert gap.max() < 0.08, (turns, probe)

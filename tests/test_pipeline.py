import json
from dataclasses import FrozenInstanceError

import numpy as np
import pytest

from latentexplainer import ExplainSettings, explain, load_model
from latentexplainer.errors import ConfigError, ModelError, RunDirError


@pytest.fixture(scope="module")
def known_model():
    return load_model("fakes.models:shapes_model")


def test_explains_a_model_whose_latents_are_known(known_model, tmp_path):
    run = explain(known_model, tmp_path / "run", ExplainSettings(samples=4), show_progress=False)
    by = {r.latent: r for r in run.records}
    assert len(by) == 4
    assert by[0].clear and "moves to the right" in by[0].explanation
    assert by[1].clear and "larger" in by[1].explanation
    assert by[2].clear and "moves down" in by[2].explanation
    assert not by[3].clear and by[3].explanation is None and by[3].status == "abstained"
    assert by[3].certainty == 0.0
    # the run directory: config snapshot, one JSONL record per latent, strips, report
    lines = (tmp_path / "run" / "explanations.jsonl").read_text().splitlines()
    assert [json.loads(line)["latent"] for line in lines] == [0, 1, 2, 3]
    rec = json.loads(lines[0])
    for key in ("latent", "bias", "prompt", "responses", "certainty", "explanation", "clear", "images", "status"):
        assert key in rec
    assert "p(z_i | z_j = a) = p(z_i | z_j = b)" in rec["prompt"]
    assert "same pattern of change despite other variations" in rec["prompt"]
    assert len(rec["responses"]) == 4 and len(rec["images"]) == 4
    assert all((tmp_path / "run" / p).exists() for p in rec["images"])
    assert (tmp_path / "run" / "report.html").exists()
    cfg = json.loads((tmp_path / "run" / "config.json").read_text())
    assert cfg["backend"] == "probe" and cfg["samples"] == 4


def test_certainty_is_evidence_not_a_constant(known_model, tmp_path):
    run = explain(known_model, tmp_path / "run", ExplainSettings(samples=4), show_progress=False)
    assert len({round(r.certainty, 6) for r in run.records}) >= 2


def test_same_seed_same_run(known_model, tmp_path):
    a = explain(known_model, tmp_path / "a", ExplainSettings(samples=3, latents=[0, 1]), show_progress=False)
    b = explain(known_model, tmp_path / "b", ExplainSettings(samples=3, latents=[0, 1]), show_progress=False)
    assert [r.responses for r in a.records] == [r.responses for r in b.records]


def test_resume_skips_finished_latents(known_model, tmp_path):
    out = tmp_path / "run"
    explain(known_model, out, ExplainSettings(samples=3, latents=[0, 1]), show_progress=False)
    first = (out / "explanations.jsonl").read_text()
    with pytest.raises(RunDirError, match="--resume"):
        explain(known_model, out, ExplainSettings(samples=3), show_progress=False)
    assert (out / "explanations.jsonl").read_text() == first  # nothing lost
    run = explain(known_model, out, ExplainSettings(samples=3), resume=True, show_progress=False)
    assert [r.latent for r in run.records] == [0, 1, 2, 3]
    assert (out / "explanations.jsonl").read_text().startswith(first)
    with pytest.raises(RunDirError, match="samples"):
        explain(known_model, out, ExplainSettings(samples=5), resume=True, show_progress=False)


def test_a_torn_last_line_is_ignored_on_resume(known_model, tmp_path):
    out = tmp_path / "run"
    explain(known_model, out, ExplainSettings(samples=3, latents=[0]), show_progress=False)
    with (out / "explanations.jsonl").open("a") as fh:
        fh.write('{"latent": 1, "resp')  # a crash in the middle of a write
    run = explain(known_model, out, ExplainSettings(samples=3), resume=True, show_progress=False)
    assert [r.latent for r in run.records] == [0, 1, 2, 3]


def test_colour_scene_model(tmp_path):
    m = load_model("fakes.models:scenes_model")
    run = explain(m, tmp_path / "run", ExplainSettings(samples=3), show_progress=False)
    by = {r.latent: r for r in run.records}
    assert "lower part of the background" in by[0].explanation
    assert "object changes colour" in by[1].explanation
    assert by[2].explanation is None


def test_embedding_certainty_recorded_beside(known_model, tmp_path):
    run = explain(known_model, tmp_path / "run", ExplainSettings(samples=3, latents=[0, 3], also=("embedding",)),
                  show_progress=False)
    for r in run.records:
        assert set(r.certainties) == {"gist", "bow", "embedding"}  # the selected, the authors', and the asked
    assert run.records[1].certainties["embedding"] == 0.0


@pytest.mark.parametrize("kw,msg", [
    (dict(samples=1), "--samples"),
    (dict(latents=[9]), "out of range"),
    (dict(threshold=1.5), "--threshold"),
    (dict(certainty="vibes"), "estimator"),
    (dict(bias="chaos"), "unknown bias"),
    (dict(base_codes="encoded"), "needs a model with an encoder"),
])
def test_bad_settings(known_model, tmp_path, kw, msg):
    with pytest.raises(ConfigError, match=msg):
        explain(known_model, tmp_path / "run", ExplainSettings(**kw), show_progress=False)
    assert not (tmp_path / "run" / "explanations.jsonl").exists()


def test_repr_html_escapes(known_model, tmp_path):
    run = explain(known_model, tmp_path / "run", ExplainSettings(samples=3, latents=[0]), show_progress=False)
    from dataclasses import replace

    run.records[0] = replace(run.records[0], explanation="<script>x</script>")  # records are frozen
    assert "<script>" not in run._repr_html_() and "&lt;script&gt;" in run._repr_html_()


def test_vae_end_to_end_with_encoded_base_codes(tiny_vae_dir, tmp_path):
    from latentexplainer.data import load_dataset

    m = load_model(tiny_vae_dir)
    imgs = load_dataset("shapes", 50, seed=9).as_float()
    run = explain(m, tmp_path / "run", ExplainSettings(samples=3, base_codes="encoded"), images=imgs,
                  show_progress=False)
    assert len(run.records) == 4
    assert all(r.status in ("ok", "unclear", "abstained") for r in run.records)
    assert all(np.isfinite(r.certainty) for r in run.records)


def test_a_run_directory_stands_for_its_model(tiny_vae_dir, tmp_path):
    m = load_model(tiny_vae_dir)
    explain(m, tmp_path / "run", ExplainSettings(samples=2, latents=[0]), show_progress=False)
    again = load_model(tmp_path / "run")
    z = np.zeros((1, m.latent_dim), np.float32)
    assert np.array_equal(again.decode(z), m.decode(z))
    callable_run = explain(load_model("fakes.models:shapes_model"), tmp_path / "run2",
                           ExplainSettings(samples=2, latents=[0]), show_progress=False)
    with pytest.raises(ModelError, match="--trust-run"):  # code a run names is not run by default
        load_model(callable_run.out)
    assert load_model(callable_run.out, trust_run=True).latent_dim == 4


def test_ablation_switches(known_model, tmp_path):
    full = explain(known_model, tmp_path / "full", ExplainSettings(samples=3, latents=[0, 3]), show_progress=False)
    plain = explain(known_model, tmp_path / "plain", ExplainSettings(samples=3, latents=[0, 3], bias_prompt=False),
                    show_progress=False)
    assert "p(z_i | z_j = a)" in full.records[0].prompt
    assert "p(z_i" not in plain.records[0].prompt and "Describe in one short sentence" in plain.records[0].prompt
    loose = explain(known_model, tmp_path / "loose", ExplainSettings(samples=3, latents=[0, 3], uncertainty=False,
                                                                     threshold=1.0), show_progress=False)
    assert loose.records[0].clear and loose.records[0].explanation == loose.records[0].responses[0]
    assert not loose.records[1].clear  # all abstained: even without uncertainty there is nothing to say


def test_explain_takes_instances_and_keywords_and_never_changes_the_settings(known_model, tmp_path):
    from latentexplainer.backends.probe import ProbeBackend
    from latentexplainer.biases.base import DISENTANGLEMENT

    settings = ExplainSettings(samples=3)
    run = explain(known_model, tmp_path / "a", settings, backend=ProbeBackend(options={"threshold": 0.5}),
                  bias=DISENTANGLEMENT, samples=2, latents=[0], show_progress=False)
    assert [r.latent for r in run.records] == [0] and len(run.records[0].responses) == 2
    assert settings.samples == 3 and settings.latents is None  # frozen: keywords made a copy
    with pytest.raises(FrozenInstanceError):
        settings.samples = 4
    config = json.loads((tmp_path / "a" / "config.json").read_text())
    assert config["backend"] == "probe" and config["bias"] == "disentanglement" and config["samples"] == 2
    by_name = explain(known_model, tmp_path / "b", backend="probe", bias="disentanglement", samples=2, latents=[0],
                      show_progress=False)
    assert [r.latent for r in by_name.records] == [0] and not by_name.failed
    with pytest.raises(TypeError):
        explain(known_model, tmp_path / "c", sampels=2, show_progress=False)  # a misspelt field is no setting


def test_reference_images_are_decoded_only_when_a_backend_reads_them(tmp_path):
    from latentexplainer.backends.base import ModelContext
    from latentexplainer.models import from_callable  # noqa: F401  (the public loader stays importable)

    calls = {"n": 0}
    model = load_model("fakes.models:shapes_model")
    decode = model.decoder

    def counting(z):
        calls["n"] += len(z)
        return decode(z)

    model.decoder = counting
    explain(model, tmp_path / "r", samples=2, latents=[0], show_progress=False)
    used = calls["n"]  # the probe never reads them: no reference image was decoded
    ctx = ModelContext(lambda: decode(np.zeros((4, 4), np.float32)), 4)
    assert ctx.reference_images.shape[0] == 4 and ctx.reference_images is ctx.reference_images
    assert used < 256, used


def test_model_capabilities_are_read_through_typed_properties():
    from latentexplainer.errors import ModelError
    from latentexplainer.models import GenerativeModel

    def decode(z):
        return np.zeros((len(z), 1, 8, 8), np.float32)

    m = GenerativeModel("m", 3, decode, info={"condition_latents": [2], "latent_names": {"2": "w[large]"},
                                              "kind": "CSVAE", "condition": "large object"})
    assert (m.condition_latents, m.latent_name(2), m.latent_name(0), m.kind, m.condition) == \
        ((2,), "w[large]", "z0", "CSVAE", "large object")
    plain = GenerativeModel("p", 3, decode)
    assert (plain.condition_latents, plain.kind, plain.condition, plain.condition_factor) == \
        ((), "generative model", "", None)
    with pytest.raises(ModelError, match="condition latent 7 is out of range 0..2"):
        assert not GenerativeModel("b", 3, decode, info={"condition_latents": [7]}).condition_latents
    with pytest.raises(ModelError, match="must be latent indices"):
        assert not GenerativeModel("b", 3, decode, info={"condition_latents": ["w"]}).condition_latents


def _record(i: int, status: str = "ok"):
    from latentexplainer.records import LatentRecord

    return LatentRecord(i, f"z{i}", "disentanglement", "p", ["a", "b"], [False, False], 1.0, "gist", {"gist": 1.0},
                        "a" if status == "ok" else None, status == "ok", 0.26, status)


def test_the_store_appends_one_line_per_unit_and_reads_the_records_once(tmp_path, monkeypatch):
    # linear in the number of units: a finished unit's line is appended, nothing is read again
    import json

    from latentexplainer.run import RunDir

    rd = RunDir(tmp_path / "run")
    with rd.lock():
        rd.open({"model": "m"})
        reads = []
        real = RunDir.records
        monkeypatch.setattr(RunDir, "records", lambda self: reads.append(1) or real(self))
        for i in (2, 0, 1):  # units finish in any order
            rd.append(_record(i, "failed" if i == 1 else "ok"))
        assert len(reads) == 1  # once, at the first append; never per unit
        lines = (tmp_path / "run" / "explanations.jsonl").read_text().splitlines()
        assert [json.loads(x)["latent"] for x in lines] == [2, 0, 1]  # appended as they finished
        rd.append(_record(1))  # the failed unit retried: its line is replaced, not doubled
        lines = (tmp_path / "run" / "explanations.jsonl").read_text().splitlines()
        assert [json.loads(x)["latent"] for x in lines] == [2, 0, 1] and json.loads(lines[2])["status"] == "ok"
        rd.sync()  # the end of a run: in unit order, exactly the records
        text = (tmp_path / "run" / "explanations.jsonl").read_text()
        assert [json.loads(x)["latent"] for x in text.splitlines()] == [0, 1, 2]
        assert text == "".join((tmp_path / "run" / "records" / f"z{i:04d}.json").read_text() + "\n" for i in range(3))


def test_resume_heals_a_torn_line_before_appending(known_model, tmp_path):
    out = tmp_path / "run"
    explain(known_model, out, ExplainSettings(samples=3, latents=[0]), show_progress=False)
    with (out / "explanations.jsonl").open("a") as fh:
        fh.write('{"latent": 1, "resp')  # the machine died in the middle of an append
    from latentexplainer.run import RunDir

    rd = RunDir(out)
    with rd.lock():
        rd.open(rd.read_config(), resume=True)
        rd.append(_record(5))
    import json

    lines = (out / "explanations.jsonl").read_text().splitlines()
    assert [json.loads(x)["latent"] for x in lines] == [0, 5]  # the new line is whole, the fragment gone


class _FakeCluster:
    """An executor with two workers in this process: records what it runs (or fails to start)."""

    name = "fake-cluster"

    def __init__(self, fail: bool = False) -> None:
        self.fail, self.events, self.mapped = fail, [], []

    def cluster(self):
        import contextlib

        @contextlib.contextmanager
        def up():
            if self.fail:
                raise ConfigError("cannot start the cluster")
            self.events.append("up")
            yield
            self.events.append("down")
        return up()

    def session(self, setup):
        import contextlib

        ex = self

        class Two:
            workers = 2

            def __init__(self):
                self.state = setup()

            def map(self, work, items, on_result):
                ex.mapped.append((work.__name__, len(items)))
                for i, item in enumerate(items):
                    on_result(i, work(self.state, item))

            def share(self, update, value):
                self.state = update(self.state, value)

        return contextlib.nullcontext(Two())


def test_the_workers_find_the_active_latents_and_make_the_units(known_model, tmp_path, monkeypatch):
    from latentexplainer import pipeline

    local = explain(known_model, tmp_path / "local", ExplainSettings(samples=2), show_progress=False, report=False)
    ex = _FakeCluster()
    monkeypatch.setattr(pipeline, "get_executor", lambda *a: ex)
    run = explain(known_model, tmp_path / "r", ExplainSettings(samples=2), show_progress=False, report=False)
    assert run.complete and ex.events == ["up", "down"]  # held up for the run, then shut down
    # the sweeps that find the active latents: an even share per worker, not one chunk on the driver
    assert ex.mapped[0] == ("_sweep_change", 2) and ex.mapped[1][0] == "make_unit"
    assert [r.to_dict() for r in run.records] == [r.to_dict() for r in local.records]
    # a broken model's error before anything is written; a cluster that cannot start too
    monkeypatch.setattr(pipeline, "get_executor", lambda *a: _FakeCluster())
    with pytest.raises(ModelError, match="inf"):
        explain(load_model("fakes.models:inf_model"), tmp_path / "bad", show_progress=False)
    assert not (tmp_path / "bad").exists()
    monkeypatch.setattr(pipeline, "get_executor", lambda *a: _FakeCluster(fail=True))
    with pytest.raises(ConfigError, match="cannot start the cluster"):
        explain(known_model, tmp_path / "nocluster", show_progress=False)
    assert not (tmp_path / "nocluster").exists()

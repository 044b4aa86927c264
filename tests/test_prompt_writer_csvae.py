"""The LLM prompt writer against a fake OpenAI server, and the CSVAE (conditional bias)."""

import json
from dataclasses import replace

import numpy as np
import pytest

from fakes.models import shapes_decode
from fakes.servers import FakeServer
from latentexplainer.backends.cache import CachePolicy
from latentexplainer.cli import main
from latentexplainer.data import load_dataset
from latentexplainer.data.attributes import parse_attribute
from latentexplainer.errors import BackendError, ConfigError, DataError
from latentexplainer.models import GenerativeModel, load_model
from latentexplainer.pipeline import ExplainSettings, explain

pytest.importorskip("openai", reason="pip install 'latentexplainer[openai]'")
WRITTEN = "Look at the rows of images: z_i changes one thing, the same in both rows. Name it and its direction."


def _model() -> GenerativeModel:
    return GenerativeModel("shapes4", 4, shapes_decode, info={"kind": "test decoder"})


def _writer_settings(srv: FakeServer, cache, **kw) -> ExplainSettings:
    opts = {"base_url": srv.url + "/v1", "api_key": "sk-WRITER-SENTINEL"}
    return ExplainSettings(samples=2, latents=[0, 1], prompt_writer="openai:gpt-4o", writer_options=opts,
                           cache=CachePolicy(cache), **kw)


def test_the_writer_writes_one_prompt_that_every_record_uses_and_the_run_stores(tmp_path):
    with FakeServer() as srv:
        srv.set_answer(f'"{WRITTEN}"')
        run = explain(_model(), tmp_path / "r", _writer_settings(srv, tmp_path / "c"), show_progress=False)
        assert srv.n_calls == 1  # one distinct template prompt -> one call
        sent = srv.bodies("chat/completions")[0]["messages"][-1]["content"]
        text = sent if isinstance(sent, str) else " ".join(p.get("text", "") for p in sent)
        assert "p(z_i | z_j = a) = p(z_i | z_j = b)" in text and "pattern of change" in text
        assert "Both rows show the same pattern of change despite other variations." in text
        assert [r.prompt for r in run.records] == [WRITTEN, WRITTEN]  # quotes stripped
        stored = json.loads((tmp_path / "r" / "prompts.json").read_text())
        assert stored["writer"] == "openai:gpt-4o"
        assert [v["written"] for v in stored["prompts"].values()] == [WRITTEN]
        # a second run: the writer's answer comes from the cache
        explain(_model(), tmp_path / "r2", _writer_settings(srv, tmp_path / "c"), show_progress=False)
        assert srv.n_calls == 1
    for p in (tmp_path / "r").rglob("*"):
        assert not p.is_file() or b"sk-WRITER-SENTINEL" not in p.read_bytes()


def test_a_resumed_run_reuses_the_stored_prompt_without_a_call(tmp_path):
    with FakeServer() as srv:
        srv.set_answer(WRITTEN)
        s = _writer_settings(srv, tmp_path / "c")
        s = replace(s, latents=[0])
        explain(_model(), tmp_path / "r", s, show_progress=False)
        s2 = _writer_settings(srv, tmp_path / "other-cache")
        explain(_model(), tmp_path / "r", s2, resume=True, show_progress=False)
        assert srv.n_calls == 1


def test_an_empty_written_prompt_is_a_clear_error(tmp_path):
    with FakeServer() as srv:
        srv.set_answer("   ")
        with pytest.raises(BackendError, match="wrote no prompt"):
            explain(_model(), tmp_path / "r", _writer_settings(srv, tmp_path / "c"), show_progress=False)


def test_the_probe_cannot_write_prompts(tmp_path):
    with pytest.raises(ConfigError, match="the writer must be template or a text backend"):
        explain(_model(), tmp_path / "r", ExplainSettings(samples=2, prompt_writer="probe"), show_progress=False)
    assert not (tmp_path / "r").exists()  # refused before anything was written


def test_the_writer_is_skipped_by_the_no_bias_prompt_ablation(tmp_path):
    # no server, no key: the writer is never called when the plain prompt is asked for
    run = explain(_model(), tmp_path / "r", ExplainSettings(samples=2, latents=[0], prompt_writer="openai:gpt-4o",
                                                            bias_prompt=False), show_progress=False)
    assert run.records[0].prompt.startswith("You are shown 2 rows")


# ----------------------------------------------------------------------------- CSVAE
def test_attributes_parse_and_fail_clearly():
    data = load_dataset("scenes", 200, seed=1)
    a = parse_attribute("large-object", data)
    assert a.factor == "scale" and 0.3 < a.labels(data).mean() < 0.7
    assert parse_attribute("shape=sphere", data).factor == "shape"
    assert parse_attribute("object_hue<0.4", data).labels(data).dtype == bool
    for bad, needle in [("tall", "neither a named attribute"), ("colour=red", "has no factor 'colour'"),
                        ("shape=star", "not a value of factor 'shape'"), ("scale>2", "holds for 0.0%"),
                        ("scale>big", "is not a number")]:
        with pytest.raises(DataError, match=needle):
            parse_attribute(bad, data)


@pytest.mark.slow
def test_train_csvae_through_the_cli_then_explain_its_condition(tmp_path, capsys):
    out = tmp_path / "csvae"
    code = main(["train", "--model", "csvae", "--dataset", "scenes", "--attribute", "large-object",
                 "--n-images", "256", "--epochs", "1", "--latent-dim", "4", "--quiet", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["format"] == "latentexplainer-csvae" and cfg["attribute_factor"] == "scale"
    assert len(cfg["delta_w"]) == 2 and np.linalg.norm(cfg["delta_w"]) > 0
    model = load_model(out)
    assert model.latent_dim == 5 and model.info["condition_latents"] == [4]
    assert model.info["condition"] == "large-object" and model.can_encode
    run = explain(model, tmp_path / "r", ExplainSettings(bias="conditional", samples=2), show_progress=False)
    (rec,) = run.records
    assert rec.latent_name == "w[large-object]" and rec.bias == "conditional"
    assert "condition 'large-object'" in rec.prompt
    # a second call with the same --out and --resume resumes (nothing left to train)
    code = main(["train", "--model", "csvae", "--dataset", "scenes", "--attribute", "large-object",
                 "--n-images", "256", "--epochs", "1", "--latent-dim", "4", "--quiet", "--out", str(out), "--resume"])
    assert code == 0


@pytest.mark.parametrize("args,needle", [
    (["--model", "csvae"], "needs --attribute"),
    (["--model", "csvae", "--attribute", "tall"], "neither a named attribute"),
    (["--model", "beta-vae", "--attribute", "large-object"], "--attribute is for --model csvae"),
    (["--model", "csvae", "--dataset", "folder:/nonexistent-folder", "--attribute", "x=1"], ""),
])
def test_csvae_training_input_errors(tmp_path, capsys, args, needle):
    argv = ["train", "--dataset", "scenes", "--n-images", "64", "--out", str(tmp_path / "m"), *args]
    code = main(argv)
    err = capsys.readouterr().err.strip()
    assert code == 2 and needle in err and len(err.splitlines()) == 1


def test_a_fashion_class_is_an_attribute():
    from latentexplainer.data.base import Dataset, Factor
    from latentexplainer.data.files import FASHION_CLASSES

    labels = np.arange(200) % 10
    data = Dataset("fashion-mnist", np.zeros((200, 8, 8, 1), np.uint8), labels[:, None].astype(float),
                   (Factor("class", "kind of garment", "categorical", FASHION_CLASSES),))
    a = parse_attribute("class=trouser", data)
    assert a.factor == "class" and a.labels(data).sum() == 20
    assert parse_attribute("class=ankle boot", data).labels(data)[9]

"""The three inductive biases, user bias files, and prompt generation (#5)."""

import json
from pathlib import Path

import numpy as np
import pytest

from fakes.models import scenes_decode, shapes_decode
from latentexplainer.biases import BIASES, get_bias
from latentexplainer.biases.files import load_bias_file
from latentexplainer.cli import main
from latentexplainer.errors import ConfigError
from latentexplainer.manipulate import plan_sequences
from latentexplainer.manipulate.groups import propose_groups
from latentexplainer.models import GenerativeModel
from latentexplainer.pipeline import ExplainSettings, Manipulation, explain
from latentexplainer.prompts import UnitWords, build_prompt, plain_prompt
from latentexplainer.records import LatentRef

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "biases"
FILES = {"disentanglement": "disentanglement.yaml", "combination": "combination.yaml",
         "conditional": "conditional.toml"}


def shapes4() -> GenerativeModel:
    """z0 -> x, z1 -> scale, z2 -> y, z3 nothing."""
    return GenerativeModel("shapes4", 4, shapes_decode, info={"kind": "test decoder"})


def conditioned() -> GenerativeModel:
    """The same decoder, with z1 (scale) declared as the model's condition 'large'."""
    return GenerativeModel("cond", 4, shapes_decode,
                           info={"kind": "test decoder", "condition": "large", "condition_latents": [1],
                                 "latent_names": {"1": "w[large]"}})


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_builtin_bias_loads_from_its_example_file_and_gives_the_same_prompts(name):
    builtin, from_file = get_bias(name), load_bias_file(EXAMPLES / FILES[name])
    assert from_file == builtin
    for words in (UnitWords(), UnitWords(("z1", "z4"), "smile"), UnitWords(("z0", "z2", "z5"), "large-object")):
        assert build_prompt(from_file, "VAE", None, words).text == build_prompt(builtin, "VAE", None, words).text
        assert plain_prompt(from_file, "VAE", None, words).text == plain_prompt(builtin, "VAE", None, words).text


def test_builtin_and_file_biases_decode_the_same_sequences():
    model = shapes4()
    codes = np.random.default_rng(0).standard_normal((2, 4)).astype(np.float32)
    units = [LatentRef(0, members=(0, 2))]
    for name in ("disentanglement", "combination"):
        a = plan_sequences(model, get_bias(name), units, codes, (-2, 0, 2), np.random.default_rng(1))
        b = plan_sequences(model, load_bias_file(EXAMPLES / FILES[name]), units, codes, (-2, 0, 2),
                           np.random.default_rng(1))
        for qa, qb in zip(a[0], b[0]):
            assert [r.condition for r in qa.rows] == [r.condition for r in qb.rows]
            for ra, rb in zip(qa.rows, qb.rows):
                np.testing.assert_array_equal(ra.frames, rb.frames)


def test_the_disentanglement_prompt_is_the_foundation_one():
    text = build_prompt(get_bias("disentanglement")).text
    assert text.startswith("You are shown 2 rows of images made by a deep generative model (VAE).\n"
                           "In every row one latent variable, z_i, takes the values -3, -1.5, 0, 1.5, 3")
    assert "Row 2: the same sweep after another latent z_j was set to a different value." in text
    assert "z_i -> pattern of change; = -> same" in text


def test_combination_rows_sweep_the_group_then_each_member():
    model = shapes4()
    codes = np.zeros((1, 4), np.float32)
    seqs = plan_sequences(model, get_bias("combination"), [LatentRef(0, "z0+z2", (0, 2))], codes, (-3, 0, 3),
                          np.random.default_rng(0))[0]
    rows = seqs[0].rows
    assert [r.moving for r in rows] == [(0, 2), (0,), (2,)]
    assert [r.condition for r in rows] == ["base code", "only z0", "only z2"]
    # the together row equals decoding the codes with both latents set
    z = np.zeros((3, 4), np.float32)
    z[:, 0] = z[:, 2] = [-3, 0, 3]
    np.testing.assert_allclose(rows[0].frames, model.decode(z))
    prompt = build_prompt(get_bias("combination"), unit=UnitWords(("z0", "z2"))).text
    assert "You are shown 3 rows" in prompt and "Row 3: only z2 swept" in prompt
    assert "The latent variables z0 and z2 form a group" in prompt


def test_combination_run_with_given_groups(tmp_path):
    run = explain(shapes4(), tmp_path / "r", ExplainSettings(bias="combination", groups=[(0, 2), (1, 3)], samples=2),
                  show_progress=False)
    by = {r.latent_name: r for r in run.records}
    assert set(by) == {"z0+z2", "z1+z3"}
    assert by["z0+z2"].members == [0, 2]
    # x and y move together: the probe names both positions; z1 + dead z3: the size
    both = by["z0+z2"].explanation.lower()
    assert "right" in both and "down" in both
    assert "larger" in by["z1+z3"].explanation.lower() or "size" in by["z1+z3"].explanation.lower()
    config = json.loads((tmp_path / "r" / "config.json").read_text())
    assert config["groups"] == [[0, 2], [1, 3]] and config["bias"] == "combination"
    assert (tmp_path / "r" / "images" / "g0_s0.png").exists()


def _two_x_latents(z):
    """z0 and z1 both move the object horizontally; z2 changes its size."""
    zz = np.stack([z[:, 0] + z[:, 1], z[:, 2], np.zeros(len(z)), np.zeros(len(z))], 1)
    return shapes_decode(zz)


def test_groups_are_proposed_from_latents_that_change_the_same_attribute():
    model = GenerativeModel("twox", 3, _two_x_latents)
    code = np.zeros(3, np.float32)
    assert propose_groups(model, code, (-3, -1.5, 0, 1.5, 3), None) == [(0, 1)]
    with pytest.raises(ConfigError, match="no two latents of this model change the same measured attribute"):
        propose_groups(shapes4(), np.zeros(4, np.float32), (-3, -1.5, 0, 1.5, 3), None)


def test_conditional_bias_sweeps_the_condition_from_zero(tmp_path):
    model = conditioned()
    m = Manipulation.prepare(model, ExplainSettings(bias="conditional", samples=2))
    assert m.values == (0.0, 1.0, 2.0, 3.0, 4.0)
    assert [u.label for u in m.units] == ["w[large]"]
    q = m.sequences(1)[0]
    assert len(q.rows) == 1 and q.rows[0].values == (0.0, 1.0, 2.0, 3.0, 4.0)
    run = explain(model, tmp_path / "r", ExplainSettings(bias="conditional", samples=2), show_progress=False)
    (rec,) = run.records
    assert rec.latent_name == "w[large]" and "larger" in rec.explanation.lower()
    assert "condition 'large'" in rec.prompt and "You are shown 1 row of images" in rec.prompt


def test_the_cli_prints_names_and_answers_as_text_not_markup(capsys):
    from latentexplainer.cli.main import _print_records
    from latentexplainer.records import LatentRecord

    rec = LatentRecord(latent=4, latent_name="w[large-object]", bias="conditional", prompt="", responses=[],
                       abstentions=[], certainty=0.9, certainty_estimator="bow", certainties={},
                       explanation="The [bold]object[/bold] grows.", clear=True, threshold=0.26, status="ok")
    _print_records([rec])
    out = capsys.readouterr().out
    assert "w[large-object]" in out and "[bold]object[/bold]" in out


def test_conditional_bias_needs_a_model_with_a_condition(tmp_path):
    with pytest.raises(ConfigError, match="needs a model with a condition"):
        explain(shapes4(), tmp_path / "r", ExplainSettings(bias="conditional"), show_progress=False)
    assert not (tmp_path / "r").exists()


def test_a_user_bias_with_fixed_values_runs(tmp_path):
    run = explain(shapes4(), tmp_path / "r", ExplainSettings(bias_file=str(EXAMPLES / "robust-to-z0.yaml"),
                                                             latents=[1, 2], samples=2), show_progress=False)
    assert [r.bias for r in run.records] == ["robust-to-z0", "robust-to-z0"]
    m = Manipulation.prepare(shapes4(), ExplainSettings(bias_file=str(EXAMPLES / "robust-to-z0.yaml"), samples=2))
    q = m.sequences(1)[0]
    assert q.rows[1].condition == "z0 set to +3"
    assert "a pushed first latent" in run.records[0].prompt
    saved = json.loads((tmp_path / "r" / "config.json").read_text())["bias_definition"]
    assert saved["name"] == "robust-to-z0" and saved["rows"][1]["fixed"] == [[0, 3.0]]


GOOD = (EXAMPLES / "disentanglement.yaml").read_text()
MALFORMED = [
    ("bad.yaml", "name: [unclosed", "not valid YAML"),
    ("bad.toml", "name = ", "not valid TOML"),
    ("bad.json", "{}", "unknown extension '.json'"),
    ("bad.yaml", "- just\n- a list\n", "top level: must be a mapping"),
    ("bad.yaml", GOOD.replace("in_context:", "in_contexts:"), "unknown key 'in_contexts'"),
    ("bad.yaml", GOOD.replace("question: what", "#question: what"), "missing key 'question'"),
    ("bad.yaml", GOOD.replace("unit: latent", "unit: pixel"), "manipulation.unit: 'pixel' is not allowed"),
    ("bad.yaml", GOOD.replace("values: [-3, -1.5, 0, 1.5, 3]", "values: [1, 2]"), "manipulation.values"),
    ("bad.yaml", GOOD.replace("fixed: other", "fixed: elsewhere"), "rows[1].fixed: 'elsewhere' is not allowed"),
    ("bad.yaml", GOOD.replace("move: unit\n      fixed: base", "move: sideways\n      fixed: base"),
     "rows[0].move: 'sideways'"),
    ("bad.yaml", GOOD.replace("{values}", "{valuez}"), "unknown placeholder {valuez}"),
    ("bad.yaml", GOOD.replace("z_i: pattern of change", "z_i: ''"), "mapping.z_i: must be non-empty text"),
    ("bad.yaml", GOOD.replace("name: disentanglement", "name: 'two words'"), "is not a name"),
    ("bad.yaml", GOOD.replace("shift: 2.0", "shift: far"), "shift: must be a number"),
]


@pytest.mark.parametrize("fname,text,needle", MALFORMED)
def test_a_malformed_bias_file_is_one_clear_line(tmp_path, fname, text, needle):
    path = tmp_path / fname
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_bias_file(path)
    msg = str(err.value)
    assert needle in msg and str(path) in msg and "\n" not in msg


def test_a_malformed_bias_file_through_the_cli_exits_2_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bias.yaml"
    bad.write_text(GOOD.replace("unit: latent", "unit: pixel"))
    code = main(["explain", "--model", "fakes.models:shapes_model", "--bias-file", str(bad),
                 "--out", str(tmp_path / "r")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "manipulation.unit" in err and "Traceback" not in err
    assert not (tmp_path / "r" / "explanations.jsonl").exists()
    code = main(["explain", "--model", "fakes.models:shapes_model", "--bias-file", str(tmp_path / "none.yaml"),
                 "--out", str(tmp_path / "r")])
    assert code == 2 and "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("args,needle", [
    (["--bias", "causal"], "unknown bias 'causal'"),
    (["--bias", "combination", "--groups", "1;2,3"], "each group needs 2 or more"),
    (["--bias", "combination", "--groups", "0,9"], "latent 9 is out of range"),
    (["--bias", "combination", "--groups", "a,b"], "--groups must be groups of latent indices"),
    (["--bias", "conditional"], "needs a model with a condition"),
])
def test_bias_options_fail_clearly(tmp_path, capsys, args, needle):
    code = main(["explain", "--model", "fakes.models:shapes_model", *args, "--out", str(tmp_path / "r")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and needle in err and len(err.splitlines()) == 1


def test_combination_through_the_cli(tmp_path, capsys):
    code = main(["explain", "--model", "fakes.models:scenes_model", "--bias", "combination", "--groups", "0,1",
                 "--samples", "2", "--quiet", "--out", str(tmp_path / "r")])
    out = capsys.readouterr().out
    assert code == 0 and "z0+z1" in out


def test_every_builtin_is_registered():
    assert set(BIASES) == {"disentanglement", "combination", "conditional"}


def test_scenes_decoder_combination_names_the_floor(tmp_path):
    model = GenerativeModel("scenes3", 3, scenes_decode)
    run = explain(model, tmp_path / "r", ExplainSettings(bias="combination", groups=[(0, 1)], samples=2),
                  show_progress=False)
    text = run.records[0].explanation.lower()
    assert "floor" in text or "lower" in text

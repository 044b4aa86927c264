"""The CLI: bad input is one clear line on stderr and exit code 2, never a traceback,
and nothing already written is lost."""

import json
import subprocess
import sys

import pytest

from latentexplainer.cli import main


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


BAD = [
    (("train", "--dataset", "mnist", "--out", "{tmp}/m"), "unknown data set 'mnist'"),
    (("train", "--dataset", "shapes", "--model", "gan", "--out", "{tmp}/m"), "unknown VAE kind 'gan'"),
    (("train", "--dataset", "shapes", "--latent-dim", "0", "--out", "{tmp}/m"), "latent_dim must be between"),
    (("train", "--dataset", "shapes", "--epochs", "0", "--out", "{tmp}/m"), "--epochs must be at least 1"),
    (("explain", "--model", "fakes.models:shapes_model", "--backend", "oracle", "--out", "{tmp}/r"), "unknown backend 'oracle'"),
    (("explain", "--model", "fakes.models:shapes_model", "--latents", "99", "--out", "{tmp}/r"), "out of range"),
    (("explain", "--model", "fakes.models:shapes_model", "--latents", "a,b", "--out", "{tmp}/r"), "comma-separated integers"),
    (("explain", "--model", "fakes.models:shapes_model", "--samples", "1", "--out", "{tmp}/r"), "samples (--samples) must be"),
    (("explain", "--model", "fakes.models:shapes_model", "--values", "1,x", "--out", "{tmp}/r"), "--values must be"),
    (("explain", "--model", "fakes.models:shapes_model", "--certainty", "vibes", "--out", "{tmp}/r"), "unknown certainty estimator"),
    (("explain", "--model", "fakes.models:nan_model", "--out", "{tmp}/r"), "NaN or infinite"),
    (("explain", "--model", "fakes.models:wrong_shape_model", "--out", "{tmp}/r"), "the decoder returned shape ("),
    (("explain", "--model", "fakes.models:out_of_range_model", "--out", "{tmp}/r"), "values in [5, 5]"),
    (("explain", "--model", "fakes.models:raising_model", "--out", "{tmp}/r"), "decoder raised RuntimeError: boom"),
    (("explain", "--model", "fakes.models:bad_dim_model", "--out", "{tmp}/r"), "latent_dim must be a positive integer"),
    (("explain", "--model", "fakes.models:not_a_model", "--out", "{tmp}/r"), "must return (decode, latent_dim)"),
    (("explain", "--model", "nosuch.module:fn", "--out", "{tmp}/r"), "cannot import module 'nosuch.module'"),
    (("explain", "--model", "{tmp}/missing", "--out", "{tmp}/r"), "no such folder"),
    (("explain", "--model", "{tmp}", "--out", "{tmp}/r"), "not a model folder"),
    (("explain", "--model", "fakes.models:shapes_model", "--out", "{tmp}/afile/r"), "cannot write to"),
    (("benchmark", "--dataset", "folder:{tmp}/imgs", "--out", "{tmp}/b"), "needs ground-truth factors"),
    (("explain", "--model", "fakes.models:shapes_model", "--bias-file", "{tmp}/nobias.yaml", "--out", "{tmp}/r"),
     "does not exist; give a YAML or TOML file"),
    (("explain", "--model", "fakes.models:shapes_model", "--bias", "combination", "--groups", "0", "--out", "{tmp}/r"),
     "each group needs 2 or more different latents"),
    (("demo", "--dataset", "mnist", "--out", "{tmp}/d"), "no shipped model for data set 'mnist'"),
    (("explain", "--model", "fakes.models:inf_model", "--out", "{tmp}/r"), "NaN or infinite"),
    (("explain", "--model", "fakes.models:oversize_model", "--out", "{tmp}/r"), "larger than the 1024 px allowed"),
    (("explain", "--model", "fakes.models:uint8_model", "--out", "{tmp}/r"), "values in [200, 200]"),
    (("explain", "--model", "{tmp}/pickled", "--out", "{tmp}/r"), "not a model folder"),
    (("explain", "--model", "{tmp}/pickled/model.pt", "--out", "{tmp}/r"), "is a file"),
    (("explain", "--model", "../../etc/passwd:x", "--out", "{tmp}/r"), "no such folder"),
    (("explain", "--model", "fakes.models:shapes_model", "--concurrency", "4", "--out", "{tmp}/r"),
     "unknown option(s) for the probe backend: concurrency"),
    (("explain", "--model", "fakes.models:shapes_model", "--backend-option", "oops", "--out", "{tmp}/r"),
     "--backend-option must look like KEY=VALUE"),
    (("explain", "--model", "fakes.models:shapes_model", "--base-codes", "posterior", "--out", "{tmp}/r"),
     "unknown kind of base code"),
    (("explain", "--model", "fakes.models:shapes_model", "--bias", "chaos", "--out", "{tmp}/r"), "unknown bias 'chaos'"),
    (("benchmark", "--dataset", "npz:{tmp}/nope.npz", "--out", "{tmp}/b"), "no such file"),
    (("benchmark", "--judge", "oracle", "--out", "{tmp}/b"), "unknown judge 'oracle'"),
    (("benchmark", "--judge-option", "oops", "--out", "{tmp}/b"), "--judge-option must look like KEY=VALUE"),
    (("benchmark", "--references", "{tmp}/refs.json", "--out", "{tmp}/b"), "cannot read the references file"),
    (("explain", "--out", "{tmp}/r"), "Missing option '--model'"),
    (("explain", "--model", "fakes.models:shapes_model", "--out", "{tmp}/r", "--samples", "many"), "Invalid value for '--samples'"),
]


@pytest.mark.parametrize("args,message", BAD, ids=[" ".join(a[:1]) + ":" + m[:30] for a, m in BAD])
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, args, message):
    (tmp_path / "afile").write_text("a file, not a folder")
    (tmp_path / "imgs").mkdir()
    (tmp_path / "pickled").mkdir()
    (tmp_path / "pickled" / "model.pt").write_bytes(b"\x80\x04K\x01.")  # a pickle: never unpickled
    from PIL import Image

    Image.new("RGB", (8, 8)).save(tmp_path / "imgs" / "a.png")
    code, out, err = run_cli(capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert message in lines[0]
    assert "Traceback" not in err + out
    assert not (tmp_path / "r" / "explanations.jsonl").exists()  # a refused run writes no record


def test_corrupt_checkpoint(capsys, tmp_path, tiny_vae_dir):
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(tiny_vae_dir, bad)
    (bad / "model.safetensors").write_bytes(b"\x00" * 10)
    code, _, err = run_cli(capsys, "explain", "--model", bad, "--out", tmp_path / "r")
    assert code == 2 and "corrupt or truncated" in err and len(err.strip().splitlines()) == 1


def test_an_existing_run_is_never_overwritten(capsys, tmp_path):
    out = tmp_path / "r"
    code, _, _ = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--out", out,
                         "--samples", "2", "--latents", "0", "--quiet")
    assert code == 0
    before = (out / "explanations.jsonl").read_bytes()
    code, _, err = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--out", out, "--quiet")
    assert code == 2 and "--resume" in err
    assert (out / "explanations.jsonl").read_bytes() == before


def test_explain_prints_a_table_and_writes_the_run(capsys, tmp_path):
    out = tmp_path / "r"
    code, stdout, _ = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--out", out,
                              "--samples", "3", "--quiet")
    assert code == 0
    assert "moves to the right" in stdout and "No clear explanation" in stdout
    assert len((out / "explanations.jsonl").read_text().splitlines()) == 4
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["command"].startswith("latentexplainer explain")


def test_train_then_explain_as_a_user_would(tmp_path, cli_env):
    """Real processes, as a user types them: train a tiny VAE, explain it."""
    model = tmp_path / "vae"
    py = [sys.executable, "-m", "latentexplainer"]
    r = subprocess.run(py + ["train", "--dataset", "shapes", "--n-images", "256", "--epochs", "1",
                             "--latent-dim", "3", "--out", str(model), "--quiet"],
                       env=cli_env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    cfg = json.loads((model / "config.json").read_text())
    assert "latentexplainer train --dataset shapes" in cfg["command"]
    r = subprocess.run(py + ["explain", "--model", str(model), "--out", str(tmp_path / "run"), "--samples", "2",
                             "--quiet"], env=cli_env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "run" / "report.html").exists()
    r = subprocess.run(py + ["explain", "--model", str(tmp_path / "nope"), "--out", str(tmp_path / "x")],
                       env=cli_env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_recorded_command_lines_hide_keys_given_as_options():
    from latentexplainer.cli.common import _redact

    argv = ["explain", "--api-key", "sk-A", "--backend-option", "api_key=sk-B", "--prompt-writer-option",
            "API-KEY=sk-C", "--judge-option", "base_url=http://127.0.0.1:9/v1", "--api-key=sk-D"]
    out = " ".join(_redact(argv))
    assert not any(k in out for k in ("sk-A", "sk-B", "sk-C", "sk-D"))
    assert "api_key=***" in out and "base_url=http://127.0.0.1:9/v1" in out


def test_model_text_reaches_the_terminal_without_raw_control_codes(capsys, tmp_path):
    # an answer that would retitle the window and clear the screen, and a bidirectional override
    hostile = "The object \x1b]0;pwned\x1b\\moves\x1b[2J to the \u202eright."
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({f"z{i}": [hostile] * 3 for i in range(4)}))
    code, out, err = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--backend",
                             f"replay:{answers}", "--samples", "3", "--latents", "0", "--out", tmp_path / "r")
    assert code == 0, err
    for stream in (out, err):
        assert "\x1b" not in stream and "\u202e" not in stream
    assert "\\x1b" in out and "\\u202e" in out  # shown, visibly
    record = json.loads((tmp_path / "r" / "explanations.jsonl").read_text().splitlines()[0])
    assert record["responses"][0] == hostile  # the record keeps what the model said


def _run_naming(tmp_path, model_info):
    run = tmp_path / "shared-run"
    run.mkdir(exist_ok=True)
    (run / "config.json").write_text(json.dumps({"model_info": model_info}))
    (run / "explanations.jsonl").write_text("")
    return run


@pytest.mark.parametrize("info,expected", [
    ({"spec": "sys:exit"}, "names code as its model (sys:exit)"),
    ({"spec": "os:abort"}, "names code as its model (os:abort)"),
    (["not", "a", "dict"], "does not say which model"),
    ({"spec": 7}, "does not say which model"),
])
def test_code_named_in_a_run_directory_is_not_run(capsys, tmp_path, info, expected):
    run = _run_naming(tmp_path, info)
    code, out, err = run_cli(capsys, "explain", "--model", run, "--out", tmp_path / "x", "--latents", "0")
    assert code == 2 and expected in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "x").exists()


def test_a_run_naming_code_runs_it_only_with_trust_run(capsys, tmp_path):
    run = _run_naming(tmp_path, {"spec": "fakes.models:shapes_model"})
    code, _, err = run_cli(capsys, "explain", "--model", run, "--out", tmp_path / "x", "--samples", "2", "--latents", "0")
    assert code == 2 and "--trust-run" in err
    code, _, err = run_cli(capsys, "explain", "--model", run, "--out", tmp_path / "x", "--samples", "2",
                           "--latents", "0", "--trust-run")
    assert code == 0, err


def test_two_runs_naming_each_other_are_refused(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for here, there in ((a, b), (b, a)):
        here.mkdir()
        (here / "config.json").write_text(json.dumps({"model_info": {"folder": str(there)}}))
        (here / "explanations.jsonl").write_text("")
    code, _, err = run_cli(capsys, "explain", "--model", a, "--out", tmp_path / "x")
    assert code == 2 and "names another run directory" in err and len(err.strip().splitlines()) == 1, err


def test_a_password_in_base_url_reaches_no_file(capsys, tmp_path):
    pytest.importorskip("openai")
    from fakes.servers import FakeServer

    with FakeServer() as srv:
        srv.set_answer("The object moves to the right.")
        url = srv.url.replace("http://", "http://alice:hunter2secret@") + "/v1"
        code, out, err = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--backend",
                                 "openai-compatible:m", "--base-url", url, "--samples", "2", "--latents", "0",
                                 "--cache-dir", tmp_path / "cache", "--out", tmp_path / "r")
    assert code == 0, err
    assert "hunter2secret" not in out + err
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "config.json" for p in files)
    assert not any(b"hunter2secret" in p.read_bytes() for p in files)
    assert "alice:***@" in (tmp_path / "r" / "config.json").read_text()


def test_backends_lists_each_backend_with_the_options_its_class_takes(capsys):
    code, out, err = run_cli(capsys, "backends")
    assert code == 0, err
    for name in ("probe", "replay", "hf", "openai", "openai-compatible", "anthropic", "gemini", "ollama"):
        assert f"\n{name}  " in "\n" + out, name
    probe = out.split("\nprobe  ")[1].split("\n\n")[0]
    assert "threshold" in probe and "ratio" in probe and "(answers cached)" not in probe.splitlines()[0]
    assert "(answers cached)" in out.split("\nopenai  ")[1].splitlines()[0]
    anthropic = out.split("anthropic  ")[1].split("\n\n")[0]
    assert "temperature" in anthropic and "refused" in anthropic  # and why
    assert "image_detail" in out.split("\nopenai  ")[1].split("\n\n")[0] and "image_detail" not in anthropic
    code, out, err = run_cli(capsys, "backends", "nope")
    assert code == 2 and "unknown backend 'nope'; choose one of:" in err

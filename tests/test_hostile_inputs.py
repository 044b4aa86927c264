"""Hostile and broken input, class by class (issue 12): each case is one command on a file or
model someone else made. Each must end with its exit code (2: bad input; 3: work stopped
midway), one line on stderr with no traceback, and nothing outside the case's own folder
changed (a decoy file is hashed before and after)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from latentexplainer.cli import main

MODEL = "fakes.models:shapes_model"
GOOD_BIAS = (Path(__file__).resolve().parent.parent / "examples" / "biases" / "disentanglement.yaml").read_text()


def _deep(n: int, open_: str = "[", close: str = "]") -> str:
    return open_ * n + close * n


def _bomb() -> str:
    lines, prev = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"], "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
        prev = name
    return "\n".join(lines) + f"\nname: *{prev}\n"


def _write(tmp: Path, name: str, text: str | bytes) -> Path:
    p = tmp / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode())
    return p


def _run_dir(tmp: Path) -> Path:
    """A finished probe run of the analytic shapes model (2 latents), made once per case."""
    run = tmp / "run"
    assert main(["explain", "--model", MODEL, "--latents", "0,1", "--samples", "2", "--quiet", "--out", str(run)]) == 0
    return run


def _edit_record(run: Path, unit: int, **fields) -> None:
    p = run / "records" / f"z{unit:04d}.json"
    rec = json.loads(p.read_text())
    rec.update(fields)
    p.write_text(json.dumps(rec))


def _model_dir(tmp: Path, config: str) -> Path:
    m = tmp / "m"
    m.mkdir()
    (m / "config.json").write_text(config)
    (m / "model.safetensors").write_bytes(b"not weights")
    return m


def _explain(tmp, *extra, model=MODEL):
    return ["explain", "--model", model, "--samples", "2", "--quiet", "--out", str(tmp / "r"), *extra]


def _resume(run):
    return ["explain", "--model", MODEL, "--latents", "0,1", "--samples", "2", "--quiet", "--out", str(run), "--resume"]


def _bias(tmp, name, text):
    return _explain(tmp, "--latents", "0", "--bias-file", str(_write(tmp, name, text)))


def _refs(tmp, name, text):
    return ["evaluate", str(_run_dir(tmp)), "--references", str(_write(tmp, name, text))]


CASES = {
    # ---- a decoder that breaks its contract
    "decoder returns a generator": (lambda t: _explain(t, model="fakes.models:generator_model"), 2, "generator"),
    "decoder returns strings": (lambda t: _explain(t, model="fakes.models:strings_model"), 2, "not an array of numbers"),
    "decoder returns None": (lambda t: _explain(t, model="fakes.models:none_model"), 2, "the decoder returned"),
    "decoder returns a dict": (lambda t: _explain(t, model="fakes.models:dict_model"), 2, "the decoder returned"),
    "decoder returns ragged lists": (lambda t: _explain(t, model="fakes.models:ragged_model"), 2, "decoder returned"),
    "decoder returns infinities": (lambda t: _explain(t, model="fakes.models:huge_number_model"), 2, "infinite"),
    # ---- bias files: nesting, aliases, placeholders, size, encoding
    "bias YAML nested 5000 deep": (lambda t: _bias(t, "b.yaml", "name: " + _deep(5000)), 2, "nests more than"),
    "bias TOML nested 5000 deep": (lambda t: _bias(t, "b.toml", "name = " + _deep(5000)), 2, "nests more than"),
    "bias YAML alias bomb": (lambda t: _bias(t, "b.yaml", _bomb()), 2, "anchors and aliases"),
    "bias YAML one anchor": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace("name: disentanglement",
                                                                            "name: &n disentanglement")),
                             2, "anchors and aliases"),
    "bias format spec width": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace("{values}", "{values:>50000000}")),
                               2, "bare names only"),
    "bias nested format field": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace(
        "{values}", "{values:{members.__class__.__mro__}}")), 2, "bare names only"),
    "bias conversion": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace("{values}", "{values!r}")), 2,
                        "bare names only"),
    "bias attribute access": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace("{values}", "{members.__class__}")),
                              2, "unknown placeholder"),
    "bias indexing": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace("{values}", "{values[0]}")), 2,
                      "unknown placeholder"),
    "bias file of 2 MB": (lambda t: _bias(t, "b.yaml", GOOD_BIAS + "#" + "x" * 2_000_000 + "\n"), 2,
                          "more than the 1048576 allowed"),
    "bias file not UTF-8": (lambda t: _bias(t, "b.yaml", b"name: \xff\xfe\xfa\n"), 2, "not UTF-8"),
    "bias file is a folder": (lambda t: _explain(t, "--bias-file", str(t)), 2, "does not exist"),
    "bias fixed latent of 5000 digits": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace(
        "fixed: other", "fixed:\n        ? " + "9" * 5000 + "\n        : 1.0")), 2, "cannot be read"),
    "bias name a 900 KB string": (lambda t: _bias(t, "b.yaml", GOOD_BIAS.replace(
        "name: disentanglement", "name: " + "x" * 900_000)), 2, "is not a name"),
    # ---- replay files
    "replay JSON nested 100000 deep": (lambda t: _explain(t, "--backend", f"replay:{_write(t, 'a.json', _deep(100000))}"),
                                       2, "nests more than"),
    "replay JSONL line nested deep": (lambda t: _explain(t, "--backend", "replay:" + str(_write(
        t, "a.jsonl", '{"latent": 0, "responses": ' + _deep(100000) + "}\n"))), 2, "nests more than"),
    "replay latent of 5000 digits": (lambda t: _explain(t, "--backend", "replay:" + str(_write(
        t, "a.json", '{"' + "9" * 5000 + '": ["x"]}'))), None, None),
    "replay number of 5000 digits": (lambda t: _explain(t, "--backend", "replay:" + str(_write(
        t, "a.jsonl", '{"latent": ' + "9" * 5000 + ', "responses": []}\n'))), 2, "cannot be read"),
    "replay not UTF-8": (lambda t: _explain(t, "--backend", "replay:" + str(_write(t, "a.json", b'{"0": ["\xff"]}'))),
                         2, "not UTF-8"),
    # ---- references and labels
    "references nested deep": (lambda t: _refs(t, "refs.json", '{"0": ' + _deep(100000) + "}"), 2, "nests more than"),
    "references latent of 5000 digits": (lambda t: _refs(t, "refs.json", '{"' + "9" * 5000 + '": "x"}'), 2,
                                         "not a latent index"),
    "references CSV field over 128 KB": (lambda t: _refs(t, "refs.csv", "latent,reference\n0," + "x" * 200_000), 2,
                                         "keep each field under 128 KB"),
    "references CSV with a NUL": (lambda t: _refs(t, "refs.csv", "latent,reference\n0,a\x00b\n"), None, None),
    "references a list": (lambda t: _refs(t, "refs.json", "[1, 2]"), 2, "must hold a JSON object"),
    "labels nested deep": (lambda t: ["calibrate", str(_run_dir(t)), "--labels",
                                      str(_write(t, "l.json", '{"0": ' + _deep(100000) + "}")), "--out",
                                      str(t / "thr.json")], 2, "nests more than"),
    "labels latent of 5000 digits": (lambda t: ["calibrate", str(_run_dir(t)), "--labels",
                                                str(_write(t, "l.json", '{"' + "9" * 5000 + '": "clear"}')),
                                                "--out", str(t / "thr.json")], 2, "latent"),
    # ---- threshold files
    "threshold 1e999": (lambda t: _explain(t, "--threshold-from", str(_write(
        t, "thr.json", '{"threshold": 1e999, "estimator": "gist"}'))), 2, "not a finite number"),
    "threshold file nested deep": (lambda t: _explain(t, "--threshold-from", str(_write(t, "thr.json", _deep(100000)))),
                                   2, "not a threshold file"),
    "threshold file is a folder": (lambda t: _explain(t, "--threshold-from", str(t)), 2, "not a regular file"),
    # ---- command-line values
    "--latents of 5000 digits": (lambda t: _explain(t, "--latents", "9" * 5000), 2, "comma-separated integers"),
    "--groups of 5000 digits": (lambda t: _explain(t, "--bias", "combination", "--groups", "0," + "9" * 5000), 2,
                                "--groups must be"),
    "--values of 100000 characters": (lambda t: _explain(t, "--values", "1,2,x" * 20000), 2, "--values must be"),
    "--cache-dir is a file": (lambda t: _explain(t, "--backend", "openai:gpt-4o", "--api-key", "k", "--base-url",
                                                 "http://127.0.0.1:9/v1", "--cache-dir", str(_write(t, "f", "x"))),
                              2, "cannot be written"),
    "--cache-dir below a file": (lambda t: _explain(t, "--backend", "openai:gpt-4o", "--api-key", "k", "--base-url",
                                                    "http://127.0.0.1:9/v1", "--cache-dir",
                                                    str(_write(t, "f", "x") / "sub")), 2, "cannot be written"),
    # ---- records someone else wrote, on --resume, evaluate and calibrate
    "record is a list": (lambda t: (_run_dir(t), (t / "run" / "records" / "z0000.json").write_text("[]"),
                                    _resume(t / "run"))[-1], 2, "not a record of latentexplainer"),
    "record latent is text": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, latent="7"), _resume(t / "run"))[-1],
                              2, "field 'latent'"),
    "record certainty is text": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, certainty="high"),
                                            _resume(t / "run"))[-1], 2, "field 'certainty'"),
    "record latent of 4000 digits": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, latent=int("9" * 4000)),
                                                _resume(t / "run"))[-1], 2, "field 'latent'"),
    "record of another latent": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, latent=0), _resume(t / "run"))[-1],
                                 2, "holds latent 0"),
    "record answers are objects": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, responses=[{"a": 1}]),
                                              _resume(t / "run"))[-1], 2, "field 'responses'"),
    "record usage 1e999": (lambda t: (_run_dir(t), (t / "run" / "records" / "z0001.json").write_text(
        (t / "run" / "records" / "z0001.json").read_text().replace('"usage": {}', '"usage": {"prompt_tokens": 1e999}')),
        _resume(t / "run"))[-1], 2, "field 'usage'"),
    "record nested deep": (lambda t: (_run_dir(t), (t / "run" / "records" / "z0001.json").write_text(_deep(100000)),
                                      _resume(t / "run"))[-1], 2, "not a record of latentexplainer"),
    "foreign record on evaluate": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, certainty="high"),
                                              ["evaluate", str(t / "run"), "--references",
                                               str(_write(t, "refs.json", '{"0": "x"}'))])[-1], 2, "field 'certainty'"),
    "foreign record on calibrate": (lambda t: (_run_dir(t), _edit_record(t / "run", 1, clear="yes"),
                                               ["calibrate", str(t / "run"), "--labels",
                                                str(_write(t, "l.json", '{"0": "clear", "1": "unclear"}')),
                                                "--out", str(t / "thr.json")])[-1], 2, "field 'clear'"),
    "model config.json nested deep": (lambda t: (_model_dir(t, _deep(100000)), _explain(t, model=str(t / "m")))[-1],
                                       2, "m"),
    "model config.json of 20 MB": (lambda t: (_model_dir(t, '{"format": "latentexplainer-vae", "x": "'
                                                        + "x" * 20_000_000 + '"}'), _explain(t, model=str(t / "m")))[-1],
                                   2, "more than"),
    "run naming its model in a 20 MB config": (lambda t: (_run_dir(t), (t / "run" / "config.json").write_text(
        '{"model_info": {"folder": "x"}, "pad": "' + "x" * 20_000_000 + '"}'),
        _explain(t, model=str(t / "run")))[-1], 2, "does not say which model"),
    "config.json not JSON on --resume": (lambda t: (_run_dir(t), (t / "run" / "config.json").write_text("{bad"),
                                                    _resume(t / "run"))[-1], 2, "not a run directory"),
    "config.json nested deep on --resume": (lambda t: (_run_dir(t), (t / "run" / "config.json").write_text(
        _deep(100000)), _resume(t / "run"))[-1], 2, "not a run directory"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_input_is_one_line(case, tmp_path, capsys):
    make, code, needle = CASES[case]
    decoy = tmp_path.parent / f"decoy-{tmp_path.name}.txt"
    decoy.write_bytes(b"DECOY 51c0 contents")
    before = hashlib.sha256(decoy.read_bytes()).hexdigest()
    argv = make(tmp_path)
    capsys.readouterr()
    got = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, err[-2000:]
    if code is not None:  # None: either way is fine (a NUL in a CSV reads as a character), but never a traceback
        assert got == code, err
        assert needle in err and len(err) < 2000, err[-2000:]
    assert hashlib.sha256(decoy.read_bytes()).hexdigest() == before
    decoy.unlink()


def test_a_full_disk_mid_run_exits_3_keeps_what_is_written_and_resume_finishes(tmp_path, capsys, monkeypatch):
    # the disk fills up after the first latent's record: exit 3, one line naming the command
    # that continues; after making room, that command finishes the run
    from latentexplainer import atomic

    real, writes = os.write, {"n": 0}

    class Full:
        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def write(fd, data):
            writes["n"] += 1
            if writes["n"] > 3:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(fd, data)

    monkeypatch.setattr(atomic, "os", Full())
    run = tmp_path / "r"
    argv = ["explain", "--model", MODEL, "--latents", "0,1,2", "--samples", "2", "--quiet", "--out", str(run)]
    assert main(argv) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "No space left on device" in err and "--resume" in err, err
    assert not [p for p in run.rglob("*.tmp")]
    monkeypatch.setattr(atomic, "os", os)
    assert main(argv + ["--resume"]) == 0
    assert sorted(p.name for p in (run / "records").iterdir()) == ["z0000.json", "z0001.json", "z0002.json"]


def test_the_cache_is_checked_before_any_call_is_made(tmp_path, capsys):
    target = tmp_path / "cache"
    target.write_text("a file where the cache folder should be")
    code = main(_explain(tmp_path, "--backend", "openai:gpt-4o", "--api-key", "k", "--base-url",
                         "http://127.0.0.1:9/v1", "--cache-dir", str(target)))
    err = capsys.readouterr().err.strip()
    assert code == 2 and "cannot be written" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "r" / "records").exists()  # no unit was started

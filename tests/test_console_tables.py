"""Console tables when the output is not a terminal (a log, a pipe, CI): one line per row, cells
separated by tabs, never wrapped - every explanation stays whole on its row."""

from __future__ import annotations

import json

import pytest

from latentexplainer.cli import main

pytestmark = pytest.mark.usefixtures("one_thread")

LONG = ("The small white square slides steadily from the left edge of the frame towards the right edge while "
        "its size and colour stay the same.")


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_explain_prints_each_explanation_whole_on_one_line(capsys, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"z0": [LONG] * 3, "z1": [LONG + " [bold]x[/bold]"] * 3}))
    code, out, err = run_cli(capsys, "explain", "--model", "fakes.models:shapes_model", "--backend",
                             f"replay:{answers}", "--samples", "3", "--latents", "0,1", "--out", tmp_path / "r",
                             "--quiet")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split("\t") == ["latent", "explanation", "certainty", "status"]
    rows = [line.split("\t") for line in lines[1:3]]
    assert [r[0] for r in rows] == ["z0", "z1"]
    assert rows[0][1] == LONG and rows[1][1] == LONG + " [bold]x[/bold]"  # whole, markup shown as written
    assert all(len(r) == 4 for r in rows)


def test_the_benchmark_table_keeps_a_row_per_latent(capsys, tmp_path, tiny_vae_dir, monkeypatch):
    from latentexplainer.evaluate import benchmark

    result = benchmark.run_benchmark("shapes", tmp_path / "b", str(tiny_vae_dir), samples=3, n_images=600,
                                     show_progress=False, predictor_epochs=1)
    long = dict(result.to_dict())
    long["latents"] = [dict(r, explanation=LONG if r["explanation"] else None) for r in long["latents"]]
    monkeypatch.setattr(benchmark, "run_benchmark", lambda *a, **kw: long)
    code, out, err = run_cli(capsys, "benchmark", "--dataset", "shapes", "--model", tiny_vae_dir,
                             "--out", tmp_path / "b", "--quiet")
    assert code == 0, err
    lines = out.splitlines()
    header = lines.index("\t".join(("z", "KL", "NMI top", "encoder", "decoder", "explanation", "named", "cert", "ok",
                                    "det", "dir")))
    rows = [line.split("\t") for line in lines[header + 1: header + 1 + len(long["latents"])]]
    assert [r[0] for r in rows] == [str(r["latent"]) for r in long["latents"]]
    assert all(len(r) == 11 for r in rows)
    assert [r[5] for r in rows] == [LONG if x["explanation"] else "No clear explanation" for x in long["latents"]]


def test_a_terminal_still_gets_rich_tables(monkeypatch, capsys):
    from rich.console import Console
    from rich.table import Table

    from latentexplainer.tables import show_table, table_lines

    t = Table("a", "b", title="t")
    t.add_row("x\ty", "[bold]z[/bold]")
    assert table_lines(t) == ["t", "a\tb", "x y\tz"]  # a tab inside a cell cannot split it
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    show_table(t)
    out = capsys.readouterr().out
    assert "┃" in out or "│" in out  # rich's box

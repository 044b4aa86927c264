"""The HTML report is self-contained, escapes model text, and survives missing images."""

from __future__ import annotations

import json
import pathlib
import re

from PIL import Image

from latentexplainer.records import LatentRecord
from latentexplainer.report import write_report


def _record(latent: int, explanation: str | None, images: list[str], **kw: object) -> LatentRecord:
    base: dict = dict(
        latent=latent,
        latent_name=f"z{latent}",
        bias="visual",
        prompt="Describe what changes <b>across</b> the frames.",
        responses=["the shape rotates", "no change", "rotation"],
        abstentions=[False, True, False],
        certainty=0.83,
        certainty_estimator="cosine",
        certainties={"cosine": 0.83, "jaccard": 0.5},
        explanation=explanation,
        clear=explanation is not None,
        threshold=0.5,
        status="ok" if explanation is not None else "unclear",
        images=images,
    )
    base.update(kw)
    return LatentRecord(**base)


def test_write_report(tmp_path: pathlib.Path) -> None:
    run_dir = tmp_path / "run"
    (run_dir / "images").mkdir(parents=True)
    Image.new("RGB", (8, 4), (200, 30, 30)).save(run_dir / "images" / "z0.png")

    records = [
        _record(0, "Rotation of the shape", ["images/z0.png"]),
        _record(1, None, ["images/z1.png"], certainty=0.2, reason="certainty below threshold"),
        _record(2, "<script>alert(1)</script> size", [], latent_name="size-ish"),
    ]
    out = write_report(run_dir, records, {"model": "vae", "backend": "probe", "threshold": 0.5},
                       extra={"benchmark": {"accuracy": 0.75, "n": 3, "nested": {"x": 1}}})

    assert out == run_dir / "report.html"
    assert out.is_file()
    assert not [p for p in run_dir.iterdir() if p.name.endswith(".tmp")]
    html = out.read_text(encoding="utf-8")

    assert html.count('class="card"') == 3
    assert "LatentExplainer report" in html
    assert "Rotation of the shape" in html
    assert "No clear explanation" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "&lt;b&gt;across&lt;/b&gt;" in html  # the prompt is escaped too
    assert "data:image/png;base64,iVBORw0KGgo" in html
    assert "image missing: images/z1.png" in html
    assert "size-ish" in html
    assert "accuracy" in html and "0.75" in html and "nested" not in html
    assert "0.83" in html and "0.20" in html
    assert "http://" not in html and "https://" not in html


def _strip_run(tmp_path: pathlib.Path, samples: int = 2) -> tuple[pathlib.Path, list[LatentRecord], dict]:
    """A real run's strips and config (the shapes fake: z1 scales the square), records as written."""
    from latentexplainer import ExplainSettings, explain, load_model

    out = tmp_path / "run"
    run = explain(load_model("fakes.models:shapes_model"), out, ExplainSettings(samples=samples),
                  show_progress=False, report=False)
    return out, run.records, run.config


def test_card_has_loop_labelled_strip_curve_and_hidden_samples(tmp_path: pathlib.Path) -> None:
    run_dir, records, config = _strip_run(tmp_path)
    html = write_report(run_dir, records, config).read_text(encoding="utf-8")
    gif = run_dir / "images" / "z1_s0.gif"
    assert gif.read_bytes()[:6] == b"GIF89a"
    with Image.open(gif) as im:
        assert im.n_frames == 8 and im.size == (64, 64)  # 5 frames forward, 3 back; the decoder's size
    stamp = gif.stat().st_mtime_ns
    write_report(run_dir, records, config)
    assert gif.stat().st_mtime_ns == stamp  # the same loop is not written again
    assert html.count('class="loop"') == 4 and html.count("data:image/gif;base64,R0lGOD") == 4
    assert '<div class="corner">z1 =</div>' in html
    assert "<div>-1.5</div>" in html and "the latent swept from -3 to 3 from a base code" in html
    assert html.count('<details class="samples">') == 4 and 'loading="lazy"' in html
    assert html.count('aria-label="change along the sweep"') == 4
    assert "<script>" in html and html.count("<script") == 1  # one script: ours
    # the CSP allows exactly that script, by its hash
    import base64
    import hashlib
    import re

    script = re.search(r"<script>(.*)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    import html as html_lib

    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert f"script-src 'sha256-{digest}';" in html_lib.unescape(csp)
    assert "http://" not in html and "https://" not in html


def test_change_curve_follows_the_strips(tmp_path: pathlib.Path) -> None:
    from latentexplainer.render import change_curve, read_strip

    run_dir, records, config = _strip_run(tmp_path)
    grid = read_strip((run_dir / "images" / "z1_s0.png").read_bytes(), 5, 2)
    assert grid is not None and grid.frames.shape == (2, 5, 64, 64, 3)
    curve = change_curve(grid.frames, 2)
    assert curve[0, 2] == 0 and curve[0, 0] > 0 and curve[0, 4] > curve[0, 3] > 0  # the square grows
    dead = read_strip((run_dir / "images" / "z3_s0.png").read_bytes(), 5, 2)
    assert change_curve(dead.frames, 2).max() == 0  # z3 does nothing
    assert read_strip(b"not a png") is None


def test_images_beyond_the_budget_are_linked_lazily_and_only_if_regular(tmp_path: pathlib.Path) -> None:
    run_dir, records, config = _strip_run(tmp_path)
    outside = tmp_path / "secret.png"
    outside.write_bytes((run_dir / "images" / "z0_s1.png").read_bytes())
    (run_dir / "images" / "z0_s1.png").unlink()
    (run_dir / "images" / "z0_s1.png").symlink_to(outside)
    html = write_report(run_dir, records, config, max_inline=0).read_text(encoding="utf-8")
    assert "data:image/png" not in html and "data:image/gif" not in html
    assert 'src="images/z1_s0.png"' in html and 'src="images/z1_s1.png"' in html
    assert 'src="images/z0_s1.png"' not in html and "image missing: images/z0_s1.png" in html
    assert "secret" not in html
    linked = re.findall(r'<img src="images/[^"]+"[^>]*>', html)
    assert linked and all('loading="lazy"' in tag for tag in linked)


def test_group_rows_are_labelled_per_member(tmp_path: pathlib.Path) -> None:
    from dataclasses import asdict

    from latentexplainer.biases.base import COMBINATION

    rec = _record(4, "The object grows and moves.", [], members=[1, 2], bias="combination")
    config = {"values": [-3, 0, 3], "bias_definition": asdict(COMBINATION),
              "model_info": {"latent_names": {"2": "w<size>"}}}
    from latentexplainer.report.html import _row_labels, _symbol

    assert _row_labels(config, rec, [-3.0, 0.0, 3.0]) == [
        "the latents z1, w<size> swept together from a base code",
        "only z1 swept, the other members kept at the base code",
        "only w<size> swept, the other members kept at the base code"]
    assert _symbol(config, rec) == "z1, w<size>"
    html = write_report(tmp_path, [rec], config).read_text(encoding="utf-8")
    assert "w<size>" not in html


def test_benchmark_figures_are_inline_svg(tmp_path: pathlib.Path) -> None:
    latents = [
        {"latent": 0, "certainty": 0.9, "decoder_factor": "posX", "decoder_scores": {"posX": 0.8, "<b>scale</b>": 0.1}},
        {"latent": 1, "certainty": 0.7, "decoder_factor": "<b>scale</b>", "decoder_scores": {"posX": 0.0, "<b>scale</b>": 0.6}},
        {"latent": 2, "certainty": 0.2, "decoder_factor": None, "decoder_scores": {"posX": 0.02, "<b>scale</b>": 0.01}},
        {"latent": 3, "certainty": 0.8, "decoder_factor": None, "decoder_scores": {"posX": "NaN", "<b>scale</b>": 0.0}},
    ]
    bench = {"dataset": "shapes", "certainty_auroc": 0.75, "latents": latents}
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (tmp_path / "benchmark.json").write_text(json.dumps(bench))  # where `benchmark` writes it: beside the run
    records = [_record(i, "x", []) for i in range(4)]
    html = write_report(run_dir, records, {}).read_text(encoding="utf-8")
    assert 'aria-label="certainty ROC curve"' in html and "AUROC 0.750" in html
    assert 'aria-label="factor by latent decoder-side scores"' in html
    assert html.count("<rect x=") >= 8 + 10  # 4 latents x 2 factors, and the histogram's bars
    assert "&lt;b&gt;scale&lt;/b&gt;" in html and "<b>scale</b>" not in html
    assert "z3 x posX: n/a" in html  # a value that is no number is shown as such
    roc = re.search(r'<polyline points="([^"]+)" fill="none" stroke="#3a7bd5" stroke-width="2"/>', html).group(1)
    assert roc.split()[0] == "28.0,186.0" and roc.split()[-1] == "208.0,6.0"  # (0, 0) to (1, 1)


def test_an_unreadable_first_image_leaves_the_card_to_the_next_strip(tmp_path: pathlib.Path) -> None:
    from dataclasses import replace

    run_dir, records, config = _strip_run(tmp_path)
    records[1] = replace(records[1], images=["../outside.png", *records[1].images])
    html = write_report(run_dir, records, config).read_text(encoding="utf-8")
    card = html[html.index('id="z1"'):html.index('id="z2"')]
    assert 'class="loop"' in card and '<div class="corner">z1 =</div>' in card
    assert "image missing: ../outside.png" in card  # among the other samples, as a note
    assert not (tmp_path / "outside.gif").exists()

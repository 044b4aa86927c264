"""The HTML report is self-contained, escapes model text, and survives missing images."""

from __future__ import annotations

import pathlib

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

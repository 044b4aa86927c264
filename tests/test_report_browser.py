"""The HTML report in a real browser: headless Chromium (Debian's package, installed by the
Makefile) driven by Playwright. No console errors, one card per latent, sorting and filtering
work, an answer holding a script payload is shown as text and never runs, and the labels a
person gives in the page survive a reload and export as the very files `calibrate --labels`
and `evaluate --references` read."""

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from latentexplainer import ExplainSettings, explain, load_model

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is missing: `make test` installs it")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "run"
    run = explain(load_model("fakes.models:shapes_model"), out, ExplainSettings(samples=3), show_progress=False)
    # a hostile model answer: the record's explanation and one response carry a script payload
    from latentexplainer.report import write_report

    records = run.records
    records[0] = replace(records[0], explanation="The object moves. " + PAYLOAD)  # records are frozen
    records[0].responses[0] = PAYLOAD
    write_report(out, records, run.config)
    return out / "report.html"


@pytest.fixture()
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def _open(context, report: Path, errors: list[str]):
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(("file:", "data:", "blob:"))
               else route.continue_())
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    return page


@needs_chromium
def test_report_in_headless_chromium(report, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    page = _open(browser.new_context(viewport={"width": 1200, "height": 1600}), report, errors)
    assert errors == []
    assert page.locator("section.card").count() == 4
    assert page.evaluate("window.__pwned === undefined")
    card = page.locator("section.card#z0 .explanation")
    assert PAYLOAD in card.inner_text()  # shown as text, verbatim
    # sort by certainty, low first: the abstained latent z3 comes first
    page.select_option("#sort", "cert-asc")
    assert page.locator("section.card:not([hidden])").first.get_attribute("id") == "z3"
    page.select_option("#filter", "ok")
    visible = page.locator("section.card:not([hidden])")
    assert visible.count() == 3 and "3 of 4" in page.inner_text("#shown")
    page.select_option("#filter", "all")
    page.locator("section.card#z0 details.answers summary").click()
    assert PAYLOAD in page.locator("section.card#z0 ol.answers").inner_text()
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
    assert page.evaluate("window.__pwned === undefined")

    # the compact card: a loop that plays, the strip with its values and rows, the change curve
    z1 = page.locator("section.card#z1")
    loop = z1.locator("img.loop")
    assert loop.get_attribute("src").startswith("data:image/gif;base64,")
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", loop.element_handle())
    assert (report.parent / "images" / "z1_s0.gif").read_bytes()[:6] == b"GIF89a"
    assert z1.locator(".strip .cols div").all_inner_texts() == ["-3", "-1.5", "0", "1.5", "3"]
    assert z1.locator(".strip .corner").inner_text() == "z1 ="
    rows = z1.locator(".strip .rows div").all_inner_texts()
    assert rows == ["the latent swept from -3 to 3 from a base code",
                    "the same sweep after another latent z_j was set to a different value"]
    assert z1.locator(".curve svg polyline").count() == 2
    # the other samples wait behind their toggle, then show
    samples = z1.locator("details.samples img")
    assert samples.count() == 2 and not samples.first.is_visible()
    z1.locator("details.samples summary").click()
    assert samples.first.is_visible()
    z1.locator("details.samples summary").click()
    z1.locator("button[data-label='clear']").click()
    z1.locator("input.reference").fill("The object grows.")
    z1.scroll_into_view_if_needed()
    z1.screenshot(path=str(ARTIFACTS / "report_card.png"))
    assert errors == []
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    assert (ARTIFACTS / "report_card.png").stat().st_size > 5_000


@pytest.fixture(scope="module")
def run_to_label(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("labels") / "run"
    explain(load_model("fakes.models:shapes_model"), out, ExplainSettings(samples=3), show_progress=False)
    return out


@needs_chromium
def test_labels_survive_a_reload_and_feed_calibrate_and_evaluate(run_to_label, browser, tmp_path, capsys):
    from latentexplainer.cli import main

    errors: list[str] = []
    context = browser.new_context(accept_downloads=True)
    page = _open(context, run_to_label / "report.html", errors)
    wanted = {"0": "clear", "1": "clear", "2": "unclear", "3": "unclear"}
    for unit, label in wanted.items():
        page.locator(f"section.card#z{unit} button[data-label='{label}']").click()
    page.locator("section.card#z3 button[data-label='clear']").click()  # changed my mind ...
    page.locator("section.card#z3 button[data-label='unclear']").click()  # ... and back
    page.locator("section.card#z0 input.reference").fill("The object moves from left to right.")
    page.locator("section.card#z1 input.reference").fill("The object <b>grows</b>.")
    page.locator("section.card#z2 input.reference").fill("   ")  # blank: no reference
    assert "2 clear, 2 unclear, 2 reference(s) of 4" in page.inner_text("#label-counts")

    page.reload()
    page.wait_for_load_state("load")
    for unit, label in wanted.items():  # the page restores them from storage once loaded: wait for that
        pressed = page.locator(f"section.card#z{unit} button[aria-pressed='true']")
        sync_api.expect(pressed).to_have_count(1)
        sync_api.expect(pressed).to_have_attribute("data-label", label)
    sync_api.expect(page.locator("section.card#z1 input.reference")).to_have_value("The object <b>grows</b>.")
    page.select_option("#filter", "unlabelled")
    assert page.locator("section.card:not([hidden])").count() == 0
    page.select_option("#filter", "all")

    with page.expect_download() as got:
        page.click("#export-labels")
    assert got.value.suggested_filename == "labels.json"
    labels = tmp_path / "labels.json"
    got.value.save_as(labels)
    with page.expect_download() as got:
        page.click("#export-references")
    assert got.value.suggested_filename == "references.json"
    references = tmp_path / "references.json"
    got.value.save_as(references)
    assert json.loads(labels.read_text()) == wanted
    assert json.loads(references.read_text()) == {"0": ["The object moves from left to right."],
                                                  "1": ["The object <b>grows</b>."]}
    page.check("#label-prefix")  # several runs: RUNNAME:latent, as calibrate reads them
    with page.expect_download() as got:
        page.click("#export-labels")
    prefixed = tmp_path / "prefixed.json"
    got.value.save_as(prefixed)
    assert json.loads(prefixed.read_text()) == {f"run:{k}": v for k, v in wanted.items()}
    assert errors == []
    context.close()

    capsys.readouterr()
    code = main(["calibrate", str(run_to_label), "--labels", str(labels), "--folds", "2",
                 "--out", str(tmp_path / "thr.json")])
    assert code == 0, capsys.readouterr().err
    thr = json.loads((tmp_path / "thr.json").read_text())
    assert thr["n"] == 4 and 0 <= thr["threshold"] <= 1
    code = main(["calibrate", str(run_to_label), "--labels", str(prefixed), "--folds", "2",
                 "--out", str(tmp_path / "thr2.json")])
    assert code == 0, capsys.readouterr().err
    code = main(["evaluate", str(run_to_label), "--references", str(references), "--metrics", "bleu"])
    assert code == 0, capsys.readouterr().err
    metrics = json.loads((run_to_label / "metrics.json").read_text())
    assert metrics["overall"]["n"] == 2 and "bleu" in metrics["overall"]

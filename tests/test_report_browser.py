"""The HTML report in a real browser: headless Chromium (Debian's package, installed by the
Makefile) driven by Playwright. No console errors, one card per latent, sorting and filtering
work, and an answer holding a script payload is shown as text and never runs."""

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


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is missing: `make test` installs it")
def test_report_in_headless_chromium(report):
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1600})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(("file:", "data:"))
                       else route.continue_())
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
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
            page.locator("section.card#z0 details summary").first.click()
            assert PAYLOAD in page.locator("section.card#z0 ol.answers").inner_text()
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
            assert page.evaluate("window.__pwned === undefined")
            assert errors == []
        finally:
            browser.close()
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000

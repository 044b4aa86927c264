"""The remote backends against a real fake HTTP server on loopback (tests/fakes/servers.py):
request bodies, retries, fast failures, refusals, the cache, keys, options, concurrency."""

from __future__ import annotations

import base64
import importlib.util
import io
import json
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fakes.servers import FakeServer
from latentexplainer.backends import get_backend
from latentexplainer.backends.base import ExplainRequest
from latentexplainer.backends.cache import CachedBackend, CachePolicy, with_cache
from latentexplainer.backends.images import ImagePart
from latentexplainer.backends.openai_api import OpenAIOptions
from latentexplainer.backends.remote import RemoteBackend
from latentexplainer.backends.retry import Backoff
from latentexplainer.biases import get_bias
from latentexplainer.errors import BackendError, ConfigError, MissingDependencyError, MissingKeyError
from latentexplainer.prompts import build_prompt
from latentexplainer.records import LatentRef, Row, Sequence

SENTINEL = "sk-SENTINEL-123"
PROMPT = build_prompt(get_bias("disentanglement"))
FAST = Backoff(base=0.01, cap=0.05)
ENV_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY")

# name -> (spec, path fragment of its endpoint, env var of its key or None, SDK module, extra)
PROVIDERS = {
    "openai": ("openai:gpt-4o-mini", "/v1/chat/completions", "OPENAI_API_KEY", "openai", "openai"),
    "openai-compatible": ("openai-compatible:Qwen/Qwen2.5-VL-7B-Instruct", "/v1/chat/completions", None, "openai",
                          "openai"),
    "anthropic": ("anthropic:claude-test-1", "/v1/messages", "ANTHROPIC_API_KEY", "anthropic", "anthropic"),
    "gemini": ("gemini:gemini-2.5-flash", ":generateContent", "GEMINI_API_KEY", "google.genai", "gemini"),
    "ollama": ("ollama:llava:13b", "/api/chat", None, "ollama", "ollama"),
}


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _params(names: list[str]) -> list:
    """Provider names as parameters, skipped (with the install line) where the SDK is missing."""
    return [pytest.param(n, marks=pytest.mark.skipif(
        not _installed(PROVIDERS[n][3]), reason=f"pip install 'latentexplainer[{PROVIDERS[n][4]}]'")) for n in names]


NAMES = _params(list(PROVIDERS))
KEYED = _params([n for n in PROVIDERS if PROVIDERS[n][2]])
needs_openai = pytest.mark.skipif(not _installed("openai"), reason="pip install 'latentexplainer[openai]'")
needs_all = pytest.mark.skipif(not all(_installed(p[3]) for p in PROVIDERS.values()),
                               reason="pip install 'latentexplainer[openai,anthropic,gemini,ollama]'")


@pytest.fixture(scope="module")
def _server():
    with FakeServer() as srv:
        yield srv


@pytest.fixture()
def server(_server):
    _server.reset()
    yield _server
    _server.reset()


@pytest.fixture(autouse=True)
def _no_env_keys(monkeypatch):
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)


def base_url(name: str, srv: FakeServer) -> str:
    return srv.url + "/v1" if name.startswith("openai") else srv.url


def make_backend(name: str, srv: FakeServer, key_in_env: bool = False, monkeypatch=None, cache: Path | None = None,
                 read: bool = True, **opts) -> RemoteBackend:
    """The provider's backend at the fake server; with ``cache``, behind the response cache."""
    spec, _, env, _, _ = PROVIDERS[name]
    options = {"base_url": base_url(name, srv), "max_retries": 3, **opts}
    if env and key_in_env:
        monkeypatch.setenv(env, SENTINEL)
    elif env:
        options["api_key"] = SENTINEL
    backend = get_backend(spec, options)
    backend.backoff = FAST
    return with_cache(backend, CachePolicy(cache, read)) if cache is not None else backend


def write_png(path: Path, size: tuple[int, int] = (24, 12), seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)).save(path)
    return path


def make_request(tmp: Path, latent: int = 0, n: int = 2, size: tuple[int, int] = (24, 12)) -> ExplainRequest:
    seqs, paths = [], []
    for s in range(n):
        frames = np.random.default_rng([latent, s]).random((3, 3, 4, 4)).astype(np.float32)
        rows = (Row((-1.0, 0.0, 1.0), "base code", frames), Row((-1.0, 0.0, 1.0), "z1 set to 2", frames))
        seqs.append(Sequence(LatentRef(latent), s, rows, 1))
        paths.append(write_png(tmp / f"z{latent}_s{s}.png", size, seed=latent * 100 + s))
    return ExplainRequest(LatentRef(latent), tuple(seqs), PROMPT, tuple(paths))


def run(backend, requests) -> dict[int, list]:
    got: dict[int, list] = {}

    def done(k, responses):
        assert k not in got, "on_done called twice for one request"
        got[k] = responses

    backend.describe_many(requests, done)
    assert sorted(got) == list(range(len(requests)))
    return got


def sent_images(name: str, body: dict) -> list[bytes]:
    """The PNG bytes in one recorded request body, decoded as the provider encodes them."""
    if name.startswith("openai"):
        urls = [c["image_url"]["url"] for c in body["messages"][0]["content"] if c["type"] == "image_url"]
        assert all(u.startswith("data:image/png;base64,") for u in urls)
        return [base64.b64decode(u.split(",", 1)[1]) for u in urls]
    if name == "anthropic":
        blocks = [c for c in body["messages"][0]["content"] if c["type"] == "image"]
        assert all(b["source"]["type"] == "base64" and b["source"]["media_type"] == "image/png" for b in blocks)
        return [base64.b64decode(b["source"]["data"]) for b in blocks]
    if name == "gemini":
        parts = [p["inlineData"] for p in body["contents"][0]["parts"] if "inlineData" in p]
        assert all(p.get("mimeType", p.get("mime_type")) == "image/png" for p in parts)  # proto JSON: either spelling
        return [base64.urlsafe_b64decode(p["data"]) for p in parts]
    return [base64.b64decode(i) for i in body["messages"][0]["images"]]


def prompt_text(name: str, body: dict) -> str:
    if name == "gemini":
        return " ".join(p.get("text", "") for p in body["contents"][0]["parts"])
    if name == "ollama":
        return body["messages"][0]["content"]
    return " ".join(c.get("text", "") for c in body["messages"][0]["content"] if c["type"] == "text")


# ------------------------------------------------------------------ request bodies
@pytest.mark.parametrize("name", NAMES)
def test_request_body(name, server, tmp_path):
    extra = {"temperature": 0.3} if name != "anthropic" else {}
    if name.startswith("openai"):
        extra["image_detail"] = "high"
    backend = make_backend(name, server, max_tokens=77, **extra)
    req = make_request(tmp_path, n=2)
    got = run(backend, [req])
    assert [r.sample for r in got[0]] == [0, 1]
    assert all(r.status == "ok" and r.text.startswith("The object moves") for r in got[0])
    assert got[0][0].usage == {"input_tokens": 11, "output_tokens": 7}
    assert backend.packing == "composite"
    assert server.n_calls == 2
    spec, path, *_ = PROVIDERS[name]
    model = spec.split(":", 1)[1]
    bodies = server.bodies(path)
    assert len(bodies) == 2
    strips = {p.read_bytes() for p in req.images}
    assert {sent_images(name, b)[0] for b in bodies} == strips  # one image per call, each strip as rendered
    for body in bodies:
        assert PROMPT.text in prompt_text(name, body)
        if name == "gemini":
            assert any(f"models/{model}:generateContent" in c.path for c in server.calls)
            assert body["generationConfig"] == {"temperature": 0.3, "maxOutputTokens": 77}
        else:
            assert body["model"] == model
        if name == "openai":
            assert body["temperature"] == 0.3 and body["max_completion_tokens"] == 77
        if name == "openai-compatible":
            assert body["temperature"] == 0.3 and body["max_tokens"] == 77
        if name.startswith("openai"):
            assert all(c["image_url"]["detail"] == "high" for c in body["messages"][0]["content"]
                       if c["type"] == "image_url")
        if name == "anthropic":
            assert body["max_tokens"] == 77 and "temperature" not in body
        if name == "ollama":
            assert body["options"] == {"num_predict": 77, "temperature": 0.3} and body["stream"] is False


@pytest.mark.parametrize("name", _params(["openai", "ollama"]))
def test_frames_packing_sends_each_frame(name, server, tmp_path):
    backend = make_backend(name, server, packing="frames")
    assert backend.packing == "frames"
    req = make_request(tmp_path, n=1)
    run(backend, [req])
    images = sent_images(name, server.bodies()[0])
    assert len(images) == 6  # 2 rows x 3 frames
    assert Image.open(io.BytesIO(images[0])).size == (8, 8)  # 4 px frames, enlarged x2 like the strips


@needs_openai
def test_large_strip_is_resized_within_image_size(server, tmp_path):
    backend = make_backend("openai", server, image_size=64)
    req = make_request(tmp_path, n=1, size=(200, 50))
    run(backend, [req])
    img = Image.open(io.BytesIO(sent_images("openai", server.bodies()[0])[0]))
    assert img.size == (64, 16)


# ------------------------------------------------------------------ retries and failures
@pytest.mark.parametrize("name", NAMES)
def test_token_counts_no_server_could_mean_are_not_counts(name, server, tmp_path):
    # usage 1e999 (infinity in JSON): where the SDK takes it, the answer stands and the count
    # is 0 (nothing overflows); where the SDK validates it (gemini, ollama), the body is
    # malformed: retried, then a failed unit with its reason - never a traceback
    backend = make_backend(name, server, max_retries=1)
    server.set_mode("huge_usage")
    got = run(backend, [make_request(tmp_path, n=1)])
    if name in ("gemini", "ollama"):
        assert got[0][0].status == "error" and "malformed answer" in got[0][0].reason
        return
    assert got[0][0].status == "ok" and got[0][0].text.startswith("The object moves")
    assert got[0][0].usage == {"input_tokens": 0, "output_tokens": 0}
    json.dumps(got[0][0].usage, allow_nan=False)  # storable as plain JSON


@pytest.mark.parametrize("name", NAMES)
def test_429_then_success_is_retried_and_recorded_once(name, server, tmp_path):
    backend = make_backend(name, server, concurrency=1)
    backend.backoff = Backoff(base=30.0, cap=60.0)  # only Retry-After: 0 makes this test fast
    server.fail_next(2, 429, retry_after="0")
    got = run(backend, [make_request(tmp_path, n=1)])
    assert server.n_calls == 3
    assert len(got[0]) == 1 and got[0][0].status == "ok" and got[0][0].text
    assert backend.stats["retries"] == 2


@pytest.mark.parametrize("name", NAMES)
def test_500_is_retried(name, server, tmp_path):
    backend = make_backend(name, server)
    server.fail_next(1, 500, retry_after=None)
    got = run(backend, [make_request(tmp_path, n=1)])
    assert server.n_calls == 2 and got[0][0].status == "ok"


@pytest.mark.parametrize("name", NAMES)
def test_401_fails_fast_without_retry(name, server, tmp_path, monkeypatch):
    backend = make_backend(name, server, key_in_env=True, monkeypatch=monkeypatch, concurrency=1, max_retries=5)
    server.fail_next(1, 401)
    with pytest.raises(BackendError) as info:
        run(backend, [make_request(tmp_path, n=3)])
    msg = str(info.value)
    assert server.n_calls == 1
    assert "\n" not in msg and "401" in msg and SENTINEL not in msg
    env = PROVIDERS[name][2]
    assert (env in msg) if env else ("api_key" in msg)


@needs_openai
@pytest.mark.parametrize("status", [400, 403, 404])
def test_other_client_errors_fail_fast(status, server, tmp_path):
    backend = make_backend("openai", server, concurrency=1)
    server.fail_next(1, status)
    with pytest.raises(BackendError, match=str(status)):
        run(backend, [make_request(tmp_path, n=2)])
    assert server.n_calls == 1


@pytest.mark.parametrize("name", NAMES)
def test_timeout_is_retried_then_recorded_as_error(name, server, tmp_path):
    backend = make_backend(name, server, timeout=0.2, max_retries=1)
    server.set_delay(1.0)
    t0 = time.perf_counter()
    got = run(backend, [make_request(tmp_path, n=1)])
    assert time.perf_counter() - t0 < 3
    assert server.n_calls == 2
    r = got[0][0]
    assert r.status == "error" and r.text == "" and "timed out" in r.reason


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("mode", ["malformed", "wrong_shape"])
def test_malformed_body_is_an_error(name, mode, server, tmp_path):
    backend = make_backend(name, server, max_retries=1)
    server.set_mode(mode)
    got = run(backend, [make_request(tmp_path, n=1)])
    r = got[0][0]
    assert server.n_calls == 2  # retried once, then given up
    assert r.status == "error" and r.text == "" and "malformed" in r.reason


@pytest.mark.parametrize("name", _params([n for n in PROVIDERS if n != "ollama"]))  # Ollama: no refusal signal
def test_refusal(name, server, tmp_path):
    backend = make_backend(name, server)
    server.set_mode("refusal")
    r = run(backend, [make_request(tmp_path, n=1)])[0][0]
    assert r.status == "refused" and r.text == "" and r.reason
    assert server.n_calls == 1


@pytest.mark.parametrize("name", NAMES)
def test_empty_answer(name, server, tmp_path):
    backend = make_backend(name, server)
    server.set_mode("empty")
    r = run(backend, [make_request(tmp_path, n=1)])[0][0]
    assert r.status == "empty" and r.text == "" and r.reason
    assert server.n_calls == 1


@needs_openai
def test_random_failures_complete_every_latent_once(server, tmp_path):
    backend = make_backend("openai", server, max_retries=12, concurrency=8)
    server.fail_randomly(0.3, seed=7)
    reqs = [make_request(tmp_path, latent=i, n=3) for i in range(6)]
    got = run(backend, reqs)
    assert all(len(got[k]) == 3 and all(r.status == "ok" for r in got[k]) for k in got)
    assert [r.sample for r in got[0]] == [0, 1, 2]
    assert server.failures_sent > 0
    assert server.n_calls == 18 + server.failures_sent == backend.stats["calls"]


def test_backoff_grows_with_jitter_and_honours_retry_after():
    import random

    b, rng = Backoff(base=1.0, cap=8.0), random.Random(0)
    for attempt, full in enumerate([1, 2, 4, 8, 8]):
        d = b.delay(attempt, None, rng)
        assert full / 2 <= d <= full
    assert b.delay(3, 0.0, rng) == 0.0 and b.delay(0, 5.0, rng) == 5.0
    assert b.delay(0, 10_000.0, rng) == 120.0  # a Retry-After is capped


# ------------------------------------------------------------------ cache
@pytest.mark.parametrize("name", NAMES)
def test_cache_second_run_makes_no_call_and_never_holds_the_key(name, server, tmp_path):
    cache = tmp_path / "cache"
    reqs = [make_request(tmp_path, latent=i, n=2) for i in range(2)]
    first = run(make_backend(name, server, cache=cache), reqs)
    assert server.n_calls == 4
    second_backend = make_backend(name, server, cache=cache)
    second = run(second_backend, reqs)
    assert server.n_calls == 4  # no new call
    assert all(r.cached for k in second for r in second[k])
    assert [r.text for r in second[0]] == [r.text for r in first[0]]
    assert second_backend.stats["cache_hits"] == 4
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert len(files) == 4 and not [p for p in files if p.name.endswith(".tmp")]
    for p in files:
        assert SENTINEL not in p.read_text()
        json.loads(p.read_text())


@needs_openai
def test_cache_key_follows_answer_options_and_no_cache_bypasses_reading(server, tmp_path):
    cache = tmp_path / "cache"
    reqs = [make_request(tmp_path, n=1)]
    run(make_backend("openai", server, cache=cache, temperature=0.0), reqs)
    run(make_backend("openai", server, cache=cache, temperature=0.0, concurrency=3), reqs)  # pacing: same key
    assert server.n_calls == 1
    run(make_backend("openai", server, cache=cache, temperature=0.9), reqs)  # another answer: new key
    assert server.n_calls == 2
    got = run(make_backend("openai", server, cache=cache, read=False, temperature=0.0), reqs)
    assert server.n_calls == 3 and not got[0][0].cached


@needs_openai
def test_only_the_answers_not_cached_are_asked_and_each_request_completes_once(server, tmp_path):
    cache = tmp_path / "cache"
    run(make_backend("openai", server, cache=cache), [make_request(tmp_path, latent=0, n=2)])  # samples 0, 1
    server.set_answer("The object turns red.")
    backend = make_backend("openai", server, cache=cache)
    assert isinstance(backend, CachedBackend) and backend.model == "gpt-4o-mini"  # the rest is the backend's
    got = run(backend, [make_request(tmp_path, latent=0, n=4), make_request(tmp_path, latent=1, n=1)])
    assert server.n_calls == 2 + 3  # samples 2 and 3 of z0, sample 0 of z1
    assert [r.sample for r in got[0]] == [0, 1, 2, 3]
    assert [r.cached for r in got[0]] == [True, True, False, False]
    assert [r.text for r in got[0][2:]] == ["The object turns red."] * 2 and not got[1][0].cached
    assert backend.stats["cache_hits"] == 2 and backend.stats["calls"] == 3


@needs_openai
def test_free_form_questions_are_cached_too(server, tmp_path):
    from latentexplainer.backends.base import Ask, Asker

    backend = make_backend("openai", server, cache=tmp_path / "cache")
    assert isinstance(backend, Asker)
    asks = [Ask("Write a prompt."), Ask("Write a prompt.", sample=1)]
    first = backend.ask_many(asks)
    again = make_backend("openai", server, cache=tmp_path / "cache").ask_many([asks[1], Ask("Another.")])
    assert server.n_calls == 3 and [r.cached for r in again] == [True, False]
    assert again[0].text == first[1].text and again[0].sample == 1


def test_answers_cached_by_earlier_releases_are_still_found():
    # version-1 keys (computed by the release before the cache became a wrapper): a backend's
    # identity must key its answers exactly as before, or every paid answer is paid again
    from latentexplainer.backends.cache import ResponseCache

    cases = [("openai:gpt-4o-mini", {"base_url": "http://127.0.0.1:9/v1", "api_key": "x"}, 1,
              "2ac2bfe5d2b42c242d111965945a1b5ac63e02d29016b10f3e80e02fad9c2161"),
             ("anthropic:claude-x", {"api_key": "x"}, 0,
              "e1fbac21b42e4bf0ef3a89651ba64ced7fff0e6d5d2b354a78d91cd006f6b6ac")]
    for spec, opts, sample, golden in cases:
        if not _installed(PROVIDERS[spec.split(":")[0]][3]):
            continue
        i = get_backend(spec, opts).cache_identity()
        assert ResponseCache.key(i.backend, i.model, i.options, "Describe.", ["ab" * 32], sample,
                                 endpoint=i.endpoint) == golden


@needs_openai
def test_errors_are_not_cached(server, tmp_path):
    cache = tmp_path / "cache"
    server.set_mode("malformed")
    run(make_backend("openai", server, cache=cache, max_retries=0), [make_request(tmp_path, n=1)])
    assert not [p for p in cache.rglob("*.json")]


# ------------------------------------------------------------------ keys, SDKs, options
@pytest.mark.parametrize("name", KEYED)
def test_missing_key_names_the_variable(name, server):
    spec, _, env, _, _ = PROVIDERS[name]
    with pytest.raises(MissingKeyError, match=env):
        get_backend(spec, {"base_url": base_url(name, server)})


@needs_openai
def test_key_from_environment_is_used_but_never_shown(server, tmp_path, monkeypatch):
    backend = make_backend("openai", server, key_in_env=True, monkeypatch=monkeypatch)
    assert SENTINEL not in repr(backend) and SENTINEL not in repr(backend.options)
    run(backend, [make_request(tmp_path, n=1)])
    assert server.calls[0].headers["authorization"] == f"Bearer {SENTINEL}"


@pytest.mark.skipif(not _installed("google.genai"), reason="pip install 'latentexplainer[gemini]'")
def test_gemini_key_from_google_api_key(server, monkeypatch):
    monkeypatch.setenv("GOOGLE_API_KEY", SENTINEL)
    get_backend("gemini:gemini-2.5-flash", {"base_url": server.url})


@needs_all
def test_keyless_backends_need_no_key(server, tmp_path):
    b = get_backend("openai-compatible:m", {"base_url": server.url + "/v1"})
    run(b, [make_request(tmp_path, n=1)])
    assert server.calls[0].headers["authorization"] == "Bearer not-needed"
    get_backend("ollama:llava", {})


@pytest.mark.parametrize("name", list(PROVIDERS))
def test_missing_sdk_names_the_extra(name, monkeypatch):
    spec, _, _, module, extra = PROVIDERS[name]
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingDependencyError) as info:
        get_backend(spec, {"api_key": SENTINEL, "base_url": "http://127.0.0.1:9"})
    assert info.value.extra == extra and f"latentexplainer[{extra}]" in str(info.value)


@needs_openai
@pytest.mark.parametrize("options, fragment", [
    ({"bogus": 1}, "unknown option"),
    ({"temperature": "hot"}, "temperature"),
    ({"temperature": 3}, "temperature"),
    ({"concurrency": 0}, "concurrency"),
    ({"max_retries": 1.5}, "max_retries"),
    ({"packing": "mosaic"}, "composite, frames"),
    ({"image_detail": "ultra"}, "auto, low, high"),
    ({"base_url": "ftp://x"}, "base_url"),
    ({"cache_dir": "/tmp/c"}, "unknown option"),  # the cache wraps a backend; it is no backend's option
])
def test_bad_options_are_config_errors(options, fragment):
    with pytest.raises(ConfigError, match=fragment) as info:
        get_backend("openai:gpt-4o-mini", {"api_key": SENTINEL, **options})
    assert "\n" not in str(info.value)


@needs_all
def test_option_rules_per_backend():
    with pytest.raises(ConfigError, match="allowed: .*api_key"):
        get_backend("anthropic:claude", {"api_key": SENTINEL, "image_detail": "low"})
    with pytest.raises(ConfigError, match="does not take the option 'temperature'"):
        get_backend("anthropic:claude", {"api_key": SENTINEL, "temperature": 0.5})
    with pytest.raises(ConfigError, match="needs base_url"):
        get_backend("openai-compatible:m", {})
    with pytest.raises(ConfigError, match="model name"):
        get_backend("openai", {"api_key": SENTINEL})
    o = OpenAIOptions.parse({"temperature": "0.5", "concurrency": "4", "rpm": None}, "x")  # as the CLI gives them
    assert o.temperature == 0.5 and o.concurrency == 4 and o.rpm is None and o.image_detail == "auto"
    assert OpenAIOptions.parse(o, "x") is o  # an instance from Python is taken as it is
    b = get_backend("openai:gpt-4o-mini", OpenAIOptions(api_key=SENTINEL, image_detail="low"))
    assert b.options.image_detail == "low" and SENTINEL not in repr(b.options)
    with pytest.raises(ConfigError, match="takes AnthropicOptions, not OpenAIOptions"):
        get_backend("anthropic:claude", o)


# ------------------------------------------------------------------ concurrency
@needs_openai
def test_concurrency_is_bounded_and_calls_overlap(server, tmp_path):
    backend = make_backend("openai", server, concurrency=4)
    server.set_delay(0.2)
    reqs = [make_request(tmp_path, latent=i, n=2) for i in range(6)]  # 12 calls
    main = threading.get_ident()
    threads, order = set(), []

    def done(k, responses):
        threads.add(threading.get_ident())
        order.append(k)

    t0 = time.perf_counter()
    backend.describe_many(reqs, done)
    wall = time.perf_counter() - t0
    assert sorted(order) == list(range(6))
    assert threads == {main}  # on_done runs on the calling thread
    assert server.max_in_flight == 4
    assert 0.55 < wall < 2.0  # 12 calls x 0.2 s / 4 = 0.6 s ideal; serial would be 2.4 s


@needs_openai
def test_rpm_limits_the_pace(server, tmp_path):
    backend = make_backend("openai", server, rpm=600)  # one call every 0.1 s
    t0 = time.perf_counter()
    run(backend, [make_request(tmp_path, n=4)])
    assert time.perf_counter() - t0 >= 0.3 - 0.02


@needs_openai
def test_describe_and_an_exception_in_on_done(server, tmp_path):
    backend = make_backend("openai", server)
    responses = backend.describe(make_request(tmp_path, n=2))
    assert [r.sample for r in responses] == [0, 1]

    def boom(k, responses):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        backend.describe_many([make_request(tmp_path, latent=i, n=1) for i in range(3)], boom)


def test_image_part_encodings():
    p = ImagePart("", b"\x89PNG")
    assert base64.b64decode(p.b64) == b"\x89PNG" and len(p.sha256) == 64


# ------------------------------------------------------------------ replay
def test_replay_from_jsonl_and_mapping(tmp_path):
    req = make_request(tmp_path, latent=2, n=3)
    jsonl = tmp_path / "explanations.jsonl"
    jsonl.write_text(json.dumps({"latent": 2, "latent_name": "z2", "responses": ["a", "b", ""],
                                 "response_status": ["ok", "ok", "refused"]}) + "\n")
    out = get_backend(f"replay:{jsonl}").describe(req)
    assert [(r.text, r.status, r.sample) for r in out] == [("a", "ok", 0), ("b", "ok", 1), ("", "refused", 2)]

    mapping = tmp_path / "answers.json"
    mapping.write_text(json.dumps({"z2": ["x", {"text": "y"}]}))
    backend = get_backend(f"replay:{mapping}")
    assert with_cache(backend, CachePolicy(tmp_path)) is backend  # nothing to cache: a file is read
    out = backend.describe(req)
    assert [r.text for r in out[:2]] == ["x", "y"]
    assert out[2].status == "error" and "sample 2" in out[2].reason
    other = backend.describe(make_request(tmp_path, latent=5, n=1))
    assert other[0].status == "error" and "z5" in other[0].reason


def test_replay_errors_teach(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        get_backend(f"replay:{tmp_path / 'nope.jsonl'}")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    with pytest.raises(ConfigError, match="not valid JSON"):
        get_backend(f"replay:{bad}")
    with pytest.raises(ConfigError, match="unknown option"):
        get_backend(f"replay:{bad}", {"temperature": 1})


# ------------------------------------------------------------------ secrets a server echoes
@pytest.mark.parametrize("name", NAMES)
def test_an_echoed_key_is_stored_nowhere(name, server, tmp_path):
    cache = tmp_path / "cache"
    server.set_answer(f"Your key is {SENTINEL}. The object moves to the right.")
    got = run(make_backend(name, server, cache=cache), [make_request(tmp_path, latent=0, n=2)])
    texts = [r.text for r in got[0]]
    if not PROVIDERS[name][2]:  # a keyless backend sent no secret: the text is the model's
        assert all(SENTINEL in t for t in texts)
        return
    assert all(SENTINEL not in t and "***" in t and "moves to the right" in t for t in texts), texts
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert files and not any(SENTINEL in p.read_text() for p in files)


@needs_openai
def test_a_password_in_base_url_is_stored_nowhere(server, tmp_path):
    cache = tmp_path / "cache"
    url = server.url.replace("http://", "http://alice:hunter2secret@") + "/v1"
    server.set_answer("Logged in as alice:hunter2secret. The object grows.")
    backend = with_cache(get_backend("openai-compatible:m", {"base_url": url, "max_retries": 0}), CachePolicy(cache))
    got = run(backend, [make_request(tmp_path, latent=0, n=1)])
    assert got[0][0].status == "ok" and "hunter2secret" not in got[0][0].text, got[0][0]
    assert backend.endpoint() == server.url.replace("http://", "http://alice:***@") + "/v1"
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert files and not any("hunter2secret" in p.read_text() for p in files)


@needs_openai
def test_cached_answers_are_written_atomically_without_holding_the_run_up(server, tmp_path, monkeypatch):
    # a cache file is renamed into place but not fsynced (two per answer held the caller up
    # behind the answers); a cache file a power cut left empty reads as a miss and is asked again
    import os as _os

    from latentexplainer import atomic

    synced = []
    real = _os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    cache = tmp_path / "cache"
    run(make_backend("openai", server, cache=cache), [make_request(tmp_path, n=2)])
    files = sorted(cache.rglob("*.json"))
    assert len(files) == 2 and not synced and not list(cache.rglob("*.tmp"))
    files[0].write_text("")  # what a power cut may leave
    again = run(make_backend("openai", server, cache=cache), [make_request(tmp_path, n=2)])
    assert server.n_calls == 3 and sorted(r.cached for r in again[0]) == [False, True]
    atomic.write_atomic(tmp_path / "durable.json", "{}")  # every other file: fsynced
    assert len(synced) == 2


@needs_openai
def test_the_tls_context_is_built_once_per_backend(server, tmp_path, monkeypatch):
    # loading the CA bundle took tens of milliseconds of every run's start (a client per event loop)
    import httpx

    built = []
    real = httpx.create_ssl_context
    monkeypatch.setattr(httpx, "create_ssl_context", lambda *a, **k: built.append(1) or real(*a, **k))
    backend = make_backend("openai", server)
    run(backend, [make_request(tmp_path, n=1)])
    run(backend, [make_request(tmp_path, n=1)])
    assert len(built) == 1 and server.n_calls == 2

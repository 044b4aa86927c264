"""Evaluation against ground truth: factor predictors, encoder- and decoder-side truth,
explanation-to-factor mapping, AUROC, MIG, and the benchmark that ties them together."""

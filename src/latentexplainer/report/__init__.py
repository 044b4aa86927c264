"""Self-contained HTML report of a run: one page a person can open offline and judge."""

from latentexplainer.report.html import write_report

__all__ = ["write_report"]

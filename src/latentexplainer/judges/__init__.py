"""Judges: who grades explanations. Beside the backends (who explain), never importing an
explainer's words.

``reading`` reads explanations and factor descriptions with a general lexicon; ``base`` holds
the Judge protocol, its registry and scoring by use (detection, direction); ``probe``
measures the candidate traversals; ``remote`` asks a multimodal model.
"""

from . import probe, remote  # noqa: F401  (register the built-in judges)
from .base import (
                   DEFAULT_K,
                   BaseJudge,
                   Candidate,
                   Judge,
                   Trial,
                   UseScore,
                   available_judges,
                   detection_trials,
                   direction_trials,
                   get_judge,
                   register_judge,
                   reverse,
                   score_detection,
                   score_direction,
)
from .naming import named_factor, named_factors, read_factor
from .probe import ProbeJudge
from .reading import Claim, read_claims
from .remote import RemoteJudge, parse_direction, parse_pick

__all__ = ["DEFAULT_K", "BaseJudge", "Candidate", "Claim", "Judge", "ProbeJudge", "RemoteJudge", "Trial", "UseScore",
           "available_judges", "detection_trials", "direction_trials", "get_judge", "named_factor", "named_factors",
           "parse_direction", "parse_pick", "read_claims", "read_factor", "register_judge", "reverse",
           "score_detection", "score_direction"]

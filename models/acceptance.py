"""An accepted finding: a risk a strategy session decided to live with, for a reason.

Stored in the file as ``accepted[]`` (id, finding id, reason, by, on, until). An accepted finding
is shown apart with its reason and does not colour the scorecard; it comes back when
``until`` has passed or when the finding itself changed (``content`` is the finding's
fingerprint at the time it was accepted; empty: any content).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["Acceptance"]


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One entry of ``accepted[]``; ``id`` is its own stable id (``acc1``), like any entity's."""

    id: str
    finding: str  # the finding's stable id, e.g. "MANDATE_EXPIRED:m5"
    reason: str
    by: str = ""
    on: date | None = None
    until: date | None = None  # None: until the finding changes
    content: str = ""  # mapper.accepted.fingerprint of the finding when accepted

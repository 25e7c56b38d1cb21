"""The power/interest grid: which quadrant an actor falls in.

Influence and interest run 0..5; 3 and above counts as high.

Examples
--------
>>> from models import Actor
>>> quadrant(Actor("a", "Wethouder", influence=5, interest=4))
<Quadrant.MANAGE_CLOSELY: 'manage_closely'>
>>> quadrant(Actor("b", "Pers", influence=4, interest=1)).label("nl")
'consulteren'
"""

from __future__ import annotations

from enum import StrEnum

from models import Actor
from models.i18n import Lang

__all__ = ["HIGH", "Quadrant", "quadrant"]

HIGH = 3  # influence or interest at or above this is "high"


class Quadrant(StrEnum):
    """A quadrant of the power/interest grid."""

    MANAGE_CLOSELY = "manage_closely"  # high influence, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high influence, low interest
    KEEP_INFORMED = "keep_informed"  # low influence, high interest
    MONITOR = "monitor"  # low influence, low interest

    def label(self, lang: Lang = "en") -> str:
        """The name of the quadrant in ``lang``."""
        en, nl = _LABELS[self]
        return nl if lang == "nl" else en


_LABELS: dict[Quadrant, tuple[str, str]] = {
    Quadrant.MANAGE_CLOSELY: ("manage closely", "betrekken"),
    Quadrant.KEEP_SATISFIED: ("keep satisfied", "consulteren"),
    Quadrant.KEEP_INFORMED: ("keep informed", "informeren"),
    Quadrant.MONITOR: ("monitor", "monitoren"),
}


def quadrant(actor: Actor) -> Quadrant:
    """The quadrant of ``actor`` on the power/interest grid."""
    high_influence = actor.influence >= HIGH
    high_interest = actor.interest >= HIGH
    if high_influence:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR

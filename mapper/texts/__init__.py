"""The words of the findings, one module per building block; see :mod:`mapper.catalogue`.

Each module defines ``TEXTS: dict[Code, Entry]`` and registers it on import. Dutch is
written as a senior municipal adviser writes it; English equally plain.
"""

from mapper.catalogue import register
from mapper.texts import (
    accountability,
    authorisation,
    bodies,
    council_acts,
    delegation_basis,
    intent,
    learning,
    mandatable,
    mandate_chain,
    mandate_validity,
    mandates,
    room,
    rules,
    signals,
    spheres,
    structure,
    timeliness,
    trust,
)

__all__ = [
    "accountability",
    "authorisation",
    "bodies",
    "council_acts",
    "delegation_basis",
    "intent",
    "learning",
    "mandatable",
    "mandate_chain",
    "mandate_validity",
    "mandates",
    "room",
    "rules",
    "signals",
    "spheres",
    "structure",
    "timeliness",
    "trust",
]

for _module in (
    accountability,
    authorisation,
    bodies,
    council_acts,
    delegation_basis,
    intent,
    learning,
    mandate_chain,
    mandatable,
    mandate_validity,
    mandates,
    room,
    rules,
    signals,
    spheres,
    structure,
    timeliness,
    trust,
):
    register(_module.TEXTS)

"""The checks, one module per building block concept; each has ``check(ctx) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable

from mapper.checks import (
    accountability,
    intent,
    learning,
    mandate_chain,
    mandates,
    politics,
    register,
    room,
    rules,
    signals,
    spheres,
    structure,
    timeliness,
    trust,
)
from mapper.context import Context
from mapper.findings import Finding

__all__ = ["CHECKS"]

CHECKS: tuple[Callable[[Context], list[Finding]], ...] = (
    intent.check,
    signals.check,
    timeliness.check,
    room.check,
    mandates.check,
    mandate_chain.check,
    accountability.check,
    register.check,
    trust.check,
    spheres.check,
    politics.check,
    learning.check,
    rules.check,
    structure.check,
)

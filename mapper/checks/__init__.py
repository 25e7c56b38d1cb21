"""The checks, one module per building block concept; each has ``check(ctx) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable

from mapper.checks import structure
from mapper.context import Context
from mapper.findings import Finding

__all__ = ["CHECKS"]

CHECKS: tuple[Callable[[Context], list[Finding]], ...] = (structure.check,)

"""Small helpers shared by the checks: building findings and naming evidence."""

from __future__ import annotations

from collections.abc import Iterable

from mapper.findings import Finding, Severity, Text

__all__ = ["finding", "uniq"]


def uniq(ids: Iterable[str]) -> tuple[str, ...]:
    """Ids without repeats, first occurrence first.

    Examples
    --------
    >>> uniq(["b", "a", "b"])
    ('b', 'a')
    """
    return tuple(dict.fromkeys(ids))


def finding(
    code: str,
    block: int,
    severity: Severity,
    title: tuple[str, str],
    detail: tuple[str, str],
    suggestion: tuple[str, str],
    *,
    actors: Iterable[str] = (),
    relationships: Iterable[str] = (),
    mandates: Iterable[str] = (),
    needs: Iterable[str] = (),
) -> Finding:
    """A :class:`Finding` from ``(english, dutch)`` text pairs."""
    return Finding(
        code=code,
        building_block=block,
        severity=severity,
        title=Text(*title),
        detail=Text(*detail),
        suggestion=Text(*suggestion),
        actors=uniq(actors),
        relationships=uniq(relationships),
        mandates=uniq(mandates),
        needs=uniq(needs),
    )

"""The heading of a group of expired mandates counts a signing authorisation apart: it is no
mandate, and its holder no gemandateerde (art. 10:11 Awb; issue 14, rev-jurist17 R5: "146
mandaten van 140 gemandateerden zijn verlopen" beside "39 mandaten …, 100 ondermandaten en zeven
ondertekeningsmachtigingen")."""

from __future__ import annotations

import re
from functools import cache

from mapper.analysis import Analysis
from mapper.findings import Cause
from tests.exports.big_map import mapped


@cache
def _analysis() -> Analysis:
    return mapped(300)[1]  # shared with the other files (tests/exports/big_map.py)


def _expired() -> Cause:
    [cause] = [c for c in _analysis().causes if "verlopen" in c.title.nl]
    return cause


def test_the_heading_counts_signing_authorisations_apart() -> None:
    cause = _expired()
    assert cause.title.nl == (
        "19 mandaten en één ondertekeningsmachtiging van 19 medewerkers zijn verlopen"
    )
    assert cause.title.en == (
        "19 mandates and one signing authorisation of 19 staff members have expired"
    )


def test_the_heading_agrees_with_the_kinds_the_detail_names() -> None:
    cause = _expired()
    kinds = re.search(
        r"Het gaat om (\w+) mandaten die een bestuursorgaan zelf verleende, (\d+) ondermandaten "
        r"en één ondertekeningsmachtiging\.",
        cause.detail.nl,
    )
    assert kinds is not None, cause.detail.nl
    words = {"zeven": 7}
    assert words[kinds[1]] + int(kinds[2]) == int(cause.title.nl.split()[0])

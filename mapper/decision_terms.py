"""Statutory decision periods read from a power's legal basis (jurist, seventh round W3).

A contract with a provider cannot set the term in which a bestuursorgaan decides when the
statute sets it: "binnen een afgesproken termijn" is then wrong, and the text names the
statutory term instead. Only the terms a jurist confirmed are listed; for any other basis the
answer is None and the caller keeps its own wording (an agreed term, which a covenant may set
where the statute does not).

Examples
--------
>>> statutory_term("Wmo 2015 art. 2.3.5", "nl")
'de wettelijke termijn (art. 2.3.5 lid 1 Wmo 2015)'
>>> statutory_term("art. 2.3.5 Wmo 2015; Beleidsregels Wmo", "en")
'the statutory term (Wmo 2015 art. 2.3.5(1))'
>>> statutory_term("Participatiewet art. 35", "nl") is None
True
"""

from __future__ import annotations

import re
from typing import NamedTuple

from models.i18n import Lang

__all__ = ["statutory_term"]


class _Term(NamedTuple):
    statute: re.Pattern[str]  # the statute's name in the basis
    article: re.Pattern[str]  # the article in the basis
    nl: str
    en: str


_TERMS = (
    # the college decides within two weeks of the application (art. 2.3.5 lid 1 Wmo 2015)
    _Term(
        re.compile(r"\bWmo\b", re.IGNORECASE),
        re.compile(r"\b2\.3\.5\b"),
        "de wettelijke termijn (art. 2.3.5 lid 1 Wmo 2015)",
        "the statutory term (Wmo 2015 art. 2.3.5(1))",
    ),
)


def statutory_term(legal_basis: str, lang: Lang) -> str | None:
    """The statutory decision period of a power with ``legal_basis``, as a noun phrase with
    its article, or None when the basis sets none this module knows."""
    for term in _TERMS:
        if term.statute.search(legal_basis) and term.article.search(legal_basis):
            return term.nl if lang == "nl" else term.en
    return None

"""The articles a text of the advice note cites (jurist, fourth round N8): "Relevante artikelen"
lists only what the text of that cause uses, each once, in article order, with its lid where
the text names one.

Both citation styles of the analysis texts are read: the Dutch "art. 10:9 lid 1 Awb",
"art. 10:1 en 10:3 lid 1 Awb", "art. 10:1 jo. 10:6 Awb", and the English "Awb 10:9(1)",
"Gemeentewet art. 169", "art. 5(1)(c) GDPR".

Examples
--------
>>> used_articles(["Dat mag (art. 10:9 lid 1 Awb); zie ook art. 2:4 Awb en art. 10:9 Awb."], "nl")
'art. 2:4 Awb; art. 10:9 lid 1 Awb'
>>> used_articles(["the grantor decides (Awb 10:9(1)), not the holder (Awb 10:11)"], "en")
'art. 10:9(1) Awb; art. 10:11 Awb'
>>> used_articles(["het college beslist zelf (art. 10:1 en 10:3 lid 1 Awb)"], "nl")
'art. 10:1 Awb; art. 10:3 lid 1 Awb'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mapper.analysis import Analysis
from mapper.findings import Cause
from models.i18n import Lang

__all__ = ["Article", "cause_articles", "cited", "used_articles"]

# the laws the analysis texts cite, longest first so "Wmo 2015" wins over "Wmo"
_LAWS = (
    "Invorderingswet 1990",
    "Faillissementswet",
    "Participatiewet",
    "Gemeentewet",
    "Wmo 2015",
    "Jeugdwet",
    "GDPR",
    "Awb",
    "AVG",
    "Wgr",
    "Wgs",
    "BW",
)
_LAW = "(?:" + "|".join(re.escape(law) for law in _LAWS) + r")\b"
# one article with its lid and letter: "10:3 lid 2 onder b en c", "10:9(1)", "5(1)(c)", "4a"
_REF = (
    r"\d+(?:[:.]\d+)*[a-z]?\b"
    r"(?: lid \d+[a-z]?\b(?: onder [a-z]\b(?: en [a-z]\b)?)?| onder [a-z]\b"
    r"|(?:\(\d+[a-z]?\))(?:\([a-z]\))?|\([a-z]\))?"
)
_SEP = r"(?:, | en | and | jo\. |; (?=art\. ))(?:art\. )?"
_REFS = rf"{_REF}(?:{_SEP}{_REF})*"
_NL_STYLE = re.compile(rf"\bart\. (?P<refs>{_REFS}) (?P<law>{_LAW})")
_EN_STYLE = re.compile(rf"\b(?P<law>{_LAW}) (?:art\. )?(?P<refs>{_REFS})")
# "2.3.5 lid 1" (Wmo 2015), "6:2 onder b" and "6:2(b)": a letter without a lid
_ONE = re.compile(
    r"(?P<art>\d+(?:[:.]\d+)*[a-z]?)\b"
    r"(?: lid (?P<lid>\d+[a-z]?)(?: onder (?P<under>[a-z](?: en [a-z])?))?"
    r"| onder (?P<under3>[a-z])\b"
    r"|\((?P<lid2>\d+[a-z]?)\)(?:\((?P<under2>[a-z])\))?|\((?P<under4>[a-z])\))?"
)


@dataclass(frozen=True, order=True)
class Article:
    """One cited article: ``law``, ``number`` ("10:9"), ``lid`` ("1") and ``under`` ("b en c")."""

    law: str
    number: str
    lid: str = ""
    under: str = ""

    def sort_key(self) -> tuple[tuple[int, ...], str, int, str]:
        """Article order: 2:4 before 3:46 before 10:1 before 10:15; a lid after the bare one."""
        digits = tuple(int(re.sub(r"\D", "", p) or 0) for p in self.number.split(":"))
        lid = int(re.sub(r"\D", "", self.lid) or 0)
        return (digits, self.number, lid, self.under)

    def text(self, lang: Lang) -> str:
        """``art. 10:3 lid 2 onder a Awb``; in English ``art. 10:3(2)(a) Awb``."""
        if lang == "nl":
            lid = f" lid {self.lid}" if self.lid else ""
            under = f" onder {self.under}" if self.under else ""
        else:
            lid = f"({self.lid})" if self.lid else ""
            under = " and ".join(f"({u})" for u in self.under.split(" en ")) if self.under else ""
        return f"art. {self.number}{lid}{under} {self.law}"


def cited(text: str) -> list[Article]:
    """Every article ``text`` cites, in the order it cites them (repeats included)."""
    found: list[tuple[int, Article]] = []
    taken: list[tuple[int, int]] = []
    for style in (_NL_STYLE, _EN_STYLE):
        for m in style.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            law = m.group("law")
            for one in _ONE.finditer(m.group("refs")):
                article = Article(
                    law,
                    one.group("art"),
                    one.group("lid") or one.group("lid2") or "",
                    one.group("under")
                    or one.group("under2")
                    or one.group("under3")
                    or one.group("under4")
                    or "",
                )
                found.append((m.start() + one.start(), article))
    return [a for _, a in sorted(found, key=lambda x: x[0])]


def used_articles(texts: Iterable[str], lang: Lang) -> str:
    """The articles ``texts`` cite, each once, in article order (laws in the order the texts
    first cite them); a bare article goes when the texts cite it with a lid too."""
    articles = list(dict.fromkeys(a for t in texts for a in cited(t)))
    with_lid = {(a.law, a.number) for a in articles if a.lid}
    kept = [a for a in articles if a.lid or (a.law, a.number) not in with_lid]
    laws = list(dict.fromkeys(a.law for a in kept))
    kept.sort(key=lambda a: (laws.index(a.law), a.sort_key()))
    return "; ".join(a.text(lang) for a in kept)


def cause_articles(analysis: Analysis, cause: Cause, lang: Lang) -> str:
    """The articles the cause's own text uses: its detail, evidence and suggestion.

    Not those of the other findings grouped under it (jurist round 5, J5): each of them is
    printed with its own text, which names its own article, and an article of one of them
    (art. 3:46 Awb for unequal outcomes) is no ground of the cause (a burden of signatures).
    """
    del analysis  # the cause's findings are not read: their articles are theirs
    texts = [cause.detail(lang), cause.suggestion(lang), *(e(lang) for e in cause.evidence)]
    return used_articles([_EXAMPLE.sub("", t) for t in texts], lang)


# an article named only as an example of a remedy is no ground of the cause: "(bijvoorbeeld
# bijzondere bijstand, art. 35 Participatiewet, tot een maximumbedrag)" on a map that names no
# Participatiewet (rev-jurist16 N12)
_EXAMPLE = re.compile(r"\((?:bijvoorbeeld|for example|for instance) [^()]*\)")

"""Health in a relative's actor name (issue 16, hostile look 15, H3): "Zoon Daan (autisme)",
"Dochter, zwanger", "Vader (verslaafd)", "Partner met PTSS". The name of a relative is the
name of a person, so what it says about their health is a health fact (art. 9 AVG) that the
copy, the nota and every picture would show beside the role. The role stays, the health goes:
"Zoon X", "Dochter", "Vader", "Partner" (never "Zorgaanbieder 2", as "Zoon (depressief)"
became when the health word was read as a care provider's name).

Examples
--------
>>> kin_without_health("Zoon Daan (autisme)"), kin_without_health("Dochter, zwanger")
('Zoon Daan', 'Dochter')
>>> kin_without_health("Partner met PTSS"), kin_without_health("Zoon (depressief)")
('Partner', 'Zoon')
>>> kin_without_health("Inwoner (depressief)"), kin_without_health("Cliëntondersteuning (ggz)")
('Inwoner', None)
>>> kin_without_health("Zoon Daan (16)"), kin_without_health("Wijkteam (ggz)")
(None, None)
"""

from __future__ import annotations

import re
from typing import Protocol

from exports.anonymise_relatives import FAMILY
from exports.anonymise_words import HEALTH, HEALTH_NAME

__all__ = ["PERSON_WORDS", "care_word_name", "kin_name", "kin_without_health"]


class _Texts(Protocol):
    def text(self, text: str) -> str: ...


# the words a person is named by on a map without a name: "Inwoner (depressief)" is a person
# with health, not a care provider (hostile look 15b, B6: it became "Zorgaanbieder 2")
PERSON_WORDS = (
    "inwoner", "bewoner", "burger", "cliënt", "client", "aanvrager", "huurder", "resident",
    "citizen", "tenant", "applicant",
)  # fmt: skip
_KIN = re.compile(
    rf"^(?:ex-)?(?:{'|'.join(map(re.escape, (*FAMILY, *PERSON_WORDS)))})(?:t?je)?(?![^\W_])",
    re.IGNORECASE,
)
# the part of a name that may hold health: a bracket, a clause after a comma, a dash or a
# colon, or one after "met", "die", "with", "who" ("Partner met PTSS", "Zoon die verslaafd is")
_PART = re.compile(
    r"\s*\([^()]*\)|\s*[,;:–—-]\s+[^,;:()–—]*"
    r"|\s+(?:met|die|dat|with|who|that|is|was|has|heeft|(?:is|was)\s+in)\s+[^,;:()–—]*",
    re.IGNORECASE,
)


def kin_without_health(name: str) -> str | None:
    """``name`` without the parts that speak of health, when it is a relative's name (it
    starts with a kinship word) and holds a health word; else None. A part with no health
    word stays ("Zoon Daan (16)"); what is left when every part goes is the kinship word."""
    if _KIN.match(name.strip()) is None or HEALTH.search(name) is None:
        return None
    out = _PART.sub(lambda m: "" if HEALTH.search(m.group(0)) else m.group(0), name).strip()
    if HEALTH.search(out):  # a health word in the words of the name itself: the role alone
        kin = _KIN.match(name.strip())
        out = kin.group(0) if kin else ""
    return out[:1].upper() + out[1:]


def care_word_name(name: str) -> bool:
    """Whether an actor's ``name`` names a care provider by a care word ("GGZ-team"), not a
    relative with a health word in brackets ("Zoon (depressief)" stays a son)."""
    return HEALTH_NAME.search(name) is not None and kin_without_health(name) is None


def kin_name(name: str, new: str | None, plan: _Texts) -> str | None:
    """The copy's name of a relative's actor named ``name`` with health in it (None: no such
    name): its new name ``new`` without the health, else its name without the health as
    ``plan`` writes it ("Zoon Daan (ADHD)" becomes "Zoon X")."""
    if (bare := kin_without_health(name)) is None:
        return None
    return (kin_without_health(new) if new else None) or plan.text(bare)

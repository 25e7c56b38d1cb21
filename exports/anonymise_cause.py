"""A health fact given as the cause at the head of a sentence leaves the rest of it (issue 16,
hostile review 15b, B7): the example's "Na een scheiding en uitval door psychische klachten is
een huurachterstand van € 4.200 ontstaan;" went whole, and the copy lost the arrears, which
are what the case is about. When the health is only in a leading adverbial of cause or time
("Na …", "Door …", "Wegens …", "After …,") and the rest says a fact with its own subject, the
rest stays: "Er is een huurachterstand van € 4.200 ontstaan;". The adverbial goes whole, also
what it says without health ("een scheiding"): it may tell what came with the health.

>>> without_cause("Na een scheiding en uitval door psychische klachten is een huurachterstand"
...               " van € 4.200 ontstaan;")
'Er is een huurachterstand van € 4.200 ontstaan;'
>>> without_cause("After her depression, rent arrears of €4,200 built up.")
'Rent arrears of €4,200 built up.'
>>> without_cause("Na de opname is mevrouw haar baan kwijt."), without_cause("Heeft ADHD.")
(None, None)
"""

from __future__ import annotations

import re

from exports.anonymise_health_words import HEALTH

__all__ = ["without_cause"]

# a leading adverbial of cause or time, then a finite verb and an indefinite subject: the verb
# and the subject stay, after "Er" ("Na … is een huurachterstand … ontstaan")
_NL = re.compile(
    r"^(?P<lead>(?:Na|Door|Wegens|Vanwege|Sinds|Als\s+gevolg\s+van)\s+.+?)\s+"
    r"(?P<rest>(?:is|zijn|was|waren|ontstond|ontstonden|kwam|kwamen)\s+"
    r"(?:een|geen|\d|€)\S*\s.*)$",
    re.DOTALL,
)
# in English the adverbial ends at its comma
_EN = re.compile(
    r"^(?P<lead>(?:After|Following|Because\s+of|Due\s+to|Since)\s+[^,;]+),\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def without_cause(clause: str) -> str | None:
    """``clause`` without a leading adverbial that holds all its health (see the module), or
    None when the health is elsewhere or the clause has no such head."""
    for pattern, start in ((_NL, "Er "), (_EN, "")):
        match = pattern.match(clause)
        if match is None:
            continue
        rest = match.group("rest")
        if HEALTH.search(match.group("lead")) is None or HEALTH.search(rest) is not None:
            return None
        return start + rest if start else rest[:1].upper() + rest[1:]
    return None

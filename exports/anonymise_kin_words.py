"""The kinship, neighbour and third persons' words a text names a person by ("Buurman
Pietersen", "Oom Kees", "Zoon Mohammed (12)", "Bewindvoerder Pietersen"), read by the
anonymiser's titled-person and relative rules (:mod:`exports.anonymise_titled`). :data:`KIN` is
their pattern, :data:`PROFESSIONS` the third persons' roles among them."""

from __future__ import annotations

import re

__all__ = ["KIN", "KIN_WORDS", "PROFESSIONS"]

# kinship and neighbour words written before a name ("Buurman Pietersen", "Oom Kees", "Zoon
# Mohammed (12)"), and the third persons' roles a case names a person by ("Bewindvoerder
# Pietersen", "Deurwaarder Bakker"; hostile review 11, N3 and its second look)
_PLAIN = (
    "buurman", "buurvrouw", "buren", "overbuurman", "overbuurvrouw", "buurjongen", "buurmeisje",
    "ouders", "oom", "tante", "opa", "oma", "grootvader", "grootmoeder", "ex-partner", "ex",
    "ex-man", "ex-vrouw", "zoon", "dochter", "zoontje", "dochtertje", "broer", "broertje",
    "zus", "zusje", "zuster", "moeder", "vader", "stiefvader", "stiefmoeder", "stiefzoon",
    "stiefdochter", "halfbroer", "halfzus", "pleegmoeder", "pleegvader", "pleegzoon",
    "pleegdochter", "pleegkind", "schoonmoeder", "schoonvader", "schoonzoon", "schoondochter",
    "schoonzus", "zwager", "neef", "nicht", "kleinzoon", "kleindochter", "kleinkind", "kind",
    "partner", "echtgenoot", "echtgenote", "vriend", "vriendin", "huisgenoot", "mantelzorger",
    "bewindvoerder", "curator", "mentor", "voogd", "gezinsvoogd", "advocaat", "advocate",
    "deurwaarder", "notaris", "huisarts", "huisbaas", "verhuurder", "verhuurster", "werkgever",
    "leidinggevende", "collega", "juf", "meester", "leerkracht", "docent", "wijkagent",
    "klasgenoot", "schoolgenoot", "buurtgenoot", "vriendje", "vriendinnetje", "zwagerin",
    "peetoom", "peettante", "achterneef", "achternicht", "kinderen", "zonen", "dochters",
    "tweeling", "zoons", "baby", "peuter", "kleuter", "verloofde", "twins", "children", "sons",
    "daughters", "kids", "toddler", "fiance", "fiancee",
    "son", "daughter", "mother", "father", "brother", "sister", "uncle", "aunt", "neighbour",
    "neighbor", "husband", "wife", "grandmother", "grandfather", "nephew", "niece", "cousin",
    "friend", "landlord", "lawyer", "bailiff", "guardian", "teacher", "employer",
)  # fmt: skip
# compounds: "stiefbroer", "schoonzus", "kleinzoon", "stepbrother", "half-sister", "foster
# daughter" (issue 16, session 13): (heads, kinship words, what joins them)
_COMPOUNDS = (
    (("stief", "half", "pleeg", "schoon"), (
        "vader", "moeder", "ouders", "zoon", "zoontje", "dochter", "dochtertje",
        "broer", "broertje", "zus", "zusje", "zuster", "kind", "kinderen", "opa", "oma",
    ), ("",)),
    (("klein", "achterklein"), ("zoon", "dochter", "kind", "kinderen"), ("",)),
    (("groot", "overgroot", "peet"), ("vader", "moeder", "ouders"), ("",)),
    (("step", "half", "foster", "grand", "great-grand", "god"), (
        "father", "mother", "parent", "parents", "son", "daughter", "brother",
        "sister", "child", "children", "kids",
    ), ("", "-", " ")),
)  # fmt: skip
# "sister-in-law"
_IN_LAW = ("mother", "father", "son", "daughter", "brother", "sister")
_COMPOUND_WORDS = [
    f"{head}{sep}{kin}"
    for heads, kins, seps in _COMPOUNDS
    for head in heads
    for kin in kins
    for sep in seps
]
KIN_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys((*_PLAIN, *_COMPOUND_WORDS, *(f"{kin}-in-law" for kin in _IN_LAW)))
)

# the third persons' roles among the kinship words: a name after them is a professional's
PROFESSIONS = frozenset((
    "bewindvoerder", "curator", "mentor", "voogd", "gezinsvoogd", "advocaat", "advocate",
    "deurwaarder", "notaris", "huisarts", "huisbaas", "verhuurder", "verhuurster", "werkgever",
    "leidinggevende", "collega", "juf", "meester", "leerkracht", "docent", "wijkagent",
    "landlord", "lawyer", "bailiff", "guardian", "teacher", "employer",
))  # fmt: skip

# an ex-relative too ("ex-schoonzus"), and a little one ("neefje", "kleinzoontje")
KIN = (
    "(?:[Ee]x-)?(?:"
    + "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
        for w in sorted(KIN_WORDS, key=len, reverse=True)
    )
    + ")(?:t?je)?"
)

"""Who the members of a group are, by role (rev-jurist16 N11).

Annex D.4 of the 2,000 nota said "De directeur 2.1 kan niet machtigen tot ondertekening …" and
"de directeur is geen bestuursorgaan" for 42 signing authorisations, 27 of them given by
managers and teamleiders. The grouped detail now counts the grantors by their role: "Het gaat
om ondertekeningsmachtigingen die 15 directeuren, twaalf managers en vijftien teamleiders
gaven; geen van hen is een bestuursorgaan."

Examples
--------
>>> from mapper.names import Name
>>> names = [Name.of(n) for n in ("Directeur 1", "Directeur 2", "Manager 3")]
>>> roles(names, "nl")
'twee directeuren en één manager'
>>> roles(names, "en")
'two directors and one manager'
>>> roles([Name.of("Wethouder Zorg")], "nl") is None
True
>>> roles([Name.of(f"Directeur {i}") for i in range(21)] + [Name.of("Manager 1")], "nl")
'21 directeuren en 1 manager'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from mapper.codes import Code
from mapper.findings import Text
from mapper.names import Name
from mapper.wording import join, number, word

__all__ = ["SAID_BY_ROLE", "roles"]

#: role word -> (Dutch singular, Dutch plural, English singular, English plural)
_ROLES = {
    "directeur": ("directeur", "directeuren", "director", "directors"),
    "manager": ("manager", "managers", "manager", "managers"),
    "teamleider": ("teamleider", "teamleiders", "team leader", "team leaders"),
    "consulent": ("consulent", "consulenten", "consultant", "consultants"),
}

#: the codes whose grouped detail counts the grantors by role, and the sentence that does
SAID_BY_ROLE = {
    Code.MANDATE_SIGNING_NOT_BY_BODY: Text(
        "These are signing authorisations given by {}; none of them is a public body.",
        "Het gaat om ondertekeningsmachtigingen die {} gaven; geen van hen is een bestuursorgaan.",
    ),
    # the senior civil servants of other organisations a split names (rev-jurist16 N3)
    Code.SPHERES_SPLIT_AT_TOP: Text(
        "These are {} of other organisations.", "Het gaat om {} van andere organisaties."
    ),
}


def roles(names: Sequence[Name | object], lang: str) -> str | None:
    """``names`` counted by their role word ("15 directeuren en twaalf managers"), in the order
    of the roles above; None when one has no known role word or only one role is among them."""
    counts: Counter[str] = Counter()
    for n in names:
        head = str(n).split(" ", 1)[0].casefold()
        if head not in _ROLES:
            return None
        counts[head] += 1
    if len(counts) < 2:
        return None
    # numbers in one sentence read alike: all in figures when one is above twenty
    figures = max(counts.values()) > 20
    parts = []
    for head, forms in _ROLES.items():
        if counts[head]:
            n = counts[head]
            one, many = forms[:2] if lang == "nl" else forms[2:]
            said = number(n, lang) if figures else word(n, lang, upto=20)
            parts.append(f"{said} {one if n == 1 else many}")
    return join(parts, lang)

"""A care provider's staff in a pseudonymised output, named by the role the map gives them and
by their provider's pseudonym (issue 16, new user 12b C3): "Directeur De Hoeve" of
"Zorgboerderij De Hoeve" is "de directeur van de zorgaanbieder", its "Begeleider De Hoeve"
"de begeleider van de zorgaanbieder"; a second with the same role is "de tweede begeleider van
de zorgaanbieder", never "de medewerker 2", whom an executive cannot place. A role that tells
what care the resident gets ("Wijkverpleegkundige", "Behandelaar": art. 9 AVG, ninth jurist
F5) or that reads as more than a role (a name, a place) is the neutral "medewerker". In an
English output the role is the app's English word for it, else "staff member".

Examples
--------
>>> staff_role("Directeur De Hoeve", "Zorgboerderij De Hoeve")
'Directeur'
>>> staff_role("Manager Zorggroep Welzijn", "Zorggroep Welzijn")
'Manager'
>>> staff_role("Wijkverpleegkundige Zorggroep Anker", "Zorggroep Anker") is None
True
>>> staff_role("Begeleider (Jan) De Hoeve", "Zorgboerderij De Hoeve")
'Begeleider'
>>> staff_role("Petra Wijkcoach", "Zorggroep Anker") is None
True
>>> staff = StaffNames("nl", "en", set(), {}, {})
>>> staff.name("Directeur De Hoeve", "Zorgboerderij De Hoeve", "de zorgaanbieder")
('Director of the provider', 'de directeur van de zorgaanbieder')
>>> staff.name("Wijkverpleegkundige", "Zorgboerderij De Hoeve", "de zorgaanbieder")
('Staff member of the provider', 'de medewerker van de zorgaanbieder')
>>> staff.name("Verzorgende IG", "Zorgboerderij De Hoeve", "de zorgaanbieder")
('Second staff member of the provider', 'de tweede medewerker van de zorgaanbieder')
>>> dutch = StaffNames("nl", "nl", set(), {}, {})
>>> dutch.name("Begeleider", "Thuiszorg Delta", "de zorgaanbieder 2")
('Begeleider van de zorgaanbieder 2', 'de begeleider van de zorgaanbieder 2')
"""

from __future__ import annotations

import re
from collections.abc import Collection

from exports.anonymise_persons import DOMAIN_WORDS
from exports.anonymise_words import (
    HEALTH_NAME,
    PROVIDER,
    YOUTH_PROVIDER,
    one_person,
    staff_name,
)
from mapper.names import article
from mapper.role_words import english_role
from mapper.wording import keeps_capital
from models.entities import Organisation
from models.i18n import Lang

__all__ = ["StaffNames", "staff_role"]

# role words that tell what care the resident gets (art. 9 AVG): a nurse, a doctor, a therapist
_CARE = re.compile(
    r"verpleeg|verzorg|arts(?:en)?$|psych|therap|behandel|genees|medisch|medic|nurse|doctor|"
    r"physician|fysio|ergo|logoped|di[eë]tist|verloskund|kraam|apothe|pharmac",
    re.IGNORECASE,
)
_LINKS = frozenset({"van", "de", "het", "der", "den", "bij", "of", "the", "at", "-", "–", "—"})
_NEUTRAL = PROVIDER["staff"]  # a role that tells the care is this neutral word
_OF = {"nl": "van", "en": "of"}
_THE = {"nl": "de", "en": "the"}
_PROVIDER = PROVIDER["organisation"]  # the provider as its texts say it
_ORDINALS = {
    "nl": ("tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende"),
    "en": ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
}


def staff_role(actor_name: str, org_name: str) -> str | None:
    """The role in the name of a provider's staff member: its words that are not the
    provider's, without a personal name; None when that role tells what care the resident
    gets or reads as more than a role."""
    own = {w.casefold() for w in re.findall(r"[^\W_]+", org_name)}
    role, _ = staff_name(actor_name)
    words = [w for w in role.split() if w.casefold() not in own]
    while words and words[-1].casefold() in _LINKS:
        words.pop()
    while words and words[0].casefold() in _LINKS:
        words.pop(0)
    if not words or any(_CARE.search(w) for w in words) or HEALTH_NAME.search(" ".join(words)):
        return None
    if staff_name(" ".join(words))[1] is not None:  # "Wijkcoach Petra de Wit"
        return None
    rest_ok = all(w.islower() or w.casefold() in DOMAIN_WORDS for w in words[1:])
    if not rest_ok or not article(" ".join(words)):  # "Petra Wijkcoach", "Locatie Noord"
        return None
    role = " ".join(words)
    return role[:1].upper() + role[1:]


class StaffNames:
    """The new names of a care provider's staff, numbered by an ordinal per provider and role;
    ``lang`` the language of the map's texts, ``words`` that of the new names, ``taken`` the
    (case-folded) names no new name may be (shared with the other new names); each new name
    goes into ``names`` (in ``words``) and ``said`` (in ``lang``, as a text says it)."""

    def __init__(
        self,
        lang: Lang,
        words: Lang,
        taken: set[str],
        names: dict[str, str],
        said: dict[str, str],
    ) -> None:
        self.lang, self.words, self.taken = lang, words, taken
        self.names, self.said = names, said
        self.counts: dict[tuple[str, str], int] = {}
        self.named: list[str] = []  # the staff's old names, in the order they were named

    def _said(self, role: str | None, lang: Lang, provider: str, nth: int) -> str:
        """The name in ``lang``: the role (in English the app's word for it), its ordinal."""
        if role is None:
            word = _NEUTRAL[lang]
        else:  # in English the app's word for the role: a Dutch one is not lowercased
            word = role if lang == "nl" else english_role(role) or _NEUTRAL["en"]
        if not keeps_capital(word.split()[0]):
            word = word[:1].lower() + word[1:]
        if nth > 1:
            order = _ORDINALS[lang]
            word = f"{order[nth - 2]} {word}" if nth - 2 < len(order) else f"{word} {nth}"
        the = (article(role) or "de") if lang == "nl" and role is not None else _THE[lang]
        return f"{the} {word} {_OF[lang]} {provider}"

    def name(self, actor_name: str, org_name: str, provider: str) -> tuple[str, str]:
        """(the new name in ``words``, the name as a text in ``lang`` says it) of a staff
        member ``actor_name`` of ``org_name``, whose pseudonym is ``provider`` (in
        ``lang``, as a text says it: "de zorgaanbieder", "de zorgaanbieder 2")."""
        role = staff_role(actor_name, org_name)
        # the provider's word: "de zorgaanbieder 2", or a Jeugdwet case's "de jeugdhulpaanbieder"
        youth = YOUTH_PROVIDER["organisation"]
        base = youth if provider.startswith(youth[self.lang]) else _PROVIDER
        number = provider[len(base[self.lang]) :]
        key = (provider, self._said(role, self.words, "", 1))
        while True:
            self.counts[key] = nth = self.counts.get(key, 0) + 1
            new = self._said(role, self.words, base[self.words] + number, nth)
            new = new.split(" ", 1)[1]  # a name, without its article
            # a copy's own name is not taken by itself: not "de tweede hulpverlener" when a
            # copy is anonymised again (rev-jurist16 N14)
            if new.casefold() not in self.taken or new.casefold() == actor_name.casefold():
                break
        self.taken.add(new.casefold())
        said = self._said(role, self.lang, base[self.lang] + number, nth)
        return new[:1].upper() + new[1:], said

    def add(self, actor: str, home: Organisation | None, cared: Collection[str]) -> bool:
        """Name ``actor`` when it is one person on the staff of ``home``, a care provider (its
        id in ``cared``) whose pseudonym ``said`` holds; whether ``actor`` is named now or was
        named before."""
        if actor in self.names:
            return True
        if home is None or home.id not in cared or not one_person(actor, home.name):
            return False
        self.names[actor], self.said[actor] = self.name(actor, home.name, self.said[home.name])
        self.named.append(actor)
        return True

"""Finding a resident's name in a text and naming the resident by their role instead: full
names, surnames with "mevrouw", "gezin" and the like, first names, any case, an age in
brackets, and the possessive ("Jansens kinderen" becomes "de kinderen van de inwoner", in
English "the resident's children").

Examples
--------
>>> names = ["Mevrouw Jansen"]
>>> lookup = Lookup(names, roles(names, "nl"))
>>> pattern = name_pattern(names)
>>> replace("Jansens kinderen gaan naar school.", pattern, lookup, "nl")
'De kinderen van de inwoner gaan naar school.'
>>> replace("Mevrouw Jansen (41) belde.", pattern, lookup, "nl")
'De inwoner belde.'
>>> replace("De Jansens wonen hier; zie de familie Jansen.", pattern, lookup, "nl")
'De gezinsleden wonen hier; zie het gezin.'
>>> replace("Jansen's children.", pattern, Lookup(names, roles(names, "en")), "en")
"The resident's children."
"""

from __future__ import annotations

import re

from models.case import Case
from models.enums import ActorKind
from models.i18n import Lang

__all__ = [
    "HOUSEHOLD_WORDS",
    "Lookup",
    "citizen_names",
    "first_name",
    "name_pattern",
    "replace",
    "roles",
    "surnames",
]

# a resident named by what they are to the case ("Buurman De Wit"): the anonymised text keeps
# that word ("de buurman"), not a number
_RELATIONS = (
    "buurman", "buurvrouw", "buren", "moeder", "vader", "zoon", "dochter", "broer", "zus",
    "partner", "mantelzorger", "huisgenoot", "oom", "tante", "opa", "oma", "neighbour",
    "mother", "father", "son", "daughter", "brother", "sister", "carer",
)  # fmt: skip
# a household named by its surname ("gezin Jansen"): the anonymised text says "het gezin"
HOUSEHOLD_WORDS = ("gezin", "familie", "family", "household")
# words before a surname that belong to it in running text ("mevrouw Jansen", "gezin Jansen")
_PREFIX = (
    r"(?:(?:[Gg]ezin|[Ff]amilie|[Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]w\.|[Dd]hr\.|Mrs?\.|Ms\.|"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _RELATIONS)
    + r")\s+)?"
)
_AGE = r"(?:\s*\(\d{1,3}\))?"


def citizen_names(case: Case) -> list[str]:
    """The names of the residents on the map (actors of kind citizen), in map order."""
    return [a.name for a in case.actors if a.kind is ActorKind.CITIZEN and a.name.strip()]


_TITLES = (
    "gezin", "familie", "mevrouw", "meneer", "de heer", "mw.", "dhr.", "mr.", "mrs.", "ms.",
    *_RELATIONS,
)  # fmt: skip


_PARTICLES = ("de", "van", "der", "den", "ten", "ter", "te", "op", "het", "'t", "in")


def surnames(name: str) -> list[str]:
    """The surname in ``name``: what follows "mevrouw", "gezin" and the like ("Mevrouw
    Jansen": "Jansen", "Meneer De Wit": "De Wit"), else what follows the first name when it
    starts with a capital or a particle ("Jan de Vries": "de Vries"; "Jan Vries": "Vries")."""
    low = name.casefold()
    for title in _TITLES:
        if low.startswith(title + " ") and name[len(title) :].strip():
            return [name[len(title) :].strip()]
    words = name.split()
    rest = " ".join(words[1:])
    # "de Vries" is replaced too (hostile review 4, H1 5): a common surname still names
    # the resident together with the rest of the case
    particle = len(words) > 2 and words[1].casefold() in _PARTICLES and words[-1][:1].isupper()
    return [rest] if (rest[:1].isupper() or particle) and len(rest) > 1 else []


def name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """One pattern for the full names, the surnames and the first names (with "mevrouw",
    "gezin" and an age in brackets around them, and a possessive "s"), in any case; None
    without names. The name itself is the group ``core``."""
    parts = sorted({re.escape(p) for p in Lookup(names, {}).texts}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(
        rf"(?P<art>\b(?:[Dd]e|[Tt]he)\s+)?{_PREFIX}(?<![^\W_])(?P<core>{'|'.join(parts)})(?P<poss>'?s)?(?![^\W_]){_AGE}"
        r"(?P<noun>\s+[a-zà-ÿ][\w-]*)?",
        re.IGNORECASE,
    )


def first_name(name: str) -> str | None:
    """The first name of "Karel Pietersen" ("Karel"); None for "Mevrouw Jansen" or one word."""
    words = name.split()
    if len(words) < 2 or name.casefold().startswith(_TITLES) or not words[0][:1].isupper():
        return None
    return words[0] if len(words[0]) > 2 else None


class Lookup:
    """From the text of a name as it occurs (case-folded) to the resident it names, built once
    for all residents (hostile review 4, H5): a full name first, then a surname or a first
    name that fits one resident only; a surname that fits more than one resident is the
    household (H2: "Mevrouw Jansen" and "Jan Jansen" are two people)."""

    HOUSEHOLD = "\x00household"

    def __init__(self, names: list[str], roles: dict[str, str]) -> None:
        self.roles = roles
        self.full: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        for n in names:
            self.full.setdefault(n.casefold(), n)
            for part in [*surnames(n), *filter(None, [first_name(n)])]:
                parts.setdefault(part.casefold(), set()).add(n)
        self.part = {
            text: next(iter(who)) if len(who) == 1 else self.HOUSEHOLD
            for text, who in parts.items()
            if text not in self.full
        }
        self.texts = [*(n for n in names), *(p for n in names for p in surnames(n))] + [
            f for n in names if (f := first_name(n))
        ]

    def who(self, prefix: str, core: str) -> str:
        """The resident named by ``prefix`` + ``core`` (or :attr:`HOUSEHOLD`)."""
        key = core.casefold()
        titled = f"{prefix}{core}".casefold().strip()
        if titled in self.full:  # "Mevrouw Jansen" is the resident's own full name
            return self.full[titled]
        if key in self.full:
            return self.full[key]
        return self.part.get(key, self.HOUSEHOLD)


def _relation(name: str) -> str | None:
    """The word that says what a resident is to the case ("Buurman De Wit": "buurman")."""
    first = name.split(" ", 1)[0].casefold()
    if name.strip().casefold() in _RELATIONS:  # a resident named "Mantelzorger" (jurist J13)
        return name.strip().casefold()
    return first if first in _RELATIONS and " " in name.strip() else None


def roles(names: list[str], lang: Lang) -> dict[str, str]:
    """Each resident's role: "inwoner", "inwoner 2", or what they are to the case ("buurman")."""
    word = "inwoner" if lang == "nl" else "resident"
    out: dict[str, str] = {}
    used: dict[str, int] = {}
    for n in names:
        role = _relation(n) or word
        used[role] = used.get(role, 0) + 1
        out[n] = role if used[role] == 1 else f"{role} {used[role]}"
    return out


def replace(text: str, pattern: re.Pattern[str], lookup: Lookup, lang: Lang) -> str:
    article = "de " if lang == "nl" else "the "
    household = "het gezin" if lang == "nl" else "the household"

    def role(match: re.Match[str]) -> str:
        found = match.group(0)
        core = match.group("core")
        art = match.group("art") or ""
        prefix = found[len(art) : match.start("core") - match.start()]
        name = lookup.who(prefix, core)
        before = text[: match.start()].rstrip()
        start = match.start() == 0 or before.endswith((".", "!", "?"))
        first = found[len(art) :].split(" ", 1)[0].casefold()
        if name == lookup.HOUSEHOLD or first in HOUSEHOLD_WORDS:
            said = household
        else:
            said = lookup.roles[name]
            said = said if " " in said else article + said
        noun = match.group("noun") or ""
        if art and match.group("poss") and not prefix:  # "de Jansens wonen": the family
            said = "de gezinsleden" if lang == "nl" else "the family members"
            return (said[:1].upper() + said[1:] if start else said) + noun
        if art and not said.startswith(("de ", "het ", "the ")):  # "de inwoner 2"
            said = art.casefold() + said
        # "Jansens kinderen": the children of the resident, not "De inwoner kinderen"
        if match.group("poss") and noun and noun == noun.lower():
            if lang == "nl":
                said, noun = f"de {noun.strip()} van {said}", ""
            else:
                said += "'s"
        return (said[:1].upper() + said[1:] if start else said) + noun

    return pattern.sub(role, text)

"""A person named in a text by a form of address and a surname that is no resident on the map
(jurist review 10, J11): "Gezin Jansen blijft in de eigen woning wonen … en mevrouw Jansen de
zorg krijgt" on a map whose resident is the actor "Inwoner". The name is personal data all
the same (art. 4 AVG). The form of address stays and the name becomes a letter, the same
letter for the same surname in every text of the map ("Gezin X … mevrouw X"), a next
surname the next letter ("meneer Y"): the reader still sees that mevrouw X belongs to gezin X,
and that meneer Y is somebody else. A role after the form ("Mevrouw de Voorzitter") is no
name and stays.

Examples
--------
>>> letters = Letters()
>>> letters.text("Gezin Jansen blijft wonen en mevrouw Jansen krijgt zorg; dhr. P. de Vries helpt.")
'Gezin X blijft wonen en mevrouw X krijgt zorg; dhr. Y helpt.'
>>> letters.text("Mevrouw de Voorzitter opent; de familie Van der Berg-Jansen komt.")
'Mevrouw de Voorzitter opent; de familie Z komt.'
>>> letters.text("Overleg in MS Teams met Ms Smith en mr. Bakker.")
'Overleg in MS Teams met Ms Q en mr. R.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exports.anonymise_everyday import FUNCTION_WORDS, a_firm
from exports.anonymise_identifiers import BIRTH_SAID
from exports.anonymise_kin_words import KIN, KIN_WORDS
from exports.anonymise_persons import DOMAIN_WORDS
from exports.anonymise_remembered import remembered
from exports.anonymise_spelling import fold
from exports.anonymise_word_surnames import COMMON_WORDS

__all__ = [
    "FAMILY",
    "FORMS",
    "KIN",
    "KIN_WORDS",
    "NOT_NAMES",
    "OFFICES",
    "Letters",
]

# a household's word in an organisation's name ("Familie De Groot-Bakker", "Buren (fam. Yilmaz)"):
# the name is a person's, never kept as a body's (hostile review 12, P1b)
FAMILY = re.compile(r"(?<![^\W_])(?:familie|gezin|fam\.?|family|household)(?![^\W_])", re.I)
# forms of address before a surname, as a text writes them ("mevrouw", "Dhr.", "gezin")
FORMS = (
    r"[Gg]ezin|[Ff]amilie|[Ff]am\.?|[Mm]evrouw|[Mm]eneer|[Dd]e\s+heer|[Mm]evr\.?|[Mm]w\.?|"
    r"[Dd]hr\.?|(?-i:Mrs|Mr|Ms|mr|Hr|Heer)\.?|[Ff]amily|[Hh]ousehold|"
    # "Zijn vrouw Fatma", "Haar man Henk": a partner after a possessive (hostile review 12, P1)
    r"(?:[Hh]aar|[Zz]ijn|[Hh]un|[Hh]er|[Hh]is|[Tt]heir)\s+(?:man|vrouw)|" + KIN
    # a relative or neighbour who is no actor, named like a titled person (review 11, N3)
)
# capitalised words after a form of address that are an office, not a name ("Mevrouw de
# Voorzitter", "Meneer de Burgemeester") or the role the copy writes itself
NOT_NAMES = frozenset((
    "voorzitter", "burgemeester", "wethouder", "minister", "staatssecretaris", "griffier",
    "secretaris", "rechter", "directeur", "ombudsman", "ombudsvrouw", "president", "officier",
    "consulent", "inwoner", "resident", "bewoner", "chair", "mayor", "alderman", "judge",
))  # fmt: skip
# a body's or field's own words ("Familie Zorg Rivierland"), but not those that are surnames too
OFFICES = NOT_NAMES | (DOMAIN_WORDS - COMMON_WORDS)
_WORD = r"(?-i:[A-Z][^\W\d_]*[a-z\u00e0-\u024f][^\W\d_]*)"  # a capital and a small letter
_CAPS = r"(?-i:[A-ZÀ-ÖØ-Þ]{3,})(?![^\W\d_])"  # a name in capitals ("PIETERSEN (buurvrouw)")
_FIRSTW = rf"{_WORD}(?:-{_WORD})*"  # a first name, hyphenated too ("Mark-Jan": review 12, P3)
_PARTICLE = r"(?:van|de|der|den|ten|ter|te|el|al|['’]t|het|in|op)"
_PERSON = re.compile(
    rf"(?<![^\W_])(?P<form>{FORMS})\s+(?P<initials>(?:(?-i:[A-Z])[a-z]?\.\s?){{1,4}}\s*)?"
    rf"(?P<first>{_FIRSTW}\s+(?=(?:{_PARTICLE}\s+)*{_WORD}))?"  # "Mark Dekker": one person
    rf"(?P<name>(?:{_PARTICLE}\s+)*{_WORD}(?:-(?:{_PARTICLE}\s+)*{_WORD})*)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
# a name with what the person is after it ("Pietersen (buurvrouw)", "Pietersen, de buurman,"),
# with a child's age ("Mohammed (12)"), before what they are to someone ("Noah's moeder") and a
# family in the plural ("de Pietersens"): the same person as "buurvrouw Pietersen" (review 11)
_OWN = r"(?:de|het|haar|zijn|hun|onze|the|her|his|their|our)"
_KIN_AFTER = re.compile(
    rf"(?<![^\W_])(?P<first>(?:{_FIRSTW}\s+|(?:(?-i:[A-Z])\.\s?){{1,3}}\s*)(?:{_PARTICLE}\s+)*)?"
    # "Daan (zoon van Anna)", "Daan (12, zoon van de inwoner)" (hostile review 14b, C6)
    rf"(?P<name>{_WORD}|{_CAPS})(?P<rest>\s*\((?:\d{{1,3}}(?:\s*jaar)?,\s*)?(?:{_OWN}\s+)?"
    rf"(?:{KIN})(?:\s+(?:van|of)\s+[^()\n]{{1,40}}?)?(?:,\s*\d{{1,3}}"
    rf"(?:\s*jaar)?)?\)|,\s+{_OWN}\s+(?:{KIN})(?![^\W_])"
    # "M. de Vries, partner van de inwoner", "Mark de Vries is haar partner" (review 13, N3)
    rf"|,\s+(?:{KIN})(?=\s+(?:van|of)\s)|\s+(?:is|was)\s+{_OWN}\s+(?:{KIN})(?![^\W_]))"
)
# "de zoon, Mohammed, gaat": what the person is, then the name between commas
_KIN_FIRST = re.compile(
    # "Haar oudste zoon, Mark", "Haar tweede man, Mark" (issue 16, session 13)
    rf"(?<![^\W_])(?P<lead>(?i:{_OWN})\s+(?:[a-zà-ÿ]+\s+){{0,2}}?(?:{KIN}|man|vrouw|husband|"
    rf"wife),\s+)(?P<name>{_FIRSTW}"
    rf"(?:\s+(?:{_PARTICLE}\s+)*{_WORD})?|{_CAPS})(?![^\W_])"
)
# with the first name before the surname ("Lotte de Wit (9)": the whole name, user review 12b, C1)
_AGED = re.compile(
    rf"(?<![^\W_])(?P<first>{_FIRSTW}\s+(?:{_PARTICLE}\s+)*(?={_WORD}\s*(?:\(\d|{BIRTH_SAID})))?"
    rf"(?P<name>{_WORD})(?P<rest>\s*(?:\(\d{{1,2}}(?:\s*(?:jaar|jr\.?|years?))?\)|{BIRTH_SAID}))"
)  # or a year of birth the copy left out ("Daan (geboortejaar weggelaten)", review 14, C4)
_OWNER = re.compile(
    rf"(?<![^\W_])(?P<name>{_WORD})(?P<rest>(?:['’]s|s|(?<=[sxz])['’])\s+(?:{KIN})(?![^\W_]))"
)
# a family's plural ends "-ens" or "-ers" ("de Pietersens", "de Bakkers"); "de Vries" and "de
# Haas" are a surname with its particle
_PLURAL = re.compile(rf"(?<![^\W_])(?P<art>[Dd]e)\s+(?P<name>{_WORD}(?<=[ei][nr]))['’]?s(?![^\W_])")
# capitalised words before an age or a possessive that are no person ("Bijlage (2)", "Stap (1)")
_NOT_PERSONS = frozenset((
    "artikel", "bijlage", "stap", "fase", "lid", "punt", "noot", "versie", "ronde", "deel",
    "hoofdstuk", "paragraaf", "item", "actie", "vraag", "optie", "scenario", "casus", "kaart",
    "bouwsteen", "oorzaak", "bevinding", "afspraak", "regel", "mandaat", "besluit", "week",
    "maand", "dag", "jaar", "step", "phase", "article", "annex", "section", "cause", "block",
))  # fmt: skip
_KIN_SET = frozenset(KIN_WORDS)
_PLURAL_KIN = frozenset(
    (
        "kinderen",
        "zonen",
        "zoons",
        "dochters",
        "ouders",
        "buren",
        "tweeling",
        "children",
        "twins",
        "sons",
        "daughters",
        "kids",
        *(
            w
            for w in KIN_WORDS
            if w.endswith(("kinderen", "children", "kids", "ouders", "parents"))
        ),
    )
)
# a person or a list of persons after a kinship word and a colon or in brackets ("Broer: Kees",
# "Moeder (Els)", "Haar kinderen (Daan, Fleur)": hostile review 12, P1), each with a surname
_ONE = rf"{_FIRSTW}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})?"
_KIN_LIST = re.compile(
    rf"(?<![^\W_])(?P<kin>{KIN})(?P<sep>\s*:\s*|\s*\(\s*)"
    rf"(?P<names>{_ONE}(?:(?:\s*,\s*|\s+(?:en|and|&)\s+){_ONE})*)(?![^\W_]|-)"
)
_LIST_SEP = re.compile(r"(\s*,\s*|\s+(?:en|and|&)\s+)")
# first names or the copy's letters listed before a relative of theirs ("Daan, Fleur en hun
# moeder"), and a first name beside a relative's letter ("De inwoner, X en Fleur": the list
# after "Visser, Daan"): each a person (hostile review 14b, C6)
_ITEM = rf"(?:{_FIRSTW}|[XYZQRSTUVW]\d?)"
_AND = r"(?:\s*,\s*|\s+(?:en|and|&)\s+)"
_LIST_BEFORE_KIN = re.compile(
    rf"(?<![^\W_])(?P<names>{_ITEM}(?:\s*,\s*{_ITEM})*)(?P<and>{_AND})"
    rf"(?P<kin>(?:hun|haar|zijn|their|her|his)\s+(?:{KIN}))(?![^\W_])"
)
_LETTER_AND = re.compile(
    rf"(?<![^\W_])(?P<letter>[XYZQRSTUVW]\d?)(?P<and>{_AND})(?P<one>{_ONE})(?![^\W_]|-)"
)
# what a note says after "Vader:" that is no name ("Vader: Onbekend", "Moeder: Overleden")
_NO_NAME = frozenset((
    "onbekend", "overleden", "geen", "niet", "wel", "ja", "nee", "afwezig", "aanwezig", "nvt",
    "uit", "buiten", "in", "woont", "belt", "unknown", "deceased", "none", "no", "yes", "not",
))  # fmt: skip
# a person named together with the resident the copy already wrote as a role ("Anna en Mark de
# Vries" became "De inwoner en Mark de Vries": the partner is a person too; review 12, P1)
_WITH_RESIDENT = re.compile(
    # "Inwoner 2 en Fleur": a second resident is said without its article (review 12, org.kvmap)
    rf"(?<![^\W_])(?P<who>(?:(?:[Dd]e|[Tt]he)\s+)?(?:[Ii]nwoner|[Rr]esident)(?:\s+\d+)?"
    rf"(?:\s*,\s*|\s+(?:en|and|&)\s+))(?P<one>{_ONE})(?![^\W_]|-)"
)
# a person named before the resident's role, or names right after it ("Mark de Vries en de
# inwoner", "De kinderen van de inwoner Daan en Fleur" of "Anna’s kinderen Daan en Fleur"),
# a first name before a relative's letter ("Daan en X, haar kinderen"; hostile review 13, N2/N3)
_ROLE = r"(?:(?:[Dd]e|[Tt]he)\s+(?:inwoner|resident)(?:\s+\d+)?|(?:[Ii]nwoner|[Rr]esident)\s+\d+)"
_BEFORE_RESIDENT = re.compile(
    rf"(?<![^\W_])(?P<one>{_ONE})(?P<and>\s*,\s*|\s+(?:en|and|&)\s+)(?P<who>{_ROLE})(?![^\W_])"
)
_AFTER_RESIDENT = re.compile(
    rf"(?<![^\W_])(?P<who>{_ROLE}(?:\s*:\s*|\s+))(?P<names>{_ONE}(?:(?:\s*,\s*|\s+(?:en|and|&)\s+){_ONE})*)"
    r"(?![^\W_]|-)"
)
_NAME_AND = re.compile(rf"(?<![^\W_])(?P<one>{_FIRSTW})\s+(?:en|and|&)\s+$")
_BEFORE_LETTER = re.compile(
    rf"(?<![^\W_])(?P<one>{_FIRSTW})(?P<and>\s*,\s*|\s+(?:en|and|&)\s+)"
    r"(?P<letter>[XYZQRSTUVW]\d?)(?![^\W_])"
)
# names in capitals after a kinship word ("Kinderen DAAN en FLEUR": review 13, N3), not an
# abbreviation ("Moeder UWV")
_KIN_CAPS = re.compile(
    rf"(?<![^\W_])(?P<kin>{KIN})(?P<sep>\s*:\s*|\s*\(\s*|\s+)"
    rf"(?P<names>{_CAPS}(?:(?:\s*,\s*|\s+(?:en|and|&)\s+){_CAPS})*)"
)
_ACRONYMS = frozenset((
    "wmo", "ggz", "uwv", "svb", "cjg", "avg", "awb", "bsn", "cak", "ciz", "ggd", "ind", "duo",
    "cbr", "bkr", "pgb", "wlz", "zvw", "mee", "wsnp", "bbz", "ioaw", "ioaz", "aow", "anw",
))  # fmt: skip
# a body's words, never a person beside the resident ("De inwoner en Stichting Rivierland")
_BODY = re.compile(
    r"stichting|gemeente|corporatie|wijkteam|team|zorg|raad|college|bank|kantoor|bureau|"
    r"centrum|groep|thuis|veilig|politie|rechtbank|school|instelling|dienst|organisatie|"
    r"foundation|council|agency|office|board|police|court",
    re.IGNORECASE,
)
_LAW = re.compile(r"(?:wet|regeling|besluit|heid|ing|plan|act)$", re.IGNORECASE)  # "(Jeugdwet)"
_OWN_WORDS = frozenset(("his", "hers", "its", "ours", "yours", "theirs", "this", "is", "was"))
_AND_NAME = re.compile(
    rf"(?<![^\W_])(?P<letter>[XYZQRSTUVW]\d?)(?P<and>,\s+|\s+(?:en|and)\s+)"
    # "Haar schoonouders, X en Els Bakker": the surname goes with the name
    rf"(?P<name>{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}(?=[\s.,;:!?)]|$))?)(?![^\W_])"
)
_POSSESSIVE = re.compile(r"^(?:['’]s|s|['’])(?=\s)")
# in capitals after a form in capitals ("BUURMAN PIETERSEN", "MEVROUW DEKKER")
_PERSON_CAPS = re.compile(rf"(?<![^\W_])(?P<form>(?-i:[A-Z][A-Z.-]+))\s+(?P<name>{_CAPS})")
_FORM_ONLY = re.compile(rf"(?:{FORMS})", re.IGNORECASE)
_KIN_ONLY = re.compile(rf"(?<![^\W_])(?:{KIN})(?![^\W_])", re.IGNORECASE)
_SERIES = "XYZQRSTUVW"
# a family member's first name after the family's head and a colon, before a verb ("Gezin de
# Wit: Lotte wacht op dagbesteding": user review 12b C1, hostile review 12 P6)
_HEAD_NAME = re.compile(
    rf"(?P<head>(?<![^\W_])(?:[Gg]ezin|[Ff]amilie|[Ff]am\.?|[Ff]amily|[Hh]ousehold)\s+"
    rf"(?:{_PARTICLE}\s+)*(?:{_WORD}|[XYZQRSTUVW]\d?)(?:-{_WORD})?\s*:\s+)(?P<name>{_FIRSTW})"
    r"(?=\s+(?P<verb>[a-zà-ÿ]+)(?![^\W_]))"
)
_FINITE = frozenset((
    "is", "was", "heeft", "had", "kan", "kon", "wil", "zal", "mag", "moet", "gaat", "komt",
    "zit", "wacht", "woont", "krijgt", "blijft", "wordt", "waits", "has", "lives", "gets",
))  # fmt: skip


def _named_head(match: re.Match[str]) -> bool:
    """Whether the capitalised word after a family's head is a person's first name: before a
    finite verb, and no office's, body's or sentence's word."""
    name = fold(match.group("name")).casefold()
    verb = match.group("verb")
    return verb in _FINITE and name not in (OFFICES | _NOT_PERSONS | _KIN_SET | _LEAD)


# a capitalised word that opens a sentence before a name, never its first name ("Vandaag
# Pietersen, de buurman, belt")
_LEAD = FUNCTION_WORDS | {"vandaag", "gisteren", "morgen", "toen", "nu", "today", "yesterday"}
_LEAD |= {"wie", "wat", "waar", "er", "het", "who", "what", "where", "there", "it", "this"}


# what each pattern's every match holds, tested first (issue 15: each new text went through
# sixteen patterns, and most find nothing): a pattern is not run over a text without it
_SPACE_CAPITAL = re.compile(r"\s[A-Z]")  # a name after a form: after a space, a capital
_THREE_CAPITALS = re.compile("[A-ZÀ-ÖØ-Þ]{3}")  # _CAPS
_IS_WAS = re.compile(r"\s(?:is|was)\s")
_LONE_LETTER = re.compile(r"(?<![^\W_])[XYZQRSTUVW]\d?(?![^\W_])")
_NAMED_RESIDENT: Callable[[str], object] = lambda t: "nwoner" in t or "esident" in t  # noqa: E731
# by the pattern's id: a pattern's own hash reads its whole compiled code
_MAY: dict[int, Callable[[str], object]] = {
    id(_KIN_LIST): lambda t: ":" in t or "(" in t,
    id(_KIN_CAPS): _THREE_CAPITALS.search,
    id(_WITH_RESIDENT): _NAMED_RESIDENT,
    id(_BEFORE_RESIDENT): _NAMED_RESIDENT,
    id(_AFTER_RESIDENT): _NAMED_RESIDENT,
    id(_PERSON): _SPACE_CAPITAL.search,
    id(_PERSON_CAPS): _THREE_CAPITALS.search,
    id(_KIN_FIRST): lambda t: "," in t,
    id(_HEAD_NAME): lambda t: ":" in t,
    id(_KIN_AFTER): lambda t: "(" in t or "," in t or _IS_WAS.search(t),
    id(_AGED): lambda t: "(" in t,  # an age or BIRTH_SAID
    id(_LIST_BEFORE_KIN): lambda t: any(w in t for w in ("hun", "haar", "zijn", "her", "his")),
    id(_BEFORE_LETTER): _LONE_LETTER.search,
    id(_LETTER_AND): _LONE_LETTER.search,
}


def _sub(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    """``pattern.sub(repl, text)``, where :data:`_MAY` tells it may match."""
    may = _MAY.get(id(pattern))
    return pattern.sub(repl, text) if may is None or may(text) else text


class Letters:
    """The letter each unknown surname gets, the same in every text of one map."""

    def __init__(self) -> None:
        self.given: dict[str, str] = {}
        # each letter with the word it first stood after or with ("buurman", "mevrouw"), for
        # the copy's summary, which names no name
        self.said: dict[str, str] = {}
        self._again: tuple[int, re.Pattern[str]] | None = None

    def _letter(self, name: str, what: str = "") -> str:
        key = fold(name).casefold()
        if key not in self.given:
            n = len(set(self.given.values()))  # a first name shares its surname's
            self.given[key] = _SERIES[n % len(_SERIES)] + (
                str(n // len(_SERIES)) if n >= 10 else ""
            )
            self.said[self.given[key]] = " ".join(what.casefold().split())
        return self.given[key]

    def relative(self, first: str) -> str:
        """The letter of a relative named by a first name before the resident's surname
        ("Daan Visser"): one per first name, the same in every text (hostile review 13b, S2)."""
        return self._letter(first)

    @remembered
    def text(self, text: str) -> str:
        """``text`` with every surname after a form of address as a letter."""

        def letter(match: re.Match[str]) -> str:
            name, whole = match.group("name"), (match.group("first") or "") + match.group("name")
            words = [w for w in re.split(r"[\s-]+", whole) if not re.fullmatch(_PARTICLE, w, re.I)]
            if any(fold(w).casefold() in OFFICES for w in words):
                return match.group(0)
            return f"{match.group('form')} {self._letter(name, match.group('form'))}"

        def after(match: re.Match[str]) -> str:
            name = match.group("name")
            if fold(name).casefold() in OFFICES | _NOT_PERSONS | _KIN_SET | _LEAD:  # "Zoon (12)"
                return match.group(0)
            if _FORM_ONLY.fullmatch(name):  # "Mevrouw (geboortejaar weggelaten)": no name
                return match.group(0)
            if match.group(0).split()[0].casefold() in _OWN_WORDS:  # "His wife": no "Hi"
                return match.group(0)
            rest = match.group("rest")
            what = _KIN_ONLY.search(rest)
            first = (match.groupdict().get("first") or "").split()
            # "Daan Visser (12)" after "Daan" got X: the same child, the same letter
            known = self.given.get(fold(first[0]).casefold()) if first else None
            # "Noahs moeder", "Noah’s moeder": "X's moeder"
            letter = known or self._letter(name, what.group(0) if what else "")
            if first and fold(first[0]).casefold() in OFFICES | _NOT_PERSONS | _KIN_SET | _LEAD:
                return match.group(0)[: match.start("name") - match.start()] + letter + rest
            if first and first[0].isalpha():  # "Lotte de Wit (9)": her first name elsewhere too
                self.given.setdefault(fold(first[0]).casefold(), letter)
            return letter + _POSSESSIVE.sub("'s", rest, count=1)

        def plural(match: re.Match[str]) -> str:
            name = fold(match.group("name")).casefold()
            if name in OFFICES | _NOT_PERSONS or {name, name + "s"} & _KIN_SET:
                return match.group(0)
            letter = self._letter(match.group("name"), "gezin")
            return f"{match.group('art')} leden van gezin {letter}"

        def lead(match: re.Match[str]) -> str:
            if fold(match.group("name")).casefold() in OFFICES | _NOT_PERSONS:
                return match.group(0)
            if any(_BODY.search(w) for w in match.group("name").split()):
                return match.group(0)  # "de partner, Stichting Rivierland": a body
            what = _KIN_ONLY.search(match.group("lead"))
            name = match.group("name").split()[-1]  # "Haar partner, Mark de Vries": one person
            return match.group("lead") + self._letter(name, what[0] if what else "")

        def caps(match: re.Match[str]) -> str:
            if not _FORM_ONLY.fullmatch(match.group("form")):
                return match.group(0)
            if fold(match.group("name")).casefold() in OFFICES:
                return match.group(0)
            return f"{match.group('form')} {self._letter(match.group('name'), match['form'])}"

        def listed(match: re.Match[str]) -> str:
            parts = _LIST_SEP.split(match.group("names"))
            for i in range(0, len(parts), 2):
                words = parts[i].split()
                if any(
                    fold(w).casefold() in OFFICES | _NOT_PERSONS | _KIN_SET | _NO_NAME
                    or _BODY.search(w)
                    or _LAW.search(w)
                    for w in words
                ):
                    return match.group(0)
                parts[i] = self._letter(words[-1], match.group("kin"))
            return match.group("kin") + match.group("sep") + "".join(parts)

        def beside(match: re.Match[str]) -> str:
            words = match.group("one").split()
            if any(
                fold(w).casefold() in OFFICES | _NOT_PERSONS | _KIN_SET | _NO_NAME
                or _BODY.search(w)
                or w.isupper()
                for w in words
            ):
                return match.group(0)
            return match.group("who") + self._letter(words[-1], "persoon")

        def no_person(words: list[str]) -> bool:
            return any(
                fold(w).casefold() in OFFICES | _NOT_PERSONS | _KIN_SET | _NO_NAME | _LEAD
                or _BODY.search(w)
                or _LAW.search(w)
                or w.isupper()
                for w in words
            )

        def before_role(match: re.Match[str]) -> str:
            words = match.group("one").split()
            if no_person(words):
                return match.group(0)
            letter = self._letter(words[-1], "persoon")
            return letter + match.group("and") + match.group("who")

        def after_role(match: re.Match[str]) -> str:
            parts = _LIST_SEP.split(match.group("names"))
            if any(no_person(parts[i].split()) for i in range(0, len(parts), 2)):
                return match.group(0)
            if a_firm(" " + match.group("names")):  # "De inwoner Advocaten": the firm
                return match.group(0)
            for i in range(0, len(parts), 2):
                parts[i] = self._letter(parts[i].split()[-1], "persoon")
            return match.group("who") + "".join(parts)

        def before_letter(match: re.Match[str]) -> str:
            what = self.said.get(match.group("letter"))
            # a relative's letter of a first name says nothing ("Fleur en X": C6)
            if what is None or what not in {*_KIN_SET, ""} or no_person([match.group("one")]):
                return match.group(0)
            letter = self._letter(match.group("one"), what)
            return letter + match.group("and") + match.group("letter")

        def letter_and(match: re.Match[str]) -> str:
            what = self.said.get(match.group("letter"))
            one = match.group("one").split()  # "X en Els Bakker": one person, one letter
            if what not in {*_KIN_SET, "", "persoon"} or no_person(one) or a_firm(" ".join(one)):
                return match.group(0)
            return match.group("letter") + match.group("and") + self._letter(one[-1], what)

        def before_kin(match: re.Match[str]) -> str:
            parts = re.split(r"(\s*,\s*)", match.group("names"))
            items = list(range(0, len(parts), 2))
            while items and parts[items[0]] not in self.said and no_person([parts[items[0]]]):
                items.pop(0)  # "Vandaag, Daan en hun moeder": from the first name on
            for i in items:  # the letters in reading order
                if parts[i] not in self.said:  # not the copy's letter
                    parts[i] = self._letter(parts[i], match.group("kin").split()[-1])
            return "".join(parts) + match.group("and") + match.group("kin")

        def capitals(match: re.Match[str]) -> str:
            parts = _LIST_SEP.split(match.group("names"))
            if any(p.casefold() in OFFICES | _ACRONYMS for p in parts[::2]):
                return match.group(0)
            for i in range(0, len(parts), 2):
                parts[i] = self._letter(parts[i], match.group("kin"))
            return match.group("kin") + match.group("sep") + "".join(parts)

        def headed(match: re.Match[str]) -> str:
            if not _named_head(match):
                return match.group(0)
            return match.group("head") + self._letter(match.group("name"), "gezinslid")

        if text.islower():  # no capital: no name, no letter (every pattern holds one)
            return text
        text = _sub(
            _WITH_RESIDENT, beside, _sub(_KIN_CAPS, capitals, _sub(_KIN_LIST, listed, text))
        )
        text = _sub(_AFTER_RESIDENT, after_role, _sub(_BEFORE_RESIDENT, before_role, text))
        text = _sub(_KIN_FIRST, lead, _sub(_PERSON_CAPS, caps, _sub(_PERSON, letter, text)))
        text = _sub(_HEAD_NAME, headed, text)
        # "Daan en Fleur, haar kinderen": X en Y (O1)
        for match in _KIN_AFTER.finditer(text) if _MAY[id(_KIN_AFTER)](text) else ():
            one = _NAME_AND.search(text, 0, match.start())
            name, what = match.group("name"), _KIN_ONLY.search(match.group("rest"))
            if one and not no_person([one["one"], name]) and not match.group("first"):
                self._letter(one["one"], what.group(0) if what else "")
        for pattern in (_KIN_AFTER, _AGED, _OWNER):
            text = _sub(pattern, after, text)
        text = _sub(_BEFORE_LETTER, before_letter, _sub(_LIST_BEFORE_KIN, before_kin, text))
        text = _sub(_LETTER_AND, letter_and, text)
        return self.again(_PLURAL.sub(plural, text))

    def _and_name(self, match: re.Match[str]) -> str:
        """ "De kinderen X en Sara": the next name after a plural's letter is a letter too."""
        words = match.group("name").split()
        if self.said.get(match.group("letter")) not in _PLURAL_KIN:
            return match.group(0)
        not_names = OFFICES | _NOT_PERSONS | _KIN_SET
        if fold(words[0]).casefold() in not_names:
            return match.group(0)
        rest = ""
        if any(fold(w).casefold() in not_names for w in words[1:]):  # "X en Sara Gemeente"
            words, rest = words[:1], match.group("name")[len(words[0]) :]
        what = self.said[match.group("letter")]  # "Kinderen X, Y en Z": the same plural
        return match.group("letter") + match.group("and") + self._letter(words[-1], what) + rest

    def again(self, text: str) -> str:
        """``text`` with each surname that has a letter also as a letter where it stands alone
        with its capital ("Buurvrouw Pietersen belt. Pietersen heeft een sleutel", "Bewindvoerder
        Pietersen (Pietersen Bewind BV)"): the same person, named once by what they are."""
        if not self.given:
            return text
        if self._again is None or self._again[0] != len(self.given):
            names = "|".join(re.escape(k) for k in sorted(self.given, key=len, reverse=True))
            self._again = (len(self.given), re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.I))
        for _ in range(8):  # "Kinderen X, Sara en Noor": one name after the other
            text, count = _AND_NAME.subn(self._and_name, text)
            if not count:
                break
        folded = fold(text)
        out, last = [], 0
        for match in self._again[1].finditer(folded):
            if not text[match.start()].isupper():
                continue  # "de pietersen" in small letters is no name here
            out += [text[last : match.start()], self.given[match.group(0).casefold()]]
            last = match.end()
        return "".join(out) + text[last:] if out else text

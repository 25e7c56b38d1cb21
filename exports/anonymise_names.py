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
from collections.abc import Callable

from exports.anonymise_everyday import (
    FUNCTION_WORDS,
    a_firm,
    a_word_here,
    after_a_title,
    before_another_name,
)
from exports.anonymise_first import relatives_here
from exports.anonymise_grammar import article as article_of
from exports.anonymise_grammar import couples, english_household, english_owner, plural_word
from exports.anonymise_lookup import Lookup, citizen_names, roles, roles_by_id
from exports.anonymise_parts import (
    RELATIONS,
    TITLES,
    a_place,
    first_names,
    initials_said,
    kin_said,
    place_words,
    split_name,
    surnames,
    whole_names,
)
from exports.anonymise_spelling import fold, trie
from exports.anonymise_word_surnames import (
    COMMON_WORDS,
    EVERYDAY_NAMES,
    FAMILY_AFTER,
    OTHER_SURNAME,
    another_name_here,
    bare_word,
    everyday,
    in_a_name,
    other_half,
    without_half_before,
)
from models.i18n import Lang

__all__ = [
    "COMMON_WORDS",
    "EVERYDAY_NAMES",
    "HOUSEHOLD_WORDS",
    "OTHER_SURNAME",
    "TITLES",
    "Lookup",
    "a_place",
    "bare_word",
    "citizen_names",
    "double",
    "everyday",
    "first_names",
    "glued",
    "in_a_name",
    "name_pattern",
    "place_words",
    "replace",
    "roles",
    "roles_by_id",
    "split_name",
    "surnames",
    "trie",
    "whole_names",
]

# a household named by its surname ("gezin Jansen"): the anonymised text says "het gezin"
HOUSEHOLD_WORDS = ("gezin", "familie", "family", "household")
# initials before a surname ("A. Özdemir", "M.J. Jansen")
_INITIALS = r"(?:(?-i:[A-Z])\.\s?){1,3}"
# words before a surname that belong to it in running text ("mevrouw Jansen", "gezin Jansen")
_PREFIX = (
    r"(?:(?<![^\W_])(?:[Gg]ezin|[Ff]amilie|[Ff]am\.?|[Mm]evrouw|[Mm]eneer|[Dd]e heer|"
    r"[Mm]evr\.?|[Mm]w\.?|[Dd]hr\.?|Mrs?\.?|Ms\.?|"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in RELATIONS)
    + r")\s+)?"
    + rf"(?:{_INITIALS})?"
)
# an age, or a year of birth, in brackets after the name ("(41)", "(1980)": hostile review 12, P4)
_AGE = r"(?:\s*\((?P<age>\d{1,3}|(?:19|20)\d\d)\))?"


def name_pattern(names: list[str]) -> re.Pattern[str] | None:
    """One pattern for the full names, the surnames and the first names (with "mevrouw",
    "gezin" and an age in brackets around them, and a possessive "s"), in any case; None
    without names. The name itself is the group ``core``. Each name is in it as written and
    without its accents: :func:`replace` matches it on the text without accents, so "Ozdemir"
    and "Özdemir" name the same person (one literal per name keeps the pattern quick to build
    for thousands of residents, hostile review 5, B2)."""
    texts = {
        t
        for p in Lookup(names, {}).texts
        for t in (p.casefold(), fold(p).casefold(), fold(p).lower())
    }
    if not texts:
        return None
    plain = "|".join(re.escape(p) for p in sorted(texts, key=len, reverse=True))
    try:
        tree = trie(texts)
    except RecursionError:  # a name of thousands of letters: the list of names
        tree = plain
    for alternatives in (tree, plain):  # a tree too deep for re falls back to the list
        try:
            return re.compile(
                rf"(?P<art>\b(?:[Dd]e|[Tt]he)\s+)?(?P<case>\b(?:zaak|dossier|casus)(?:-|\s+))?{_PREFIX}(?<![^\W_])(?P<core>{alternatives})(?P<poss>['’]?s)?(?![^\W_]){_AGE}"
                r"(?(poss)(?P<noun>\s+(?-i:[a-zà-ÿ])[\w-]*)?|)",
                re.IGNORECASE,
            )
        except (RecursionError, re.error):
            continue
    return None


# the word before "zaak Jansen" that is a noun ("Stand zaak Jansen"), not a preposition or
# verb ("sinds zaak Jansen", "bespreekt zaak Jansen")
_NOUN_BEFORE = re.compile(r"(?<![^\W_])(?-i:[A-Z])[a-z]+$")
_NOT_NOUNS = frozenset((
    "Sinds", "In", "Over", "Bij", "Voor", "Met", "Naar", "Uit", "Op", "Aan", "Om", "Tot",
    "Door", "Na", "Zie", "Van", "Per", "Since", "About", "For", "With", "See", "Of", "On",
))  # fmt: skip
_CASE_EN = {"zaak": "case", "casus": "case", "dossier": "file"}
_VERB_FORM = re.compile(r"^(?:Ge\w+[dt]|\w+(?:ed|ing))$")
_SURNAME_AFTER = re.compile(
    r"\s+(?:(?:van|de|der|den|ter|ten|te|el|al)\s+)*(?P<w>(?-i:[A-Z])[a-zà-ÿ]+)"
)
# capitalised words before a name that are no noun it belongs to ("Zie Visser", "Eerst Visser
# bellen"): "Hulpvraag Visser" is "Hulpvraag van de inwoner", "Zie Visser" "Zie de inwoner"
_GREETINGS_AND_ADVERBS = {
    "hi", "hoi", "hallo", "hey", "beste", "lieve", "geachte", "dear", "hello",
    "eerst", "later", "straks", "alleen", "samen", "ook", "nog", "weer", "vooral", "zowel",
    "tussen", "wil", "wilt", "moet", "kan", "zal", "mag", "hoe", "wie", "wat", "waar", "waarom",
    "first", "only", "both",
}  # fmt: skip
_NOT_OF = FUNCTION_WORDS | {w.casefold() for w in _NOT_NOUNS} | _GREETINGS_AND_ADVERBS


# a first name right before the resident's surname and an age: another member of the family,
# whom the letters name ("Daan Visser (12)" -> "X (12)", not "Daan van de inwoner")
_FIRST_BEFORE = re.compile(r"(?<![^\W_])(?P<w>(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?) $")
_GLUED_AFTER = re.compile(r"-(?P<w>[^\W\d_]+)")
_PREFIXES = frozenset(("noord", "zuid", "oost", "west", "groot", "klein", "oud", "oude"))


def glued(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``:``end`` of ``text`` is glued into a tag, an id, a handle
    or an address, where small letters are no sign of the word: after "#", "@" or "_", after a
    "." or "/" right after a letter ("facebook.com/anna.visser"), or before "_" (hostile
    reviews 10 H3, 11 N4)."""
    before = text[max(0, start - 2) : start]
    if before[-1:] in ("#", "@", "_") or (before[-1:] in ("./") and before[:1].isalnum()):
        return True
    return text[end : end + 1] == "_"


def double(text: str, start: int, end: int, knows: Callable[[str], bool]) -> bool:
    """Whether the name at ``start``:``end`` of ``text`` is the first half of a double name in
    small letters: before a hyphen and another of the names or a word that is no everyday one
    ("visser-jansen", "visser-pietersen"; "noord-zuid", "zwart-wit" are words)."""
    other = _GLUED_AFTER.match(text, end)
    if other is None:
        return False
    word, next_word = text[start:end].casefold(), other.group("w").casefold()
    if knows(other.group("w")):
        return True
    return len(next_word) > 2 and next_word not in COMMON_WORDS and word not in _PREFIXES


def replace(
    text: str,
    pattern: re.Pattern[str],
    lookup: Lookup,
    lang: Lang,
    relative: Callable[[str], str] | None = None,
) -> str:
    """``text`` with each resident named by their role; ``relative`` gives the letter of a
    relative's first name before the resident's surname ("Daan Visser" is "X": S1)."""
    article, nl = ("de ", True) if lang == "nl" else ("the ", False)
    household = "het gezin" if lang == "nl" else "the household"
    if (initials := lookup.initials[0]) is not None:  # "A.V. belde" (hostile review 12, P4)
        by = {
            i: r if " " in (r := lookup.roles[n]) else article + r
            for i, n in lookup.initials[1].items()
        }
        text = initials_said(text, initials, by)
    folded = fold(text)

    def role(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip()
        start = match.start() == 0 or before.endswith((".", "!", "?"))
        found = match.group(0)  # without accents; text[match.start() : match.end()] with
        core = match.group("core")
        art = match.group("art") or ""
        lead = len(art) + len(match.group("case") or "")
        prefix = found[lead : match.start("core") - match.start()]
        whole = " ".join((art + core).split())
        if art and not prefix and not match.group("case") and lookup.knows(whole):
            core, art = whole, ""  # "De Wit" is the surname, not "de" and the word "wit"
        # "Deurwaarderskantoor Van Dam", "Piet van Dam": another person's surname (B4)
        other = OTHER_SURNAME.search(folded[max(0, match.start() - 40) : match.start()])
        if other and not prefix and not lookup.is_full(core):
            return text[match.start() : match.end()]
        after = folded[match.end("core") : match.end("core") + 60]
        if not prefix and not match.group("case") and not lookup.is_full(core):
            if a_firm(after):  # "Visser Advocaten": a firm of several (review 10, H6)
                return text[match.start() : match.end()]
            if lookup.is_first(core) and before_another_name(after, lookup.knows):
                return text[match.start() : match.end()]  # "Stichting Anna Zorg"
            if lookup.is_first(core) and after_a_title(folded[: match.start()]):
                return text[match.start() : match.end()]  # "Koningin Anna" (review 12, P6)
        first_before = _FIRST_BEFORE.search(text, 0, match.start())
        if (
            match.group("age")
            and not prefix
            and not art
            and first_before is not None
            and fold(first_before["w"]).casefold() not in _NOT_OF
            and not lookup.knows(first_before["w"])
        ):
            return text[match.start() : match.end()]  # "Daan Visser (12)": a child (review 13)
        if not prefix and not art and glued(folded, match.start(), match.end()):
            # "#visser", "fam_visser", "stand_visser": a tag or an id in a text (review 11, N4)
            name = lookup.who("", core)
            said = "gezin" if name == lookup.HOUSEHOLD else lookup.roles[name]
            return said.replace(" ", "_")
        written = text[match.start("core") : match.end("core")]  # "De boer": the word
        if FAMILY_AFTER.match(folded, match.end()) and not written.islower():
            # "The Visser family" on a Dutch map: "The family" (O1)
            said = english_household(folded, match.end()) or household
            return said[:1].upper() + said[1:] if start else said  # P3
        twice = double(folded, match.start("core"), match.end("core"), lookup.knows)
        bare = bare_word(written, folded[: match.start()]) and not twice
        if not prefix and not match.group("case") and bare:
            return text[match.start() : match.end()]  # "de visser vist": the word
        family = art and match.group("poss") and not written.islower()  # "De Vissers"
        if (
            not prefix
            and not match.group("case")
            and not family
            and fold(core).casefold() in COMMON_WORDS
            and a_word_here(
                core,
                folded[max(0, match.start("core") - 40) : match.start("core")],
                folded[match.end("core") : match.end("core") + 40],
            )
        ):
            return text[match.start() : match.end()]  # "de Raad", "Raad van State"
        if (
            not prefix
            and not art
            and plural_word(folded, match.end("core"))
            and bare_word(written.lower(), "")
        ):
            return text[match.start() : match.end()]  # "Vissers en bakkers staken" (O1)
        if not prefix and everyday(text[match.start("core") : match.end("core")]):
            return text[match.start() : match.end()]  # "ik ben blij": the verb
        if (
            not prefix
            and not art
            and in_a_name(
                core, folded[max(0, match.start() - 40) : match.start()], lookup.knows, after
            )
        ):
            return text[match.start() : match.end()]
        if not prefix and not art and a_place(core, folded[: match.start()], lookup.places):
            return text[match.start() : match.end()]  # "woont in IJsselstein": the place
        if not prefix and not art and another_name_here(core, folded[: match.start()], after):
            return text[match.start() : match.end()]  # "Groot-Ammers", "Warme Bakker" (P7)
        surname = _SURNAME_AFTER.match(after)  # a capital is never a verb after "Mevrouw Anna"
        if prefix and lookup.is_first(core) and surname and not lookup.knows(surname["w"]):
            return text[match.start() : match.end()]  # "Mevrouw Anna Pietersen": a letter
        name = lookup.who(prefix, core)
        first = found[lead:].split(" ", 1)[0].casefold()
        if name == lookup.HOUSEHOLD or first.rstrip(".") in (*HOUSEHOLD_WORDS, "fam"):
            said = household
        else:
            said = lookup.roles[name]
            said = said if " " in said else article + said
        noun = text[match.start("noun") : match.end("noun")] if match.group("noun") else ""
        relative = not lookup.is_full(prefix + core) and not lookup.is_first(core)  # "Zoon Daan"
        if first in RELATIONS and not match.group("poss") and relative:
            # "Dochter Visser" is the resident's daughter, not the resident (review 12, P6)
            word = text[match.start() + lead :].split(" ", 1)[0]
            said = kin_said(word, said, lang, text[: match.start() + len(art)])
            return said[:1].upper() + said[1:] if start else said
        if word := match.group("case"):
            # "sinds zaak Jansen", "de zaak-Jansen": "de zaak van de inwoner", not "zaak de inwoner"
            word = word.rstrip(" -").casefold()  # "Casus Jansen": "de casus van de inwoner"
            word = word if lang == "nl" else _CASE_EN.get(word, word)
            the = (article_of(word) if lang == "nl" else "the") + " "
            head = (art or the) + word  # "sinds zaak Jansen": "sinds de zaak van de inwoner"
            of = "van" if lang == "nl" else "of"
            noun_before = _NOUN_BEFORE.search(before)
            if not art and not start and noun_before and noun_before.group(0) not in _NOT_NOUNS:
                head = f"{of} {head}"  # "Stand zaak Jansen": "Stand van de zaak van …"
            return f"{head[:1].upper() + head[1:] if start else head} {of} {said}" + noun
        if art and match.group("poss") and not prefix:  # "de Jansens wonen": the family
            said = "de gezinsleden" if lang == "nl" else "the family members"
            return (said[:1].upper() + said[1:] if start else said) + noun
        if art and not said.startswith(("de ", "het ", "the ")):  # "de inwoner 2"
            said = art.casefold() + said
        # "Jansens kinderen": the children of the resident, not "De inwoner kinderen"
        plural = first.rstrip(".") in (*HOUSEHOLD_WORDS, "fam")  # "Gezin Vissers blijft" (P6)
        if match.group("poss") and noun and noun == noun.lower() and not plural:
            if owner := english_owner(prefix, match.group("poss"), said):  # "Mrs X's son"
                said = owner
            elif lang == "nl":
                said, noun = f"{article_of(noun.strip())} {noun.strip()} van {said}", ""
            else:
                said += "'s"
        noun_before = _NOUN_BEFORE.search(before)
        if (
            not prefix
            and not art
            and not match.group("poss")
            and not start
            and noun_before is not None
            and fold(noun_before.group(0)).casefold() not in _NOT_OF
            and not _VERB_FORM.search(noun_before.group(0))  # "Gebeld Visser", "Called Visser"
            and not lookup.knows(noun_before.group(0))
        ):
            said = ("van " if lang == "nl" else "of ") + said  # "Hulpvraag van de inwoner"
        return (said[:1].upper() + said[1:] if start else said) + noun

    out: list[str] = []
    last = 0
    for match in pattern.finditer(folded):
        if match.start() < last:  # the other half of a double surname, said already
            continue
        here = relatives_here(text, match, lookup, relative, last, article_of if nl else None)
        if here is not None:  # "Daan en Fleur Visser": "X en Y"; "Visser, Daan": "X" (C2)
            out += [text[last : here[0]], here[1]]
            last = here[2] + other_half(folded, here[2])
            continue
        said = role(match)
        between = text[last : match.start()]
        end = match.end()
        if said != text[match.start() : end]:  # "Smit-Bakker", "Visser-Bakker": whole (P3)
            end += other_half(folded, end)
            if (cut := without_half_before(between)) != between:
                between, head = cut, (text[:last] + cut).rstrip()
                said = said[:1].upper() + said[1:] if not head or head[-1] in ".!?" else said
        # "Yildiz Muller", "Jansen-De Groot": one resident named twice in a row is said once
        same = said.casefold() == out[-1].casefold() if out else False
        if same and not between.strip(" -,\n\t") and said != text[match.start() : match.end()]:
            last = end  # "VISSER, Anna": one resident, said once (review 8, N1)
            continue
        # "Het gezin Visser": "Het gezin", not "Het het gezin" (review 8, N1)
        for the in ("het ", "the "):
            after = between.casefold() == the or between.casefold().endswith(" " + the)
            if said.casefold().startswith(the) and after:
                said = said[len(the) :]
        out += [between, said]
        last = end
    return couples("".join(out) + text[last:], lang) if out else text  # "Dhr. en mevr. X"

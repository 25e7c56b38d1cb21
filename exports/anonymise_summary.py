"""What the anonymised copy keeps, replaces and leaves out, told to whoever writes it (issue 16,
hostile review 8): the organisations it keeps by name, the residents' surnames that are also
everyday words and where they stay a word, and the damaged snapshots it leaves out.

Organisations are kept by name when they are no care provider and their name shows nothing of
art. 9/10 AVG: a public body ("Gemeente Rivierstad", "Raad voor de Kinderbescherming") or a
company is not a natural person, so its name is no personal data (art. 4 onder 1 AVG). That a
case involves the Raad voor de Kinderbescherming does tell something about the family; the
copy stays pseudonymised, not anonymous, and the summary names the kept bodies so the writer
can judge before sharing. A person named inside an organisation ("Raadsonderzoeker P. de Wit")
leaves the actor's name all the same.

Examples
--------
>>> from models.example import example_case
>>> copy_summary(example_case(), "en")[0][:70]
'organisations kept by name (no personal data: public bodies and firms)'
>>> kept_organisations(example_case())[:2]
['Gemeente Rivierstad', 'Woningcorporatie Thuisplus']
"""

from __future__ import annotations

from exports.anonymise import anonymise
from exports.anonymise_names import split_name
from exports.anonymise_parts import relative_roles
from exports.anonymise_plan import care_provider
from exports.anonymise_spelling import fold
from exports.anonymise_titled import Letters
from exports.anonymise_word_surnames import COMMON_WORDS
from exports.anonymise_words import HEALTH
from exports.map_language import map_language
from mapper.timeline import case_at
from models.case import Case
from models.enums import ActorKind
from models.i18n import Lang

__all__ = ["copy_summary", "kept_organisations", "left_out_note", "lettered", "word_surnames"]


def _states(case: Case) -> list[Case]:
    return [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]


def kept_organisations(case: Case, copy: Case | None = None) -> list[str]:
    """The organisations the copy keeps by their own name, in map order: only a name the copy
    writes as it is ("Buren (fam. Yilmaz)" is 'Buren (fam. X)' there, and the summary names
    nobody: hostile review 12, P1b). ``copy``: the copy when it is already made."""
    if copy is None:
        copy = anonymise(case, map_language(case, "nl"), for_copy=True)
    written = {org.name for state in _states(copy) for org in state.organisations}
    return list(
        dict.fromkeys(
            org.name
            for state in _states(case)
            for org in state.organisations
            if not care_provider(org) and not HEALTH.search(org.name) and org.name in written
        )
    )


def word_surnames(case: Case) -> list[str]:
    """The residents' surnames that are also everyday words ("Visser", "de Groot")."""
    out = []
    for state in _states(case):
        for actor in state.actors:
            if actor.kind is not ActorKind.CITIZEN:
                continue
            surname = split_name(actor.name)[1]
            if surname and fold(surname.split()[-1]).casefold() in COMMON_WORDS:
                out.append(surname)
    return list(dict.fromkeys(out))


def _made(case: Case, lang: Lang) -> tuple[Case, Letters]:
    """The copy in the map's language (``lang`` when it does not tell), and its letters."""
    letters = Letters()
    return anonymise(case, map_language(case, lang), for_copy=True, letters=letters), letters


def lettered(
    case: Case, lang: Lang, made: tuple[Case, Letters] | None = None
) -> tuple[list[tuple[str, str]], list[str]]:
    """The letters the copy gives persons who are no actor ("Buurman Pietersen": "Buurman X"),
    each with the word it first stood after ("buurman"; empty for an age or a plural), in the
    order they were given: what the summary may say without repeating a name; and the letters
    that name an actor on the map ("Visser D.", a relative: hostile review 14b, N2).
    ``made``: the copy and its letters when they are already made (:func:`_made`)."""
    copy, letters = made if made is not None else _made(case, lang)
    actors = {a.name for state in _states(copy) for a in state.actors}
    given = list(letters.said.items())
    return [g for g in given if g[0] not in actors], [g[0] for g in given if g[0] in actors]


def _letters_line(case: Case, lang: Lang, made: tuple[Case, Letters]) -> str:
    """The summary's line on the persons who became a letter, and on a relative a resident is
    named after who got a neutral word ("het kind" for "Noah" of "Moeder van Noah")."""
    nl = lang == "nl"
    parts = []
    given, on_map = lettered(case, lang, made)
    if on_map:
        parts.append(
            f"personen op de kaart met de achternaam van een inwoner zijn een letter geworden:"
            f" {', '.join(on_map)}"
            if nl
            else f"persons on the map with a resident's surname became a letter:"
            f" {', '.join(on_map)}"
        )
    if given:
        said = ", ".join(
            f"{letter} ({'na' if nl else 'after'} '{what}')" if what else letter
            for letter, what in given
        )
        parts.append(
            f"personen die niet op de kaart staan, zijn een letter geworden: {said}; dezelfde"
            " naam heeft overal dezelfde letter"
            if nl
            else f"persons who are not on the map became a letter: {said}; the same name has"
            " the same letter everywhere"
        )
    citizens = [
        a.name for state in _states(case) for a in state.actors if a.kind is ActorKind.CITIZEN
    ]
    words = list(dict.fromkeys(relative_roles(citizens, map_language(case, lang)).values()))
    if words:
        said = ", ".join(f"'{w}'" for w in words)
        parts.append(
            f"een familielid naar wie een inwoner is genoemd ('Moeder van …'), heet in de"
            f" teksten met een neutraal woord: {said}"
            if nl
            else f"a relative a resident is named after ('Mother of …') is called by a neutral"
            f" word in the texts: {said}"
        )
    return "; ".join(parts)


def left_out_note(case: Case, lang: Lang) -> str:
    """The sentence the copy's occasion ends with when damaged snapshots are left out."""
    count = len(case.timeline.kept)
    if not count:
        return ""
    if lang == "nl":
        what = (
            "één beschadigde momentopname" if count == 1 else f"{count} beschadigde momentopnamen"
        )
        return (
            f"Niet in deze kopie: {what} die niet als kaart te lezen "
            f"{'was' if count == 1 else 'waren'}; de oorspronkelijke kaart bewaart "
            f"{'die' if count == 1 else 'ze'}."
        )
    what = "one damaged snapshot" if count == 1 else f"{count} damaged snapshots"
    return (
        f"Not in this copy: {what} that could not be read as a map; the original map keeps "
        f"{'it' if count == 1 else 'them'}."
    )


def copy_summary(case: Case, lang: Lang) -> list[str]:
    """The lines that tell what the copy kept, replaced and left out, in ``lang``."""
    nl = lang == "nl"
    lines = []
    # one copy for both (issue 15: the summary anonymised the map twice over); the kept
    # organisations read the copy in the map's language or else in Dutch
    made = _made(case, lang)
    same = map_language(case, "nl") == map_language(case, lang)
    if kept := kept_organisations(case, made[0] if same else None):
        head = (
            "organisaties die bij naam blijven (geen persoonsgegevens: overheden en bedrijven)"
            if nl
            else "organisations kept by name (no personal data: public bodies and firms)"
        )
        lines.append(f"{head}: {', '.join(kept)}")
    if words := word_surnames(case):
        said = ", ".join(f"'{w}'" for w in words)
        lines.append(
            f"{said} is vervangen waar het met een hoofdletter staat, ook aan het begin van een"
            " zin en na elk ander woord met een hoofdletter ('Hulpvraag Visser'); het blijft"
            " een gewoon woord in kleine letters, na een lidwoord ('de Raad'), aan het hoofd"
            " van een instantie ('Raad van State'), in de naam van een kantoor van meer"
            " personen ('Visser Advocaten'), in een paar ('Klein en Groot'), in een"
            " samenstelling met een koppelteken ('Hugo de Groot-school'), als windstreek in de"
            " naam van een wijk of team op de kaart ('Wijkteam Noord') en als bijvoeglijk"
            " naamwoord dat een zin opent ('Groot is het belang', 'Groot onderhoud'): lees die"
            " plaatsen na"
            if nl
            else f"{said} is replaced wherever it is written with a capital, also at the start"
            " of a sentence and after any other capitalised word ('Hulpvraag Visser'); it stays"
            " an everyday word in small letters, after an article ('de Raad'), at the head of"
            " an institution ('Raad van State'), in the name of a firm of several ('Visser"
            " Advocaten'), in a pair ('Klein en Groot'), in a hyphenated compound ('Hugo de"
            " Groot-school'), as a point of the compass in the name of a quarter or team on the"
            " map ('Wijkteam Noord') and as an adjective opening a sentence ('Groot is het"
            " belang', 'Groot onderhoud'): check those places"
        )
    if line := _letters_line(case, lang, made):
        lines.append(line)
    if note := left_out_note(case, lang):
        lines.append(note[:1].lower() + note[1:])
    lines.append(_HEALTH_LIMIT[lang])  # the word list's limit (rev-hostile16b, condition 1)
    lines.append(_NOT_CAUGHT[lang])  # the limit, plainly (hostile look 15, H5)
    return lines


# what the health list does not catch: a word that is not on it stays in the copy
_HEALTH_LIMIT = {
    "nl": "gegevens over gezondheid en andere bijzondere persoonsgegevens laat de kopie weg aan"
    " de hand van een woordenlijst; een aandoening, medicijn of vorm van zorg die niet op die"
    " lijst staat (een zeldzame ziekte, de merknaam van een medicijn), blijft staan: lees de"
    " kopie daarop na voordat u die deelt",
    "en": "health details and other special categories of personal data are left out by a list"
    " of words; a condition, medicine or kind of care that is not on that list (a rare"
    " disease, the brand name of a medicine) stays in: read the copy for them before you"
    " share it",
}


# what no rule catches: a person named without a kinship or role word before the name
_NOT_CAUGHT = {
    "nl": "een naam zonder verwantschaps- of rolwoord ervoor ('Ze woont met Daan en Fleur',"
    " 'Pieter Bakker dreigt de kinderen mee te nemen') herkent de kopie niet, ook niet als die"
    " persoon zo als actor of tag op de kaart staat: lees de kopie na voordat u die deelt",
    "en": "a name without a kinship or role word before it ('She lives with Daan and Fleur',"
    " 'Pieter Bakker threatens to take the children') is not recognised, not even when that"
    " person is an actor or a tag on the map under that name: read the copy before you share"
    " it",
}

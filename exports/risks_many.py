"""Chapter 6 of the nota of a large map (issue 14, new user at scale F9): one line per needed
decision's amount was 170 lines at 10,000 actors ("‘Besluit 2’ vraagt € 8.500." …) and one per
council 111 ("De gemeenteraad N (gemeenteraad) is invloedrijk …"); the nota showed ten and "En
nog 160 zulke punten". Above :data:`MANY` such lines, a risk says them as a count and a sum,
with the largest amounts or the first names, as chapter 5 does for its findings. A map with
fewer keeps a line each (the example and the templates read as before).

Examples
--------
>>> line = amounts([("Besluit 1", 500.0), ("Besluit 2", 8500.0), ("Besluit 3", 1000.0)]).nl
>>> line[:58]
'Drie benodigde besluiten vragen samen € 10.000; de grootst'
>>> line[58:]
'e zijn ‘Besluit 2’ (€ 8.500), ‘Besluit 3’ (€ 1.000) en ‘Besluit 1’ (€ 500).'
"""

from __future__ import annotations

from collections.abc import Sequence

from exports.advice import money
from mapper.findings import Text
from mapper.names import Name
from mapper.wording import capital, count, join, natural_key, word
from models.entities import Actor
from models.enums import ActorKind

__all__ = ["MANY", "amounts", "forgone", "opponents"]

#: More lines than this in one risk are said as a count (chapter 6 shows ten at most).
MANY = 10
#: Amounts or names such a line gives.
_SHOWN = 3


def amounts(needs: Sequence[tuple[str, float]]) -> Text:
    """Needed decisions (name, amount) as their number, their sum and the three largest."""
    total = sum(a for _, a in needs)
    top = sorted(needs, key=lambda n: (-n[1], natural_key(n[0])))[:_SHOWN]
    out = []
    for lang in ("en", "nl"):
        largest = join([f"‘{d}’ ({money(a, lang)})" for d, a in top], lang)
        if lang == "en":
            many = count(len(needs), "needed decision asks", "needed decisions ask", "en", upto=20)
            out.append(f"{capital(many)} {money(total, 'en')} in all; the largest are {largest}.")
        else:
            many = count(
                len(needs), "benodigd besluit vraagt", "benodigde besluiten vragen", "nl", upto=20
            )
            out.append(f"{capital(many)} samen {money(total, 'nl')}; de grootste zijn {largest}.")
    return Text(out[0], out[1])


def forgone(needs: Sequence[tuple[str, float]]) -> Text:
    """Needed decisions that give up a claim, as their number and sum."""
    total = sum(a for _, a in needs)
    many = count(len(needs), "needed decision means", "needed decisions mean", "en", upto=20)
    return Text(
        f"{capital(many)} "
        f"the municipality does not collect claims of {money(total, 'en')} in all: revenue "
        "forgone, not spending.",
        f"Met {count(len(needs), 'benodigd besluit', 'benodigde besluiten', 'nl', upto=20)} int de "
        f"gemeente samen {money(total, 'nl')} aan vorderingen niet: gederfde inkomsten, geen "
        "uitgave.",
    )


_WHERE = {
    True: ("in the council", "in de gemeenteraad"),
    False: ("in the press and the media", "in de pers en de media"),
}

#: The councils of other municipalities: a college informs its own council only (art. 169
#: Gemeentewet; rev-jurist16 N4: "18 … in de gemeenteraad (de gemeenteraad 2, …). Laat de
#: portefeuillehouder de raad informeren" for the councils of Gemeente 2, 3, 4 …).
OTHER_COUNCILS = (
    ("in the councils of other municipalities", "in de raden van andere gemeenten"),
    Text(
        "Ask their executives to inform their own council about the policy (Gemeentewet art. "
        "169), not about the individual case.",
        "Vraag hun colleges hun eigen raad te informeren over het beleid (art. 169 "
        "Gemeentewet), niet over de individuele casus.",
    ),
    Text(
        "Ask that municipality's executive to inform its own council about the policy "
        "(Gemeentewet art. 169), not about the individual case.",
        "Vraag het college van die gemeente zijn eigen raad te informeren over het beleid (art. "
        "169 Gemeentewet), niet over de individuele casus.",
    ),
)


def opponents(
    actors: Sequence[Actor], lines: dict[bool, Text], foreign: frozenset[str] = frozenset()
) -> list[Text]:
    """Influential opponents in the council and in the media, one line for each, counted and
    the first three named; ``lines``: what to do about each (by "is it the council");
    ``foreign``: the councils of other municipalities, a line of their own."""
    out: list[Text] = []
    groups = [
        (lambda a: a.kind is ActorKind.COUNCIL and a.id not in foreign, _WHERE[True], lines[True]),
        (lambda a: a.id in foreign, *OTHER_COUNCILS[:2]),
        (lambda a: a.kind is not ActorKind.COUNCIL, _WHERE[False], lines[False]),
    ]
    for belongs, where, line in groups:
        found = sorted(filter(belongs, actors), key=lambda a: natural_key(a.name))
        if not found:
            continue
        if len(found) == 1 and line is OTHER_COUNCILS[1]:
            line = OTHER_COUNCILS[2]
        names = [Name.of(a.name, a.kind) for a in found]
        rest = len(found) - _SHOWN
        texts = []
        for lang in ("en", "nl"):
            shown = [n.running(lang) for n in names[:_SHOWN]]
            if rest > 0:
                others = word(rest, lang, upto=20)  # "vijftien anderen" (rev-jurist16 N9)
                shown.append(f"{others} {'others' if lang == 'en' else 'anderen'}")
            who = join(shown, lang)
            if lang == "en":
                many = count(
                    len(found), "influential opponent", "influential opponents", "en", upto=20
                )
                verb = "opposes" if len(found) == 1 else "oppose"
                texts.append(f"{capital(many)} {where[0]} ({who}) {verb} the intent. {line.en}")
            else:
                many = count(
                    len(found),
                    "invloedrijke tegenstander",
                    "invloedrijke tegenstanders",
                    "nl",
                    upto=20,
                )
                verb = "staat" if len(found) == 1 else "staan"
                texts.append(
                    f"{capital(many)} {where[1]} ({who}) {verb} negatief tegenover de "
                    f"bedoeling. {line.nl}"
                )
        out.append(Text(texts[0], texts[1]))
    return out

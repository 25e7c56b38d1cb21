"""What a refusal of the anonymised copy, nota or deck says (issue 16, hostile review 12, M1):
the name that survived, not the words the check read around it ("Haar partner, Mark" of
"Haar partner, Mark de Vries, werkt." is "Mark de Vries"), and the field in words a user finds
on the map ("the case description", "the notes of actor 'Consulent wijkteam'").

Examples
--------
>>> survived("Haar partner, Mark", "Haar partner, Mark de Vries, werkt.")
'Mark de Vries'
>>> survived("Broer: Kees", "Broer: Kees belt."), survived("Anna Visser", "Anna Visser belt.")
('Kees', 'Anna Visser')
>>> survived("Mevrouw X Pietersen", "Mevrouw X Pietersen belt."), survived("zz", "niets")
('Mevrouw X Pietersen', 'zz')
>>> data = {"case": {"description": "x"}, "actors": [{"name": "Consulent", "notes": "y"}]}
>>> field_words("/case/description", data, "en"), field_words("/actors/0/notes", data, "nl")
('the case description', "de notities van actor 'Consulent'")
>>> field_words("/needs/1/decision", {}, "en"), field_words("/history/0/edits/2", {}, "nl")
('the decision of needed decision 2', 'regel 3 van opslagmoment 1 in de geschiedenis')
"""

from __future__ import annotations

import re
from typing import Any

from exports.anonymise_words import HEALTH, HEALTH_NAME
from exports.leak_quote import on_map
from models.i18n import Lang

__all__ = ["field_words", "readable", "said_leak", "survived", "what_to_do"]


def readable(text: str) -> str:
    """``text`` as a message quotes it: a space of any kind as a space, an invisible
    character left out, never a Python escape ("'Daan\\xa0Visser'": hostile look 15, H7).

    >>> repr(readable("Daan\u00a0Visser\u200b"))
    "'Daan Visser'"
    """
    return "".join(" " if c.isspace() else c for c in text if c.isprintable() or c.isspace())


# where a name starts in what the check found: after a comma, colon, bracket or semicolon
_CUT = re.compile(r"^.*[,:;(]\s*")
# after the name: a particle and a capitalised word, or a capitalised word ("de Vries", "Bakker")
_MORE = re.compile(
    r"(?:[ -](?:(?:van|de|der|den|ter|ten|te|het|'t|’t|el|al|op|in)\s+)*"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*)*"
)

_CASE = {
    "title": ("de titel van de casus", "the case title"),
    "description": ("de omschrijving van de casus", "the case description"),
    "intent": ("de bedoeling van de casus", "the case intent"),
}
_FIELDS = {
    "name": ("de naam", "the name"),
    "notes": ("de notities", "the notes"),
    "decision": ("het besluit", "the decision"),
    "label": ("het label", "the label"),
    "id": ("het id", "the id"),
    "reason": ("de reden", "the reason"),
    "description": ("de omschrijving", "the description"),
    "tags": ("een tag", "a tag"),
    "legal_basis": ("de grondslag", "the legal basis"),
    "group": ("de groep", "the group"),
    "by": ("wie het accepteerde", "who accepted it"),
}
_KINDS = {
    "actors": ("actor", "actor"),
    "organisations": ("organisatie", "organisation"),
    "relationships": ("relatie", "relationship"),
    "powers": ("bevoegdheid", "power"),
    "mandates": ("mandaat", "mandate"),
    "needs": ("benodigd besluit", "needed decision"),
    "agreements": ("afspraak", "agreement"),
    "snapshots": ("momentopname", "snapshot"),
    "accepted": ("geaccepteerd risico", "accepted risk"),
}


def survived(found: str, text: str) -> str:
    """The name that ``found`` (what the check found) is part of in ``text``: from where the
    name starts in ``found`` to where it ends in ``text``; ``found`` itself when it is not in
    ``text`` as written."""
    at = text.casefold().find(found.casefold())
    if at < 0:
        return found
    start = at + len(found) - len(_CUT.sub("", found))  # "Haar partner, " goes
    end = at + len(found)
    more = _MORE.match(text, end)
    name = text[start : more.end() if more else end].strip()
    return name or found


def field_words(where: str, data: Any, lang: Lang) -> str:
    """The field at ``where`` (a JSON path into the map ``data``) in words; in a snapshot's
    state, with the snapshot's label."""
    nl = lang == "nl"
    parts = where.strip("/").split("/")
    if len(parts) > 3 and parts[0] == "snapshots" and parts[1].isdigit() and parts[2] == "state":
        label = _text_at(data, f"/snapshots/{parts[1]}/label") or str(int(parts[1]) + 1)
        label = label if len(label) <= 50 else label[:49] + "…"
        inner = field_words("/" + "/".join(parts[3:]), _at(data, "/".join(parts[:3])), lang)
        return f"{inner} in momentopname {label!r}" if nl else f"{inner} in snapshot {label!r}"
    if len(parts) == 2 and parts[0] == "case" and parts[1] in _CASE:
        return _CASE[parts[1]][0 if nl else 1]
    if parts[0] == "history" and len(parts) >= 4 and parts[1].isdigit() and parts[3].isdigit():
        i, j = int(parts[1]) + 1, int(parts[3]) + 1
        return (
            f"regel {j} van opslagmoment {i} in de geschiedenis"
            if nl
            else f"line {j} of save {i} in the history"
        )
    if len(parts) >= 4 and parts[0] in _KINDS and parts[1] == "set":  # a snapshot's change
        data, parts = {parts[0]: _at(data, f"{parts[0]}/set")}, [parts[0], *parts[2:]]
    if len(parts) >= 3 and parts[0] in _KINDS and parts[1].isdigit():
        kind = _KINDS[parts[0]][0 if nl else 1]
        field = _FIELDS.get(parts[2], (parts[2], parts[2]))[0 if nl else 1]
        index = int(parts[1])
        items = data.get(parts[0]) if isinstance(data, dict) else None
        item = items[index] if isinstance(items, list) and index < len(items) else None
        # the item by its name on the map, its name field too: "de naam van actor 'Zoon Daan
        # (ａｄｈｄ)'", not "actor 20", which no one can find on the map (hostile 15b, B9)
        name = item.get("name") if isinstance(item, dict) else None
        named = readable(name) if isinstance(name, str) else ""
        what = f"{kind} {named!r}" if named else f"{kind} {index + 1}"
        return f"{field} van {what}" if nl else f"{field} of {what}"
    return where


def _at(data: Any, where: str) -> Any:
    """The value at ``where`` (a JSON path) in ``data``, or None."""
    for part in where.strip("/").split("/"):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def _text_at(data: Any, where: str) -> str:
    """The text at ``where`` (a JSON path) in ``data``, or ""."""
    found = _at(data, where)
    return found if isinstance(found, str) else ""


def said_leak(found: str, where: str, data: Any, lang: Lang, source: Any = None) -> tuple[str, str]:
    """The words that survived and where, in words with the JSON path: ("Mark de Vries",
    "the case description, /case/description"). With ``source`` (the map as JSON, ``data``
    being the copy), as the map writes them (:func:`~exports.leak_quote.on_map`) and the
    field named as on the map (hostile review 13, M1b): "Daan en Fleur", not "X en Fleur";
    "the notes of organisation 'Familie Visser'", not "… 'Het gezin'"; a tag or an id
    whole."""
    name = survived(found, _text_at(data, where)) if data is not None else found
    if source is not None:
        own = _text_at(source, where)
        key = where.rstrip("/").split("/")[-1]
        parent = where.rstrip("/").split("/")[-2:-1]
        if own and (key == "id" or parent == ["tags"]):
            name = own  # "annav", "zoon_daan": the tag or the id as it is
        else:
            name = on_map(name, _text_at(data, where), own)
    shown = source if source is not None else data if data is not None else {}
    field = field_words(where, shown, lang)
    return readable(name), where if field == where else f"{field}, {where}"


_YEAR = re.compile(r"\((?:19|20)\d\d\)|(?<!\d)(?:19|20)\d\d(?!\d)")


def what_to_do(found: str, said: str, lang: Lang) -> str:
    """What to do about ``found`` (the check's find), quoted as ``said``, in the copy: a
    name becomes a role, a year of birth, a number or a health word goes (hostile review
    13: "replace '1980' with a role" made no sense)."""
    nl = lang == "nl"
    if HEALTH_NAME.search(found) or HEALTH.search(found):
        return (
            f"Haal {said!r} weg uit die tekst op de kaart (wat over gezondheid of een andere "
            "bijzondere categorie gaat, hoort niet in een gedeelde kopie) en maak de kopie "
            "opnieuw"
            if nl
            else f"Remove {said!r} from that text on the map (what tells about health or "
            "another special category does not belong in a shared copy) and make the copy "
            "again"
        )
    if not any(c.isalpha() for c in found):
        what = ("het geboortejaar", "the year of birth") if _YEAR.search(found) else ("", "")
        if what[0]:
            return (
                f"Haal {what[0]} in {said!r} weg uit die tekst op de kaart en maak de kopie opnieuw"
                if nl
                else f"Remove {what[1]} in {said!r} from that text on the map and make the "
                "copy again"
            )
        return (
            f"Haal {said!r} weg uit die tekst op de kaart en maak de kopie opnieuw"
            if nl
            else f"Remove {said!r} from that text on the map and make the copy again"
        )
    return (
        f"Vervang {said!r} in die tekst op de kaart door een rol of omschrijving "
        "(bijvoorbeeld 'de aanbieder', 'het kind') en maak de kopie opnieuw"
        if nl
        else f"Replace {said!r} in that text on the map with a role or a description (for "
        "example 'the provider', 'the child') and make the copy again"
    )

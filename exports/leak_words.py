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

from models.i18n import Lang

__all__ = ["field_words", "said_leak", "survived"]

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
    """The field at ``where`` (a JSON path into the written map ``data``) in words."""
    nl = lang == "nl"
    parts = where.strip("/").split("/")
    if len(parts) == 2 and parts[0] == "case" and parts[1] in _CASE:
        return _CASE[parts[1]][0 if nl else 1]
    if parts[0] == "history" and len(parts) >= 4 and parts[1].isdigit() and parts[3].isdigit():
        i, j = int(parts[1]) + 1, int(parts[3]) + 1
        return (
            f"regel {j} van opslagmoment {i} in de geschiedenis"
            if nl
            else f"line {j} of save {i} in the history"
        )
    if len(parts) >= 3 and parts[0] in _KINDS and parts[1].isdigit():
        kind = _KINDS[parts[0]][0 if nl else 1]
        field = _FIELDS.get(parts[2], (parts[2], parts[2]))[0 if nl else 1]
        index = int(parts[1])
        items = data.get(parts[0]) if isinstance(data, dict) else None
        item = items[index] if isinstance(items, list) and index < len(items) else None
        name = item.get("name") if isinstance(item, dict) and parts[2] != "name" else None
        what = f"{kind} {name!r}" if isinstance(name, str) and name else f"{kind} {index + 1}"
        return f"{field} van {what}" if nl else f"{field} of {what}"
    return where


def _text_at(data: Any, where: str) -> str:
    """The text at ``where`` (a JSON path) in ``data``, or ""."""
    for part in where.strip("/").split("/"):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return ""
    return data if isinstance(data, str) else ""


def said_leak(found: str, where: str, data: Any, lang: Lang) -> tuple[str, str]:
    """The name that survived and where, in words with the JSON path: ("Mark de Vries",
    "the case description, /case/description")."""
    name = survived(found, _text_at(data, where)) if data is not None else found
    field = field_words(where, data if data is not None else {}, lang)
    return name, where if field == where else f"{field}, {where}"

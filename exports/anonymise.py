"""An anonymised copy of a case for the advice note and the deck (art. 5 lid 1 onder c and
art. 9 AVG): residents (actors of kind citizen) are named by their role ("de inwoner",
"inwoner 2") in every text and get a neutral id, the title leaves the name out, every note,
reason and label leaves out the sentences about health, a needed decision that shows health is
named neutrally ("Besluit van de aanbieder"), a mental-health or other care provider is
"de zorgaanbieder", and a staff member's personal name leaves their actor's name ("Consulent
wijkteam (Sanne)" becomes "Consulent wijkteam"). The resident stays identifiable for whoever
knows the case: this is pseudonymisation, not anonymisation in the sense of the AVG.

Examples
--------
>>> from models.example import example_case
>>> case = anonymise(example_case(), "nl")
>>> case.info.title
'Dreigende huisuitzetting bij schulden en zorg'
>>> case.actors.get("inwoner").name, case.actors.get("jansen") is None
('Inwoner', True)
>>> "Jansen" in case.info.description, "psychisch" in case.info.description
(False, False)
>>> case.actors.get("consulent").name, case.actors.get("zorgaanbieder").name
('Consulent wijkteam', 'Zorgaanbieder')
"""

from __future__ import annotations

import dataclasses
from typing import Any

from exports.anonymise_history import cleaned_history
from exports.anonymise_id_names import health_id, lettered_ids, named_id
from exports.anonymise_ids import (
    accepted_renamed,
    json_strings,
    renamed,
    snapshot_ids,
)
from exports.anonymise_kin_health import kin_name
from exports.anonymise_names import citizen_names, name_pattern
from exports.anonymise_plan import Plan, care_provider
from exports.anonymise_title import health_free_title, untitled
from exports.anonymise_titled import Letters
from exports.anonymise_words import (
    HEALTH_NAME,
    NEUTRAL_NEED,
    NEUTRAL_POWER,
    health_in,
    health_word,
    without_health,
)
from mapper.timeline import case_at
from models.acceptance import Acceptance
from models.case import Case
from models.entities import Actor, Agreement, Need, Organisation, Power, Relationship, Rule
from models.enums import ActorKind
from models.fields import KINDS
from models.fileformat import case_to_dict
from models.i18n import Lang
from models.timeline import Snapshot, Timeline
from models.timeline_io import state_of

__all__ = ["anonymise", "citizen_names", "name_pattern", "replaced"]

_FREE = ("notes", "reason", "label", "description", "origin_note", "content", "group")  # H1 7
_LEFT = {"nl": "(weggelaten)", "en": "(left out)"}
# a resident's own notes, and the notes of a need or a tie about them, do not go along as
# they are (hostile review 5): what a consulent writes about a person is the most personal
# text on the map, and no word list catches all of it
NOTE_LEFT = {"nl": "(notitie weggelaten)", "en": "(note left out)"}
# an agreement's or a rule's name is written as a sentence ("Samenwerkingsafspraak huisartsen en
# jeugdteam"): what it says about health goes as from a note, and a name with nothing left is
# its kind (issue 16, hostile review 14b: "De huisarts meldt dat mevrouw slecht slaapt.")
_NAMED_LEFT = {
    Agreement: {"nl": "Afspraak", "en": "Agreement"},
    Rule: {"nl": "Regel", "en": "Rule"},
}


def _label(label: str, lang: Lang) -> str:
    """A snapshot's label without what it says about health."""
    return (without_health(label) or _LEFT[lang]) if health_in(label) else label


def anonymise(
    case: Case,
    lang: Lang,
    *,
    for_copy: bool = False,
    names: Lang | None = None,
    letters: Letters | None = None,
    cleaned: dict[str, Case] | None = None,
) -> Case:
    """A copy of ``case`` in which no resident is named, no staff member by their own name,
    no care provider by a name that shows health, and no text says anything about health.

    The timeline goes along, anonymised the same way: every snapshot's state and label (a
    resident who is only on an earlier snapshot is named by a role too, the same role and id
    in every state), and the history of saves without its authors, the names in its edits
    replaced and a name that no state explains left out. ``for_copy``: the shared ``.kvmap``
    (a care provider's organisation is "Zorgaanbieder", not "de zorgaanbieder" as a note
    writes it in a sentence). ``names``: the language of the new names of residents and care
    providers when it is not ``lang``, the language of the map's texts (user review 6, 3: an
    English note of a Dutch map says "a decision of the provider" in its English
    sentences and "de zorgaanbieder" in the map's own Dutch texts). ``letters``: the letters
    persons who are no actor get, kept to tell which became a letter (the copy's summary).
    ``cleaned``: filled with each snapshot's cleaned state by the snapshot's new id, the state
    its written form reads back as (the copy's check: issue 15, not read back again)."""
    states = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    plan = Plan(states, lang, for_copy, names, letters)
    # every text once first, so a surname that becomes a letter in one text is that letter in
    # an earlier one too ("Pietersen heeft een sleutel" before "Buurvrouw Pietersen belt")
    info = case.info  # in the order the copy writes them, so the letters follow the text
    texts = [untitled(info.title, plan.pattern), info.description, info.intent]
    texts += json_strings([case_to_dict(state) for state in states])
    # then an id that holds a name the texts gave a letter ("daan_school"; rev-hostile16b H9)
    plan.ids = lettered_ids(states, plan, [*texts, *(s.label for s in case.timeline.snapshots)])
    done: _Done = {}  # an entity each state repeats is cleaned once (issue 15)
    out = accepted_renamed(case, renamed(_cleaned(case, plan, done), plan.ids), plan.ids)
    cleaned_states = [renamed(_cleaned(state, plan, done), plan.ids) for state in states[1:]]
    snap_ids = snapshot_ids(
        [s.id for s in case.timeline.snapshots],
        lambda id_: named_id(plan, id_) or health_id(id_),  # "na_adhd_diagnose" (H9)
        lambda id_: plan.tag(id_) if named_id(plan, id_) else "snapshot",
    )
    snapshots = [
        Snapshot(
            snap_ids[snap.id],
            snap.date,
            _label(plan.text(snap.label), lang),
            state_of(case_to_dict(state)),
        )
        for snap, state in zip(case.timeline.snapshots, cleaned_states, strict=True)
    ]
    if cleaned is not None:
        cleaned.update((s.id, state) for s, state in zip(snapshots, cleaned_states, strict=True))
    known = [s.label for s in snapshots]
    for state in [out, *cleaned_states]:
        known += [getattr(i, "name", "") for kind in KINDS for i in state.collection(kind)]
        known += [n.decision for n in state.needs]
    history = cleaned_history(case.timeline.history, plan.text, plan.ids, known, lang)
    out.timeline = Timeline(snapshots, history)
    return out


_FIELDS: dict[type, tuple[str, ...]] = {}
# what each entity became, per what its state tells of it (the ids, the residents, the care
# providers) and the letters given before it: a state of the timeline repeats most entities
_Done = dict[tuple[frozenset[str], ...], dict[tuple[Any, int], Any]]


def _texts_of(kind: type) -> tuple[str, ...]:
    """The fields of an entity of ``kind`` that may hold a text (not its id, not the key of
    an accepted finding), looked up once per kind (issue 15)."""
    if (names := _FIELDS.get(kind)) is None:
        names = tuple(f.name for f in dataclasses.fields(kind) if f.name not in ("id", "finding"))
        _FIELDS[kind] = names
    return names


def _cleaned(case: Case, plan: Plan, done: _Done) -> Case:
    """``case`` (without its timeline) with the residents, staff and care providers named by
    their roles, in every text and every list of texts (tags), and health left out. ``done``:
    the entities cleaned in the other states of the same map with the same ``plan``; an entity
    is cleaned again only where its state or the letters given differ (issue 15: the example's
    four states hold 379 entities, 111 of them different)."""
    lang = plan.lang
    ids = {item.id for kind in KINDS for item in case.collection(kind)}
    residents = {a.id for a in case.actors if a.kind is ActorKind.CITIZEN}
    health_orgs = {o.id for o in case.organisations if care_provider(o)}
    # what a care provider may decide tells what it does for the resident ("Behandeling
    # starten"), a health fact even where no word of it is on the health list (art. 9 AVG)
    providers = {
        a.id
        for a in case.actors
        if HEALTH_NAME.search(a.name) or (a.organisation and a.organisation in health_orgs)
    }

    def about_resident(item: Any) -> bool:
        """Whether ``item``'s notes are about a resident: the resident's own, a tie to or
        from them, a need whose decision or notes name them."""
        if isinstance(item, Actor):
            return item.id in residents
        if isinstance(item, Relationship):
            return bool({item.source, item.target} & residents)
        if isinstance(item, Need) and plan.pattern is not None:
            return bool(plan.cores(item.decision) or plan.cores(item.notes))
        return False

    def clean(item: Any) -> Any:
        changes: dict[str, Any] = {}
        for name in _texts_of(type(item)):
            value = getattr(item, name)
            if isinstance(value, str):
                if value in ids and name != "tags":
                    continue
                new: Any = plan.text(value)
            elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
                new = tuple(
                    plan.tag(v) if name == "tags" else v if v in ids else plan.text(v)
                    for v in value
                )
            else:
                continue
            if new != value:
                changes[name] = new
        # a decision that shows health is named neutrally (jurist, third round M2): that a
        # resident waits for treatment is a health fact (art. 9 AVG)
        if isinstance(item, Need) and health_word(item.decision):
            changes["decision"] = NEUTRAL_NEED[plan.names_lang]
        # health leaves every note, reason and label, and the tags (hostile review 4, H1 7)
        for name in _FREE:
            text = changes.get(name, getattr(item, name, None))
            if isinstance(text, str) and health_in(text):
                left = _LEFT[lang] if name in ("reason", "description") else ""
                changes[name] = without_health(text) or left
        named = changes.get("name", getattr(item, "name", ""))
        if isinstance(item, Agreement | Rule) and health_in(named):
            changes["name"] = without_health(named) or _NAMED_LEFT[type(item)][plan.names_lang]
        tags = changes.get("tags", getattr(item, "tags", ()))
        if any(health_word(t) or HEALTH_NAME.search(t) for t in tags):
            changes["tags"] = tuple(t for t in tags if not health_word(t))
            changes["tags"] = tuple(t for t in changes["tags"] if not HEALTH_NAME.search(t))
        if getattr(item, "notes", "").strip() and about_resident(item):
            changes["notes"] = NOTE_LEFT[lang]
        if isinstance(item, Acceptance):  # who accepted is an author, like a save's
            changes["by"] = ""
        if isinstance(item, Power) and (health_word(item.name) or item.holder in providers):
            changes["name"] = NEUTRAL_POWER[plan.names_lang]
        if isinstance(item, Actor | Organisation) and (new_name := plan.actor_name(item)):
            changes["name"] = new_name
        if isinstance(item, Actor) and (kin := kin_name(item.name, plan.actor_name(item), plan)):
            changes["name"] = kin  # "Zoon Daan (ADHD)": "Zoon X" (hostile look 15, H3)
        return dataclasses.replace(item, **changes) if changes else item

    info = case.info
    info = dataclasses.replace(
        info,
        title=health_free_title(plan.text(untitled(info.title, plan.pattern)), lang),  # 15 H1
        description=without_health(plan.text(info.description)),
        intent=without_health(plan.text(info.intent), trim=True),
    )
    # ids and references stay as they were in ``case``, a valid case: nothing to check again
    # (issue 15: the checks were a fifth of the anonymising of a small map)
    seen = done.setdefault((frozenset(ids), frozenset(residents), frozenset(providers)), {})

    def cleaned(item: Any) -> Any:
        key = (item, len(plan.letters.given))  # letters only grow: as many, the same ones
        if (new := seen.get(key)) is None:
            new = seen[key] = clean(item)
        return new

    parts = {kind: [cleaned(i) for i in case.collection(kind)] for kind in KINDS}
    return Case.build(info, parts, checked=True, linked=True)


def replaced(
    case: Case, lang: Lang, *, words: Lang | None = None
) -> tuple[list[tuple[str, str]], bool]:
    """What :func:`anonymise` changes, to tell the user: each resident's name with the role
    that replaces it (in ``words``, else ``lang``), and whether sentences about health leave
    the occasion or the intent."""
    plan = Plan([case], lang, for_copy=False, words_lang=words)
    names = [
        (a.name, new)
        for a in case.actors
        if a.kind is ActorKind.CITIZEN and (new := plan.actor_name(a)) and new != a.name
    ]
    info = case.info
    health = bool(health_in(info.description) or health_in(info.intent))
    return names, health

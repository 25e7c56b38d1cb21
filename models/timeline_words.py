"""The words for the timeline in a map file: snapshots out of order, damaged or kept as
written, and history times that cannot be read. Part of :data:`models.errors.MESSAGES`."""

from __future__ import annotations

__all__ = ["DROP_NOTES", "TIMELINE_MESSAGES"]

#: what the lenient reader says after the problem of a snapshot or a save it left out: no
#: refusal of its own (a strict load lists the problem before it; hostile review 10, H4)
DROP_NOTES = frozenset({
    "snapshot_dropped", "snapshots_dropped", "snapshots_after_dropped", "history_dropped",
    "history_entry_dropped",
})  # fmt: skip

TIMELINE_MESSAGES: dict[str, tuple[str, str]] = {
    "snapshot_order": (
        "the date {date} is before {before}, the date of the snapshot before it "
        '("{label}"); snapshots are kept in date order',
        "de datum {date} ligt vóór {before}, de datum van de momentopname ervoor "
        "(\u201c{label}\u201d); momentopnamen staan op datumvolgorde",
    ),
    "snapshots_out_of_order": (
        'snapshot "{id}" ({date}) comes after "{other}" ({other_date}) in the file, but is '
        "dated before it: snapshots are stored in date order, each as the change from the "
        "one before it, so none of them can be read; put them back in date order",
        "momentopname \u201c{id}\u201d ({date}) staat in het bestand na \u201c{other}\u201d "
        "({other_date}), maar is eerder gedateerd: momentopnamen worden op datumvolgorde "
        "bewaard, elk als de wijziging ten opzichte van de vorige, dus geen ervan is te "
        "lezen; zet ze terug op datumvolgorde",
    ),
    "snapshot_refused": (
        'snapshot "{id}" ({date}, "{label}") is damaged, so the map does not open, although '
        "the map itself is in order; repair or remove this snapshot in the file (nothing in "
        "the file was changed)",
        "momentopname “{id}” ({date}, “{label}”) is beschadigd; daarom "
        "opent de kaart niet, al is de kaart zelf in orde. Herstel of verwijder deze "
        "momentopname in het bestand (aan het bestand is niets veranderd)",
    ),
    "snapshot_dropped": (
        'snapshot "{id}" ({date}, "{label}") is damaged (see above) and cannot be kept as'
        " written: the map opened without it. The file is unchanged until the map is saved; a"
        " save writes the map without this snapshot (the old file stays in .bak)",
        "momentopname “{id}” ({date}, “{label}”) is beschadigd (zie"
        " hierboven) en kan niet ongewijzigd bewaard blijven: de kaart is zonder haar geopend."
        " Het bestand blijft ongewijzigd tot de kaart wordt opgeslagen; opslaan schrijft de"
        " kaart zonder deze momentopname (het oude bestand blijft in .bak)",
    ),
    "snapshots_dropped": (
        "the snapshots are left out (see above): the map opened without them. The file is"
        " unchanged until the map is saved; a save writes the map without them (the old file"
        " stays in .bak)",
        "de momentopnamen zijn weggelaten (zie hierboven): de kaart is zonder ze geopend. Het"
        " bestand blijft ongewijzigd tot de kaart wordt opgeslagen; opslaan schrijft de kaart"
        " zonder ze (het oude bestand blijft in .bak)",
    ),
    "snapshots_after_dropped": (
        "the snapshots after it are left out too ({count}): each is stored as the change from"
        " the one before it",
        "de momentopnamen erna zijn ook weggelaten ({count}): elke is bewaard als de wijziging"
        " ten opzichte van de vorige",
    ),
    "history_dropped": (
        "the history of saves is left out (see above): the map opened without it. A save"
        " writes the history anew from that save on (the old file stays in .bak)",
        "de geschiedenis van opslagmomenten is weggelaten (zie hierboven): de kaart is zonder"
        " haar geopend. Opslaan begint de geschiedenis opnieuw vanaf dat moment (het oude"
        " bestand blijft in .bak)",
    ),
    "history_entry_dropped": (
        "this save is left out of the history (see above): the map opened. A save writes the"
        " history without it (the old file stays in .bak)",
        "dit opslagmoment is uit de geschiedenis weggelaten (zie hierboven): de kaart is"
        " geopend. Opslaan schrijft de geschiedenis zonder dit moment (het oude bestand blijft"
        " in .bak)",
    ),
    "snapshot_kept": (
        'snapshot "{id}" ({date}, "{label}") is damaged (see above): the map opened, but'
        " the timeline, compare and the trend leave this snapshot out. It stays in the file"
        " as it was, also when the map is saved; repair or remove it in the file",
        "momentopname “{id}” ({date}, “{label}”) is beschadigd (zie hierboven): de kaart is"
        " geopend, maar de tijdlijn, de vergelijking en het verloop laten deze momentopname"
        " weg. Ze blijft ongewijzigd in het bestand staan, ook als u de kaart opslaat;"
        " herstel of verwijder haar in het bestand",
    ),
    "snapshot_future": (
        "the date {date} is after today ({today}); a snapshot records the map as it is",
        "de datum {date} ligt na vandaag ({today}); een momentopname legt de kaart vast "
        "zoals die nu is",
    ),
    "snapshot_label_empty": (
        "a snapshot needs a name, such as \u201cafter the mandate was renewed\u201d",
        "een momentopname heeft een naam nodig, zoals \u201cna verlenging mandaat\u201d",
    ),
    "snapshot_id_taken": (
        'a snapshot with id "{id}" already exists',
        'er is al een momentopname met id "{id}"',
    ),
    "snapshot_unknown": ('no snapshot with id "{id}"', 'geen momentopname met id "{id}"'),
    "snapshot_entity_no_id": (
        "expected an object with a text id",
        "verwacht een object met een id als tekst",
    ),
    "snapshot_drop_unknown": (
        "drops {id}, which the snapshot before it does not have",
        "laat {id} vervallen, maar de momentopname ervoor heeft dat niet",
    ),
    "snapshot_set_and_drop": (
        "sets {id} and drops it in the same state; which one holds is not defined: keep one",
        "zet {id} en laat het in dezelfde toestand vervallen; welke van de twee geldt is niet"
        " bepaald: houd er één",
    ),
    "snapshot_set_twice": (
        "sets {id} a second time (also set[{other}]); keep one",
        "zet {id} een tweede keer (ook set[{other}]); houd er één",
    ),
    "duplicate_key": (
        "the key {key} appears twice in one object ({first} and {second}); only one can"
        " hold: keep one",
        "de sleutel {key} staat twee keer in één object ({first} en {second}); er kan er"
        " maar één gelden: houd er één",
    ),
    "snapshot_order_ids": (
        "the order must list every id of the section exactly once",
        "de volgorde moet elk id van het onderdeel precies één keer noemen",
    ),
    "history_time_kept": (
        "expected a time as YYYY-MM-DDTHH:MM:SSZ (UTC; a zone such as +01:00, or none, is"
        " read too), got {got}: the map opened; the history shows this save at the time of"
        " the save next to it and a save keeps the time as written",
        "verwacht een tijd als JJJJ-MM-DDTUU:MM:SSZ (UTC; met een tijdzone als +01:00, of"
        " zonder, kan ook), kreeg {got}: de kaart is geopend; de geschiedenis toont deze"
        " opslag bij de tijd van de opslag ernaast en bij opslaan blijft de tijd zoals hij er"
        " staat",
    ),
    "expected_time": (
        "expected a time as YYYY-MM-DDTHH:MM:SSZ (UTC; a zone such as +01:00, or none,"
        " is read too), got {got}",
        "verwacht een tijd als JJJJ-MM-DDTUU:MM:SSZ (UTC; met een tijdzone als +01:00, of"
        " zonder, kan ook), kreeg {got}",
    ),
}

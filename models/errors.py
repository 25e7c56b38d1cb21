"""Our own exception types, each carrying messages a user can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from models.i18n import Catalogue, Lang
from models.notice_words import NOTICE_MESSAGES
from models.value_words import VALUE_MESSAGES, escaped

__all__ = [
    "MESSAGES",
    "FieldError",
    "FormatError",
    "KvmapError",
    "ModelError",
    "Problem",
    "more_problems",
    "problem_total",
]

MESSAGES = Catalogue(
    {
        **NOTICE_MESSAGES,  # what a valid map holds that is almost certainly a slip
        **VALUE_MESSAGES,  # a value there but unusable: a coordinate, an invisible name
        # the last line of a list cut at its limit
        "more_problems": (
            "… and {count:,} more, not listed ({total:,} in all)",
            "… en nog {count_nl}, niet afzonderlijk genoemd ({total_nl} in totaal)",
        ),
        # file level
        "file_missing": ("file not found", "bestand niet gevonden"),
        "file_unreadable": (
            "cannot read the file: {reason}",
            "kan het bestand niet lezen: {reason}",
        ),
        "is_folder": (
            "this is a folder, not a file",
            "dit is een map, geen bestand",
        ),
        "target_not_regular": (
            "could not save: the target is a device, named pipe or socket (such as /dev/zero), "
            "not a regular file; nothing was written. Choose a file name",
            "opslaan mislukt: het doel is een apparaat, named pipe of socket (zoals /dev/zero), "
            "geen gewoon bestand; er is niets geschreven. Kies een bestandsnaam",
        ),
        "backup_is_folder": (
            "could not save: {name} is a folder, so the previous version cannot be kept there; "
            "rename or remove that folder. The previous file is unchanged",
            "opslaan mislukt: {name} is een map, dus de vorige versie kan daar niet worden "
            "bewaard; geef die map een andere naam of verwijder hem. Het vorige bestand is "
            "ongewijzigd",
        ),
        "parent_not_folder": (
            "could not save: {name} is a file, not a folder",
            "opslaan mislukt: {name} is een bestand, geen map",
        ),
        "png_encode_failed": (
            "could not save: Qt could not encode the window as a PNG picture",
            "opslaan mislukt: Qt kon het venster niet als PNG-afbeelding coderen",
        ),
        "is_pipe": (
            "this is a named pipe (FIFO), not a regular file; only regular files are read",
            "dit is een named pipe (FIFO), geen gewoon bestand; alleen gewone bestanden worden "
            "gelezen",
        ),
        "is_device": (
            "this is a device or socket (such as /dev/zero), not a regular file; only regular "
            "files are read",
            "dit is een apparaat of socket (zoals /dev/zero), geen gewoon bestand; alleen gewone "
            "bestanden worden gelezen",
        ),
        "file_too_large": (
            "the file is {size} bytes; the limit is {limit} bytes",
            "het bestand is {size} bytes; de grens is {limit} bytes",
        ),
        "not_utf8": (
            "the file is not UTF-8 text (byte {position})",
            "het bestand is geen UTF-8-tekst (byte {position})",
        ),
        "bad_json": (
            "malformed JSON at line {line}, column {column}: {reason}",
            "ongeldige JSON op regel {line}, kolom {column}: {reason}",
        ),
        "empty_file": (
            "the file is empty (0 bytes): it holds no map",
            "het bestand is leeg (0 bytes): er staat geen kaart in",
        ),
        "json_cut_off": (
            "the file ends at byte {size} before the map is complete: was it copied or saved "
            "only in part?",
            "het bestand houdt op bij byte {size} voordat de kaart compleet is: is het maar "
            "voor een deel gekopieerd of opgeslagen?",
        ),
        "number_too_long": (
            "a number in the file has more than {limit} digits",
            "een getal in het bestand heeft meer dan {limit} cijfers",
        ),
        "too_many_values": (
            "the file holds about {count} values; the limit is {limit}",
            "het bestand bevat ongeveer {count} waarden; de grens is {limit}",
        ),
        "too_deep": (
            "the JSON is nested too deeply (more than {limit} levels)",
            "de JSON is te diep genest (meer dan {limit} niveaus)",
        ),
        "not_kvmap": (
            'this is not a Krachtenveld map (expected "format": "krachtenveld")',
            'dit is geen Krachtenveld-kaart (verwacht "format": "krachtenveld")',
        ),
        "version_newer": (
            "the file has format version {version}; this program reads up to version {supported}. "
            "Update Krachtenveld to open it",
            "het bestand heeft formaatversie {version}; dit programma leest tot en met versie "
            "{supported}. Werk Krachtenveld bij om het te openen",
        ),
        "version_missing": (
            "version missing: a map needs its format version (2 for this program)",
            "version ontbreekt: een kaart heeft haar formaatversie nodig (2 voor dit programma)",
        ),
        "version_body_newer": (
            "the file says version {version} but has {sections}, which only version 2 has:"
            " set version to 2",
            "het bestand zegt versie {version} maar heeft {sections}, wat alleen versie 2 heeft:"
            " zet version op 2",
        ),
        "version_bad": (
            "expected a whole-number format version, got {got}",
            "verwacht een heel getal als formaatversie, kreeg {got}",
        ),
        "file_locked": (
            "{user} on {host} has this map open (since {since}); changes made at the same "
            "time overwrite each other",
            "{user} op {host} heeft deze kaart open (sinds {since}); wijzigingen die tegelijk "
            "worden gemaakt overschrijven elkaar",
        ),
        "write_failed": (
            "could not save: {reason}. The previous file is unchanged",
            "opslaan mislukt: {reason}. Het vorige bestand is ongewijzigd",
        ),
        "write_failed_new": (
            "could not save: {reason}. Nothing was written",
            "opslaan mislukt: {reason}. Er is niets geschreven",
        ),
        "folder_missing": (
            "could not save: the folder {name} does not exist. Nothing was written",
            "opslaan mislukt: de map {name} bestaat niet. Er is niets geschreven",
        ),
        # the timeline (snapshots and saves)
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
        # field level
        "required": ("required field is missing", "verplicht veld ontbreekt"),
        "expected_object": ("expected an object, got {got}", "verwacht een object, kreeg {got}"),
        "expected_list": ("expected a list, got {got}", "verwacht een lijst, kreeg {got}"),
        "expected_text": ("expected text, got {got}", "verwacht tekst, kreeg {got}"),
        "empty_text": ("must not be empty", "mag niet leeg zijn"),
        "bad_character": (
            "invalid character (a lone UTF-16 surrogate) at character {position}",
            "ongeldig teken (een losse UTF-16-surrogaat) op teken {position}",
        ),
        "text_too_long": (
            "text is {length} characters; the limit is {limit}",
            "tekst is {length} tekens; de grens is {limit}",
        ),
        "expected_int_range": (
            "expected a whole number {minimum}–{maximum}, got {got}",
            "verwacht een heel getal {minimum}–{maximum}, kreeg {got}",
        ),
        "expected_number": (
            "expected a number (or null), got {got}",
            "verwacht een getal (of null), kreeg {got}",
        ),
        "negative_number": (
            "expected zero or more, got {got}",
            "verwacht nul of meer, kreeg {got}",
        ),
        "expected_bool": (
            "expected true or false, got {got}",
            "verwacht true of false, kreeg {got}",
        ),
        "expected_bool_or_null": (
            "expected true, false or null, got {got}",
            "verwacht true, false of null, kreeg {got}",
        ),
        "expected_enum": (
            "expected one of {choices}, got {got}",
            "verwacht een van {choices}, kreeg {got}",
        ),
        "expected_date": (
            "expected a date as YYYY-MM-DD, got {got}",
            "verwacht een datum als JJJJ-MM-DD, kreeg {got}",
        ),
        "date_no_month": (
            "{got} is not a day: a year has no month {month}",
            "{got} bestaat niet: een jaar heeft geen maand {month}",
        ),
        "date_year_zero": (
            "{got} is not a day: the year 0 does not exist (year 1 follows 1 BC)",
            "{got} bestaat niet: het jaar 0 bestaat niet (na 1 v.Chr. komt het jaar 1)",
        ),
        "date_no_day": (
            "{got} is not a day: {month_en} {year} has {days} days",
            "{got} bestaat niet: {month_nl} {year} heeft {days} dagen",
        ),
        "expected_position": (
            'expected {{"x": number, "y": number}} or null, got {got}',
            'verwacht {{"x": getal, "y": getal}} of null, kreeg {got}',
        ),
        "unknown_field": ("unknown field {name}", "onbekend veld {name}"),
        "duplicate_id": (
            'duplicate id "{id}" (also used at {other})',
            'dubbel id "{id}" (ook gebruikt bij {other})',
        ),
        "no_such_actor": ('no actor with id "{id}"', 'geen actor met id "{id}"'),
        "no_such_organisation": (
            'no organisation with id "{id}"',
            'geen organisatie met id "{id}"',
        ),
        "no_such_power": (
            'no power with id "{id}" (and no power category of that name)',
            'geen bevoegdheid met id "{id}" (en ook geen bevoegdheidscategorie met die naam)',
        ),
        "no_such_need": ('no need with id "{id}"', 'geen benodigd besluit met id "{id}"'),
        "no_such_rule": ('no rule with id "{id}"', 'geen regel met id "{id}"'),
        "no_such_deviation": ('no deviation with id "{id}"', 'geen afwijking met id "{id}"'),
        "comparable_to_itself": (
            "a deviation cannot be comparable to itself",
            "een afwijking kan niet vergelijkbaar zijn met zichzelf",
        ),
        "reserved_id": (
            'the id "{id}" is the name of a power category; choose another id',
            'het id "{id}" is de naam van een bevoegdheidscategorie; kies een ander id',
        ),
        "organisation_cycle": (
            'organisation "{id}" is part of itself through its parents',
            'organisatie "{id}" valt via haar bovenliggende organisaties onder zichzelf',
        ),
        "too_many": (
            "{count} items; the limit is {limit}",
            "{count} elementen; de grens is {limit}",
        ),
        "history_cut": (
            "{count} saves; the limit is {limit}: the oldest {dropped} are left out of the"
            " history, the map itself is read in full",
            "{count} keer opgeslagen; de grens is {limit}: de oudste {dropped} zijn uit de"
            " geschiedenis weggelaten, de kaart zelf is volledig gelezen",
        ),
        "history_edits_cut": (
            "{saves} saves list more than {limit} edits (up to {count}): of each the first"
            " {limit} are kept and the others only counted; the map itself is read in full",
            "{saves} keer opgeslagen met meer dan {limit} bewerkingen (tot {count}): van elke"
            " keer zijn de eerste {limit} bewaard en de andere alleen geteld; de kaart zelf is"
            " volledig gelezen",
        ),
        "dates_reversed": (
            "valid_until {until} lies before valid_from {start}",
            "valid_until {until} ligt vóór valid_from {start}",
        ),
        "dates_reversed_cleared": (
            "valid_until {until} lies before valid_from {start}; valid_until was cleared, "
            "enter the right end date",
            "valid_until {until} lag vóór valid_from {start}; valid_until is leeggemaakt, "
            "vul de juiste einddatum in",
        ),
        "blank_item": (
            "an empty item in the list; remove it",
            "een leeg element in de lijst; haal het weg",
        ),
        "blank_items_removed": (
            "an empty item in the list was removed",
            "een leeg element in de lijst is weggehaald",
        ),
        "item_twice": (
            "{item} is listed twice; remove the repeat",
            "{item} staat twee keer in de lijst; haal de herhaling weg",
        ),
        "items_twice_removed": (
            "{item} was listed twice; the repeat was removed",
            "{item} stond twee keer in de lijst; de herhaling is weggehaald",
        ),
        "id_spaces": (
            "the id {got} begins or ends with a space; ids are kept exactly, and other "
            "programs trim them, so remove the space here and wherever the id is used",
            "het id {got} begint of eindigt met een spatie; een id blijft precies zoals het is "
            "en andere programma's knippen spaties weg, dus haal de spatie hier weg en overal "
            "waar het id gebruikt wordt",
        ),
        "acceptance_until_before_on": (
            "until {until} lies before on {on}: the acceptance would have ended before it was "
            "made; correct the year or clear until",
            "until {until} ligt vóór on {on}: de acceptatie zou zijn geëindigd voordat zij werd "
            "vastgelegd; verbeter het jaar of maak until leeg",
        ),
        "control_character": (
            "invalid control character {code} at character {position}",
            "ongeldig stuurteken {code} op teken {position}",
        ),
        "control_characters_removed": (
            "invalid control character {code} at character {position} removed{others}",
            "ongeldig stuurteken {code} op teken {position} verwijderd{others_nl}",
        ),
        "bidi_unbalanced": (
            "direction control {code} at character {position} is not closed (or closes nothing); "
            "it would turn around the text shown after it",
            "richtingsteken {code} op teken {position} wordt niet afgesloten (of sluit niets af); "
            "het zou de tekst erna omkeren",
        ),
        "bidi_balanced": (
            "direction control {code} at character {position} was not closed; balanced",
            "richtingsteken {code} op teken {position} werd niet afgesloten; rechtgezet",
        ),
        "number_too_large": (
            "{got} is larger than the limit of {limit}",
            "{got} is groter dan de grens van {limit}",
        ),
        "save_refused": (
            "not saved: the map would not open again. The previous file is unchanged",
            "niet opgeslagen: de kaart zou niet meer opengaan. Het vorige bestand is ongewijzigd",
        ),
        "self_reference": (
            "source and target are the same actor",
            "bron en doel zijn dezelfde actor",
        ),
        "no_such_entity": ('no {what} with id "{id}"', 'geen {what} met id "{id}"'),
        "not_editable": ("field {name} cannot be changed", "veld {name} kan niet worden gewijzigd"),
    }
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, at a location such as ``actors[3].influence``."""

    location: str
    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self, lang: Lang = "en") -> str:
        """The message without its location."""
        return MESSAGES.text(self.key, lang, **self.params)

    def render(self, lang: Lang = "en") -> str:
        """``location: message`` (or just the message when there is no location)."""
        text = self.message(lang)
        return f"{escaped(self.location)}: {text}" if self.location else text


def _dutch(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def more_problems(listed: int, total: int) -> Problem:
    """The last line of a list of ``listed`` problems cut from ``total``: how many more."""
    count = total - listed
    params = {"count": count, "total": total, "count_nl": _dutch(count), "total_nl": _dutch(total)}
    return Problem("", "more_problems", params)


def problem_total(problems: Sequence[Problem]) -> int:
    """How many problems a list stands for: its lines, or the total its last line names when
    the list was cut at its limit (see :func:`more_problems`)."""
    if problems and problems[-1].key == "more_problems":
        total = problems[-1].params.get("total")
        if isinstance(total, int):
            return total
    return len(problems)


class KvmapError(Exception):
    """Base of every error Krachtenveld reports to a user.

    ``source`` names the file (or other input) the problems are in.
    """

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        super().__init__(self.render("en"))

    def render(self, lang: Lang = "en") -> str:
        """All problems, one per line, prefixed with the source."""
        lines = [p.render(lang) for p in self.problems]
        if self.source:
            if len(lines) == 1:
                return f"{self.source}: {lines[0]}"
            return "\n".join([f"{self.source}:"] + [f"  {line}" for line in lines])
        return "\n".join(lines)


class FormatError(KvmapError):
    """A file that cannot be read as a valid Krachtenveld map."""


class ModelError(KvmapError):
    """An edit the model refuses (unknown id, invalid value)."""


class FieldError(ValueError):
    """A single field value is invalid; raised by field checks, wrapped by callers."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(MESSAGES.text(key, "en", **params))

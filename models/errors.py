"""Our own exception types, each carrying messages a user can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from models.file_words import FILE_MESSAGES
from models.i18n import Catalogue, Lang
from models.notice_words import NOTICE_MESSAGES
from models.timeline_words import TIMELINE_MESSAGES
from models.value_words import VALUE_MESSAGES, escaped

__all__ = [
    "MESSAGES",
    "FieldError",
    "FormatError",
    "KvmapError",
    "ModelError",
    "Problem",
    "WordedRefusalError",
    "more_problems",
    "problem_total",
]

# the messages of a map file, one catalogue written by topic: a key in two parts is refused
MESSAGES = Catalogue.joined(
    NOTICE_MESSAGES,  # what a valid map holds that is almost certainly a slip
    VALUE_MESSAGES,  # a value there but unusable: a coordinate, an invisible name
    FILE_MESSAGES,  # file level: missing, unreadable, not a map, a failed save
    TIMELINE_MESSAGES,  # the timeline: snapshots and the history of saves
    {
        # the last line of a list cut at its limit
        "more_problems": (
            "… and {count:,} more, not listed ({total:,} in all)",
            "… en nog {count_nl}, niet afzonderlijk genoemd ({total_nl} in totaal)",
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
    },
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


class WordedRefusalError(ValueError):
    """A refusal whose message is already the user's sentence, in the user's language (an
    anonymised copy that would overwrite the open map, or a map another program has open): shown
    as it is, not as a fault of Krachtenveld (see ui.safety.own_fault.fault_text)."""


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

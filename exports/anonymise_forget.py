"""What the anonymising remembered of one export, let go once the export is written (issue 14,
session 18: at 10,000 actors the nota's texts stayed in these caches, 19 MB, to the app's end).

The caches serve one export, whose check reads each text of every snapshot's state and output
again; the next export reads other texts (another language, other names) or the same ones at
their cost once."""

from __future__ import annotations

from exports import (
    anonymise_check_read,
    anonymise_id_names,
    anonymise_identifiers,
    anonymise_remembered,
    anonymise_spelling,
    anonymise_words,
)

__all__ = ["forget"]


def forget() -> None:
    """Empty the anonymising's caches of texts."""
    anonymise_identifiers._identifiers.cache_clear()
    anonymise_identifiers.without_identifiers.cache_clear()
    anonymise_words.without_law.cache_clear()
    anonymise_words.health_in.cache_clear()
    anonymise_words.health_word.cache_clear()
    anonymise_words.staff_name.cache_clear()
    anonymise_id_names._a_person.cache_clear()
    anonymise_words.without_health.cache_clear()
    anonymise_check_read._titled_person.cache_clear()
    anonymise_check_read._plain_char.cache_clear()
    anonymise_spelling._folded_char.cache_clear()
    with anonymise_remembered._lock:
        anonymise_remembered._read.clear()

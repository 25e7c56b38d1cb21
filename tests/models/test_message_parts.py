"""models/errors.py grew to 491 lines (read9 brief, item 3): its messages are now written by
topic in models/*_words.py and joined into the one catalogue ``models.errors.MESSAGES``. A key
written in two parts would silently hide one text, so the join refuses it."""

from __future__ import annotations

import pytest

from models.errors import MESSAGES
from models.file_words import FILE_MESSAGES
from models.i18n import Catalogue
from models.notice_words import NOTICE_MESSAGES
from models.timeline_words import TIMELINE_MESSAGES
from models.value_words import VALUE_MESSAGES

PARTS = {
    "file": FILE_MESSAGES,
    "timeline": TIMELINE_MESSAGES,
    "notice": NOTICE_MESSAGES,
    "value": VALUE_MESSAGES,
}


def test_every_part_is_in_the_one_catalogue_with_its_own_texts() -> None:
    for part in PARTS.values():
        for key, texts in part.items():
            assert MESSAGES._messages[key] == texts
    assert {"not_utf8", "empty_file", "file_locked", "write_failed"} <= set(FILE_MESSAGES)
    assert {"snapshot_kept", "history_time_kept", "expected_time"} <= set(TIMELINE_MESSAGES)


def test_no_key_is_written_in_two_parts() -> None:
    seen: dict[str, str] = {}
    for name, part in PARTS.items():
        for key in part:
            assert key not in seen, f"{key} in {seen[key]} and {name}"
            seen[key] = name


def test_the_join_refuses_a_key_in_two_parts() -> None:
    with pytest.raises(ValueError, match="in two parts of one catalogue: not_utf8"):
        Catalogue.joined(FILE_MESSAGES, {"not_utf8": ("again", "opnieuw")})
    assert Catalogue.joined({"a": ("A", "A")}, {"b": ("B", "B")}).keys() == ["a", "b"]

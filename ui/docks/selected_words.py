"""What Eigenschappen says of a selection of several items: how many of each kind, "342
actoren en 123 relaties geselecteerd", not "465 items geselecteerd" (rev-user16 U3: a click on a
finding about 342 actors selected their ties too, and the panel spoke of 465 items while the
status bar spoke of 342 actors)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from mapper.wording import join, number
from models.enums import EntityKind
from ui.docks.fields import Entity, kind_of
from ui.i18n import QT_TRANSLATE_NOOP, current_language

__all__ = ["selected_words"]

# (one, many) of each kind, in the order the words are said
_WORDS: dict[EntityKind, tuple[str, str]] = {
    EntityKind.ACTOR: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 actor"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 actors"),
    ),
    EntityKind.RELATIONSHIP: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 relationship"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 relationships"),
    ),
    EntityKind.MANDATE: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 mandate"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 mandates"),
    ),
    EntityKind.NEED: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 needed decision"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 needed decisions"),
    ),
    EntityKind.ORGANISATION: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 organisation"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 organisations"),
    ),
    EntityKind.POWER: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 power"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 powers"),
    ),
    EntityKind.AGREEMENT: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 agreement"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 agreements"),
    ),
    EntityKind.RULE: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 rule"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 rules"),
    ),
    EntityKind.DEVIATION: (
        QT_TRANSLATE_NOOP("PropertiesDock", "1 deviation"),
        QT_TRANSLATE_NOOP("PropertiesDock", "%1 deviations"),
    ),
}


def selected_words(entities: Sequence[Entity]) -> str:
    """``entities`` (two or more) counted by kind in the app's language and number format:
    "342 actors and 123 relationships selected", "342 actoren en 123 relaties geselecteerd"."""
    lang = current_language()
    counts = Counter(kind_of(e).kind for e in entities)
    parts = []
    for kind, (one, many) in _WORDS.items():
        n = counts.get(kind, 0)
        if n:
            text = one if n == 1 else many
            said = QCoreApplication.translate("PropertiesDock", text)
            parts.append(said.replace("%1", number(n, lang)))
    return QCoreApplication.translate("PropertiesDock", "%1 selected").replace(
        "%1", join(parts, lang)
    )

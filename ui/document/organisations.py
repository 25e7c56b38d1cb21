"""An organisation named by typing it: a name typed into an organisation reference (an actor's
organisation, an organisation's parent) that names no organisation on the map adds one, in the
same undo step as the edit (:class:`ui.document.controller.DocumentController`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from models import Case, EntityKind, Organisation
from models.fields import KINDS
from models.fields import by_name as by_name_spec
from ui.document.undo import AddCommand, ModelCommand, entity_kind

__all__ = ["typed_organisations"]


def typed_organisations(
    case: Case, edits: Sequence[tuple[str, str, object]]
) -> tuple[list[ModelCommand], list[tuple[str, str, object]]]:
    """The commands adding an organisation for each name typed into an organisation reference
    that names none, and ``edits`` with the names replaced by ids (an existing name in any
    case is its id)."""
    orgs = case.organisations
    by_name = {o.name.casefold(): o.id for o in orgs}
    made: list[ModelCommand] = []
    out: list[tuple[str, str, object]] = []
    for entity_id, field, value in edits:
        kind = entity_kind(case, entity_id)
        spec = by_name_spec(KINDS[kind].fields).get(field) if kind is not None else None
        typed = isinstance(value, str) and value.strip() and orgs.get(value) is None
        if spec is not None and spec.refers is EntityKind.ORGANISATION and typed:
            assert isinstance(value, str)
            name = value.strip()
            if name.casefold() not in by_name:
                org = Organisation(_fresh_id(case, by_name.values()), name)
                command = AddCommand(case, org)
                command.setText(
                    # the translation context stays the controller's, where it was written
                    QCoreApplication.translate(
                        "DocumentController", "New organisation: %1"
                    ).replace("%1", name)
                )
                made.append(command)
                by_name[name.casefold()] = org.id
            value = by_name[name.casefold()]
        out.append((entity_id, field, value))
    return made, out


def _fresh_id(case: Case, taken: Iterable[str]) -> str:
    """An organisation id the case does not use and ``taken`` does not hold."""
    used = set(taken)
    prefix = KINDS[EntityKind.ORGANISATION].prefix
    candidate = case.new_id(EntityKind.ORGANISATION)
    number = int(candidate.removeprefix(prefix))
    while candidate in used or case.entity(candidate) is not None:
        number += 1
        candidate = f"{prefix}{number}"
    return candidate

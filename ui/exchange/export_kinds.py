"""The export formats of File > Export: what each writes.

The actions are in :mod:`ui.window.action_specs`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EXPORTS", "ExportKind"]


@dataclass(frozen=True, slots=True)
class ExportKind:
    """One entry of the Export submenu."""

    key: str  # action name: export_<key>
    suffix: str  # file extension written
    fmt: str | None  # ``fmt`` for exports.formats.export_case ("kumu", "mandate-register"),
    # or "anonymised": an anonymised copy of the map itself


EXPORTS: tuple[ExportKind, ...] = (
    ExportKind("xlsx", ".xlsx", None),
    ExportKind("docx", ".docx", None),
    ExportKind("pptx", ".pptx", None),
    ExportKind("kumu", ".xlsx", "kumu"),
    ExportKind("graphml", ".graphml", None),
    ExportKind("gexf", ".gexf", None),
    ExportKind("csv", ".csv", None),
    ExportKind("dot", ".dot", None),
    ExportKind("register_xlsx", ".xlsx", "mandate-register"),
    ExportKind("register_docx", ".docx", "mandate-register"),
    ExportKind("kvmap_anonymised", ".kvmap", "anonymised"),
)

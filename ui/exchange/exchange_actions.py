"""The records of the actions :class:`ui.exchange.window_exchange.Exchange` wires: File > Import,
File > Export (one per export kind of :mod:`ui.exchange.export_kinds`), Analysis > Compare and
What if. They are part of the main window's table, :data:`ui.window.action_specs.ACTIONS`.
"""

from __future__ import annotations

from ui.exchange.export_kinds import EXPORTS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.window.action_record import ActionSpec, Group

__all__ = ["EXCHANGE_ACTIONS"]

_KINDS = {kind.key: kind for kind in EXPORTS}

EXCHANGE_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file_import",
        QT_TRANSLATE_NOOP("Exchange", "&Import…"),
        QT_TRANSLATE_NOOP("Exchange", "Read a case from Excel, Kumu, GraphML, GEXF or CSV"),
        keys=("Ctrl+I",),
        context="Exchange",
    ),
    ActionSpec(
        "file_import_register",
        QT_TRANSLATE_NOOP("Exchange", "Import &mandate register…"),
        QT_TRANSLATE_NOOP(
            "Exchange", "Add the powers and mandates of a mandate register (.xlsx, .csv) to the map"
        ),
        context="Exchange",
    ),
    ActionSpec(
        "export_xlsx",
        QT_TRANSLATE_NOOP("Exchange", "Excel &report…"),
        QT_TRANSLATE_NOOP(
            "Exchange", "Workbook with the case, findings, scorecard, metrics and the map"
        ),
        group=Group.EXPORT,
        value=_KINDS["xlsx"],
        context="Exchange",
    ),
    ActionSpec(
        "export_docx",
        QT_TRANSLATE_NOOP("Exchange", "Advice &note (Word)…"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Advice note for the college: summary, scorecard, map, causes, risks and annexes",
        ),
        group=Group.EXPORT,
        value=_KINDS["docx"],
        context="Exchange",
    ),
    ActionSpec(
        "export_pptx",
        QT_TRANSLATE_NOOP("Exchange", "&Session slides (PowerPoint)…"),
        QT_TRANSLATE_NOOP(
            "Exchange", "Slides for the strategy session: map, scorecard, top causes, what if"
        ),
        group=Group.EXPORT,
        value=_KINDS["pptx"],
        context="Exchange",
    ),
    ActionSpec(
        "export_anonymised",
        QT_TRANSLATE_NOOP("Exchange", "&Anonymised (note, slides and picture)"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "The advice note, the slides and the map picture name residents by their role and "
            "leave out their names and health data as far as possible (art. 5 and 9 AVG); a "
            "staff member's own "
            "name leaves their actor's name and a mental-health provider is called the care "
            "provider. A note for the college may name a resident where its decision needs "
            "that; it rarely does.",
        ),
        checkable=True,
        context="Exchange",
    ),
    ActionSpec(
        "export_kumu",
        QT_TRANSLATE_NOOP("Exchange", "&Kumu workbook…"),
        QT_TRANSLATE_NOOP("Exchange", "Elements and connections in Kumu's spreadsheet layout"),
        group=Group.EXPORT,
        value=_KINDS["kumu"],
        context="Exchange",
    ),
    ActionSpec(
        "export_graphml",
        QT_TRANSLATE_NOOP("Exchange", "&GraphML…"),
        QT_TRANSLATE_NOOP("Exchange", "For yEd, Gephi, Cytoscape and networkx"),
        group=Group.EXPORT,
        value=_KINDS["graphml"],
        context="Exchange",
    ),
    ActionSpec(
        "export_gexf",
        QT_TRANSLATE_NOOP("Exchange", "G&EXF…"),
        QT_TRANSLATE_NOOP("Exchange", "For Gephi"),
        group=Group.EXPORT,
        value=_KINDS["gexf"],
        context="Exchange",
    ),
    ActionSpec(
        "export_csv",
        QT_TRANSLATE_NOOP("Exchange", "&CSV…"),
        QT_TRANSLATE_NOOP("Exchange", "Nodes and edges as two CSV files (Gephi style)"),
        group=Group.EXPORT,
        value=_KINDS["csv"],
        context="Exchange",
    ),
    ActionSpec(
        "export_dot",
        QT_TRANSLATE_NOOP("Exchange", "&DOT (Graphviz)…"),
        QT_TRANSLATE_NOOP("Exchange", "For Graphviz"),
        group=Group.EXPORT,
        value=_KINDS["dot"],
        context="Exchange",
    ),
    ActionSpec(
        "export_register_xlsx",
        QT_TRANSLATE_NOOP("Exchange", "&Mandate register (Excel)…"),
        QT_TRANSLATE_NOOP(
            "Exchange", "The powers and mandates as a register that can be imported again"
        ),
        group=Group.EXPORT,
        value=_KINDS["register_xlsx"],
        context="Exchange",
    ),
    ActionSpec(
        "export_register_docx",
        QT_TRANSLATE_NOOP("Exchange", "Overview of mandates and powers (&Word)…"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Per public-law power its statutory basis, policy rules and mandates with their "
            "status; derived from the case, not the adopted mandate register",
        ),
        group=Group.EXPORT,
        value=_KINDS["register_docx"],
        context="Exchange",
    ),
    ActionSpec(
        "export_kvmap_anonymised",
        QT_TRANSLATE_NOOP("Exchange", "Anonymised c&opy of the map (.kvmap)…"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "A copy of the map to share: residents named by their role and under new ids, staff "
            "without their own names, health data left out as far as possible, in the snapshots "
            "too, and the saves without who saved",
        ),
        group=Group.EXPORT,
        value=_KINDS["kvmap_anonymised"],
        context="Exchange",
    ),
    ActionSpec(
        "analysis_compare",
        QT_TRANSLATE_NOOP("Exchange", "&Compare with file…"),
        QT_TRANSLATE_NOOP("Exchange", "What differs between another .kvmap file and the open case"),
        context="Exchange",
    ),
    ActionSpec(
        "analysis_whatif",
        QT_TRANSLATE_NOOP("Exchange", "&What if…"),
        QT_TRANSLATE_NOOP(
            "Exchange",
            "Which findings appear and disappear if the selected actors leave or the "
            "selected connections are cut",
        ),
        keys=("Ctrl+Shift+W",),
        context="Exchange",
    ),
)

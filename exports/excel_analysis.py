"""The analysis sheets of the report: scorecard, findings, metrics, trust, quadrants, map."""

from __future__ import annotations

import contextlib
import importlib
import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any, Protocol

from exports.excel_rows import HEADER, Look, SheetRows, table
from exports.excel_style import FILLS, fill, print_fit, text_height
from exports.style import TRUST_COLOURS, text_colour_on
from mapper.findings import BUILDING_BLOCKS, Finding, ScoreRow, Severity
from mapper.scorecard import accepted_verdict
from models.case import Case
from models.enums import RelationKind
from models.i18n import Lang
from models.labels import LABELS

__all__ = [
    "AnalysisLike",
    "quadrant_label",
    "run_analysis",
    "write_findings",
    "write_map",
    "write_metrics",
    "write_quadrants",
    "write_scorecard",
    "write_trust",
]

MAX_MATRIX = 150  # actors; a bigger trust matrix is not readable anyway


class AnalysisLike(Protocol):
    """What the report needs of :class:`mapper.Analysis`."""

    @property
    def findings(self) -> Sequence[Finding]: ...
    @property
    def scorecard(self) -> Sequence[ScoreRow]: ...
    @property
    def metrics(self) -> Mapping[str, Mapping[str, float]]: ...
    @property
    def map_metrics(self) -> Mapping[str, float]: ...
    @property
    def quadrants(self) -> Mapping[str, Any]: ...


def run_analysis(case: Case) -> AnalysisLike | None:
    """``mapper.analyse(case)``, or None when the analysis engine is not available."""
    try:
        analyse = importlib.import_module("mapper").analyse
    except (ImportError, AttributeError):
        return None
    result: AnalysisLike = analyse(case)
    return result


def _pick(lang: Lang, en: str, nl: str) -> str:
    return nl if lang == "nl" else en


_SEVERITY = {
    Severity.CRITICAL: ("Critical", "Kritiek", FILLS["red"]),
    Severity.WARNING: ("Warning", "Waarschuwing", FILLS["amber"]),
    Severity.INFO: ("Info", "Info", "D6EAF8"),
}
_STATUS = {
    "red": ("Red", "Rood"),
    "amber": ("Amber", "Oranje"),
    "green": ("Green", "Groen"),
    "grey": ("Not enough to judge", "Niet te beoordelen"),
}

# quadrants when the analysis gives none: (high influence, high interest)
_QUADRANTS = {
    (True, True): ("Manage closely", "Betrekken"),
    (True, False): ("Keep satisfied", "Consulteren"),
    (False, True): ("Keep informed", "Informeren"),
    (False, False): ("Monitor", "Monitoren"),
}


_METRICS = {
    "betweenness": ("Betweenness (broker)", "Tussenpositie (betweenness)"),
    "brokerage": ("Brokerage", "Makelaarsrol"),
    "closeness": ("Closeness", "Nabijheid (closeness)"),
    "degree": ("Ties", "Aantal verbindingen"),
    "degree_centrality": ("Degree centrality", "Degreecentraliteit"),
    "in_degree": ("Incoming ties", "Inkomende verbindingen"),
    "out_degree": ("Outgoing ties", "Uitgaande verbindingen"),
    "pagerank": ("PageRank", "PageRank"),
}


def _metric(name: str, lang: Lang) -> str:
    en, nl = _METRICS.get(name, (name, name))
    return _pick(lang, en, nl)


def quadrant_label(value: object, lang: Lang) -> str:
    """A quadrant from the analysis as text in ``lang``."""
    if isinstance(value, StrEnum) and value in LABELS:
        en, nl = LABELS[value]
        return nl if lang == "nl" else en
    text = str(value)
    method = getattr(value, "label", None)
    if callable(method):
        with contextlib.suppress(TypeError):
            text = str(method(lang))
    return text[:1].upper() + text[1:]


def write_scorecard(rows: SheetRows, analysis: AnalysisLike, lang: Lang) -> None:
    """The scorecard under the case data on the overview sheet."""
    from openpyxl.styles import Alignment

    headers = [
        _pick(lang, "Building block", "Bouwsteen"),
        "Status",
        _pick(lang, "Summary", "Samenvatting"),
    ]
    rows.append(headers, dict.fromkeys((1, 2, 3), HEADER))
    wrapped = Look(alignment=Alignment(wrap_text=True, vertical="top"))
    for score in analysis.scorecard:
        name = BUILDING_BLOCKS[score.building_block](lang)
        en, nl = _STATUS[score.status.value]
        if (extra := accepted_verdict(score)) is not None:  # accepted risks (new user 10, N4)
            en, nl = f"{en}, {extra.en}", f"{nl}, {extra.nl}"
        status = Look(
            fill=fill(FILLS[score.status.value]),
            alignment=Alignment(horizontal="center", vertical="top"),
        )
        rows.append(
            [f"{score.building_block}. {name}", _pick(lang, en, nl), score.summary(lang)],
            {1: wrapped, 2: status, 3: wrapped},
            height=max(text_height(score.summary(lang), 90), text_height(name, 36)),
        )


def _names(case: Case, ids: Sequence[str]) -> str:
    out = []
    for item_id in ids:
        actor = case.actors.get(item_id)
        out.append(actor.name if actor else item_id)
    return ", ".join(out)


def write_findings(rows: SheetRows, case: Case, analysis: AnalysisLike, lang: Lang) -> None:
    """One row per finding in the order of the causes, as the app and the nota tell them
    (:meth:`mapper.Analysis.in_cause_order`), the cause's number first, with severity fills."""
    from openpyxl.styles import Alignment

    headers = [
        _pick(lang, "Cause", "Oorzaak"),
        _pick(lang, "Severity", "Ernst"),
        _pick(lang, "Building block", "Bouwsteen"),
        _pick(lang, "Code", "Code"),
        _pick(lang, "Finding", "Bevinding"),
        _pick(lang, "Explanation", "Toelichting"),
        _pick(lang, "Suggestion", "Suggestie"),
        _pick(lang, "Actors", "Actoren"),
        _pick(lang, "Ids", "Ids"),
    ]
    rows.width = len(headers)
    ordered = _in_cause_order(analysis)
    looks = {colour: {2: Look(fill=fill(colour))} for _, _, colour in _SEVERITY.values()}

    def data() -> Iterator[tuple[list[object], Mapping[int, Look]]]:
        for rank, found in ordered:
            en, nl, colour = _SEVERITY[found.severity]
            block = f"{found.building_block}. {BUILDING_BLOCKS[found.building_block](lang)}"
            yield (
                [
                    rank or "",
                    _pick(lang, en, nl),
                    block,
                    found.code,
                    found.title(lang),
                    found.detail(lang),
                    found.suggestion(lang),
                    _names(case, found.actors),
                    ", ".join(found.ids()),
                ],
                looks[colour],
            )

    # every row the same way: top-aligned, the text columns wrapped
    wrapped, plain = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    fixed = {c: wrapped if c in (3, 5, 6, 7, 8) else plain for c in range(1, len(headers) + 1)}
    table(
        rows,
        headers,
        [9, 12, 30, 26, 40, 60, 50, 30, 20],
        data(),
        total=len(ordered),
        freeze="E2",
        fixed=fixed,
    )


def _in_cause_order(analysis: AnalysisLike) -> tuple[tuple[int, Finding], ...]:
    """The findings in the order of their causes; by severity and building block where the
    analysis has no causes (a bare list of findings)."""
    ordered = getattr(analysis, "in_cause_order", None)
    if callable(ordered):
        return tuple(ordered())
    found = sorted(analysis.findings, key=lambda f: (f.severity.rank, f.building_block))
    return tuple((0, f) for f in found)


def write_metrics(rows: SheetRows, case: Case, analysis: AnalysisLike, lang: Lang) -> None:
    """Per-actor metrics as a table, map-level metrics beside it."""
    names = sorted({m for values in analysis.metrics.values() for m in values})
    headers = ["ID", _pick(lang, "Actor", "Actor"), *(_metric(n, lang) for n in names)]
    decimals = Look(number_format="0.000")
    looks = {
        c: decimals
        for c, name in enumerate(names, start=3)
        if any(isinstance(v.get(name), float) for v in analysis.metrics.values())
    }
    data = (
        ([actor.id, actor.name, *(analysis.metrics.get(actor.id, {}).get(n) for n in names)], looks)
        for actor in case.actors
    )
    beside: list[list[object]] = [
        [_pick(lang, "Map metric", "Kaartmaat"), _pick(lang, "Value", "Waarde")],
        *([name, value] for name, value in sorted(analysis.map_metrics.items())),
    ]
    rows.width = len(headers) + 3
    table(
        rows,
        headers,
        [8, 28, *([14] * len(names))],
        data,
        total=len(case.actors),
        freeze="C2",
        beside=beside,
    )


def _trust_actors(case: Case) -> list[Any]:
    """The actors that trust or are trusted, in the case's order."""
    involved = {
        end
        for rel in case.relationships
        if rel.kind is RelationKind.TRUST
        for end in (rel.source, rel.target)
    }
    return [a for a in case.actors if a.id in involved]


def write_trust(rows: SheetRows, case: Case, lang: Lang) -> None:
    """Actors × actors: how much the row actor trusts the column actor, coloured by level.

    Up to :data:`MAX_MATRIX` actors every actor has a row and a column. A larger map gets
    rows and columns only for the actors in trust relationships; when those are still more
    than :data:`MAX_MATRIX`, the sheet lists the trust relationships instead (truster,
    trusted, level), with a note row saying why.
    """
    actors = list(case.actors)
    note = ""
    if len(actors) > MAX_MATRIX:
        actors = _trust_actors(case)
        if len(actors) > MAX_MATRIX:
            _write_trust_list(rows, case, lang, len(actors))
            return
        note = _pick(
            lang,
            f"{len(case.actors)} actors: only the {len(actors)} in trust relationships are shown.",
            f"{len(case.actors)} actoren: alleen de {len(actors)} met vertrouwensrelaties "
            "staan hier.",
        )
    _write_trust_matrix(rows, case, lang, actors)
    if note:
        rows.blank()
        rows.append([note])


def _write_trust_matrix(rows: SheetRows, case: Case, lang: Lang, actors: Sequence[Any]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = rows.ws
    index = {a.id: i for i, a in enumerate(actors)}
    levels: dict[tuple[int, int], int] = {}
    for rel in case.relationships:
        if rel.kind is not RelationKind.TRUST:
            continue
        if rel.source not in index or rel.target not in index:
            continue
        levels[index[rel.source], index[rel.target]] = rel.level
    rows.width = len(actors) + 1
    ws.column_dimensions["A"].width = 30
    for i in range(2, len(actors) + 2):
        ws.column_dimensions[get_column_letter(i)].width = 5
    ws.freeze_panes = "B2"
    print_fit(ws)
    corner = _pick(lang, "trusts → (level −2..+2)", "vertrouwt → (niveau −2..+2)")
    turned = replace(HEADER, alignment=Alignment(text_rotation=90, horizontal="center"))
    longest = max((len(a.name) for a in actors), default=10)
    rows.append(
        [corner, *(a.name for a in actors)],
        {1: HEADER, **dict.fromkeys(range(2, len(actors) + 2), turned)},
        height=min(300, max(60, 7 * longest)),
    )  # rotated names fit
    looks: dict[int, Look] = {}
    for level in set(levels.values()):
        colour = TRUST_COLOURS.get(level, "#FFFFFF")
        looks[level] = Look(
            Font(color=text_colour_on(colour).lstrip("#"), bold=True),
            fill(colour),
            Alignment(horizontal="center"),
        )
    by_row: dict[int, dict[int, int]] = {}
    for (r, c), level in levels.items():
        by_row.setdefault(r, {})[c] = level
    for i, actor in enumerate(actors):
        cells = by_row.get(i, {})
        values: list[object] = [actor.name]
        values += [cells.get(c) for c in range(max(cells, default=-1) + 1)]
        rows.append(values, {c + 2: looks[level] for c, level in cells.items()})


def _write_trust_list(rows: SheetRows, case: Case, lang: Lang, involved: int) -> None:
    """One row per trust relationship; the level is coloured by conditional formatting."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = rows.ws
    note = _pick(
        lang,
        f"{involved} actors take part in trust relationships: a matrix of that size is not "
        f"readable (at most {MAX_MATRIX}), so the trust relationships are listed below.",
        f"{involved} actoren hebben vertrouwensrelaties: een matrix van die omvang is niet "
        f"leesbaar (hoogstens {MAX_MATRIX}), daarom staan de vertrouwensrelaties hieronder.",
    )
    headers = [
        _pick(lang, "Trusts (ID)", "Vertrouwt (ID)"),
        _pick(lang, "Trusts", "Vertrouwt"),
        _pick(lang, "Trusted (ID)", "Vertrouwd (ID)"),
        _pick(lang, "Trusted", "Vertrouwd"),
        _pick(lang, "Level (−2..+2)", "Niveau (−2..+2)"),
    ]
    rows.width = len(headers)
    ws.freeze_panes = "A3"
    for i, width in enumerate((14, 36, 14, 36, 16), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    print_fit(ws, landscape=False)
    ws.print_title_rows = "2:2"
    rows.append([note])
    rows.append(headers, dict.fromkeys(range(1, len(headers) + 1), HEADER))
    for rel in case.relationships:
        if rel.kind is not RelationKind.TRUST:
            continue
        source, target = case.actors.get(rel.source), case.actors.get(rel.target)
        rows.append(
            [
                rel.source,
                source.name if source else None,
                rel.target,
                target.name if target else None,
                rel.level,
            ]
        )
    row = rows.max_row
    ws.auto_filter.ref = f"A2:E{max(row, 3)}"
    if row > 2:
        cells = f"E3:E{row}"
        for level, colour in TRUST_COLOURS.items():
            hex_colour = colour.lstrip("#")
            ws.conditional_formatting.add(
                cells,
                CellIsRule(
                    operator="equal",
                    formula=[str(level)],
                    fill=PatternFill(
                        start_color=hex_colour, end_color=hex_colour, fill_type="solid"
                    ),
                    font=Font(color=text_colour_on(colour).lstrip("#"), bold=True),
                ),
            )


def write_quadrants(rows: SheetRows, case: Case, analysis: AnalysisLike | None, lang: Lang) -> None:
    """The power/interest quadrant of every actor."""
    headers = [
        "ID",
        _pick(lang, "Actor", "Actor"),
        _pick(lang, "Influence", "Invloed"),
        _pick(lang, "Interest", "Belang"),
        _pick(lang, "Stance", "Houding"),
        _pick(lang, "Quadrant", "Kwadrant"),
    ]
    given = analysis.quadrants if analysis is not None else {}

    def data() -> Iterator[tuple[list[object], Mapping[int, Look]]]:
        for actor in case.actors:
            if actor.id in given:
                quadrant = quadrant_label(given[actor.id], lang)
            else:
                en, nl = _QUADRANTS[(actor.influence >= 3, actor.interest >= 3)]
                quadrant = _pick(lang, en, nl)
            yield (
                [actor.id, actor.name, actor.influence, actor.interest, actor.stance, quadrant],
                {},
            )

    rows.width = len(headers)
    table(rows, headers, [8, 28, 10, 10, 10, 22], data(), total=len(case.actors), freeze="C2")


_SHOWN_WIDTH = 1400  # pixels: the picture as Excel shows it at 100 % (it keeps its own size)
_SHOWN_HEIGHT = 1000


def write_map(rows: SheetRows, case: Case, lang: Lang, picture: bytes | None, scene: Any) -> None:
    """The map as an embedded PNG, within :data:`exports.picture.MAX_PICTURE_SIDE` pixels.

    A given ``picture`` that is larger is scaled down; one too large to decode safely is
    replaced by a picture rendered here (from ``scene``, else with Graphviz or Pillow), as is
    none (``None``). ``b""`` is no picture, as for the nota and the deck: the sheet says so.
    """
    from openpyxl.drawing.image import Image

    from exports.picture import fit_picture, map_png, picture_size

    data = fit_picture(picture) if picture else None
    if data is None and picture != b"":  # b"": none wanted (it was drawn with Graphviz)
        data = map_png(case, lang, scene=scene)
    size = picture_size(data) if data else None
    rows.width = 1
    if not data or size is None:
        if picture == b"":  # none asked for: nothing failed
            en = "This report was made without a picture of the map."
            nl = "Dit rapport is gemaakt zonder afbeelding van de kaart."
        else:
            en = "No picture of the map could be made."
            nl = "Er kon geen afbeelding van de kaart worden gemaakt."
        rows.append([case.info.title])
        rows.append([_pick(lang, en, nl)])
        return
    print_fit(rows.ws, pages_down=1)  # the map prints on one page
    rows.append([case.info.title])
    image = Image(io.BytesIO(data))
    # shown on one screen (the file keeps every pixel, for zooming in or copying out)
    factor = min(1.0, _SHOWN_WIDTH / size[0], _SHOWN_HEIGHT / size[1])
    image.width, image.height = max(1, round(size[0] * factor)), max(1, round(size[1] * factor))
    rows.ws.add_image(image, "A3")

"""A beslispunt about a grouped cause names the group (issue 14, new user at scale F4/F5): the
first page asked to renew two single expired sub-mandates picked out of "146 mandaten zijn
verlopen", and to amend the mandate decision for two holders out of 45 pairs, without saying so.
Now one point for the expired group, counted as its title counts, and the amendment counts the
other places as its heading does."""

from __future__ import annotations

from exports.decisions import decision_points
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.findings import Text
from mapper.wording import word
from models.case import Case


def _places(analysis: Analysis, code: str) -> int:
    [f] = [f for f in analysis.findings if f.code == code and f.members]
    return len({s.nl if isinstance(s, Text) else str(s) for s in f.subjects})


def test_the_expired_group_is_one_point_counted_as_its_title(
    mapped: tuple[Case, Analysis],
) -> None:
    case, analysis = mapped
    [cause] = [c for c in analysis.causes if c.title.nl.endswith("zijn verlopen")]
    n = cause.title.nl.split()[0].lower()  # "Negen mandaten van acht gemandateerden …"
    nl = decision_points(case, analysis, "nl")
    en = decision_points(case, analysis, "en")
    # asked of the bodies that granted them (rev-jurist16 N2); since rev-jurist17 R2/R4 the
    # college's own are a point of their own and the others list and ratify their decisions,
    # since rev-jurist18 K3 in a point of its own after the renewal
    point, taken = [p for p in nl if "verlopen mandaten" in p]
    assert "te vragen de andere " in point
    assert "verlopen mandaten en ondermandaten (" in point
    assert "door wie ze verleende" not in point
    assert taken.endswith("de besluiten die geen geldig (onder)mandaat dekte, te bekrachtigen")
    assert n  # the title still counts them all
    # no single sub-mandate of the group picked out on its own
    assert not [p for p in nl if "te vragen het ondermandaat aan" in p]
    english = next(p for p in en if "expired mandates" in p)
    n_en = cause.title.en.split()[0].lower()  # "Nine mandates of eight mandate holders …"
    assert "expired mandates and sub-mandates (" in english
    assert n_en


def test_the_amendment_counts_the_other_places_as_the_heading_does(
    mapped: tuple[Case, Analysis],
) -> None:
    case, analysis = mapped
    others = word(_places(analysis, "MANDATE_SUBMANDATE_NOT_ALLOWED") - 1, "nl")
    [point] = [p for p in decision_points(case, analysis, "nl") if "zo te wijzigen" in p]
    assert point.endswith(
        f"gemandateerd is voor het afwijken van een regel, en evenzo in de {others} andere "
        "gevallen waarin dat ondermandaat niet is toegestaan"
    )
    [english] = [p for p in decision_points(case, analysis, "en") if "to amend" in p]
    assert english.endswith(
        f"and likewise in the {word(_places(analysis, 'MANDATE_SUBMANDATE_NOT_ALLOWED') - 1, 'en')}"
        " other cases where that sub-mandate is not allowed"
    )


def test_two_groups_of_expired_mandates_are_one_point() -> None:
    """At 10,000 actors the first page had "de zes verlopen mandaten …" (a group in a critical
    cause) and "de 703 verlopen mandaten …" (a cause of its own) as two points."""
    from exports.group_decision import expired_group
    from mapper.findings import Finding, Severity

    def group(names: list[str]) -> Finding:
        return Finding(
            Code.MANDATE_EXPIRED,
            4,
            Severity.WARNING,
            Text("", ""),
            Text("", ""),
            Text("", ""),
            members=tuple(f"MANDATE_EXPIRED:m{n}" for n in names),
            subjects=tuple(Text(f"the Consulent {n}", f"de consulent {n}") for n in names),
        )

    groups = [group(["81.0", "117.9"]), group(["2.17", "4.7", "4.16"])]
    point = expired_group(Case(), groups, "nl", str)
    assert point.startswith(
        "de vijf verlopen mandaten en ondermandaten, onder meer van de consulent 2.17, de "
        "consulent 4.7 en de consulent 4.16, opnieuw te verlenen"
    )

"""Wording after the seventh jurist's round (jlaw7's notes): a GR named with its article in a
beslispunt, the Dutch pronoun of a delegate, and a Dutch request named in English. Known
answers both ways, in Dutch and English."""

from __future__ import annotations

from exports.case_decision import board_member
from exports.staff_decision import bestuur
from mapper import analyse
from mapper.findings import Finding
from mapper.wording import to_do
from models import EntityKind, Organisation, OrganisationKind
from models.case import Case
from tests.exports.jurist7_maps import map_d


def _of(c: Case, code: str) -> list[Finding]:
    return [f for f in analyse(c).findings if f.code == code]


def test_a_gr_in_a_beslispunt_takes_its_article() -> None:
    case = map_d()
    gr = Organisation("gr", "Jeugdregio Dijkland", OrganisationKind.JOINT_ARRANGEMENT)
    assert board_member(gr, "nl") == (
        "het lid van het algemeen bestuur van de Jeugdregio Dijkland dat namens de gemeente "
        "zitting heeft"
    )
    assert board_member(gr, "en") == (
        "the member of the general board of the Jeugdregio Dijkland who sits on it for the "
        "municipality"
    )
    assert bestuur(case, gr, "nl") == "het dagelijks bestuur van de Jeugdregio Dijkland"
    # a proper name takes none
    bank = Organisation("kb", "Kredietbank Rivierland", OrganisationKind.JOINT_ARRANGEMENT)
    assert bestuur(case, bank, "nl") == "het dagelijks bestuur van Kredietbank Rivierland"
    assert "van Kredietbank Rivierland dat" in board_member(bank, "nl")


def test_the_pronoun_of_the_delegate_follows_the_delegate() -> None:
    [f] = _of(map_d(), "LEARNING_NO_FEEDBACK_PATH")
    assert (
        "het dagelijks bestuur de beleidsregels voor de bevoegdheid die het na delegatie "
        "heeft (art. 4:81 Awb)" in f.detail("nl")
    )
    assert (
        "the executive board the policy rules for the power it holds after delegation "
        "(Awb 4:81)" in f.detail("en")
    )
    case = map_d()
    case.update(EntityKind.ACTOR, "db", {"name": "Burgemeester"})
    [f] = _of(case, "LEARNING_NO_FEEDBACK_PATH")
    assert "de burgemeester de beleidsregels voor de bevoegdheid die hij na delegatie heeft" in (
        f.detail("nl")
    )
    assert "die het na delegatie" not in f.detail("nl")


def test_a_dutch_request_reads_as_english() -> None:
    [f] = _of(map_d(), "MANDATE_CONSENT_UNKNOWN")
    assert f.detail("en").startswith(
        "The authorisation to file the request ‘Verzoek machtiging gesloten jeugdhulp’ that the "
        "municipal executive (College van B&W) granted to the Gedragswetenschapper Jeugdregio"
    )
    assert "for verzoek" not in f.detail("en")
    assert f.detail("nl").startswith(
        "Voor de machtiging om een verzoek om een machtiging gesloten jeugdhulp in te dienen die"
    )
    # an English name stays as it is, a Dutch one is quoted
    assert to_do("spend budget", "en") == "for spend budget"
    assert to_do("Bijzondere bijstand verlenen", "en") == "for ‘Bijzondere bijstand verlenen’"

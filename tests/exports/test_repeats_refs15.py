"""One count and one number per grouped cause in the nota (issue 14, new user at scale F5):
annex D's rows are numbered D.1, D.2 … (they were numbered by the section they sit under, "5.2
Het besluit … ligt drie stappen boven de casus" beside a section 5.6 of that title), each row
says its section, chapter 5 points to its row; "425 mandaten zijn verlopen" beside 384 names
now says both."""

from __future__ import annotations

import re

import pytest

from exports.nota import build_nota
from mapper.analysis import Analysis, analyse
from models.case import Case


@pytest.fixture(scope="module")
def chain() -> tuple[Case, Analysis, list[str]]:
    from benchmarks.structures import build

    case = build("mandate-chain-50", 200)
    analysis = analyse(case)
    doc = build_nota(case, lang="nl", analysis=analysis, picture=b"")
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return case, analysis, texts


def test_annex_rows_are_numbered_by_the_annex_and_name_their_section(
    chain: tuple[Case, Analysis, list[str]],
) -> None:
    _, analysis, texts = chain
    grouped = [f for f in analysis.findings if f.members]
    rows = [t for t in texts if re.match(r"D\.\d+ ", t)]
    assert len(rows) == len(grouped) > 3
    assert [r.split()[0] for r in rows] == [f"D.{i}" for i in range(1, len(rows) + 1)]
    ranks = {c.rank for c in analysis.causes}
    for row in rows:
        found = re.search(r"\(paragraaf 5\.(\d+)\)$", row)
        assert found is not None, row
        assert int(found[1]) in ranks


def test_chapter_5_points_to_each_row_once(chain: tuple[Case, Analysis, list[str]]) -> None:
    _, analysis, texts = chain
    said = re.findall(r"De plaatsen staan in bijlage (D\.\d+)\.", " ".join(texts))
    rows = len([f for f in analysis.findings if f.members])
    assert sorted(said, key=lambda r: int(r[2:])) == [f"D.{i}" for i in range(1, rows + 1)]


def test_expired_mandates_of_fewer_holders_count_both(
    chain: tuple[Case, Analysis, list[str]],
) -> None:
    _, analysis, _ = chain
    [cause] = [c for c in analysis.causes if "verlopen" in c.title.nl and "mandaten" in c.title.nl]
    # the signing authorisations counted apart (session 18, rev-jurist17 R5)
    found = re.fullmatch(
        r"(\d+) mandaten en (\w+) ondertekeningsmachtigingen van (\d+) medewerkers zijn verlopen",
        cause.title.nl,
    )
    assert found is not None, cause.title.nl
    assert re.fullmatch(
        r"\d+ mandates and \w+ signing authorisations of \d+ staff members have expired",
        cause.title.en,
    )
    signing = {"tien": 10}.get(found[2], 0)
    mandates, holders = int(found[1]) + signing, int(found[3])
    assert signing, found[2]
    assert holders < mandates
    # the detail names as many holders as the title counts: the first, eight, "en N anderen"
    rest = re.search(r"Hetzelfde geldt voor (.*) en (\d+) anderen\.", cause.detail.nl)
    assert rest is not None
    # ... and the expired grants told under another cause, counted too (rev-jurist19 R13)
    apart = re.search(r"Meegeteld (?:is|zijn) ook (.*?), d(?:at|ie) bij", cause.detail.nl)
    more = len(re.findall(r"\b(?:mandaat|ondermandaat|machtiging) van ", apart[1])) if apart else 0
    assert 1 + len(rest[1].split(", ")) + int(rest[2]) + more == holders, cause.detail.nl

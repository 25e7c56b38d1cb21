"""The ninth jurist's F8: the pseudonymised casebook merged GGZ Rivierland, Zorggroep Anker and
other providers into one "de zorgaanbieder: in 5 van de 9 casussen", as if one provider
blocked in five cases. Organisations that share a pseudonym are counted by their kind, with
the warning that each case may have another one."""

from __future__ import annotations

import pytest

from exports.casebook import CasebookRun, run_casebook
from exports.casebook.words import as_json, text_report
from models.example import example_case
from models.fileformat import case_from_dict, save
from models.i18n import Lang
from tests.exports.jurist8_map_e import map_e, map_e_dict

NL = "een zorgaanbieder (per casus mogelijk een andere)"
EN = "a care provider (possibly a different one in each case)"


@pytest.fixture(scope="module", params=["nl", "en"])
def providers_run(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[CasebookRun, Lang]:
    root = tmp_path_factory.mktemp("providers")
    other = map_e_dict()  # map E with another provider: two providers, one pseudonym
    other["organisations"][1]["name"] = "Thuiszorg De Linde"
    save(example_case(), root / "a_voorbeeld.kvmap", backup=False)
    save(map_e(), root / "b_anker.kvmap", backup=False)
    save(case_from_dict(other), root / "c_linde.kvmap", backup=False)
    return run_casebook(root, request.param, workers=1), request.param


def test_providers_sharing_a_pseudonym_are_counted_by_kind(
    providers_run: tuple[CasebookRun, Lang],
) -> None:
    book, lang = providers_run
    names = [o["name"] for o in as_json(book, lang)["organisations"]]
    word = NL if lang == "nl" else EN
    assert word in names
    # no pseudonym is counted as one organisation
    assert not [n for n in names if n.casefold().startswith(("de zorgaanbieder", "the provider"))]
    [count] = [o for o in as_json(book, lang)["organisations"] if o["name"] == word]
    assert count["cases"] == 3  # GGZ Rivierland, Zorggroep Anker, Thuiszorg De Linde
    report = text_report(book, lang)
    [line] = [x for x in report.splitlines() if word in x]
    assert line.split()[:4] == (["3", "van", "de", "3"] if lang == "nl" else ["3", "of", "3", "a"])
    for name in ("GGZ Rivierland", "Zorggroep Anker", "De Linde"):
        assert name not in report

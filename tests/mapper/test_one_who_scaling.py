"""Merging a long run of suggestions that ask one person stays linear (app6's profile: 44 % of
the analysis at 2,000 actors went to :func:`mapper.sentence_merge.one_who`).

Work is counted in lines of Python run (:func:`tests.mapper.work_count.lines_run`) at n and 4n
sentences, never timed. The quadratic version re-split the growing merged sentence for every
new one and looked for a shared closing phrase as long as the whole merged sentence.
"""

from __future__ import annotations

import pytest

from mapper.sentence_merge import one_who
from tests.mapper.work_count import lines_run


def _asks(n: int, lang: str) -> list[str]:
    ask, tail = ("Laat", "over het beleid") if lang == "nl" else ("Have", "on the policy")
    return [f"{ask} de wethouder X taak{i} {tail}." for i in range(n)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_run_of_asks_becomes_one_sentence(lang: str) -> None:
    joint, tail = (" en ", " over het beleid") if lang == "nl" else (" and ", " on the policy")
    ask = "Laat" if lang == "nl" else "Have"
    merged = one_who(_asks(5, lang), lang)
    assert len(merged) == 1
    assert merged[0].startswith(f"{ask} de wethouder X taak0 ")
    # Dutch says the shared closing phrase once; English keeps each one (prepositions differ)
    tasks = [f"taak{i}{'' if lang == 'nl' and i < 4 else tail}" for i in range(5)]
    if lang == "en":
        tasks[-1] = tasks[-1] + "."
        assert merged[0] == f"{ask} de wethouder X " + joint.join(tasks)
    else:
        assert merged[0] == f"{ask} de wethouder X " + joint.join(tasks) + "."


def test_other_sentences_stay_apart() -> None:
    sentences = ["Laat de wethouder X a.", "Informeer de raad.", "Laat de burgemeester b."]
    assert one_who(sentences, "nl") == sentences


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_merging_many_asks_is_linear(lang: str) -> None:
    small = lines_run(lambda: one_who(_asks(100, lang), lang))
    large = lines_run(lambda: one_who(_asks(400, lang), lang))
    assert large < 5 * small, (small, large)

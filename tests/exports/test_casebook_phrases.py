"""The casebook words a code by what its finding says (jurist round 5, J8/J9)."""

from __future__ import annotations

from exports.casebook.phrases import key_phrase


def test_objection_label_says_the_lawful_double_mandate() -> None:
    # The finding: the holder decides on objections and takes primary decisions in mandate;
    # art. 10:3 lid 3 Awb keeps him off objections against his own decisions. Nothing is broken.
    assert key_phrase("MANDATE_OBJECTION_SAME_HOLDER", "nl") == (
        "wie op bezwaar beslist, neemt in mandaat ook primaire besluiten"
    )
    assert "objection" in key_phrase("MANDATE_OBJECTION_SAME_HOLDER", "en")
    assert "beslist wie het besluit nam" not in key_phrase("MANDATE_OBJECTION_SAME_HOLDER", "nl")


def test_no_deviation_power_is_about_who_supports_the_intent() -> None:
    # The finding is about the administrator behind the intent, not about the line near the
    # case; each of its forms has its own words (seventh jurist, W7).
    code = "INTENT_NO_DEVIATION_POWER"
    assert key_phrase(code, "nl", "held") == (
        "de portefeuillehouder achter de bedoeling heeft zelf geen "
        "bevoegdheid om af te wijken; die ligt bij het college en wie het heeft gemandateerd"
    )
    assert key_phrase(code, "nl", "unnamed") == "de kaart noemt geen bevoegdheid om af te wijken"
    delegated = key_phrase(code, "nl", "delegated", ["Dagelijks bestuur Jeugdregio"])
    assert delegated.endswith(
        "na delegatie ligt die bij het dagelijks bestuur van de Jeugdregio (art. 10:17 Awb)"
    )
    phrases = {
        key_phrase(code, lang, v)
        for lang in ("nl", "en")
        for v in ("unnamed", "lacks", "held", "held_body", "delegated")
    }
    assert len(phrases) == 10  # one label per form and language
    for lang in ("nl", "en"):
        for v in ("unnamed", "lacks", "held", "held_body", "delegated"):
            assert "dicht bij de casus" not in key_phrase(code, lang, v)
            assert "near the case" not in key_phrase(code, lang, v)
            assert "{" not in key_phrase(code, lang, v)


def test_risk_reflex_and_unreported_deviation_say_no_more_than_the_finding() -> None:
    assert "debat" in key_phrase("RULE_RISK_REFLEX", "nl")
    assert key_phrase("DEVIATION_NOT_REPORTED", "nl").startswith("het register noemt niemand")


def test_the_building_blocks_new_findings_have_words_of_their_own() -> None:
    """New user, fifth round, 2: the casebook showed "Signalering en triage:
    NEED_TOO_LATE_BY_DESIGN". The findings of blocks 2, 5, 6 and 7 are said in words."""
    codes = (
        "SIGNAL_LONG_PATH",
        "NEED_TOO_LATE_BY_DESIGN",
        "TRUST_CITIZEN_DISTRUSTS_HANDLER",
        "SPHERES_COUNCIL_NOT_INFORMED",
        "SPHERES_SPLIT_AT_TOP",
        "RULE_OWNER_CANNOT_CHANGE",
        "RULE_LOOP_OPEN",
    )
    for code in codes:
        for lang in ("nl", "en"):
            phrase = key_phrase(code, lang)
            assert code not in phrase, (code, lang, phrase)
            assert phrase[0].islower(), phrase
    assert key_phrase("NEED_TOO_LATE_BY_DESIGN", "nl") == (
        "de route naar wie mag beslissen duurt langer dan de termijn toelaat"
    )


def test_every_code_the_analysis_can_emit_has_words_of_its_own() -> None:
    """Issue 16: 32 codes, most of them title 10.1 codes, printed as "bouwsteen: CODE". The
    list is the code table itself, so a new code without casebook words fails here."""
    from mapper.codes import CODES
    from mapper.findings import BUILDING_BLOCKS

    block_names = {BUILDING_BLOCKS[i.block](lang) for i in CODES.values() for lang in ("nl", "en")}
    missing = []
    for code in CODES:
        for lang in ("nl", "en"):
            phrase = key_phrase(code, lang)
            if code in phrase or phrase.split(":")[0] in block_names or not phrase[0].islower():
                missing.append((code, lang, phrase))
    assert not missing, missing
    dutch = {key_phrase(code, "nl") for code in CODES}
    # Each code has words of its own: no two causes read alike in the casebook.
    assert len(dutch) == len(CODES), len(CODES) - len(dutch)

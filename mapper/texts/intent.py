"""Texts of building block 1: clarity about the intent, and the room to deviate passed down.

The suggestion for passing the room to deviate down follows the rule deviated from: under a
policy rule the Awb 4:84 duty comes with a mandate for the decisions; an ordinance is departed
from under its hardship clause; a statute under the clause that allows it.
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["AS_PORTFOLIO", "CONVERT", "NO_ADMINISTRATOR", "PASS_DOWN", "TEXTS"]

#: Who supports the intent, when nobody does.
NO_ADMINISTRATOR = Message("no member of the executive", "geen bestuurder")

#: Said of an administrator who is no public body of its own (a wethouder).
# "The Wethouder, as portfolio holder, has no power of their own" (was "has as portfolio
# holder no power of its own": adviser, session 10)
AS_PORTFOLIO = Message(", as portfolio holder,", " als portefeuillehouder")

#: Before the remedy when the room went down by a delegation to a subordinate (jurist9 F4).
CONVERT = Message("Turn the delegation into a mandate: ", "Zet de delegatie om in mandaat: ")

#: How to pass the room to deviate down (``{basis}``: the legal basis named on the map).
PASS_DOWN: dict[str, Message] = {
    "policy_rule": Message(
        "Mandate the decisions under the policy rule to the team lead or manager of the case, "
        "with a line back; the duty to depart from it where applying it would be "
        "disproportionate (Awb 4:84) comes with them, unless the mandate decision reserves it.",
        "Mandateer de besluiten onder de beleidsregel aan de teamleider of manager van de "
        "casus, met een lijn terug; de plicht om af te wijken als toepassing onevenredig "
        "uitpakt (art. 4:84 Awb) gaat dan mee, tenzij het mandaatbesluit die voorbehoudt.",
    ),
    "policy_rule_reserved": Message(
        "Lift the reservation in the mandate decision for the team lead or manager of the "
        "case, so that whoever decides under the policy rule may and must depart from it "
        "where applying it would be disproportionate (Awb 4:84), with a line back.",
        "Hef het voorbehoud in het mandaatbesluit op voor de teamleider of manager van de "
        "casus, zodat wie onder de beleidsregel beslist ervan mag en moet afwijken als "
        "toepassing onevenredig uitpakt (art. 4:84 Awb), met een lijn terug.",
    ),
    "ordinance": Message(
        "Mandate applying the ordinance's hardship clause to the team lead or manager of the "
        "case, with a line back.",
        "Mandateer de toepassing van de hardheidsclausule van de verordening aan de teamleider "
        "of manager van de casus, met een lijn terug.",
    ),
    "statute": Message(
        "Mandate the power under {basis} to the team lead or manager of the case, with a line "
        "back.",
        "Mandateer de bevoegdheid uit {basis} aan de teamleider of manager van de casus, met "
        "een lijn terug.",
    ),
    "other": Message(
        "Mandate the concrete power in which the deviation is needed (for example bijzondere "
        "bijstand, Participatiewet art. 35, up to a maximum amount) to the team lead or manager "
        "of the case, with a line back. What a partner decides itself is reached through an "
        "agreement with that partner, not by mandate.",
        "Mandateer de concrete bevoegdheid waarbinnen moet worden afgeweken (bijvoorbeeld "
        "bijzondere bijstand, art. 35 Participatiewet, tot een maximumbedrag) aan de teamleider "
        "of manager van de casus, met een lijn terug. Wat een partner zelf beslist, loopt via "
        "een afspraak met die partner, niet via mandaat.",
    ),
}

TEXTS: dict[Code, Entry] = {
    Code.INTENT_NOT_STATED: Entry(
        Message("The intent is not stated", "De bedoeling is niet benoemd"),
        Message(
            "The case states no intent and no owner; deviating from the routine then has no "
            "purpose to answer to.",
            "De casus noemt geen bedoeling en geen eigenaar; afwijken van de routine heeft dan "
            "geen doel om zich aan te verantwoorden.",
        ),
        Message(
            "Write down what the case is for and who owns that.",
            "Schrijf op waar de casus voor is en wie daar eigenaar van is.",
        ),
    ),
    Code.INTENT_NO_OWNER: Entry(
        Message("The intent has no owner", "De bedoeling heeft geen eigenaar"),
        Message(
            "The case states an intent, but no member of the executive is named as its owner; "
            "nobody answers for it or grants room to deviate for it.",
            "De casus noemt een bedoeling, maar geen bestuurder is als eigenaar aangewezen; "
            "niemand staat ervoor en geeft er ruimte voor om af te wijken.",
        ),
        Message(
            "Name the member of the executive who owns the intent (case header).",
            "Wijs de bestuurder aan die eigenaar is van de bedoeling (kop van de casus).",
        ),
    ),
    Code.INTENT_OWNER_OPPOSES: Entry(
        Message(
            "The owner of the intent, {name}, opposes it",
            "De eigenaar van de bedoeling, {name}, is ertegen",
        ),
        Message(
            "{name} owns the intent but opposes it (stance {stance} on a scale of −2 to +2).",
            "{name} is eigenaar van de bedoeling maar staat er afwijzend tegenover (houding "
            "{stance} op een schaal van −2 tot +2).",
        ),
        Message(
            "Talk the intent through with the owner, or name another owner.",
            "Bespreek de bedoeling met de eigenaar, of wijs een andere eigenaar aan.",
        ),
    ),
    # Two forms: ``lacks`` (critical: no supporter, and no body of their organisation that has
    # mandated it down the line, holds room to deviate) and ``held`` (a note: the body holds it
    # and has mandated it; the portfolio holder has no power of its own, the normal case).
    Code.INTENT_NO_DEVIATION_POWER: Entry(
        Message("{lacks}{held}{held_alone}{unnamed}", "{lacks}{held}{held_alone}{unnamed}"),
        Message(
            "{lacks_why}{only}{nobody}{delegated}{deleg_mandated}{held_why}{alone_why}{duty}"
            "{clause}{held_end}{unnamed_why}",
            "{lacks_why}{only}{nobody}{delegated}{deleg_mandated}{held_why}{alone_why}{duty}"
            "{clause}{held_end}{unnamed_why}",
        ),
        Message("{lacks_fix}{held_fix}{unnamed_fix}", "{lacks_fix}{held_fix}{unnamed_fix}"),
        parts={
            # a third form, a note: the map names no power to deviate at all, which says
            # nothing about the law (jurist, fifth round J12, map B)
            "unnamed": Message(
                "The map names no power to deviate",
                "De kaart noemt geen bevoegdheid om af te wijken",
            ),
            "unnamed_why": Message(
                "The map names no power to depart from a rule or to suspend the routine. "
                "{body} decides on {decides:list} itself{basis} and may depart from its own "
                "policy rules (Awb 4:84).",
                "De kaart noemt geen bevoegdheid om van een regel af te wijken of de routine op "
                "te schorten. {body} beslist zelf over {decides:list}{basis} en kan van zijn "
                "eigen beleidsregels afwijken (art. 4:84 Awb).",
            ),
            "unnamed_fix": Message(
                "Check whether the rule the case must depart from has a hardship clause, and "
                "put that power on the map, with the public body that holds it.",
                "Ga na of de regel waarvan de casus moet afwijken een hardheidsclausule heeft, "
                "en neem die bevoegdheid op in de kaart, met het bestuursorgaan dat haar heeft.",
            ),
            "lacks": Message(
                "No member of the executive behind the intent may deviate",
                "Geen bestuurder achter de bedoeling mag afwijken",
            ),
            "lacks_why": Message(
                "Those who support the intent ({who:list}) hold no power to depart from a rule or "
                "to suspend the routine: not by statute, not by delegation, not by a valid "
                "mandate.",
                "Wie de bedoeling steunt ({who:list}) heeft geen bevoegdheid om van een regel "
                "af te wijken of de routine op te schorten: niet op grond van de wet, niet door "
                "delegatie en niet met een geldig mandaat.",
            ),
            "only": Message(
                " Only {others:list} {n:form:holds|hold} such a power.",
                " Alleen {others:list} {n:form:heeft|hebben} zo'n bevoegdheid.",
            ),
            "nobody": Message(
                " Nobody on the map holds such a power.",
                " Niemand op de kaart heeft zo'n bevoegdheid.",
            ),
            # the power was delegated: the delegate holds it in its own name, the body that
            # delegated it no longer exercises it (never "it lies with the college")
            "delegated": Message(
                " After delegation {delegates:list} {d:form:holds|hold} such a power and "
                "{d:form:decides|decide} on it under {d:form:its|their} own responsibility "
                "(Awb 10:13); the body that delegated it no longer exercises it itself "
                "(Awb 10:17).",
                " Na delegatie {d:form:heeft|hebben} {delegates:list} zo'n bevoegdheid en "
                "{d:form:beslist|beslissen} er onder eigen verantwoordelijkheid over (art. 10:13 "
                "Awb); het bestuursorgaan dat haar delegeerde, oefent haar niet meer zelf uit "
                "(art. 10:17 Awb).",
            ),
            "deleg_mandated": Message(
                " Under mandate {mandated:list} also {m:form:decides|decide} on it.",
                " In mandaat {m:form:beslist|beslissen} ook {mandated:list} erover.",
            ),
            "lacks_fix": Message(
                "Who may deviate follows from the rule: from a policy rule, whoever decides "
                "under it, where applying it would be disproportionate (Awb 4:84); from a work "
                "instruction, its owner; from an ordinance or a statute, whoever holds the "
                "power under its hardship clause: the public body itself, or whoever it has "
                "mandated that power to. Make the public body that takes these decisions the "
                "owner of the intent, or put on the map the power under which the case may "
                "depart from the rule, with the body that holds it.",
                "Wie mag afwijken, volgt uit de regel: van een beleidsregel wie onder die "
                "regel beslist, als toepassing onevenredig uitpakt (art. 4:84 Awb); van een "
                "werkinstructie de eigenaar ervan; van een verordening of wet wie de "
                "bevoegdheid uit haar hardheidsclausule heeft: het bestuursorgaan zelf, of wie "
                "het die bevoegdheid heeft gemandateerd. Maak het bestuursorgaan dat deze "
                "besluiten neemt eigenaar van de bedoeling, of neem de bevoegdheid waarmee de "
                "casus van de regel mag afwijken op in de kaart, met het bestuursorgaan dat "
                "haar heeft.",
            ),
            "held": Message(
                "The power to deviate lies with {bodies:list}, not with {who:list}",
                "De bevoegdheid om af te wijken ligt bij {bodies:list}, niet bij {who:list}",
            ),
            # nobody on the map supports the intent: no "niet bij geen bestuurder"
            "held_alone": Message(
                "The power to deviate lies with {bodies:list}",
                "De bevoegdheid om af te wijken ligt bij {bodies:list}",
            ),
            "alone_why": Message(
                "No member of the executive on the map supports the intent; {bodies:list} "
                "{b:form:holds|hold} the power to deviate and {b:form:has|have} mandated it to "
                "{holders:list}",
                "Geen bestuurder op de kaart steunt de bedoeling; {bodies:list} "
                "{b:form:heeft|hebben} de bevoegdheid om af te wijken en {b:form:heeft|hebben} "
                "die bevoegdheid in mandaat gegeven aan {holders:list}",
            ),
            "held_why": Message(
                "{who:list}{as_portfolio} {w:form:has|have} no power of their own; the power "
                "lies with {bodies:list} and has been mandated to {holders:list}",
                "{who:list} {w:form:heeft|hebben}{as_portfolio} geen eigen bevoegdheid; "
                # "haar" could be read as the wethouder (jurist 15, J19); "heeft die en heeft
                # die bevoegdheid" was clumsy (rev-jurist16 N10)
                "de bevoegdheid ligt bij {bodies:list} en is in mandaat gegeven aan "
                "{holders:list}",
            ),
            "duty": Message(
                ", who {h:form:has|have} to depart from the policy rules where applying them "
                "would be disproportionate (Awb 4:84)",
                ", die van de beleidsregels {h:form:moet|moeten} afwijken waar toepassing "
                "onevenredig uitpakt (art. 4:84 Awb)",
            ),
            "clause": Message(
                ", who {h:form:is|are} allowed to apply the hardship clause of the ordinance",
                ", die de hardheidsclausule van de verordening {h:form:mag|mogen} toepassen",
            ),
            "held_end": Message(".", "."),
            "held_fix": Message(
                "Make sure {bodies:list} {b:form:endorses|endorse} the intent.",
                "Zorg dat {bodies:list} de bedoeling {b:form:onderschrijft|onderschrijven}.",
            ),
        },
    ),
    Code.INTENT_NOT_PASSED_DOWN: Entry(
        Message(
            "The room to deviate stays at the top", "De ruimte om af te wijken blijft aan de top"
        ),
        Message(
            "{holders:list} {h:form:holds|hold} {powers:list} but {h:form:has|have} passed "
            "on the room to deviate in {p:form:it|them} to nobody by a valid mandate, so a "
            "decision that needs it must go up to {up:list}.{tried}{reserved}",
            "{holders:list} {h:form:heeft|hebben} {powers:list}, maar {h:form:heeft|hebben} de "
            "ruimte om binnen {p:form:die bevoegdheid|die bevoegdheden} af te wijken met geen "
            "geldig mandaat doorgegeven; een besluit waarvoor die ruimte nodig is, moet dus naar "
            "{up:list}.{tried}{reserved}",
        ),
        Message("{fix}", "{fix}"),
        parts={
            "tried": Message(" Not valid: {failed}.", " Niet geldig: {failed}."),
            "reserved": Message(
                " The mandate decision of {kept:list} reserves departing from the policy rule "
                "to the grantor (an instruction, Awb 10:6(1)); without that reservation the "
                "holder would have to depart from it where applying it is disproportionate "
                "(Awb 4:84).",
                " Het mandaatbesluit van {kept:list} behoudt het afwijken van de beleidsregel "
                "voor aan de mandaatgever (een instructie, art. 10:6 lid 1 Awb); zonder dat "
                "voorbehoud moet de gemandateerde ervan afwijken als toepassing onevenredig "
                "uitpakt (art. 4:84 Awb).",
            ),
        },
    ),
}

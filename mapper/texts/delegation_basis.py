"""Texts of a delegation passed on by a delegataris (building block 4; eleventh jurist H4).

Delegation is only possible where a statutory provision provides for it (art. 10:15 Awb), and
that holds for whoever received the power by delegation too: its own delegation decision is the
act of delegating, not its basis. The map cannot show whether the regeling or the statute allows
the delegataris to delegate further, so the finding says what to check, and the register says
"na te gaan", not "geldig".
"""

from __future__ import annotations

from mapper.catalogue import Entry, Message
from mapper.codes import Code

__all__ = ["TEXTS"]

TEXTS: dict[Code, Entry] = {
    Code.DELEGATION_ONWARD_UNCHECKED: Entry(
        Message(
            "{grantor} delegates ‘{power}’ on to {holder}; its basis is to be checked",
            "{grantor} delegeert ‘{power}’ verder aan {holder}; de grondslag is na te gaan",
        ),
        Message(
            "{m} rests on {decision}. {grantor} holds the power itself only after delegation "
            "by {delegans}. Whoever holds a power by delegation can delegate it further only "
            "where a statutory provision provides for that (Awb 10:15).{own}",
            "{m}, rust op {decision}. {grantor} heeft de bevoegdheid zelf pas na delegatie door "
            "{delegans}. Ook wie een bevoegdheid na delegatie heeft, kan haar alleen verder "
            "delegeren als een wettelijk voorschrift daarin voorziet (art. 10:15 Awb).{own}",
        ),
        Message(
            "Check whether {where} allows {grantor} to delegate this power further "
            "(Awb 10:15){committee}. If no statutory provision does, {holder} does not hold "
            "the power; grant a mandate instead{consent}.",
            "Ga na of {where} {grantor} toestaat deze bevoegdheid verder over te dragen "
            "(art. 10:15 Awb){committee}. Voorziet geen wettelijk voorschrift daarin, dan heeft "
            "{holder} de bevoegdheid niet; verleen dan mandaat{consent}.",
        ),
        parts={
            "own": Message(
                " {decision_cap} is a decision of {grantor} itself, not such a provision.",
                " {decision_cap} is een besluit van {grantor} zelf en geen wettelijk voorschrift.",
            ),
            "committee": Message(
                "; a bestuurscommissie receives its powers from {general} (art. 25 of the "
                "Joint Arrangements Act)",
                "; een bestuurscommissie krijgt haar bevoegdheden van {general} (art. 25 Wgr)",
            ),
            "consent": Message(
                ", with the consent of {holder} (Awb 10:4(1))",
                ", met instemming van {holder} (art. 10:4 lid 1 Awb)",
            ),
        },
    ),
}

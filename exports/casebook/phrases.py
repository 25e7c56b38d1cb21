"""What a comparable cause is, said in general (Dutch and English): a recurring cause is not
one map's cause, so its words name no actor. Every code in :data:`mapper.codes.CODES` has a
phrase (a test keeps them in step); a code unknown to this version is named by its building block
and code."""

from __future__ import annotations

from collections.abc import Sequence

from mapper.casebook import CauseRecord, Count, Recurring, key_code
from mapper.codes import CODES, Code
from mapper.findings import BUILDING_BLOCKS, Text
from mapper.names import Name
from mapper.wording import join
from models import ActorKind, PowerCategory
from models.i18n import Lang
from models.labels import label

__all__ = ["category_phrase", "cause_phrase", "key_phrase", "trend_phrase"]

_T = Text
_CODES: dict[str, Text] = {
    Code.NEED_NO_HANDLER: _T("a needed decision has no handler",
                             "een benodigd besluit heeft geen behandelaar"),
    Code.NEED_NO_HOLDER: _T("nobody on the map may take the decision",
                            "niemand op de kaart mag het besluit nemen"),
    Code.NEED_BUDGET_SHORT: _T("no mandate covers the amount the decision needs",
                               "geen mandaat dekt het bedrag dat het besluit vraagt"),
    Code.NEED_HOLDER_UNREACHABLE: _T("whoever may take the decision cannot be reached from the "
                                     "handler",
                                     "wie het besluit mag nemen, is vanaf de behandelaar niet te "
                                     "bereiken"),
    Code.NEED_HOLDER_FAR: _T("whoever may take the decision is far from the handler",
                             "wie het besluit mag nemen, staat ver van de behandelaar"),
    Code.NEED_NO_PUSH_THROUGH: _T("nobody can push the decision through across the organisations",
                                  "niemand heeft doorzettingsmacht over de betrokken organisaties"),
    Code.NEED_PUSH_THROUGH_UNREACHABLE: _T("whoever can push it through cannot be reached",
                                           "wie doorzettingsmacht heeft, is vanaf de behandelaar "
                                           "niet te bereiken"),
    Code.NEED_PUSH_THROUGH_FAR: _T("whoever can push it through is far from the handler",
                                   "wie doorzettingsmacht heeft, staat ver van de behandelaar"),
    Code.NEED_PARTNER_NOT_REACHED: _T("a partner's own decision is reached by no agreement and no "
                                      "contact",
                                      "het eigen besluit van een partner wordt niet bereikt via "
                                      "een afspraak of een contact"),
    Code.NEED_HANDLER_MANDATE_FALLS_SHORT: _T("the handler's own mandate falls short",
                                              "het mandaat van de behandelaar zelf schiet tekort"),
    Code.NEED_OTHER_BODY_DECIDES: _T("a body of another organisation takes the decision",
                                     "een bestuursorgaan van een andere organisatie neemt het "
                                     "besluit"),
    # a label for the code alone; every record says which of its forms it is (_VARIANTS)
    Code.INTENT_NO_DEVIATION_POWER: _T("who may deviate to achieve the intent",
                                       "wie mag afwijken om de bedoeling te halen"),
    Code.INTENT_NOT_PASSED_DOWN: _T("the room to deviate is not passed down the line",
                                    "de ruimte om af te wijken is niet in de lijn doorgegeven"),
    Code.INTENT_NOT_STATED: _T("the intent is not stated", "de bedoeling is niet vastgelegd"),
    Code.INTENT_NO_OWNER: _T("no member of the executive owns the intent",
                             "geen bestuurder is eigenaar van de bedoeling"),
    Code.INTENT_OWNER_OPPOSES: _T("the owner of the intent opposes it",
                                  "de eigenaar van de bedoeling is er zelf tegen"),
    Code.MANDATE_SUBMANDATE_NOT_ALLOWED: _T("a sub-mandate that the mandate decision does not "
                                            "allow",
                                            "een ondermandaat dat het mandaatbesluit niet "
                                            "toestaat"),
    Code.MANDATE_CHAIN_BROKEN: _T("a broken chain of mandates", "een onderbroken mandaatketen"),
    Code.MANDATE_EXPIRED: _T("a mandate that has expired", "een mandaat dat is verlopen"),
    Code.MANDATE_CONSENT_MISSING: _T("a mandate outside the line of command without consent",
                                     "een mandaat buiten de eigen lijn zonder instemming"),
    Code.MANDATE_CONSENT_UNKNOWN: _T("not recorded whether the holder consented to a mandate",
                                     "niet vastgelegd of de gemandateerde met het mandaat "
                                     "instemde"),
    Code.MANDATE_PROVIDER_INTEREST: _T("a mandate to a provider's staff to decide on the "
                                       "provider's own support (with consent)",
                                       "een mandaat aan een medewerker van een aanbieder over "
                                       "diens eigen ondersteuning (met instemming)"),
    Code.MANDATE_OBJECTION_SAME_HOLDER: _T("whoever decides on objections also takes primary "
                                           "decisions in mandate",
                                           "wie op bezwaar beslist, neemt in mandaat ook primaire "
                                           "besluiten"),
    Code.MANDATE_EXPIRES_BEFORE_DEADLINE: _T("a mandate ends before the decision is due",
                                             "een mandaat loopt af voordat het besluit nodig is"),
    Code.AGREEMENT_EXPIRES_BEFORE_DEADLINE: _T("an agreement ends before the decision is due",
                                               "een afspraak loopt af voordat het besluit nodig "
                                               "is"),
    Code.AGREEMENT_OVER_PUBLIC_POWER: _T("an agreement about another body's public-law power",
                                         "een afspraak over een publiekrechtelijke bevoegdheid "
                                         "van een ander bestuursorgaan"),
    Code.AGREEMENT_DECIDER_NO_MANDATE: _T("an agreement names a decider who holds no mandate",
                                          "een afspraak wijst een beslisser aan die geen mandaat "
                                          "heeft"),
    Code.SIGNAL_UNHEARD: _T("signals reach nobody who acts on them",
                            "signalen bereiken niemand die er iets mee doet"),
    Code.SIGNAL_SINGLE_PERSON: _T("signals depend on one person", "signalen lopen via één persoon"),
    Code.SIGNAL_NO_DECIDER: _T("signals reach nobody who may decide",
                               "signalen bereiken niemand die mag beslissen"),
    Code.TRIAGE_NOT_ORGANISED: _T("triage is not organised", "de triage is niet belegd"),
    Code.TRIAGE_ROLE_WITHOUT_MANDATE: _T("the triage task is not laid down",
                                         "de triagetaak is niet vastgelegd"),
    Code.TRUST_BACKING_NEGATIVE: _T("the handler lacks backing up the line",
                                    "de behandelaar mist rugdekking in de lijn"),
    Code.TRUST_BACKING_WEAK: _T("the handler's backing up the line is weak",
                                "de rugdekking van de behandelaar in de lijn is zwak"),
    Code.TRUST_NOT_MAPPED: _T("trust is not mapped", "vertrouwen is niet in kaart gebracht"),
    Code.TRUST_MUTUAL_DISTRUST: _T("two actors distrust each other",
                                   "twee actoren wantrouwen elkaar"),
    Code.LEARNING_NO_FEEDBACK_PATH: _T("no way back from the case to whoever owns the rule",
                                       "geen weg terug van de casus naar de eigenaar van de regel"),
    Code.LEARNING_NO_RULE_OWNER: _T("the map does not say who sets the rule",
                                    "de kaart noemt niet wie de regel vaststelt"),
    Code.LEARNING_SINGLE_PERSON: _T("learning depends on one person",
                                    "het leren hangt aan één persoon"),
    Code.STRUCTURE_CARRYING_ACTOR: _T("one person carries the routes",
                                      "één persoon draagt de routes"),
    Code.STRUCTURE_SELF_LOOP: _T("a relationship of an actor with itself",
                                 "een relatie van een actor met zichzelf"),
    Code.STRUCTURE_DUPLICATE_NAME: _T("two actors with the same name",
                                      "twee actoren met dezelfde naam"),
    Code.STRUCTURE_ISOLATED_ACTOR: _T("an actor without relationships", "een actor zonder "
                                                                        "relaties"),
    Code.STRUCTURE_DISCONNECTED: _T("parts of the map are not connected",
                                    "delen van de kaart hangen niet met elkaar samen"),
    Code.SPHERES_DISCONNECTED: _T("the political and the official world are not connected",
                                  "de politieke en de ambtelijke wereld zijn niet verbonden"),
    Code.SPHERES_OPPONENT_UNCONNECTED: _T("an opponent nobody is in touch with",
                                          "een tegenstander met wie niemand contact heeft"),
    Code.SPHERES_SINGLE_BRIDGE: _T("the worlds meet through one bridge",
                                   "de werelden raken elkaar via één brug"),
    Code.ACCOUNTABILITY_BURDEN: _T("a rule asks many signatures or checks for one decision",
                                   "een regel vraagt veel handtekeningen of controles voor één "
                                   "besluit"),
    Code.ACCOUNTABILITY_LINE_STOPS: _T("the line of accountability stops",
                                       "de verantwoordingslijn houdt op"),
    Code.RULE_RISK_REFLEX: _T("a rule for everyone made in answer to one incident or debate",
                              "een regel voor iedereen als antwoord op één incident of debat"),
    Code.DEVIATION_NOT_REPORTED: _T("the register names nobody a granted deviation was reported to",
                                    "het register noemt niemand aan wie een toegekende afwijking "
                                    "is gemeld"),
    Code.DEVIATION_UNEQUAL_OUTCOMES: _T("comparable deviations turn out differently",
                                        "vergelijkbare afwijkingen pakken verschillend uit"),
    Code.SIGNAL_LONG_PATH: _T("a signal needs many steps to reach whoever can decide",
                              "een signaal heeft veel stappen nodig tot wie kan beslissen"),
    Code.NEED_TOO_LATE_BY_DESIGN: _T("the route to whoever may decide takes longer than the "
                                     "deadline allows",
                                     "de route naar wie mag beslissen duurt langer dan de termijn "
                                     "toelaat"),
    Code.TRUST_CITIZEN_DISTRUSTS_HANDLER: _T("the resident distrusts whoever handles or decides "
                                             "the case",
                                             "de inwoner wantrouwt wie de casus behandelt of "
                                             "erover beslist"),
    Code.SPHERES_COUNCIL_NOT_INFORMED: _T("no line of information to the council in a politically "
                                          "sensitive case",
                                          "geen informatielijn naar de raad bij een politiek "
                                          "gevoelige casus"),
    Code.SPHERES_SPLIT_AT_TOP: _T("a member of the executive and a senior civil servant pull "
                                  "opposite ways on the intent",
                                  "een bestuurder en een leidinggevende ambtenaar trekken "
                                  "verschillende kanten op"),
    Code.SPHERES_COLLEGE_DIVIDED: _T("members of one college differ on the intent",
                                     "leden van één college verschillen van mening over de "
                                     "bedoeling"),
    Code.RULE_OWNER_CANNOT_CHANGE: _T("the loop back to the rule does not close: its owner cannot "
                                      "change it",
                                      "de lus terug naar de regel sluit niet: wie haar bezit, kan "
                                      "haar niet wijzigen"),
    Code.RULE_LOOP_OPEN: _T("the lesson of the case does not reach the owner of the rule",
                            "de les uit de casus bereikt de eigenaar van de regel niet"),
    Code.SIGNAL_OVERSIGHT_NO_ADMINISTRATOR: _T("complaints and findings about the routine reach no "
                                               "member of the executive",
                                               "klachten en bevindingen over de routine bereiken "
                                               "geen bestuurder"),
    Code.AGREEMENT_DECIDER_OVER_PARTNER: _T("an agreement lets someone outside a partner decide on "
                                            "that partner's own decision",
                                            "een afspraak laat iemand buiten een partner beslissen "
                                            "over een eigen besluit van die partner"),
    Code.STRUCTURE_CUT_POINTS: _T("a few actors hold the network together",
                                  "enkele actoren houden het netwerk bij elkaar"),
    Code.MANDATE_NO_LEGAL_ROOT: _T("a mandate from a grantor who does not hold the power",
                                   "een mandaat van een mandaatgever die de bevoegdheid zelf niet "
                                   "heeft"),
    Code.MANDATE_SUBMANDATE_WIDENED: _T("a mandate holder allows more sub-mandate than the "
                                        "original grantor left room for",
                                        "een gemandateerde staat meer ondermandaat toe dan de "
                                        "oorspronkelijke mandaatgever ruimte liet"),
    Code.MANDATE_CYCLE: _T("mandates that rest on each other in a circle",
                           "mandaten die in een kring op elkaar steunen"),
    Code.MANDATE_GRANTOR_DELEGATED_AWAY: _T("a body mandates a power it has delegated",
                                            "een bestuursorgaan mandateert een bevoegdheid die het "
                                            "heeft gedelegeerd"),
    Code.DELEGATION_BY_MANDATE_HOLDER: _T("a mandate holder delegates a power it holds only by "
                                          "mandate",
                                          "een gemandateerde delegeert een bevoegdheid die hij "
                                          "alleen in mandaat heeft"),
    Code.MANDATE_EXCLUDED: _T("a mandate for a power that may not be exercised under mandate",
                              "een mandaat voor een bevoegdheid waarvoor mandaat is uitgesloten"),
    Code.MANDATE_NOT_MANDATABLE: _T("a mandate to set generally binding rules",
                                    "een mandaat om algemeen verbindende voorschriften vast te "
                                    "stellen"),
    Code.MANDATE_OBJECTION_PRIMARY_DECIDER: _T("whoever took the contested decision under mandate "
                                               "also holds the mandate to decide on the objection",
                                               "wie het bestreden besluit in mandaat nam, heeft "
                                               "ook mandaat om op het bezwaar te beslissen"),
    Code.MANDATE_FINE_REPORTER: _T("a fining mandate also covers violations its holder reported",
                                   "een boetemandaat omvat ook overtredingen waarvan de "
                                   "gemandateerde zelf het rapport opmaakt"),
    Code.MANDATE_GENERAL_NOT_IN_WRITING: _T("a general mandate was not granted in writing",
                                            "een algemeen mandaat is niet schriftelijk verleend"),
    Code.MANDATE_CASE_NOT_IN_WRITING: _T("a mandate for one case to someone outside the grantor's "
                                         "responsibility was not granted in writing",
                                         "een mandaat voor één geval aan iemand die niet onder "
                                         "verantwoordelijkheid van de mandaatgever werkt, is niet "
                                         "schriftelijk verleend"),
    Code.MANDATE_NO_INFO_LINE: _T("the map does not show how the mandate holder informs the "
                                  "grantor",
                                  "de kaart toont niet hoe de gemandateerde de mandaatgever "
                                  "informeert"),
    Code.DELEGATION_NO_INFO_LINE: _T("the map does not show how the delegate informs the body that "
                                     "delegated",
                                     "de kaart toont niet hoe de delegataris de delegans "
                                     "informeert"),
    Code.MANDATE_NOT_YET_VALID: _T("a mandate takes effect only after the reference date",
                                   "een mandaat gaat pas na de peildatum in"),
    Code.MANDATE_SIGNING_NO_POWER: _T("an authorisation to sign gives no power to decide",
                                      "een machtiging tot ondertekening geeft geen bevoegdheid om "
                                      "te beslissen"),
    Code.MANDATE_SIGNING_NOT_BY_BODY: _T("an authorisation to sign granted by someone who is not "
                                         "the public body",
                                         "een machtiging tot ondertekening, verleend door wie geen "
                                         "bestuursorgaan is"),
    Code.MANDATE_PRIVATE_LAW: _T("acting on behalf of a party that is no public body rests on a "
                                 "power of attorney, not a mandate",
                                 "wie handelt namens een partij die geen bestuursorgaan is, doet "
                                 "dat op grond van een volmacht, niet van een mandaat"),
    Code.MANDATE_RECORDED_FOR_NON_BESLUIT: _T("an act that is no decision recorded as a mandate "
                                              "instead of an authorisation",
                                              "een handeling die geen besluit is, vastgelegd als "
                                              "mandaat in plaats van machtiging"),
    Code.MANDATE_WRITING_NOT_RECORDED: _T("not recorded whether a mandate was granted in writing",
                                          "niet vastgelegd of een mandaat schriftelijk is "
                                          "verleend"),
    Code.MANDATE_BUDGET_ABOVE_GRANTOR: _T("a sub-mandate allows a higher amount than the mandate "
                                          "it rests on",
                                          "een ondermandaat staat een hoger bedrag toe dan het "
                                          "mandaat waarop het steunt"),
    Code.MANDATE_NOT_FOR_PRACTICE: _T("a mandate rests on one that covers only the other practice "
                                      "(routine or custom work)",
                                      "een mandaat steunt op een mandaat dat alleen voor de andere "
                                      "praktijk (routine of maatwerk) geldt"),
    Code.MANDATE_TO_SELF: _T("a mandate granted to the grantor itself",
                             "een mandaat aan de mandaatgever zelf"),
    Code.DELEGATION_TO_SUBORDINATE: _T("delegation to a subordinate",
                                       "delegatie aan een ondergeschikte"),
    Code.DELEGATION_NO_LEGAL_BASIS: _T("delegation without a statutory basis",
                                       "delegatie zonder wettelijke grondslag"),
    Code.DELEGATION_ONWARD_UNCHECKED: _T("a delegate delegates further without a basis shown",
                                         "een delegataris delegeert verder zonder getoonde "
                                         "grondslag"),
    Code.MANDATE_COUNCIL_PRIVATE_LAW: _T("the council grants a power of attorney for a "
                                         "private-law act",
                                         "de raad verleent een volmacht voor een "
                                         "privaatrechtelijke rechtshandeling"),
    Code.POWER_HOLDER_NOT_PUBLIC_BODY: _T("a public-law power is placed with someone who is not a "
                                          "public body",
                                          "een publiekrechtelijke bevoegdheid ligt bij wie geen "
                                          "bestuursorgaan is"),
    Code.TRUST_NO_LINE_TO_TOP: _T("no line connects the handler with the top",
                                  "geen lijn verbindt de behandelaar met de top"),
    Code.TRUST_ASYMMETRIC: _T("trust that is not mutual", "vertrouwen dat niet wederzijds is"),
    Code.TRUST_NEGATIVE_LINE: _T("a mandate or escalation line runs over distrust",
                                 "een mandaat- of escalatielijn loopt over wantrouwen"),
    Code.SPHERES_COMMUNITIES_SPLIT: _T("the network splits into camps for and against the intent",
                                       "het netwerk valt uiteen in kampen voor en tegen de "
                                       "bedoeling"),
    Code.LEARNING_EXTERNAL_SIGNALS_LOST: _T("signals of partners and oversight reach no owner of "
                                            "the rules",
                                            "signalen van partners en toezicht bereiken geen "
                                            "eigenaar van de regels"),
}  # fmt: skip

# One label per form of a code (seventh jurist, W7; the forms: mapper.casebook.variant).
# "{holders}": the bodies that hold the power in that form, in running text.
_VARIANTS: dict[tuple[str, str], Text] = {
    # the power is held; the rule leaves no room (eighth jurist, N10), not "nobody may"
    (Code.NEED_NO_HOLDER, "no_room"): _T("the decision departs from a statutory rule for which "
                                         "the map names no room to deviate",
                                         "het besluit wijkt af van een wettelijke regel "
                                         "waarvan de kaart geen ruimte om af te wijken "
                                         "noemt"),
    (Code.INTENT_NO_DEVIATION_POWER, "unnamed"): _T("the map names no power to deviate",
                                                    "de kaart noemt geen bevoegdheid om af te "
                                                    "wijken"),
    # the finding's own title: also when nobody supports the intent
    (Code.INTENT_NO_DEVIATION_POWER, "lacks"): _T("no member of the executive behind the intent "
                                                  "may deviate",
                                                  "geen bestuurder achter de bedoeling mag "
                                                  "afwijken"),
    # the sixth jurist's J9 phrase: right where the college holds the power and the supporter
    # is a portfolio holder
    (Code.INTENT_NO_DEVIATION_POWER, "held"): _T("the portfolio holder behind the intent has no "
                                                 "power of their own to deviate; it lies with the "
                                                 "college and whoever it has mandated",
                                                 "de portefeuillehouder achter de bedoeling heeft "
                                                 "zelf geen bevoegdheid om af te wijken; die ligt "
                                                 "bij het college en wie het heeft gemandateerd"),
    (Code.INTENT_NO_DEVIATION_POWER, "held_body"): _T("whoever supports the intent has no power of "
                                                      "their own to deviate; it lies with "
                                                      "{holders} and whoever holds a mandate for "
                                                      "it",
                                                      "wie de bedoeling steunt, heeft zelf geen "
                                                      "bevoegdheid om af te wijken; die ligt bij "
                                                      "{holders} en bij wie daarvoor een mandaat "
                                                      "heeft"),
    # after delegation the delegate exercises the power as its own and the body that delegated
    # it no longer does (art. 10:17 Awb): never "the college" here
    (Code.INTENT_NO_DEVIATION_POWER, "delegated"): _T("whoever supports the intent has no power of "
                                                      "their own to deviate; after delegation it "
                                                      "lies with {holders} (Awb 10:17)",
                                                      "wie de bedoeling steunt, heeft zelf geen "
                                                      "bevoegdheid om af te wijken; na delegatie "
                                                      "ligt die bij {holders} (art. 10:17 Awb)"),
}  # fmt: skip

_SOME_BODY = _T("the public body that holds it", "het bestuursorgaan dat haar heeft")
_DELEGATE = _T("the body it was delegated to", "het bestuursorgaan waaraan zij is gedelegeerd")

_CATEGORIES: dict[str, Text] = {
    "deviate_from_rule": _T("the power to deviate from a rule",
                            "de bevoegdheid om van een regel af te wijken"),
    "suspend_routine": _T("the power to suspend the routine",
                          "de bevoegdheid om de routine op te schorten"),
    "spend_budget": _T("the power to spend budget", "de bevoegdheid om budget te besteden"),
    "triage": _T("the power to triage", "de bevoegdheid tot triage"),
    "push_through": _T("the power to push through", "de doorzettingsmacht"),
    "decide_objection": _T("the power to decide on an objection",
                           "de bevoegdheid om op bezwaar te beslissen"),
    "impose_fine": _T("the power to impose a fine", "de bevoegdheid om een boete op te leggen"),
    "set_rules": _T("the power to set rules", "de bevoegdheid om regels vast te stellen"),
    # the kind the map gives it, so the reader can find it (jurist 12b LANG-6: "een
    # bevoegdheid van een andere soort" was vague)
    "other": _T("a power of the kind ‘Other’ on the map",
                "een bevoegdheid van de soort ‘Overig’ op de kaart"),
}  # fmt: skip


def key_phrase(code: str, lang: Lang, variant: str = "", holders: Sequence[str] = ()) -> str:
    """The cause of ``code`` said in general; ``variant``: which of the code's forms it is,
    ``holders``: the roles of the bodies that hold the power in that form.

    >>> key_phrase("NEED_HOLDER_FAR", "nl")
    'wie het besluit mag nemen, staat ver van de behandelaar'
    >>> key_phrase("STRUCTURE_SELF_LOOP", "en")
    'a relationship of an actor with itself'
    >>> key_phrase("SOMETHING_NEW", "nl")
    'SOMETHING_NEW'
    >>> key_phrase("INTENT_NO_DEVIATION_POWER", "nl", "delegated",
    ...            ["Dagelijks bestuur Jeugdregio"]).split("; ")[1]
    'na delegatie ligt die bij het dagelijks bestuur van de Jeugdregio (art. 10:17 Awb)'
    """
    form = _VARIANTS.get((code, variant))
    if form is not None:
        names = [Name.of(h, ActorKind.ADMINISTRATOR).running(lang) for h in holders]
        if names:
            bodies = join(names, lang)
        else:
            bodies = (_DELEGATE if variant == "delegated" else _SOME_BODY)(lang)
        return form(lang).replace("{holders}", bodies)
    text = _CODES.get(code)
    if text is not None:
        return text(lang)
    info = CODES.get(code)
    block = BUILDING_BLOCKS.get(info.block) if info is not None else None
    return f"{block(lang)}: {code}" if block is not None else code


def worded_powers(counts: Sequence[Count], lang: Lang) -> tuple[Count, ...]:
    """Blocking powers as a reader says them: a map without named powers counts the power's
    category, shown by its label ("Afwijken van regel"), not its code (new user, eleventh
    round A7: "2 of 3 deviate_from_rule")."""
    codes = {c.value for c in PowerCategory}
    return tuple(
        Count(label(PowerCategory(c.name), lang), c.cases) if c.name in codes else c for c in counts
    )


def category_phrase(category: str, lang: Lang) -> str:
    """A power category said as a power ("de bevoegdheid om van een regel af te wijken")."""
    text = _CATEGORIES.get(category) or _CATEGORIES["other"]
    return text(lang)


def cause_phrase(cause: Recurring | CauseRecord, lang: Lang) -> str:
    """A recurring cause (or one case's cause) said in general, in its own form."""
    return key_phrase(cause.code, lang, cause.variant, cause.holders)


def trend_phrase(key: str, lang: Lang) -> str:
    """A comparable key of the trend said in general (its form, without the bodies' names).

    >>> trend_phrase("INTENT_NO_DEVIATION_POWER/unnamed", "nl")
    'de kaart noemt geen bevoegdheid om af te wijken'
    """
    code, variant = key_code(key)
    return key_phrase(code, lang, variant)

"""Template: debts and a threatened eviction (schulden en dreigende huisuitzetting).

A household with rent arrears and debts to several creditors; the housing corporation has a
court order to evict. The municipality can grant special assistance and admit the household
to debt relief; staying the eviction is the corporation's own private-law decision, reached
by the covenant; whether the Belastingsamenwerking agrees to one settlement is its own
public-law decision, taken by its invorderingsambtenaar (Gemeentewet art. 231(2)(c); jurist
N2): the breakthrough agreement arranges a term and escalation, and names no one who decides
for it (jurist W3).
"""

from __future__ import annotations

from datetime import date

from models.case import Case
from models.entities import Actor, Agreement, CaseInfo, Mandate, Need, Organisation, Power
from models.enums import (
    ActorKind,
    AgreementKind,
    MandateRule,
    OrganisationKind,
    PowerCategory,
    RelationKind,
    RuleType,
    Urgency,
)
from models.templates._parts import (
    CHAIN,
    OBJECTION_MANDATE,
    OBJECTION_POWER,
    municipality,
    ties,
)

__all__ = ["debt_eviction_case"]

K = ActorKind
R = RelationKind


def debt_eviction_case() -> Case:
    """A fresh debt-and-eviction case."""
    info = CaseInfo(
        title="Schulden en dreigende huisuitzetting",
        intent="Het huishouden blijft in de eigen woning wonen terwijl de schulden worden "
        "opgelost.",
        description="Een huishouden met een huurachterstand en schulden bij meerdere "
        "schuldeisers. De corporatie heeft een vonnis tot ontruiming. Vul de namen, bedragen "
        "en data van uw eigen casus in.",
        intent_owner="wethouder",
    )
    orgs = [
        Organisation("gemeente", "Gemeente", OrganisationKind.MUNICIPALITY),
        Organisation(
            "corporatie",
            "Woningcorporatie",
            OrganisationKind.PARTNER,
            notes="Toegelaten instelling (Woningwet); besluit zelf, privaatrechtelijk, over "
            "ontruiming en betalingsregelingen.",
        ),
        Organisation(
            "kredietbank",
            "Kredietbank",
            OrganisationKind.JOINT_ARRANGEMENT,
            notes="Gemeenschappelijke regeling voor schuldhulpverlening; werkt niet onder "
            "verantwoordelijkheid van het college.",
        ),
        Organisation("belastingen", "Belastingsamenwerking", OrganisationKind.JOINT_ARRANGEMENT),
    ]
    actors = [
        Actor("inwoner", "Huishouden met schulden", K.CITIZEN, influence=1, interest=5),
        *municipality(
            alderman="Wethouder Armoede en Schulden",
            manager="Manager Werk en Inkomen",
            team_lead="Teamleider Schuldhulpverlening",
            caseworker="Consulent schuldhulpverlening",
        ),
        Actor(
            "corporatie_bo",
            "Woonconsulent corporatie",
            K.PARTNER,
            organisation="corporatie",
            influence=4,
            interest=4,
        ),
        Actor(
            "kredietbank_sc",
            "Schuldhulpverlener Kredietbank",
            K.PARTNER,
            organisation="kredietbank",
            influence=3,
            interest=4,
        ),
        Actor(
            "belastingen_iv",
            "Invorderingsambtenaar van de Belastingsamenwerking",
            K.PARTNER,
            organisation="belastingen",
            public_body=True,  # the organ is the invorderingsambtenaar, not the GR (jurist N2)
            influence=3,
            interest=1,
            stance=-1,
        ),
    ]
    powers = [
        Power(
            "bijzondere_bijstand",
            "Bijzondere bijstand verlenen",
            PowerCategory.SPEND_BUDGET,
            "Participatiewet art. 35",
            RuleType.STATUTE,
            "college",
            MandateRule.ALLOWED,
        ),
        Power(
            "toelating_shv",
            "Beslissen over toelating tot schuldhulpverlening",
            PowerCategory.OTHER,
            "Wet gemeentelijke schuldhulpverlening art. 3; Beleidsregels schuldhulpverlening",
            RuleType.POLICY_RULE,
            "college",
            MandateRule.ALLOWED,
            "Wie onder de beleidsregel beslist, ook een gemandateerde, moet afwijken waar "
            "volgen onevenredig uitpakt (art. 4:84 Awb), tenzij het mandaatbesluit dat "
            "voorbehoudt; afwijken is geen aparte bevoegdheid.",
        ),
        OBJECTION_POWER,
        Power(
            "verordening",
            "Verordening schuldhulpverlening vaststellen",
            PowerCategory.SET_RULES,
            "Gemeentewet art. 147",
            RuleType.STATUTE,
            "raad",
            MandateRule.FORBIDDEN,
            "Een algemeen verbindend voorschrift: mandaat is uitgesloten (art. 10:3 lid 2 onder a "
            "Awb).",
        ),
        Power(
            "ontruiming_aanhouden",
            "Ontruiming aanhouden",
            PowerCategory.SUSPEND_ROUTINE,
            "Eigen besluit van de verhuurder (huurovereenkomst, vonnis kantonrechter)",
            RuleType.INTERNAL,
            "corporatie_bo",
            MandateRule.ALLOWED,
            "Een privaatrechtelijk besluit van de corporatie, geen bevoegdheid van de "
            "gemeente: de gemeente bereikt het via een afspraak, niet via mandaat.",
        ),
        Power(
            "instemming_schuldregeling",
            "Instemmen met een akkoord in de schuldregeling (gemeentelijke belastingen)",
            PowerCategory.OTHER,
            "Gemeentewet art. 231 lid 2 onder c en art. 255; Invorderingswet 1990 art. 26",
            RuleType.STATUTE,
            "belastingen_iv",
            MandateRule.ALLOWED,
            "Een besluit van de invorderingsambtenaar van de Belastingsamenwerking zelf; een "
            "afspraak kan er een termijn en een escalatieroute voor regelen, maar het niet bij "
            "een ander leggen.",
        ),
    ]
    mandates = [
        Mandate(
            "m1",
            "college",
            "manager",
            "bijzondere_bijstand",
            "Algemeen mandaat bijzondere bijstand; één niveau ondermandaat toegestaan",
            sub_mandate_levels=1,
            legal_basis="Mandaatbesluit sociaal domein",
        ),
        Mandate(
            "m2",
            "manager",
            "teamleider",
            "bijzondere_bijstand",
            "Ondermandaat bijzondere bijstand tot € 2.500",
            budget=2500.0,
            legal_basis="Ondermandaatbesluit Werk en Inkomen",
        ),
        Mandate(
            "m3",
            "college",
            "manager",
            "toelating_shv",
            "Mandaat toelating schuldhulpverlening",
            sub_mandate_levels=1,
            legal_basis="Mandaatbesluit sociaal domein",
        ),
        Mandate(
            "m4",
            "manager",
            "teamleider",
            "toelating_shv",
            "Ondermandaat toelating schuldhulpverlening",
            legal_basis="Ondermandaatbesluit Werk en Inkomen",
        ),
        OBJECTION_MANDATE,
    ]
    relationships = ties(
        [
            *CHAIN,
            ("wethouder", "college", R.COLLABORATION, 1, "portefeuille"),
            ("inwoner", "consulent", R.SIGNAL, 1, "hulpvraag"),
            ("corporatie_bo", "consulent", R.SIGNAL, 1, "huurachterstand"),
            ("consulent", "teamleider", R.ESCALATION, 1, ""),
            ("teamleider", "manager", R.ESCALATION, 1, ""),
            ("consulent", "teamleider", R.TRUST, 1, ""),
            ("consulent", "manager", R.TRUST, -1, ""),
            ("consulent", "kredietbank_sc", R.COLLABORATION, 1, "schuldregeling"),
            ("consulent", "corporatie_bo", R.COLLABORATION, 1, ""),
            ("kredietbank_sc", "belastingen_iv", R.COLLABORATION, 1, "akkoord schuldregeling"),
            ("manager", "wethouder", R.FEEDBACK, 1, "signalen uit casussen"),
            ("jz", "college", R.ACCOUNTABILITY, 1, "bezwaren"),
        ]
    )
    eviction = date(2026, 11, 5)
    needs = [
        Need(
            "n1",
            "Ontruiming aanhouden zolang de schuldregeling loopt",
            "ontruiming_aanhouden",
            handler="consulent",
            organisations=("gemeente", "corporatie"),
            urgency=Urgency.HIGH,
            deadline=eviction,
            notes="Een besluit van de corporatie zelf; de gemeente bereikt het via het convenant.",
        ),
        Need(
            "n2",
            "Bijzondere bijstand voor de huurachterstand van € 3.200",
            "bijzondere_bijstand",
            3200.0,
            "consulent",
            ("gemeente",),
            Urgency.HIGH,
            deadline=eviction,
        ),
        Need(
            "n3",
            "Toelating ondanks eerdere schuldregeling (afwijken van de beleidsregel)",
            "toelating_shv",
            handler="consulent",
            organisations=("gemeente",),
            deviates=True,
        ),
        Need(
            "n4",
            "Instemming van de Belastingsamenwerking met één schuldregeling",
            "instemming_schuldregeling",
            handler="consulent",
            organisations=("gemeente", "kredietbank", "belastingen"),
            urgency=Urgency.MEDIUM,
        ),
    ]
    agreements = [
        Agreement(
            "g1",
            "Convenant voorkomen huisuitzettingen",
            AgreementKind.COVENANT,
            ("gemeente", "corporatie"),
            None,
            ("ontruiming_aanhouden",),
            valid_from=date(2025, 1, 1),
            notes="De corporatie houdt een ontruiming aan zolang een "
            "schuldhulptraject loopt. Wie bij een impasse beslist, staat er niet in.",
        ),
        Agreement(
            "g2",
            "Doorbraakafspraak schulden",
            AgreementKind.BREAKTHROUGH,
            ("gemeente", "kredietbank", "belastingen"),
            None,
            ("instemming_schuldregeling",),
            valid_from=date(2025, 1, 1),
            notes="De invorderingsambtenaar van de Belastingsamenwerking beslist binnen vier "
            "weken over een voorgesteld akkoord in de "
            "schuldregeling; bij een impasse escaleert de consulent naar de teamleider "
            "invordering.",
        ),
    ]
    return Case.from_parts(
        info,
        actors,
        relationships,
        mandates,
        needs,
        organisations=orgs,
        powers=powers,
        agreements=agreements,
    )

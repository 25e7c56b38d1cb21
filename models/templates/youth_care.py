"""Template: youth care across organisations (jeugdhulp over organisaties heen).

A child needs intensive help now; the contracted providers have waiting lists and the
help the family needs is with a provider outside the regional contract. The college decides
on the individual provision (Jeugdwet art. 2.3); the GP may refer directly (art. 2.6 lid 1
onder g); the ordinance caps the hours, with a hardship clause; the regional escalation
protocol names who breaks a deadlock between the municipality, the region and the provider.
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

__all__ = ["youth_care_case"]

K = ActorKind
R = RelationKind


def youth_care_case() -> Case:
    """A fresh youth-care case across organisations."""
    info = CaseInfo(
        title="Jeugdhulp over organisaties heen",
        intent="Het kind krijgt nu de hulp die het nodig heeft, ook als die buiten het "
        "regionale contract valt.",
        description="Een gezin met een kind dat dringend intensieve hulp nodig heeft. De "
        "gecontracteerde aanbieders hebben wachtlijsten; de passende hulp is er bij een "
        "aanbieder buiten het contract. Vul de namen en bedragen van uw eigen casus in.",
        intent_owner="wethouder",
    )
    orgs = [
        Organisation("gemeente", "Gemeente", OrganisationKind.MUNICIPALITY),
        Organisation(
            "regio",
            "Regionale inkooporganisatie jeugd",
            OrganisationKind.JOINT_ARRANGEMENT,
            notes="Gemeenschappelijke regeling die namens de gemeenten in de regio "
            "jeugdhulp inkoopt.",
        ),
        Organisation("aanbieder", "Jeugdhulpaanbieder", OrganisationKind.PROVIDER),
        Organisation("huisarts", "Huisartsenpraktijk", OrganisationKind.PARTNER),
        Organisation("school", "School", OrganisationKind.PARTNER),
    ]
    actors = [
        Actor("gezin", "Ouders en kind", K.CITIZEN, influence=1, interest=5),
        *municipality(
            alderman="Wethouder Jeugd",
            manager="Manager Jeugd en Onderwijs",
            team_lead="Teamleider Jeugdteam",
            caseworker="Jeugdconsulent",
            alderman_interest=4,
            council_interest=3,
        ),
        Actor(
            "inkoper",
            "Contractmanager regio",
            K.PARTNER,
            organisation="regio",
            influence=4,
            interest=2,
            stance=-1,
        ),
        Actor(
            "aanbieder_hv",
            "Hulpverlener jeugdhulpaanbieder",
            K.PARTNER,
            organisation="aanbieder",
            influence=3,
            interest=4,
        ),
        Actor(
            "huisarts_pr", "Huisarts", K.PARTNER, organisation="huisarts", influence=3, interest=3
        ),
        Actor(
            "ib",
            "Intern begeleider school",
            K.PARTNER,
            organisation="school",
            influence=1,
            interest=4,
        ),
    ]
    powers = [
        Power(
            "voorziening_jeugd",
            "Beslissen over een individuele voorziening jeugdhulp",
            PowerCategory.SPEND_BUDGET,
            "Jeugdwet art. 2.3",
            RuleType.STATUTE,
            "college",
            MandateRule.ALLOWED,
        ),
        Power(
            "afwijken_verordening",
            "Afwijken van de verordening jeugdhulp",
            PowerCategory.DEVIATE_FROM_RULE,
            "Verordening jeugdhulp, hardheidsclausule",
            RuleType.ORDINANCE,
            "college",
            MandateRule.ALLOWED,
            "Afwijken van de verordening kan alleen op grond van haar hardheidsclausule.",
        ),
        Power(
            "verordening_jeugd",
            "Verordening jeugdhulp vaststellen",
            PowerCategory.SET_RULES,
            "Jeugdwet art. 2.9",
            RuleType.STATUTE,
            "raad",
            MandateRule.FORBIDDEN,
            "Een algemeen verbindend voorschrift: mandaat is uitgesloten (art. 10:3 lid 2 onder a "
            "Awb).",
        ),
        OBJECTION_POWER,
        Power(
            "triage_jeugd",
            "Vaststellen dat een casus maatwerk vraagt",
            PowerCategory.TRIAGE,
            "Werkinstructie jeugdteam",
            RuleType.INTERNAL,
            "teamleider",
            MandateRule.ALLOWED,
            "Een interne taaktoedeling in de werkinstructie, geen besluit (art. 1:3 Awb): "
            "vraagt geen mandaat.",
        ),
        Power(
            "doorzetten_plaatsing",
            "Doorzetten van een vastgelopen plaatsing",
            PowerCategory.PUSH_THROUGH,
            "Regionaal escalatieprotocol jeugdhulp",
            RuleType.INTERNAL,
            None,
            MandateRule.ALLOWED,
            "Doorzettingsmacht tussen gemeente, regio en aanbieder komt uit het protocol, "
            "niet uit de wet.",
        ),
    ]
    mandates = [
        Mandate(
            "m1",
            "college",
            "manager",
            "voorziening_jeugd",
            "Algemeen mandaat jeugdhulp; twee niveaus ondermandaat toegestaan",
            sub_mandate_levels=2,
            legal_basis="Mandaatbesluit sociaal domein",
        ),
        Mandate(
            "m2",
            "manager",
            "teamleider",
            "voorziening_jeugd",
            "Ondermandaat jeugdhulp",
            legal_basis="Ondermandaatbesluit Jeugd",
        ),
        Mandate(
            "m3",
            "teamleider",
            "consulent",
            "voorziening_jeugd",
            "Ondermandaat jeugdhulp binnen de gecontracteerde producten tot € 10.000",
            budget=10000.0,
            legal_basis="Ondermandaatbesluit Jeugd",
        ),
        Mandate(
            "m4",
            "college",
            "manager",
            "afwijken_verordening",
            "Toepassen van de hardheidsclausule; geen ondermandaat",
            sub_mandate_levels=0,
            legal_basis="Mandaatbesluit sociaal domein",
        ),
        OBJECTION_MANDATE,
    ]
    relationships = ties(
        [
            *CHAIN,
            ("jz", "college", R.ACCOUNTABILITY, 1, "bezwaren"),
            ("wethouder", "college", R.COLLABORATION, 1, "portefeuille"),
            ("gezin", "consulent", R.SIGNAL, 1, "hulpvraag"),
            ("ib", "consulent", R.SIGNAL, 1, "zorgen op school"),
            ("huisarts_pr", "aanbieder_hv", R.SIGNAL, 1, "verwijzing"),
            ("consulent", "teamleider", R.ESCALATION, 1, ""),
            ("teamleider", "manager", R.ESCALATION, 1, ""),
            ("consulent", "teamleider", R.TRUST, 1, ""),
            ("consulent", "aanbieder_hv", R.COLLABORATION, 1, ""),
            ("manager", "inkoper", R.COLLABORATION, 1, "contract"),
            ("inkoper", "aanbieder_hv", R.COLLABORATION, 1, ""),
            ("consulent", "manager", R.FEEDBACK, 1, "wachtlijsten"),
            ("manager", "wethouder", R.FEEDBACK, 1, "signalen uit casussen"),
        ]
    )
    needs = [
        Need(
            "n1",
            "Intensieve ambulante hulp bij een aanbieder buiten het contract, € 18.000",
            "voorziening_jeugd",
            18000.0,
            "consulent",
            ("gemeente",),
            Urgency.HIGH,
            deadline=date(2026, 10, 1),
            notes="Het besluit neemt de gemeente zelf; dat de aanbieder levert, regelt het "
            "contract. Buiten het contract is een aanvullende overeenkomst met de aanbieder "
            "nodig, geen doorzettingsmacht.",
        ),
        Need(
            "n2",
            "Meer uren dan de verordening toestaat",
            "afwijken_verordening",
            handler="consulent",
            organisations=("gemeente",),
            urgency=Urgency.HIGH,
        ),
        Need(
            "n3",
            "Plaatsing doorzetten tussen regio en aanbieder",
            "doorzetten_plaatsing",
            handler="consulent",
            organisations=("gemeente", "regio", "aanbieder"),
        ),
    ]
    agreements = [
        Agreement(
            "g1",
            "Regionaal escalatieprotocol jeugdhulp",
            AgreementKind.ESCALATION_PROTOCOL,
            ("gemeente", "regio", "aanbieder"),
            "manager",
            ("doorzetten_plaatsing",),
            valid_from=date(2025, 1, 1),
            notes="Loopt een plaatsing vast, dan beslist de manager Jeugd na overleg met "
            "de regio; de aanbieder volgt dat besluit.",
        ),
        Agreement(
            "g2",
            "Samenwerkingsafspraak huisartsen en jeugdteam",
            AgreementKind.COVENANT,
            ("gemeente", "huisarts"),
            None,
            (),
            valid_from=date(2024, 1, 1),
            notes="De huisarts overlegt met het jeugdteam voor hij verwijst; een "
            "verwijzing blijft zijn eigen bevoegdheid (Jeugdwet art. 2.6 lid 1 onder g).",
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

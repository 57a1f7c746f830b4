using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas about female genital mutilation (VGV) and honour-related violence: always consult an expert.</summary>
internal static class MutilationAndHonourDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield return new Dilemma(
            "een-groot-feest-bij-oma",
            "Een groot feest bij oma",
            "Jeugdverpleegkundige Marloes ziet Amina (5) voor een controle. Moeder vertelt blij dat ze deze zomer voor het eerst met Amina naar haar familie gaan. Ze gaan naar een land waar meisjesbesnijdenis veel voorkomt. “Oma wil een groot feest voor Amina geven,” zegt moeder. In het dossier staat dat de oudere zus van Amina besneden is.",
            [Sector.HealthCare],
            [FormOfAbuse.FemaleGenitalMutilation],
            [DilemmaTheme.SummerTripWithMutilationRisk],
            MeldcodeStep.Consultation,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Wat doet Marloes?",
                    [
                        "Niets. Een feest is geen bewijs.",
                        "Ze overlegt meteen met een deskundige op het gebied van VGV en met Veilig Thuis. Met hen bepaalt ze hoe ze het met de ouders bespreekt.",
                        "Ze vraagt Amina wat voor feest het wordt.",
                    ],
                    MeldcodeView.Fits(
                        "Bij een vermoeden van VGV overleg je altijd met een deskundige. Hier zijn er meerdere risico’s: het land, een zus die besneden is, een reis en een feest. Vraag het kind niet uit. Met de deskundige bepaal je of en hoe je met de ouders praat, en wanneer. Dat moet ruim voor de reis gebeuren.",
                        "B")),
                DecisionPoint.Rating(
                    "Hoe acuut is de dreiging voor Amina?",
                    new RatingScale("Niet acuut", "Heel acuut"),
                    MeldcodeView.ItDepends(
                        "Dat hangt ervan af wanneer de reis is, wat de ouders zelf vinden van meisjesbesnijdenis en hoeveel druk de familie zet. Maar een echte dreiging van VGV is acute onveiligheid. Dan meld je bij Veilig Thuis, en wel vóór de reis. Veilig Thuis kan dan nog maatregelen nemen. Wacht niet tot na de zomer.")),
            ],
            [
                "Welke signalen van een risico op VGV ken je?",
                "Hoe begin je een gesprek over meisjesbesnijdenis met ouders?",
                "Wat maakt het moeilijk om hierover te beginnen?",
            ]);

        yield return new Dilemma(
            "na-de-zomervakantie",
            "Na de zomervakantie",
            "Na de zomervakantie is Sahra (10) stil. Ze gaat lang naar de wc en loopt stijf. Bij gym doet ze niet mee. Tegen juf Ellen zegt ze: “Het was een feest voor mij, maar het deed heel veel pijn. Ik mag het niet vertellen.” Haar zusje van zes gaat volgend jaar ook mee op reis.",
            [Sector.Education],
            [FormOfAbuse.FemaleGenitalMutilation],
            [DilemmaTheme.SummerTripWithMutilationRisk, DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Decision,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Wat doet Ellen?",
                    [
                        "Ze vraagt door wat er precies is gebeurd.",
                        "Ze luistert, schrijft Sahra’s woorden letterlijk op en overlegt dezelfde dag met de intern begeleider en Veilig Thuis.",
                        "Ze belt moeder en vraagt wat er in de vakantie is gebeurd.",
                    ],
                    MeldcodeView.Fits(
                        "VGV is een zware vorm van kindermishandeling en is strafbaar. Vraag niet door naar details: dat is aan deskundigen. Schrijf op wat Sahra zei en overleg dezelfde dag. Bij VGV overleg je altijd met een deskundige. Of en hoe je met de ouders praat, bepaal je samen met Veilig Thuis, omdat een gesprek de kinderen in gevaar kan brengen.",
                        "B")),
                DecisionPoint.Choice(
                    "Denk aan het zusje van zes. Wat zegt het afwegingskader?",
                    [
                        "Nog niets. Bij haar is er nog niets gebeurd.",
                        "Er is een dreiging van VGV voor haar. Dat is acute onveiligheid: melden.",
                    ],
                    MeldcodeView.Fits(
                        "Vraag 1 gaat ook over een dreiging van geweld. Haar zus is waarschijnlijk besneden en zij gaat volgend jaar mee. Een dreiging van VGV is acute onveiligheid. Dan meld je bij Veilig Thuis, voor Sahra en voor haar zusje.",
                        "B")),
            ],
            [
                "Wat doet het met jou als een kind zegt: “Ik mag het niet vertellen”?",
                "Waarom is een gesprek met de ouders hier anders dan bij andere zorgen?",
                "Wie in jouw organisatie weet veel van VGV?",
            ]);

        yield return new Dilemma(
            "een-foto-met-een-jongen",
            "Een foto met een jongen",
            "Dilan (15) vraagt mentor Jeroen om een gesprek. Haar familie heeft een foto gezien van haar met een jongen. Haar broer loopt nu elke dag achter haar aan naar school. Vader zei: “Je hebt onze naam te schande gemaakt.” Misschien moet ze naar familie in het buitenland. Dilan is bang. “Bel mijn ouders niet,” zegt ze. “Dan wordt het erger.”",
            [Sector.Education],
            [FormOfAbuse.HonourRelatedViolence],
            [DilemmaTheme.HonourRelatedThreat, DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Conversation,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Nodigt Jeroen de ouders uit voor een gesprek?",
                    [
                        "Ja. Ouders moeten weten wat er speelt.",
                        "Nee. Hij slaat het gesprek met de ouders over en schrijft op waarom. Hij overlegt meteen met de aandachtsfunctionaris en met Veilig Thuis.",
                        "Hij nodigt de broer uit. Die is ouder en kan bemiddelen.",
                    ],
                    MeldcodeView.Fits(
                        "Bij eergerelateerd geweld kan een gesprek met de familie het gevaar groter maken. Dat geldt ook voor een familielid dat wil bemiddelen. Stap 3 mag je dan overslaan; schrijf op waarom. Overleg altijd met een deskundige op het gebied van eergerelateerd geweld, bijvoorbeeld via Veilig Thuis. Een dreiging om naar het buitenland te worden gestuurd is acute onveiligheid: melden.",
                        "B")),
                DecisionPoint.Choice(
                    "Dilan wil niet dat Jeroen meldt. Wat zegt hij?",
                    [
                        "“Ik beloof dat ik niets doe zonder jouw toestemming.”",
                        "“Ik kan jouw veiligheid niet alleen dragen. Ik schakel hulp in, en ik vertel jou steeds wat ik doe.”",
                    ],
                    MeldcodeView.Fits(
                        "Je mag melden zonder toestemming (meldrecht). Beloof dus niets wat je niet kunt waarmaken. Betrek Dilan wel zoveel mogelijk: zij kent haar familie en weet wat gevaarlijk is. Maak samen met Veilig Thuis een plan voor haar veiligheid.",
                        "B")),
            ],
            [
                "Waarom is praten met de familie hier anders dan bij andere zorgen?",
                "Wat doe je als Dilan morgen niet op school komt?",
                "Wie in jouw school weet wat te doen bij eergerelateerd geweld?",
            ]);

        yield return new Dilemma(
            "trouwen-met-een-neef",
            "Trouwen met een neef",
            "Meryem (19) krijgt hulp van het wijkteam bij haar studiefinanciering. Ze vertelt Karin dat haar ouders een huwelijk met een neef hebben geregeld. Als ze nee zegt, is ze geen dochter meer, zegt vader. En haar oom “zal het regelen”. Meryem vraagt Karin om met haar moeder te praten. “Zij wil me wel helpen.”",
            [Sector.SocialSupport],
            [FormOfAbuse.HonourRelatedViolence],
            [DilemmaTheme.HonourRelatedThreat],
            MeldcodeStep.Consultation,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Gaat Karin met de moeder praten?",
                    [
                        "Ja. Meryem vraagt het zelf.",
                        "Nog niet. Eerst overlegt ze met een deskundige en Veilig Thuis, en maakt ze samen met Meryem een plan voor haar veiligheid.",
                        "Nee. Meryem is volwassen. Het is haar eigen keuze.",
                    ],
                    MeldcodeView.Fits(
                        "Ook een moeder die wil helpen, kan onder druk staan en iets doorvertellen. Dan kan het gevaar voor Meryem groter worden. Bij eergerelateerd geweld overleg je altijd eerst met een deskundige. Meryem is volwassen: haar stem telt zwaar, en je werkt met haar samen. Maar dreiging met een gedwongen huwelijk of met geweld is acute onveiligheid. Dan mag en moet je melden, ook bij een volwassene.",
                        "B")),
            ],
            [
                "Wat betekent “Hij zal het regelen” voor jou?",
                "Hoe werk je samen met een volwassen cliënt die zelf wil kiezen?",
                "Welke hulp is er voor jonge vrouwen die een gedwongen huwelijk vrezen?",
            ]);
    }
}

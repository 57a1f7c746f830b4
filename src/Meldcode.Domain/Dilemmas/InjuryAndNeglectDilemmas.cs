using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas about injuries, neglect, a parent under the influence, and help that is refused.</summary>
internal static class InjuryAndNeglectDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield return new Dilemma(
            "van-de-fiets-gevallen",
            "Van de fiets gevallen",
            "Peter is gymdocent. Tijdens het omkleden ziet hij blauwe plekken op beide bovenarmen van Milan (11). Ze zien eruit als vingers. “Van de fiets gevallen,” zegt Milan snel. Vorige maand had Milan een blauwe plek bij zijn oor. Toen was hij “tegen de kast gelopen”.",
            [Sector.Education],
            [FormOfAbuse.PhysicalAbuse],
            [DilemmaTheme.InjuryWithUnfittingExplanation],
            MeldcodeStep.Consultation,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Peter?",
                    [
                        "Hij gelooft Milan. Kinderen vallen nu eenmaal.",
                        "Hij schrijft op wat hij zag en wat Milan zei, met datum, en overlegt met de zorgcoördinator.",
                        "Hij vraagt Milan zijn shirt uit te doen, zodat hij alles kan zien.",
                    ],
                    MeldcodeView.Fits(
                        "Bij een val krijg je vaak plekken op knieën, ellebogen of scheenbenen. Plekken op beide bovenarmen, in de vorm van vingers, passen niet bij een val. Het is ook al de tweede keer. Schrijf op wat je zag, en wat Milan letterlijk zei, los van wat je ervan denkt (stap 1). Overleg dan (stap 2). Onderzoek Milan niet zelf: dat is werk voor een arts.",
                        "B")),
                DecisionPoint.Choice(
                    "Wie kan helpen om te zien of dit letsel bij een val past?",
                    [
                        "Een letselexpert, zoals een forensisch arts, via Veilig Thuis of de jeugdarts.",
                        "Ik zoek het zelf op internet.",
                        "Niemand. Dat is niet mijn taak.",
                    ],
                    MeldcodeView.Fits(
                        "In stap 2 kun je een letselexpert raadplegen. Die kan beoordelen of letsel past bij de uitleg. Veilig Thuis kan je helpen zo iemand te vinden. Je hoeft het letsel niet zelf te duiden, maar je moet het wel serieus nemen.",
                        "A")),
            ],
            [
                "Wanneer past een uitleg niet bij een blauwe plek?",
                "Hoe schrijf je een blauwe plek op zonder te oordelen?",
                "Wat doe je als Milan morgen een andere uitleg geeft?",
            ]);

        yield return new Dilemma(
            "een-blauwe-plek-op-een-babywang",
            "Een blauwe plek op een babywang",
            "Anouk is jeugdverpleegkundige op het consultatiebureau. Liam is vier maanden. Hij kan nog niet rollen of kruipen. Anouk ziet een blauwe plek op zijn wang en een op zijn buik. Moeder zegt: “Zijn broertje van drie heeft hem met een speelgoedauto geslagen.” Vader staat bij de deur en wil weg.",
            [Sector.HealthCare],
            [FormOfAbuse.PhysicalAbuse],
            [DilemmaTheme.InjuryWithUnfittingExplanation],
            MeldcodeStep.Weighing,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Rating(
                    "Hoe snel moet Anouk handelen?",
                    new RatingScale("Het kan wachten", "Vandaag nog"),
                    MeldcodeView.FitsScale(
                        5,
                        5,
                        "Een baby die nog niet kruipt, stoot zich bijna nooit. Een blauwe plek bij zo’n jonge baby is een ernstig signaal. Letsel dat waarschijnlijk is toegebracht, is acute onveiligheid. Dan handel je dezelfde dag.")),
                DecisionPoint.Choice(
                    "Wat doet Anouk nu?",
                    [
                        "Ze laat het gezin gaan en maakt een afspraak voor volgende week.",
                        "Ze vraagt de jeugdarts er meteen bij en belt vandaag met Veilig Thuis.",
                        "Ze zegt tegen moeder dat ze denkt dat vader de baby slaat.",
                    ],
                    MeldcodeView.Fits(
                        "Overleg meteen met de jeugdarts; artsen raadplegen Veilig Thuis bij een vermoeden. Veilig Thuis kan een letselexpert inschakelen. Bij acute onveiligheid meld je. Is er direct gevaar, bel dan 112. Beschuldig niemand: benoem wat je ziet en dat je je zorgen maakt. Schrijf de uitleg van moeder letterlijk op.",
                        "B")),
            ],
            [
                "Waarom is een blauwe plek bij een baby anders dan bij een kind van vijf?",
                "Hoe houd je het gesprek rustig als een ouder weg wil?",
                "Wat moet er in het dossier staan na dit consult?",
            ]);

        yield return new Dilemma(
            "maandagochtend",
            "Maandagochtend",
            "Ilse werkt op de peutergroep. Op maandag komt Jesse (3) vaak binnen met een volle, oude luier. Hij heeft dezelfde kleren aan als op vrijdag. Hij eet gulzig, alsof hij in dagen niet gegeten heeft. Op donderdag gaat het beter. Moeder is alleen met drie kinderen en ziet er moe uit.",
            [Sector.Childcare],
            [FormOfAbuse.PhysicalNeglect, FormOfAbuse.EmotionalNeglect],
            [DilemmaTheme.HungryAndUnwashedOnMondays],
            MeldcodeStep.Signals,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Ilse?",
                    [
                        "Ze geeft Jesse eten en schone kleren, en verder niets. Moeder heeft het al zwaar.",
                        "Ze geeft hem eten en houdt een paar weken bij wat ze ziet, en op welke dag.",
                        "Ze meldt meteen bij Veilig Thuis.",
                    ],
                    MeldcodeView.Fits(
                        "Zorg eerst voor Jesse. Maar als je alleen zorgt en niets opschrijft, ziet niemand het patroon. Schrijf op wat je ziet, met datum en dag (stap 1). Schrijf de goede dagen ook op. Kijk of er zorgen zijn over de broertjes of zusjes. Overleg daarna met je aandachtsfunctionaris. Er is geen direct gevaar, dus meteen melden is nog niet nodig. Veilig Thuis om advies vragen mag wel altijd.",
                        "B")),
                DecisionPoint.Choice(
                    "Hoe begint Ilse het gesprek met moeder?",
                    [
                        "“Ik zie dat Jesse op maandag honger heeft en een volle luier. Daar maak ik me zorgen over. Hoe gaat het thuis in het weekend?”",
                        "“U moet beter voor Jesse zorgen. Anders moet ik het melden.”",
                        "Ze praat niet met moeder. Dat maakt haar alleen maar boos.",
                    ],
                    MeldcodeView.Fits(
                        "In stap 3 noem je de feiten en je zorg, zonder oordeel, en stel je open vragen. Misschien heeft moeder hulp nodig die jullie kunnen regelen, zoals het wijkteam. Dreigen met een melding maakt het gesprek kapot. Zwijgen helpt Jesse niet.",
                        "A")),
            ],
            [
                "Wanneer wordt een moeilijke thuissituatie verwaarlozing?",
                "Hoe houd je een patroon bij zonder dat het een lijst met verwijten wordt?",
                "Welke hulp kun jij zelf regelen voor een moeder die het zwaar heeft?",
            ]);

        yield return new Dilemma(
            "met-de-auto-voor-de-deur",
            "Met de auto voor de deur",
            "Het is half zes. Erik komt zijn dochter Mila (2) ophalen bij het kinderdagverblijf. Hij ruikt naar alcohol en praat met een dubbele tong. Hij leunt tegen de deurpost. Zijn auto staat voor de deur, met de motor aan. Pedagogisch medewerker Joyce staat alleen op de groep.",
            [Sector.Childcare],
            [FormOfAbuse.PhysicalNeglect],
            [DilemmaTheme.IntoxicatedParentAtPickUp],
            MeldcodeStep.Decision,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Geeft Joyce Mila mee?",
                    [
                        "Ja. Hij is haar vader. Ze mag Mila niet tegenhouden.",
                        "Nee. Ze zegt rustig dat ze Mila nu niet meegeeft, roept een collega en belt moeder of een ander contact om Mila op te halen.",
                        "Ja, maar ze vraagt hem voorzichtig te rijden.",
                    ],
                    MeldcodeView.Fits(
                        "Een ouder onder invloed die met een kind in de auto wil rijden, is acute onveiligheid. Dan handel je meteen. Blijf rustig en vraag een collega erbij. Bel moeder of een ander contact. Schrijf daarna op wat er gebeurde. De meldcode zegt: in acuut gevaar eerst handelen, dan vastleggen.",
                        "B")),
                DecisionPoint.Choice(
                    "Erik wordt boos. Hij pakt Mila op en loopt naar zijn auto. Wat nu?",
                    [
                        "Ze laat hem gaan, want ze kan hem niet tegenhouden. Ze belt 112 en geeft het kenteken door.",
                        "Ze gaat voor de auto staan.",
                        "Ze laat hem gaan en belt morgen moeder.",
                    ],
                    MeldcodeView.Fits(
                        "Breng jezelf niet in gevaar. Bij direct gevaar bel je 112. Daarna neem je contact op met Veilig Thuis (0800-2000, dag en nacht). Wachten tot morgen is te laat. Schrijf alles op zodra het kan, en informeer je aandachtsfunctionaris.",
                        "A")),
            ],
            [
                "Wat staat er in jullie protocol over een ouder die onder invloed is?",
                "Hoe houd je het rustig als een ouder boos wordt bij de deur?",
                "Wat doe je de volgende dag, als Erik gewoon weer komt?",
            ]);

        yield return new Dilemma(
            "we-hebben-geen-hulp-nodig",
            "We hebben geen hulp nodig",
            "Sofie (2) groeit slecht. Ze is te licht, heeft vaak rode billetjes en speelt weinig. Jeugdverpleegkundige Marloes bood de ouders hulp aan: een diëtist en hulp bij de opvoeding. De ouders zeiden ja. Maar ze hebben drie afspraken afgezegd. Nu zeggen ze: “We hebben geen hulp nodig. Bemoei je er niet mee.”",
            [Sector.HealthCare],
            [FormOfAbuse.PhysicalNeglect, FormOfAbuse.EmotionalNeglect],
            [DilemmaTheme.HelpRefusedOrNotWorking],
            MeldcodeStep.Decision,
            WeighingQuestion.Acceptance,
            [
                DecisionPoint.Choice(
                    "Wat zegt het afwegingskader nu?",
                    [
                        "De ouders weigeren de hulp. Dan meld ik bij Veilig Thuis.",
                        "Ik kan niets doen als ouders niet willen.",
                        "Ik wacht tot de volgende controle over een half jaar.",
                    ],
                    MeldcodeView.Fits(
                        "Vraag 4 van het afwegingskader: aanvaarden de betrokkenen de hulp? Nee, dus melden. Ouders die ja zeggen maar steeds afzeggen, aanvaarden de hulp niet echt. Een half jaar wachten is lang voor een kind van twee dat slecht groeit. Blijf na de melding hulp aanbieden.",
                        "A")),
                DecisionPoint.Choice(
                    "Hoe vertelt Marloes de ouders over de melding?",
                    [
                        "“Ik ga melden bij Veilig Thuis, omdat ik me zorgen blijf maken over Sofie. Ik blijf jullie ook helpen.”",
                        "Ze zegt niets. Ze komen er wel achter.",
                        "“Als jullie niet meewerken, wordt Sofie uit huis geplaatst.”",
                    ],
                    MeldcodeView.Fits(
                        "Open melden, tenzij: je vertelt de ouders vooraf dat je meldt en waarom. Dreig niet: Veilig Thuis is er om samen met ouders te zorgen voor veiligheid. Een melding betekent niet dat een kind uit huis gaat. Schrijf op hoe de ouders reageerden.",
                        "A")),
            ],
            [
                "Wanneer is een afgezegde afspraak een signaal?",
                "Hoe blijf je in gesprek met ouders die zeggen dat je je er niet mee moet bemoeien?",
                "Wat zeg je als ouders vragen: “Gaan ze ons kind afpakken?”",
            ]);

        yield return new Dilemma(
            "eerst-zelf-opkrabbelen",
            "Eerst zelf opkrabbelen",
            "Hanna werkt bij het wijkteam. Ze helpt Rob (41) met zijn schulden. Sinds zijn vrouw weg is, is Rob somber. Hij ligt veel op bed. Zijn zoon Thijs (12) gaat vaak niet naar school. Hij zorgt voor zijn zusje van zes en maakt het eten. Rob wil eerst zelf weer opkrabbelen. Een gezinscoach wil hij niet.",
            [Sector.SocialSupport],
            [FormOfAbuse.EducationalNeglect, FormOfAbuse.EmotionalNeglect],
            [DilemmaTheme.HelpRefusedOrNotWorking],
            MeldcodeStep.Weighing,
            WeighingQuestion.Help,
            [
                DecisionPoint.Choice(
                    "Kan Hanna de hulp bieden of regelen die de kinderen nodig hebben?",
                    [
                        "Ja. Als Robs schulden zijn opgelost, komt de rest vanzelf goed.",
                        "Niet alleen. Ze kan wel hulp regelen, zoals een gezinscoach, en afspraken maken met de school.",
                        "Nee. Ze meldt meteen.",
                    ],
                    MeldcodeView.Fits(
                        "Vraag 3 gaat over hulp die jij kunt bieden óf regelen, binnen je rol. Schulden oplossen maakt de kinderen niet veilig. Thijs zorgt voor het gezin en mist school. Hanna kan een gezinscoach regelen en afstemmen met school. Meteen melden mag altijd (meldrecht), maar het afwegingskader vraagt eerst of er hulp mogelijk is, als er geen acute of structurele onveiligheid is.",
                        "B")),
                DecisionPoint.Choice(
                    "Rob blijft nee zeggen tegen de gezinscoach. Wat nu?",
                    [
                        "Hanna respecteert dat. Het is zijn gezin.",
                        "Ze legt uit waarom ze zich zorgen maakt. Blijft hij nee zeggen, dan meldt ze bij Veilig Thuis. Dat vertelt ze hem vooraf.",
                        "Ze belt de leerplichtambtenaar en laat het daarbij.",
                    ],
                    MeldcodeView.Fits(
                        "Vraag 4: aanvaarden de betrokkenen de hulp? Als Rob de hulp weigert, is het antwoord nee. Dan meld je. Vertel het hem vooraf (open melden). De leerplichtambtenaar gaat over schoolverzuim, niet over de zorg thuis. Dat is niet genoeg.",
                        "B")),
            ],
            [
                "Wanneer wordt helpen in het gezin te veel voor een kind?",
                "Hoe vraag je een somber ouder naar de kinderen, zonder dat hij zich afgewezen voelt?",
                "Welke hulp kan jouw organisatie regelen, en wat niet?",
            ]);
    }
}

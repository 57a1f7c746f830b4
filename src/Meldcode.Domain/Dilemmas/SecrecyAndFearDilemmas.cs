using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas about being asked to keep a secret, and about the fear of acting.</summary>
internal static class SecrecyAndFearDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield return new Dilemma(
            "beloof-je-het",
            "Beloof je het?",
            "Noor (9) zit in groep 6. Na de les blijft ze hangen bij het bureau van juf Anke. Ze kijkt naar de grond. “Juf, als ik iets vertel, beloof je dan dat je het aan niemand zegt?” Anke ziet dat Noor het spannend vindt. Ze wil graag dat Noor haar vertrouwt.",
            [Sector.Education],
            [FormOfAbuse.PhysicalAbuse],
            [DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Conversation,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat zeg je tegen Noor?",
                    [
                        "“Ja, ik beloof het.” Anders vertelt ze misschien niets.",
                        "“Dat kan ik niet beloven. Als ik hulp nodig heb, vertel ik het alleen aan iemand die kan helpen. En ik zeg jou eerst wie.”",
                        "“Dan kun je het beter aan je papa of mama vertellen.”",
                    ],
                    MeldcodeView.Fits(
                        "Beloof nooit dat je iets geheim houdt. Misschien moet je later wel iets doen om Noor te beschermen. Dan breek je je belofte en verliest ze haar vertrouwen. Wees eerlijk over wat je wel kunt beloven: dat je haar serieus neemt en dat je vertelt wat je gaat doen. Stuur haar niet naar haar ouders: misschien gaat het juist over thuis.",
                        "B")),
                DecisionPoint.Choice(
                    "Noor vertelt: “Papa knijpt heel hard in mijn arm als hij boos is. Soms doet het de hele dag pijn.” Wat doe je nu?",
                    [
                        "Ik vraag alles uit: wanneer, hoe vaak, waar precies, wie het nog meer weet.",
                        "Ik luister, stel een paar open vragen, schrijf haar woorden letterlijk op en overleg met de intern begeleider.",
                        "Ik bel vader meteen om te vragen wat er aan de hand is.",
                    ],
                    MeldcodeView.Fits(
                        "Je bent geen rechercheur. Luister rustig, stel open vragen (“Wil je daar meer over vertellen?”) en geen vragen die een antwoord voorzeggen. Schrijf daarna op wat Noor letterlijk zei, met datum en tijd (stap 1). Overleg daarna met de intern begeleider of een andere aandachtsfunctionaris (stap 2). Vader meteen bellen kan gevaarlijk zijn voor Noor. Een gesprek met ouders (stap 3) bereid je voor.",
                        "B")),
            ],
            [
                "Heeft een kind jou ooit gevraagd iets geheim te houden? Wat zei je toen?",
                "Hoe leg je aan een kind van negen uit wat je wel en niet kunt beloven?",
                "Wat schrijf je op na zo’n gesprek, en wat juist niet?",
            ]);

        yield return new Dilemma(
            "zeg-het-tegen-niemand",
            "Zeg het tegen niemand",
            "Sandra (34) krijgt hulp van het wijkteam bij haar schulden. Tijdens een gesprek met Mirjam begint ze te huilen. Haar vriend slaat haar soms, al een jaar. Haar kinderen van 4 en 7 zijn dan thuis. “Zeg het tegen niemand,” zegt Sandra. “Als hij het hoort, wordt het alleen maar erger.”",
            [Sector.SocialSupport],
            [FormOfAbuse.WitnessingDomesticViolence, FormOfAbuse.PhysicalAbuse],
            [DilemmaTheme.AskedToKeepSecret, DilemmaTheme.WitnessingViolenceBetweenParents, DilemmaTheme.FearOfActing],
            MeldcodeStep.Consultation,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Wat zeg je tegen Sandra?",
                    [
                        "“Ik beloof het. Jij bent mijn cliënt, en jij beslist.”",
                        "“Ik kan dit niet geheim houden, omdat je kinderen het ook meemaken. Ik wil wel samen met jou kijken wat veilig is.”",
                        "Ik zeg niets en meld meteen bij Veilig Thuis, zonder het haar te vertellen.",
                    ],
                    MeldcodeView.Fits(
                        "Kinderen die geweld tussen volwassenen in huis meemaken, zijn slachtoffer van kindermishandeling. Je kunt dus niet beloven dat je niets doet. Wees eerlijk en neem Sandra’s angst serieus: die zegt iets over het gevaar. Overleg met je aandachtsfunctionaris. Je kunt Veilig Thuis altijd anoniem om advies vragen. Je mag melden zonder toestemming (meldrecht). Je bespreekt een melding vooraf met de cliënt, tenzij dat iemand in gevaar brengt. Die uitzondering bespreek je in het overleg, niet in je eentje op het moment zelf.",
                        "B")),
                DecisionPoint.Rating(
                    "Hoe onveilig is het thuis voor de kinderen?",
                    new RatingScale("Niet onveilig", "Heel onveilig"),
                    MeldcodeView.FitsScale(
                        4,
                        5,
                        "Het geweld gebeurt al een jaar en de kinderen zijn erbij. Dat is structurele onveiligheid. Dan zegt het afwegingskader: melden bij Veilig Thuis. Hulp voor Sandra kan daarnaast doorgaan. Melden en helpen gaan vaak samen.")),
            ],
            [
                "Sandra is volwassen en vraagt je om te zwijgen. Hoe zwaar weegt haar wens tegen de veiligheid van haar kinderen?",
                "Hoe vertel je een cliënt dat je gaat melden, zonder dat zij zich verraden voelt?",
                "Wat kan Veilig Thuis doen dat jij niet kunt?",
            ]);

        yield return new Dilemma(
            "een-vader-met-een-kort-lontje",
            "Een vader met een kort lontje",
            "Daan (7) schrikt van elk hard geluid in de klas. Vandaag zegt hij tegen juf Esther: “Papa zegt dat ik dom en lelijk ben. Hij zegt dat hij me wegstuurt als ik niet luister.” Esther maakt zich zorgen. Maar de vader van Daan is snel boos. Vorig jaar dreigde hij een collega met een klacht. Esther denkt: misschien overdrijf ik.",
            [Sector.Education],
            [FormOfAbuse.EmotionalAbuse],
            [DilemmaTheme.FearOfActing],
            MeldcodeStep.Signals,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Esther?",
                    [
                        "Ze wacht tot ze het zeker weet.",
                        "Ze schrijft op wat ze zag en hoorde, met datum, en bespreekt het met de intern begeleider.",
                        "Ze vraagt Veilig Thuis om advies, zonder namen te noemen.",
                        "Ze spreekt vader morgen aan bij het hek.",
                    ],
                    MeldcodeView.Fits(
                        "De meldcode is er voor een vermoeden. Je hoeft het niet zeker te weten. Als je wacht, wacht Daan ook. Schrijf de feiten op, met Daans eigen woorden (stap 1), en overleg (stap 2). Veilig Thuis om anoniem advies vragen mag altijd. Vader spreek je niet zomaar bij het hek aan: een gesprek met ouders bereid je voor, met een collega erbij. Is dat gesprek gevaarlijk, dan mag je het overslaan. Schrijf dan op waarom.",
                        "B",
                        "C")),
                DecisionPoint.Rating(
                    "Esther is bang voor een klacht van vader. Hoe zwaar mag die angst wegen?",
                    new RatingScale("Helemaal niet", "Heel zwaar"),
                    MeldcodeView.ItDepends(
                        "Bang zijn voor een klacht is normaal, maar het is geen reden om niets te doen. Wie zorgvuldig de stappen van de meldcode volgt en alles vastlegt, staat sterk. Angst voor je eigen veiligheid is iets anders. Die telt wel: dan praat je niet alleen met vader, of je slaat het gesprek over. En bij een melding hoef je het dan niet vooraf met hem te bespreken.")),
            ],
            [
                "Waar ben jij bang voor als je aan melden denkt?",
                "Wat helpt jou om toch te handelen?",
                "Hoe steunt jullie school een collega die een boze ouder tegenover zich krijgt?",
            ]);

        yield return new Dilemma(
            "als-jij-iets-zegt",
            "Als jij iets zegt, praat ik nooit meer met je",
            "Ruben is jeugdhulpverlener. Hij begeleidt Kevin (15) al een half jaar. Ze hebben een goede band. Vandaag vertelt Kevin dat zijn moeder hem met een riem slaat als ze boos is. Soms sluit ze hem ’s avonds buiten, tot middernacht. “Als jij iets zegt, praat ik nooit meer met je,” zegt Kevin. Ruben denkt: ik kan hem zelf het beste helpen.",
            [Sector.YouthCare],
            [FormOfAbuse.PhysicalAbuse, FormOfAbuse.EmotionalAbuse],
            [DilemmaTheme.FearOfActing, DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Decision,
            WeighingQuestion.Help,
            [
                DecisionPoint.Choice(
                    "Kan Ruben zelf de hulp bieden die nodig is om het geweld te stoppen?",
                    [
                        "Ja, hij heeft een goede band met Kevin.",
                        "Nee. Het geweld gebeurt vaker en zijn hulp is voor Kevin, niet voor moeder. Hij meldt, en blijft Kevin begeleiden.",
                        "Dat hangt ervan af wat moeder wil.",
                    ],
                    MeldcodeView.Fits(
                        "Kevin wordt vaker geslagen en buitengesloten. Dat is structurele onveiligheid, en dan is melden bij Veilig Thuis de norm (vraag 2). Ook bij vraag 3 is het antwoord nee: een goede band met Kevin stopt het geweld van moeder niet. Melden betekent niet dat Ruben stopt. Hij blijft Kevin helpen; Veilig Thuis zorgt voor de veiligheid in het gezin.",
                        "B")),
                DecisionPoint.Choice(
                    "Vertelt Ruben het aan Kevin voordat hij meldt?",
                    [
                        "Ja. Hij vertelt het eerst, legt uit wat er gaat gebeuren en luistert naar Kevins zorgen.",
                        "Nee, dan wordt Kevin boos.",
                        "Nee, en hij vertelt het ook niet aan moeder.",
                    ],
                    MeldcodeView.Fits(
                        "Open melden, tenzij: je bespreekt de melding vooraf. Dat Kevin boos wordt, is geen uitzondering. Praat over wat hij eng vindt en wat hij nodig heeft. Of Ruben het ook vooraf aan moeder vertelt, hangt af van Kevins veiligheid: als moeder hem daarna straft, is dat een reden om het niet te doen. Overleg dat met Veilig Thuis en schrijf op welke uitzondering geldt.",
                        "A")),
            ],
            [
                "Wat is het verschil tussen Kevins vertrouwen en Kevins veiligheid?",
                "Hoe blijf je in contact met een jongere die boos is omdat je hebt gemeld?",
                "Wat zou Kevin nodig hebben op de dag van de melding?",
            ]);

        yield return new Dilemma(
            "het-pinpasje-van-mevrouw-de-wit",
            "Het pinpasje van mevrouw De Wit",
            "Fatma is wijkverpleegkundige. Ze komt twee keer per week bij mevrouw De Wit (82). Sinds een jaar woont haar zoon Mark bij haar in. Hij heeft haar pinpas. De koelkast is vaak leeg en er liggen onbetaalde rekeningen. Vandaag ziet Fatma een blauwe plek op haar pols. “Zeg niets tegen Mark,” zegt mevrouw De Wit. “Hij bedoelt het goed. Anders gaat hij weg en dan ben ik alleen.”",
            [Sector.HealthCare, Sector.SocialSupport],
            [FormOfAbuse.ElderAbuse, FormOfAbuse.PhysicalAbuse],
            [DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Consultation,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Fatma eerst?",
                    [
                        "Ze respecteert de wens van mevrouw De Wit. Ze is volwassen en mag zelf kiezen.",
                        "Ze schrijft op wat ze ziet en overlegt met de aandachtsfunctionaris of met Veilig Thuis.",
                        "Ze spreekt Mark er meteen op aan.",
                    ],
                    MeldcodeView.Fits(
                        "Ouderenmishandeling valt ook onder de meldcode. Het gaat om de relatie, en Mark is een huisgenoot en mantelzorger. Geld afpakken of niet uitgeven aan eten is ook mishandeling. De wens van mevrouw De Wit telt zwaar, maar ze is afhankelijk van Mark. Daardoor is haar keuze niet helemaal vrij. Schrijf de feiten op en overleg. Veilig Thuis geeft ook advies over ouderen. Mark zonder voorbereiding aanspreken kan het voor haar erger maken.",
                        "B")),
                DecisionPoint.Rating(
                    "Hoe zwaar weegt de wens van mevrouw De Wit om niets te doen?",
                    new RatingScale("Niet zwaar", "Dat beslist"),
                    MeldcodeView.ItDepends(
                        "Dat hangt ervan af of ze de gevolgen van haar keuze kan overzien, hoe afhankelijk ze is en hoe groot het gevaar is. Zoek samen met haar naar hulp die ze wel wil, zoals iemand die haar geld beheert. Is er acuut of structureel gevaar, dan mag je melden zonder haar toestemming. Vertel het haar dan wel vooraf, tenzij dat haar in gevaar brengt.")),
            ],
            [
                "Wanneer is hulp van een zoon geen hulp meer?",
                "Hoe praat je met een oudere die haar kind wil beschermen?",
                "Welke signalen van ouderenmishandeling zie je in jouw werk?",
            ]);
    }
}

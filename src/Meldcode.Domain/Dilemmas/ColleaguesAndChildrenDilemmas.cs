using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas about a suspected colleague (the board's route, not the meldcode) and sexual behaviour between children.</summary>
internal static class ColleaguesAndChildrenDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield return new Dilemma(
            "een-tik-van-tom",
            "Een tik van Tom",
            "Sanne werkt op het kinderdagverblijf. Ze ziet dat haar collega Tom een huilende peuter hard aan zijn arm omhoog trekt. Hij geeft hem een tik in zijn gezicht en zegt: “Nu is het genoeg!” Later ziet Sanne rode plekken op de arm. Tom werkt er al vijftien jaar en iedereen vindt hem aardig.",
            [Sector.Childcare],
            [FormOfAbuse.PhysicalAbuse],
            [DilemmaTheme.SuspicionAboutColleague, DilemmaTheme.FearOfActing],
            MeldcodeStep.Signals,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Sanne?",
                    [
                        "Ze spreekt Tom er eerst zelf op aan.",
                        "Ze meldt het meteen bij de houder.",
                        "Ze start een dossier volgens de meldcode en meldt bij Veilig Thuis.",
                    ],
                    MeldcodeView.Fits(
                        "Een vermoeden van geweld door een medewerker volgt niet de meldcode, maar een eigen route. Iedere medewerker moet het meteen melden bij de houder (meldplicht). De houder overlegt direct met de vertrouwensinspecteur (0900-111 3111). Is er een redelijk vermoeden, dan doet de houder aangifte. Tom eerst zelf aanspreken kan het onderzoek schaden. Is de houder zelf de verdachte, dan ga je meteen naar de politie.",
                        "B")),
                DecisionPoint.Rating(
                    "Hoe moeilijk vind jij het om een collega te melden?",
                    new RatingScale("Niet moeilijk", "Heel moeilijk"),
                    MeldcodeView.ItDepends(
                        "Het is normaal dat dit moeilijk is, zeker bij een aardige collega. Maar je hebt geen keuze: je moet het melden. Jij hoeft niet te beoordelen of Tom schuldig is. Dat doen de houder en de vertrouwensinspecteur. Jij beschermt de kinderen, en ook het recht van Tom op een eerlijk onderzoek.")),
            ],
            [
                "Wat maakt het zo moeilijk om een collega te melden?",
                "Weet jij wie in jouw organisatie de houder is, en hoe je hem bereikt?",
                "Hoe ga je de volgende dag met Tom om?",
            ]);

        yield return new Dilemma(
            "appjes-om-elf-uur",
            "Appjes om elf uur ’s avonds",
            "Eva (14) laat docent Martijn iets zien op haar telefoon. Hij ziet ook berichten van zijn collega Frank, om elf uur ’s avonds. “Jij bent echt de mooiste van de klas. Niks zeggen tegen de anderen, hè.” Eva ziet dat Martijn het leest. “Zeg het alsjeblieft niet,” zegt ze. “Dan krijg ik problemen.”",
            [Sector.Education],
            [FormOfAbuse.SexualAbuse],
            [DilemmaTheme.SuspicionAboutColleague, DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Consultation,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Martijn?",
                    [
                        "Hij vraagt Frank wat hij met de berichten bedoelde.",
                        "Hij meldt het meteen bij het bevoegd gezag van de school.",
                        "Hij vraagt Eva de berichten te wissen.",
                    ],
                    MeldcodeView.Fits(
                        "Bij een vermoeden van een zedendelict door een medewerker moet iedere medewerker het meteen melden bij het bevoegd gezag (meldplicht). Het bevoegd gezag overlegt direct met de vertrouwensinspecteur (0900-111 3111). Bij een redelijk vermoeden volgt aangifte. Dit is niet de route van de meldcode en Veilig Thuis. Spreek Frank niet zelf aan en laat niets wissen: de berichten zijn belangrijk.",
                        "B")),
                DecisionPoint.Choice(
                    "Eva vraagt om het niet door te vertellen. Wat zegt Martijn?",
                    [
                        "“Goed, ik beloof het.”",
                        "“Dat kan ik niet beloven. Ik moet dit doorgeven. Jij hebt niets fout gedaan, en ik vertel je wat er gaat gebeuren.”",
                    ],
                    MeldcodeView.Fits(
                        "Martijn moet het melden; hij kan geen geheimhouding beloven. Zeg duidelijk dat Eva geen schuld heeft. Vertel haar wat er gebeurt en bij wie ze terecht kan. Het bevoegd gezag informeert de ouders voordat het aangifte doet.",
                        "B")),
            ],
            [
                "Waar ligt voor jou de grens tussen een betrokken docent en een docent die te ver gaat?",
                "Welke afspraken heeft jouw school over contact met leerlingen via de telefoon?",
                "Wat doe je als het bevoegd gezag niets met je melding doet?",
            ]);

        yield return new Dilemma(
            "achter-de-deur-van-de-wc",
            "Achter de deur van de wc",
            "Op de buitenschoolse opvang neemt Luuk (7) Fleur (4) mee naar de wc. Hij doet de deur dicht. Ilona hoort hem zeggen dat Fleur haar broek uit moet doen en het “niet aan de juf mag vertellen”. Fleur huilt. Een collega zegt: “Doktertje spelen. Dat doen alle kinderen.”",
            [Sector.Childcare],
            [FormOfAbuse.SexualAbuse],
            [DilemmaTheme.SexualBehaviourBetweenChildren, DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Weighing,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Hoe beoordeel je dit gedrag?",
                    [
                        "Gewoon spel bij deze leeftijd.",
                        "Grensoverschrijdend: er is leeftijdsverschil, dwang en geheimhouding.",
                        "Alleen erg als hij haar heeft aangeraakt.",
                    ],
                    MeldcodeView.Fits(
                        "Doktertje spelen tussen kinderen van dezelfde leeftijd, die het allebei willen, kan normaal zijn. Hier is het anders. Luuk is veel ouder, Fleur wil niet en huilt, en er is een geheim. Dat zijn duidelijke signalen van grensoverschrijdend gedrag. De kinderopvang heeft hiervoor een eigen route: grensoverschrijdend gedrag tussen kinderen.",
                        "B")),
                DecisionPoint.Choice(
                    "Wat doet Ilona?",
                    [
                        "Ze stopt het, troost Fleur, praat rustig met Luuk, vertelt beide ouders wat er gebeurde en bespreekt het met de aandachtsfunctionaris.",
                        "Ze zet Luuk apart en zegt dat hij vies bezig was.",
                        "Ze vertelt het alleen aan de ouders van Fleur.",
                    ],
                    MeldcodeView.Fits(
                        "Beide kinderen hebben aandacht nodig. Fleur moet veilig zijn en getroost worden. Luuk moet horen dat dit niet mag, zonder dat hij zich vies of slecht voelt. Beide ouders horen wat er gebeurd is. Vraag je ook af waar Luuk dit heeft geleerd. Misschien is hij zelf slachtoffer of ziet hij thuis dingen die niet bij zijn leeftijd passen. Dan volg je voor Luuk de meldcode.",
                        "A")),
            ],
            [
                "Welk seksueel gedrag is normaal bij jonge kinderen, en wanneer niet meer?",
                "Hoe praat je met ouders van een kind dat over een grens ging?",
                "Wat doe je met de collega die zegt dat het normaal is?",
            ]);

        yield return new Dilemma(
            "een-foto-in-de-groepsapp",
            "Een foto in de groepsapp",
            "Jasper is groepsleider op een woongroep voor jongeren. Tim (15) heeft een naaktfoto van Roos (14) gedeeld in een groepsapp. Roos zegt dat Tim haar onder druk zette om de foto te sturen. Ze schaamt zich en wil niet meer naar school. “Zeg het niet tegen mijn moeder,” zegt ze.",
            [Sector.YouthCare],
            [FormOfAbuse.SexualAbuse],
            [DilemmaTheme.SexualBehaviourBetweenChildren, DilemmaTheme.AskedToKeepSecret],
            MeldcodeStep.Consultation,
            WeighingQuestion.Help,
            [
                DecisionPoint.Choice(
                    "Wat doet Jasper als eerste?",
                    [
                        "Hij zorgt dat de foto niet verder gaat, steunt Roos en overlegt met de aandachtsfunctionaris over de volgende stappen.",
                        "Hij bekijkt alle telefoons en verwijdert zelf de foto’s.",
                        "Hij laat Tim en Roos het samen uitpraten.",
                    ],
                    MeldcodeView.Fits(
                        "Steun Roos en zorg dat de foto niet verder wordt gedeeld. Sla de foto niet zelf op en stuur hem niet door: een naaktfoto van een minderjarige bezitten of delen is strafbaar. De politie kan helpen. Tim heeft ook een reactie en begeleiding nodig. Overleg met je aandachtsfunctionaris en volg het protocol van je organisatie. Een uitpraatgesprek is niet passend als er druk en dwang was.",
                        "A")),
                DecisionPoint.Choice(
                    "Roos vraagt om het niet aan haar moeder te vertellen. Wat doet Jasper?",
                    [
                        "Hij belooft het.",
                        "Hij zegt dat hij dat niet kan beloven, en bespreekt met Roos hoe en wanneer haar moeder het hoort.",
                    ],
                    MeldcodeView.Fits(
                        "Een ouder met gezag moet weten wat er met haar kind gebeurt. Beloof dus geen geheimhouding. Betrek Roos wel: bespreek met haar hoe, wanneer en door wie haar moeder het hoort. Alleen als het thuis onveilig is voor Roos, kies je met je aandachtsfunctionaris een andere weg.",
                        "B")),
            ],
            [
                "Hoe praat je met jongeren over het delen van foto’s, voordat het misgaat?",
                "Wat heeft Roos nodig om weer naar school te durven?",
                "Wat heeft Tim nodig, naast een straf?",
            ]);
    }
}

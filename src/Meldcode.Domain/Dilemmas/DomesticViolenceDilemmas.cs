using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas about violence between parents, high-conflict divorces, the kindcheck, and help that does not work.</summary>
internal static class DomesticViolenceDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield return new Dilemma(
            "een-brief-voor-de-rechter",
            "Een brief voor de rechter",
            "De ouders van Sem (8) gaan uit elkaar. Ze hebben veel ruzie. Vader vraagt juf Yvonne om een brief voor de rechter. Daarin moet staan dat Sem bij moeder wordt verwaarloosd, omdat hij soms zijn gymspullen vergeet. De volgende dag belt moeder: vader mag het rapport niet krijgen. Sem zegt tegen Yvonne: “Ik wil niet kiezen. Op wisseldagen heb ik buikpijn.”",
            [Sector.Education],
            [FormOfAbuse.EmotionalAbuse, FormOfAbuse.EmotionalNeglect],
            [DilemmaTheme.HighConflictDivorce],
            MeldcodeStep.Signals,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Schrijft Yvonne de brief voor vader?",
                    [
                        "Ja. Hij vraagt het, en hij heeft ook gezag.",
                        "Nee. Ze kiest geen kant. Beide ouders krijgen dezelfde informatie, en in het dossier schrijft ze alleen feiten op.",
                        "Ja, en ze schrijft er ook een voor moeder. Dan is het eerlijk.",
                    ],
                    MeldcodeView.Fits(
                        "De school blijft neutraal. Beide ouders met gezag hebben recht op dezelfde informatie over Sem, ook het rapport. Een vergeten gymtas is geen teken van verwaarlozing. Maar de strijd zelf kan Sem wel schaden. Kinderen die klem zitten tussen ouders, kunnen emotioneel beschadigd raken. Schrijf op wat Sem letterlijk zegt, en overleg met de intern begeleider.",
                        "B")),
                DecisionPoint.Rating(
                    "Hoe zorgelijk is de buikpijn van Sem op wisseldagen?",
                    new RatingScale("Niet zorgelijk", "Heel zorgelijk"),
                    MeldcodeView.ItDepends(
                        "Dat hangt ervan af hoe lang het al zo is, hoe vaak het gebeurt, of Sem bij de ruzies wordt betrokken en of er geweld is. Buikpijn is een signaal om serieus te nemen en op te schrijven. Een vechtscheiding kan emotionele mishandeling zijn. Bespreek met beide ouders wat je ziet, en wijs ze op hulp bij scheiden. Ziet Sem geweld, of blijft hij klem zitten, dan volg je de stappen verder.")),
            ],
            [
                "Hoe blijf je neutraal als een ouder jou aan zijn kant wil hebben?",
                "Wanneer is een scheiding een vechtscheiding, en wanneer is het kindermishandeling?",
                "Wat zeg je tegen Sem als hij vraagt bij wie hij moet wonen?",
            ]);

        yield return new Dilemma(
            "ruzie-in-de-hal",
            "Ruzie in de hal",
            "De ouders van Lotte (6) zijn gescheiden. Op dinsdag haalt vader haar op van de buitenschoolse opvang. Vandaag komt moeder ook. In de hal schreeuwen ze tegen elkaar. Vader duwt moeder tegen de muur. Lotte staat erbij en huilt. Het is de derde keer in twee maanden. Moeder zegt later: “Geef Lotte niet meer mee aan haar vader.”",
            [Sector.Childcare],
            [FormOfAbuse.WitnessingDomesticViolence, FormOfAbuse.EmotionalAbuse],
            [DilemmaTheme.HighConflictDivorce, DilemmaTheme.WitnessingViolenceBetweenParents],
            MeldcodeStep.Weighing,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Wat doe je met de vraag van moeder?",
                    [
                        "Ik doe wat moeder vraagt.",
                        "Ik houd me aan de afspraken over gezag en omgang die wij kennen. Alleen bij direct gevaar geef ik Lotte niet mee. Ik vraag moeder of er een uitspraak van de rechter is.",
                        "Ik vraag Lotte bij wie ze wil.",
                    ],
                    MeldcodeView.Fits(
                        "De opvang is geen rechter. Heeft vader gezag en is er geen uitspraak die iets anders zegt, dan mag hij Lotte ophalen. Alleen bij direct gevaar geef je haar niet mee, en bel je zo nodig 112. Laat Lotte niet kiezen: dat legt de strijd op haar schouders.",
                        "B")),
                DecisionPoint.Choice(
                    "Is het thuis structureel onveilig voor Lotte?",
                    [
                        "Nee. Het is ruzie tussen volwassenen.",
                        "Ja. Ze ziet steeds opnieuw geweld tussen haar ouders.",
                        "Pas als Lotte zelf wordt geslagen.",
                    ],
                    MeldcodeView.Fits(
                        "Getuige zijn van geweld tussen ouders is een vorm van kindermishandeling. Het gebeurde drie keer in twee maanden: het herhaalt zich. Dat is structurele onveiligheid. Het afwegingskader zegt dan: melden bij Veilig Thuis. Overleg eerst kort met je aandachtsfunctionaris, en vertel beide ouders vooraf dat je meldt, tenzij dat iemand in gevaar brengt.",
                        "B")),
            ],
            [
                "Wat zie jij bij het halen en brengen dat je niet opschrijft?",
                "Hoe bescherm je een kind tegen de ruzie van haar ouders, op de opvang zelf?",
                "Wat als vader zegt dat moeder liegt over het duwen?",
            ]);

        yield return new Dilemma(
            "onder-de-tafel",
            "Onder de tafel",
            "Fenna (7) maakt een tekening van haar huis. Er staat een grote man op en een kleine vrouw die huilt. Juf Linda vraagt wat er op de tekening staat. Fenna zegt: “Papa gooide de stoel naar mama. Ik zat onder de tafel. Dat doet hij vaak als hij bier heeft gedronken.” Bij het hek zegt moeder later dat alles goed gaat.",
            [Sector.Education],
            [FormOfAbuse.WitnessingDomesticViolence],
            [DilemmaTheme.WitnessingViolenceBetweenParents],
            MeldcodeStep.Conversation,
            WeighingQuestion.Safety,
            [
                DecisionPoint.Choice(
                    "Gaat Linda met de ouders praten?",
                    [
                        "Ja, met beide ouders samen, op school.",
                        "Eerst overlegt ze met de intern begeleider. Daarna praat ze misschien met moeder alleen, als dat veilig is voor moeder en Fenna.",
                        "Nee. Ze meldt meteen, zonder iets tegen de ouders te zeggen.",
                    ],
                    MeldcodeView.Fits(
                        "Een gesprek met de ouders (stap 3) hoort erbij. Maar als vader geweld gebruikt, kan een gesprek met hem het gevaar groter maken, voor moeder en voor Fenna. Bereid het gesprek voor met de intern begeleider: met wie, waar, en hoe het veilig blijft. Is het niet veilig, dan mag je het gesprek overslaan. Schrijf dan op waarom. Meteen melden zonder overleg is niet nodig, want er is geen direct gevaar vandaag.",
                        "B")),
                DecisionPoint.Rating(
                    "Hoe onveilig is het thuis voor Fenna?",
                    new RatingScale("Niet onveilig", "Heel onveilig"),
                    MeldcodeView.FitsScale(
                        4,
                        5,
                        "Fenna zegt dat het vaak gebeurt, en er is alcohol bij. Een kind dat steeds geweld tussen de ouders meemaakt, leeft in structurele onveiligheid. Het afwegingskader zegt dan: melden bij Veilig Thuis. Hulp vanuit school kan daarnaast doorgaan.")),
            ],
            [
                "Wat doet het met een kind om onder de tafel te zitten terwijl de ouders vechten?",
                "Hoe reageer je op moeder die zegt dat alles goed gaat?",
                "Hoe bewaar je een tekening als signaal, en wat schrijf je erbij?",
            ]);

        yield return new Dilemma(
            "ze-merken-er-niets-van",
            "Ze merken er niets van",
            "Wouter is behandelaar in de ggz. Hij behandelt Jolanda (38) voor een depressie. In een gesprek zegt ze terloops dat haar partner “soms doorslaat”. Vorige maand heeft ze de politie gebeld. Wouter weet niet of Jolanda kinderen heeft. Daar ging het nooit over.",
            [Sector.HealthCare],
            [FormOfAbuse.WitnessingDomesticViolence],
            [DilemmaTheme.WitnessingViolenceBetweenParents],
            MeldcodeStep.Signals,
            WeighingQuestion.Suspicion,
            [
                DecisionPoint.Choice(
                    "Wat doet Wouter?",
                    [
                        "Niets. Jolanda is zijn cliënt, de kinderen niet.",
                        "Hij doet de kindcheck: wonen er kinderen bij haar, of zijn ze er vaak? Hoe oud zijn ze, en wie zorgt voor hen? Dat schrijft hij op.",
                        "Hij belt de school van de kinderen.",
                    ],
                    MeldcodeView.Fits(
                        "Ook als je volwassenen helpt, let je op de kinderen. Huiselijk geweld en psychische problemen van een ouder kunnen kinderen in gevaar brengen. Doe de kindcheck en schrijf de uitkomst op, ook als die negatief is. Zijn er kinderen, dan volg je de stappen van de meldcode.",
                        "B")),
                DecisionPoint.Rating(
                    "Jolanda zegt: “Twee kinderen, van 5 en 9. Maar zij merken er niets van.” Hoe geloofwaardig is dat?",
                    new RatingScale("Niet geloofwaardig", "Heel geloofwaardig"),
                    MeldcodeView.FitsScale(
                        1,
                        2,
                        "Kinderen merken bijna altijd iets van geweld in huis. Ze horen het vanuit hun kamer, zien de spanning of de schade. Neem het antwoord van Jolanda serieus als haar beleving, maar ga er niet van uit dat het klopt. Overleg met je aandachtsfunctionaris. Vraag je af of er structurele onveiligheid is voor de kinderen.")),
            ],
            [
                "Hoe vraag je een volwassen cliënt naar haar kinderen zonder dat ze zich beschuldigd voelt?",
                "Wat doe je als een cliënt niet wil zeggen waar de kinderen op school zitten?",
                "Hoe vaak doe jij de kindcheck?",
            ]);

        yield return new Dilemma(
            "het-gaat-al-veel-beter",
            "Het gaat al veel beter",
            "Nadia is gezinscoach. Ze werkt al zes maanden met het gezin van Jayden (10). De afspraak was: vader schreeuwt niet meer en slaat niet meer. Vader volgt een training over boosheid. Het is tijd voor de evaluatie. Jayden vertelt dat vader vorige week een deur kapot trapte. Vader noemde hem een sukkel. De ouders zeggen: “Het gaat al veel beter dan eerst.”",
            [Sector.YouthCare],
            [FormOfAbuse.EmotionalAbuse],
            [DilemmaTheme.HelpRefusedOrNotWorking],
            MeldcodeStep.Decision,
            WeighingQuestion.Result,
            [
                DecisionPoint.Choice(
                    "Leidt de hulp tot blijvende veiligheid?",
                    [
                        "Ja. Het gaat beter dan eerst.",
                        "Nee. Het geweld is niet gestopt. Nadia meldt bij Veilig Thuis en blijft het gezin helpen.",
                        "Nadia verlengt de hulp met nog zes maanden.",
                    ],
                    MeldcodeView.Fits(
                        "Vraag 5 gaat over veiligheid, niet over vooruitgang. Beter is nog niet veilig. Jayden is nog steeds bang en wordt nog steeds uitgescholden. De meldnorm zegt: loopt er hulp, maar stopt de onveiligheid niet, dan meld je. De hulp kan daarnaast doorgaan. Vertel de ouders vooraf dat je meldt.",
                        "B")),
            ],
            [
                "Hoe meet je of een gezin echt veiliger is?",
                "Hoe vertel je ouders die hun best doen, dat het nog niet genoeg is?",
                "Wat vertel je Jayden over wat er nu gaat gebeuren?",
            ]);
    }
}

using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Fictional dossiers built through the domain model, exactly as the use cases would build them: for
/// the Development demo, for the sample pages of the PDF record in the docs, for tests and for the
/// benchmarks. No real person is in here.
/// </summary>
public static class DemoDossiers
{
    /// <summary>
    /// A dossier that walked every step to "report and keep helping", and was closed after the help was
    /// evaluated: carers and a sibling, signals (one told by a colleague, one contra-indication, and
    /// <paramref name="extraSignals"/> more), an acute action, two consultations, the conversation, the
    /// afwegingskader with one answer revised, the decision, the report with an open-melden exception
    /// and Veilig Thuis's feedback, help with its evaluation, a comment, and a correction after closing.
    /// The people: <paramref name="owner"/> works on it, <paramref name="lead"/> is the aandachtsfunctionaris.
    /// </summary>
    public static Dossier WalkedThroughEveryStep(Guid organisationId, Guid teamId, DossierNumber number, Actor owner, Actor lead, DateTimeOffset now, int extraSignals = 0)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(lead);
        var today = DutchTime.Today(now);
        var start = now.AddDays(-60);
        DateTimeOffset Day(int day) => start.AddDays(day);
        DateOnly Date(int day) => DutchTime.Today(Day(day));

        var dossier = Dossier.Open(organisationId, Sector.Education, teamId, number, new Child("Noor", "Bakker", today.AddYears(-9).AddDays(-40), "groep 5"), owner, start);
        dossier.AddCarer("Fatima Bakker", "moeder", hasParentalAuthority: true, owner, Day(0));
        dossier.AddCarer("Łukasz Kowalczyk", "stiefvader", hasParentalAuthority: false, owner, Day(0));
        dossier.AddSibling("Sem Bakker", today.AddYears(-5), owner, Day(0));

        dossier.RecordSignal(new SignalInput(Date(1), new TimeOnly(8, 40), "klaslokaal groep 5", owner.Name, SignalSource.OwnObservation, null, SignalCategory.PhysicalAbuse,
            "Blauwe plek van ongeveer drie centimeter op de linker bovenarm, zichtbaar toen Noor haar jas uitdeed. Noor trok haar mouw snel naar beneden.",
            "Dat mag ik niet zeggen, anders wordt papa boos.",
            "Mogelijk letsel dat iemand haar heeft toegebracht; Noor lijkt bang om erover te praten."), owner, Day(1));
        dossier.RecordSignal(new SignalInput(Date(3), null, "gymzaal", "Eva Visser (vakleerkracht gym)", SignalSource.ToldBySomeone, "Eva Visser, vakleerkracht gym", SignalCategory.EmotionalNeglect,
            "Noor wilde zich niet omkleden en zat de hele les op de bank. Ze zei dat niemand thuis haar gymtas had gepakt.",
            null,
            null), owner, Day(3));
        dossier.RecordSignal(new SignalInput(Date(5), new TimeOnly(15, 10), "schoolplein", owner.Name, SignalSource.OwnObservation, null, SignalCategory.ContraIndication,
            "Moeder haalde Noor op, gaf haar een knuffel en vroeg hoe de toets was gegaan. Noor vertelde enthousiast.",
            null,
            "De band tussen moeder en Noor lijkt warm."), owner, Day(5));
        for (var n = 0; n < extraSignals; n++)
        {
            dossier.RecordSignal(new SignalInput(Date(6), new TimeOnly(8, 30), "klaslokaal groep 5", owner.Name, SignalSource.OwnObservation, null, (SignalCategory)(n % 7 + 1),
                $"Waarneming {n + 1}: Noor kwam zonder jas en zonder ontbijt op school, het was vier graden. Ze at haar lunch in de eerste pauze op en vroeg om meer.",
                "Ik had honger.",
                "Mogelijk wordt Noor thuis niet goed verzorgd."), owner, Day(6));
        }

        dossier.RecordEmergencyAction("Noor durfde na schooltijd niet naar huis. Met de aandachtsfunctionaris Veilig Thuis gebeld; oma heeft haar opgehaald.", "Veilig Thuis (0800-2000)", Day(7), owner, Day(7));
        dossier.RecordConsultation(new ConsultationInput(ConsultationKind.SafeguardingLead, Date(8), lead.Name, "Is dit genoeg om de zorgen met de ouders te bespreken?", "Ja: benoem de zorgen feitelijk in een gesprek met moeder, samen met mij.", "Gesprek binnen een week; ik ben erbij.", ConsentToShare.NotAsked), lead, Day(8));
        dossier.RecordConsultation(new ConsultationInput(ConsultationKind.VeiligThuisAdvice, Date(9), "Veilig Thuis (anoniem advies)", "Hoe bespreken we de blauwe plek met de ouders?", "Bespreek wat je zag, niet wat je denkt. Leg de reactie letterlijk vast.", null, ConsentToShare.NotAsked), owner, Day(9));
        dossier.RecordConversation(new ConversationInput(Date(12), WithParents: true, WithChild: false, WithColleague: true, null,
            "De blauwe plek op de arm, dat Noor zegt dat ze er niet over mag praten, en de vergeten gymtas.",
            "Moeder schrok en zei dat Noor van de trap is gevallen. Ze wilde niet praten over de thuissituatie.",
            "Over twee weken opnieuw in gesprek."), owner, Day(12));

        const string rationale = "Onderbouwing op basis van de vastgelegde signalen, het overleg en het gesprek met moeder.";
        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, "Eerste weging: de signalen en de reactie van moeder wijzen op een vermoeden.", owner, Day(14));
        dossier.AnswerWeighingQuestion(WeighingQuestion.Suspicion, true, null, null, rationale + " Aangevuld na het tweede overleg met de aandachtsfunctionaris.", owner, Day(15));
        dossier.AnswerWeighingQuestion(WeighingQuestion.Safety, false, acuteUnsafety: false, structuralUnsafety: true, rationale + " De signalen houden al weken aan.", owner, Day(15));
        dossier.Decide(Outcome.ReportAndHelp, "Er is structurele onveiligheid: melden, en Noor op school blijven steunen.", null, owner, Day(15));
        dossier.RecordReport(new ReportInput(Date(16), "Utrecht", "mevrouw De Wit", "VT-2026-0815", "De signalen van stap 1, het advies van Veilig Thuis en het gesprek met moeder.", ClientInformed: false, OpenReportingException.ChildOrFamilySafety, "Stiefvader heeft eerder gedreigd; vooraf informeren brengt Noor in gevaar."), owner, Day(16));
        dossier.RecordVeiligThuisFeedback(dossier.Reports[0].Id, VeiligThuisFeedback.TakenOn, Date(20), "Veilig Thuis neemt contact op met het gezin en koppelt over zes weken terug.", owner, Day(20));
        dossier.RecordHelp("Wekelijks gesprek van Noor met de schoolmaatschappelijk werker, en extra aandacht in de klas.", "Schoolmaatschappelijk werk (Nguyễn Thị Lan)", Date(50), owner, Day(21));
        dossier.AddComment("Moeder belde: Noor is morgen naar de tandarts. Niets bijzonders.", lead, Day(30));
        dossier.Evaluate(true, rationale + " Noor komt verzorgd op school en praat weer in de kring.", "Elke maand kort overleg met moeder; de intern begeleider volgt Noor.", owner, Day(50));
        dossier.Correct(dossier.Chronology[0].Id, "Noor zit in groep 6, niet in groep 5.", "Verkeerde groep ingevuld bij het openen.", owner, Day(51));
        return dossier;
    }

    /// <summary>
    /// An open dossier about an adult client (a mother the social worker supports) that started with a positive
    /// kindcheck: the two children in the household by name, their father as a carer, a signal about the client, and a
    /// consultation with the aandachtsfunctionaris. The team's <paramref name="sector"/> must do kindchecks.
    /// </summary>
    public static Dossier AdultClientAfterKindcheck(Guid organisationId, Guid teamId, Sector sector, DossierNumber number, Actor owner, Actor lead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(lead);
        var today = DutchTime.Today(now);
        var start = now.AddDays(-10);
        DateTimeOffset Day(int day) => start.AddDays(day);
        DateOnly Date(int day) => DutchTime.Today(Day(day));

        var dossier = Dossier.OpenAboutClient(
            organisationId, sector, teamId, number, new Client("Petra", "de Groot", today.AddYears(-34).AddDays(-75)),
            new KindcheckInput(ChildrenPresent: true, 2, "4 en 7 jaar", "Petra zelf; oma (moeder van Petra) vangt de kinderen op als het thuis niet gaat."), owner, start);
        dossier.AddSibling("Daan de Groot", today.AddYears(-7).AddDays(-20), owner, Day(0));
        dossier.AddSibling("Lotte de Groot", today.AddYears(-4).AddDays(-130), owner, Day(0));
        dossier.AddCarer("Erik Vos", "vader van Daan en Lotte, woont niet in huis", hasParentalAuthority: true, owner, Day(0));
        dossier.RecordSignal(new SignalInput(Date(2), new TimeOnly(10, 0), "huisbezoek", owner.Name, SignalSource.OwnObservation, null, SignalCategory.ConcernAboutParent,
            "Petra was om tien uur 's ochtends nog niet aangekleed. Er stonden lege wijnflessen op het aanrecht. Daan was niet naar school; Petra zei dat hij ziek was, maar hij speelde buiten.",
            null,
            "Mogelijk kan Petra op dit moment niet goed voor de kinderen zorgen."), owner, Day(2));
        dossier.RecordConsultation(new ConsultationInput(ConsultationKind.SafeguardingLead, Date(3), lead.Name, "Wat doe ik met de kindcheck en wat ik bij het huisbezoek zag?", "Bespreek je zorgen over de kinderen met Petra, en vraag of oma vaker kan helpen.", "Gesprek met Petra volgende week.", ConsentToShare.NotAsked), lead, Day(3));
        return dossier;
    }
}

using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>The fixed moment the dossier tests run at: Wednesday 18 November 2026, 10:00 in Amsterdam.</summary>
internal static class Clock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 18);

    /// <summary>A moment some whole days after <see cref="Now"/>, at the same time of day.</summary>
    public static DateTimeOffset DaysLater(int days) => Now.AddDays(days);
}

/// <summary>The people who act on dossiers in the tests.</summary>
internal static class People
{
    /// <summary>The professional who opens and owns the dossiers.</summary>
    public static readonly Actor Owner = new(Guid.Parse("7d0f6b1e-0000-4000-8000-000000000001"), "Sanne de Vries");

    /// <summary>A colleague who does not work on the dossier unless a test adds them.</summary>
    public static readonly Actor Colleague = new(Guid.Parse("7d0f6b1e-0000-4000-8000-000000000002"), "Mehmet Yılmaz");

    /// <summary>The aandachtsfunctionaris.</summary>
    public static readonly Actor Lead = new(Guid.Parse("7d0f6b1e-0000-4000-8000-000000000003"), "Ingrid Bakker");
}

/// <summary>Valid inputs for the dossier's methods; tests change only what they are about.</summary>
internal static class Inputs
{
    public const string Facts = "Daan had op maandagochtend een blauwe plek van ongeveer vijf centimeter op zijn linkerwang.";

    public static SignalInput Signal(SignalCategory category = SignalCategory.PhysicalAbuse) => new(
        Clock.Today,
        new TimeOnly(8, 45),
        "klaslokaal groep 5",
        "Sanne de Vries (leerkracht)",
        SignalSource.OwnObservation,
        null,
        category,
        Facts,
        "Papa was heel boos.",
        "De plek past niet bij een val op het schoolplein.");

    public static ConsultationInput Consultation(ConsultationKind kind = ConsultationKind.SafeguardingLead) => new(
        kind,
        Clock.Today,
        "intern begeleider",
        "Is dit reden om de stappen van de meldcode te volgen?",
        "Leg de signalen vast en ga in gesprek met de ouders.",
        "Over twee weken opnieuw overleggen.",
        ConsentToShare.NotAsked);

    public static ConversationInput Conversation() => new(
        Clock.Today,
        WithParents: true,
        WithChild: false,
        WithColleague: true,
        OtherParticipants: null,
        ConcernsNamed: "De blauwe plek op de wang en dat Daan stil is.",
        ClientReaction: "Moeder schrok en zei dat Daan van de trap is gevallen.",
        Agreements: "We spreken elkaar volgende week opnieuw.");

    public static ReportInput Report(bool clientInformed = true, OpenReportingException? exception = null, string? explanation = null) => new(
        Clock.Today,
        "Utrecht",
        "Anouk Smit",
        "VT-2026-1234",
        "De signalen, de gesprekken en het advies van de aandachtsfunctionaris.",
        clientInformed,
        exception,
        explanation);
}

/// <summary>Short ways to read a dossier's progress in assertions.</summary>
internal static class DossierReading
{
    public static StepState StateOf(this Dossier dossier, MeldcodeStep step, DateOnly today) =>
        dossier.Steps(today).Single(s => s.Step == step).State;

    public static StepState[] StepStates(this Dossier dossier, DateOnly today) =>
        [.. dossier.Steps(today).Select(s => s.State)];

    public static ChronologyEntryKind[] KindsAfter(this Dossier dossier, int entries) =>
        [.. dossier.Chronology.Skip(entries).Select(e => e.Kind)];
}

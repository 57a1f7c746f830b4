using Meldcode.Domain.Dossiers;

namespace Meldcode.Testing;

/// <summary>Valid inputs for the dossier's methods; tests change only what they are about.</summary>
public static class Inputs
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

namespace Meldcode.Domain.Dossiers;

public sealed record ConsultationInput(
    ConsultationKind Kind,
    DateOnly HeldOn,
    string WithWhom,
    string Question,
    string Advice,
    string? AgreedActions,
    ConsentToShare Consent);

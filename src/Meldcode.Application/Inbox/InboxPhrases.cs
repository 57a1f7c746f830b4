using Meldcode.Domain.Inbox;

namespace Meldcode.Application.Inbox;

/// <summary>How the inbox says what an item is about and where it stands, in plain Dutch. Never a child's name: the dossier number says which dossier.</summary>
public static class InboxPhrases
{
    /// <summary>The kind of item, as a short label.</summary>
    public static string Kind(InboxItemKind kind) => kind switch
    {
        InboxItemKind.ConsultationRequest => "Adviesvraag",
        InboxItemKind.DossierOpened => "Nieuw dossier",
        InboxItemKind.AcuteDanger => "Acuut gevaar",
        InboxItemKind.DeviationToReview => "Afwijking beoordelen",
        InboxItemKind.CoSignatureRequested => "Besluit om te melden medeondertekenen",
        InboxItemKind.DossierHandedOver => "Dossier aan jou overgedragen",
        InboxItemKind.DossierHandedOverFromYou => "Jouw dossier is overgedragen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>What went to the aandachtsfunctionaris, as the professional reads it on the dossier.</summary>
    public static string SentToTheLead(InboxItemKind kind) => kind switch
    {
        InboxItemKind.DossierOpened => "Dossier geopend",
        InboxItemKind.AcuteDanger => "Acuut gevaar vastgelegd",
        InboxItemKind.DeviationToReview => "Besluit dat afwijkt van het afwegingskader, ter beoordeling",
        InboxItemKind.CoSignatureRequested => "Besluit om te melden, ter medeondertekening",
        _ => Kind(kind),
    };

    /// <summary>What happened, in one sentence.</summary>
    public static string Summary(InboxItemKind kind, string dossierNumber, string raisedByName, string? handedOverToName) => kind switch
    {
        InboxItemKind.ConsultationRequest => $"{raisedByName} vraagt je om advies over dossier {dossierNumber}.",
        InboxItemKind.DossierOpened => $"{raisedByName} heeft dossier {dossierNumber} geopend.",
        InboxItemKind.AcuteDanger => $"{raisedByName} heeft acuut gevaar vastgelegd in dossier {dossierNumber}.",
        InboxItemKind.DeviationToReview => $"{raisedByName} heeft in dossier {dossierNumber} een besluit genomen dat afwijkt van het afwegingskader. Beoordeel het besluit.",
        InboxItemKind.CoSignatureRequested => $"{raisedByName} heeft in dossier {dossierNumber} besloten te melden bij Veilig Thuis. Onderteken het besluit mee, of leg uit waarom je het er niet mee eens bent.",
        InboxItemKind.DossierHandedOver => $"{raisedByName} heeft dossier {dossierNumber} aan jou overgedragen. Jij bent nu de eigenaar.",
        InboxItemKind.DossierHandedOverFromYou => $"Dossier {dossierNumber} is overgedragen aan {handedOverToName}. Je kunt het dossier niet meer openen.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Where the item stands: "Nieuw", "Gezien door Carla Visser op 06-12-2026 om 10:12", "Afgehandeld door …".</summary>
    public static string Status(InboxItemStatus status, string? acknowledgedByName, DateTimeOffset? acknowledgedAt, string? doneByName, DateTimeOffset? doneAt) => status switch
    {
        InboxItemStatus.New => "Nieuw",
        InboxItemStatus.Acknowledged => $"Gezien door {acknowledgedByName} {DutchTime.OnDateAtTime(acknowledgedAt!.Value)}",
        InboxItemStatus.Done => $"Afgehandeld door {doneByName} {DutchTime.OnDateAtTime(doneAt!.Value)}",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>For the professional, on the dossier: whether the aandachtsfunctionaris has seen it ("Nog niet gezien" until then).</summary>
    public static string SeenStatus(InboxItemStatus status, string? acknowledgedByName, DateTimeOffset? acknowledgedAt, string? doneByName, DateTimeOffset? doneAt) =>
        status == InboxItemStatus.New ? "Nog niet gezien" : Status(status, acknowledgedByName, acknowledgedAt, doneByName, doneAt);
}

using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Requests to see the file (inzageverzoeken, AVG art. 15): recorded, extended, exported and answered, each in the chronology.</summary>
public sealed partial class Dossier
{
    private readonly List<InspectionRequest> _inspectionRequests = [];

    /// <summary>Requests to see the file, in the order they were recorded.</summary>
    public IReadOnlyList<InspectionRequest> InspectionRequests => _inspectionRequests;

    /// <summary>
    /// Records a request to see the file, received on <paramref name="receivedOn"/>. The child's age comes from the date of birth in the
    /// dossier. A requester who may not receive the file is answered as refused at once, with the reason. Allowed on a closed dossier:
    /// the right to see the file lasts as long as the file.
    /// </summary>
    public InspectionRequest RecordInspectionRequest(string requesterName, RequesterRelation relation, bool hasParentalAuthority, Guid? carerId, DateOnly receivedOn, Actor lead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (carerId is { } id)
        {
            if (!_carers.Exists(c => c.Id == id))
            {
                throw new DomainException("De ouder of verzorger die je koos, hoort niet bij dit dossier.");
            }

            if (relation is not (RequesterRelation.Parent or RequesterRelation.OtherCarer))
            {
                throw new DomainException("Je koos een ouder of verzorger uit het dossier. Kies dan ook als relatie 'ouder' of 'andere verzorger'.");
            }
        }

        if (receivedOn < PersonConcerned.DateOfBirth)
        {
            throw new DomainException("De datum van ontvangst ligt voor de geboortedatum van het kind.");
        }

        var age = InspectionRules.AgeOn(PersonConcerned.DateOfBirth, receivedOn);
        var request = new InspectionRequest(requesterName, relation, hasParentalAuthority, age, carerId, receivedOn, lead, now);
        _inspectionRequests.Add(request);
        Append(ChronologyEntryKind.InspectionRequested, lead, now, InspectionSentences.Requested(request, Subject), eventDate: receivedOn);
        return request;
    }

    public void ExtendInspectionDeadline(Guid requestId, string reason, Actor lead, DateTimeOffset now)
    {
        var request = InspectionRequestOf(requestId);
        request.Extend(reason, now);
        Append(ChronologyEntryKind.InspectionExtended, lead, now, InspectionSentences.Extended(request));
    }

    /// <summary>Records that the export for the requester was made, with what it withheld and why.</summary>
    public void RecordInspectionExport(Guid requestId, string reference, string withheld, Actor lead, DateTimeOffset now)
    {
        var request = InspectionRequestOf(requestId);
        request.RecordExport(reference, Texts.Trimmed(withheld), now);
        Append(ChronologyEntryKind.Exported, lead, now, InspectionSentences.Exported(request));
    }

    public void ProvideInspection(Guid requestId, DateOnly providedOn, Actor lead, DateTimeOffset now)
    {
        var request = InspectionRequestOf(requestId);
        request.Provide(providedOn, now);
        Append(ChronologyEntryKind.InspectionAnswered, lead, now, InspectionSentences.Answered(request), eventDate: providedOn);
    }

    public void RefuseInspection(Guid requestId, string reason, DateOnly refusedOn, Actor lead, DateTimeOffset now)
    {
        var request = InspectionRequestOf(requestId);
        request.Refuse(reason, refusedOn, now);
        Append(ChronologyEntryKind.InspectionAnswered, lead, now, InspectionSentences.Answered(request), eventDate: refusedOn);
    }

    private InspectionRequest InspectionRequestOf(Guid requestId) =>
        _inspectionRequests.Find(r => r.Id == requestId) ?? throw new DomainException("Dit inzageverzoek hoort niet bij dit dossier.");
}

/// <summary>The chronology's sentences about requests to see the file. They name the requester by relation, not by name.</summary>
public static class InspectionSentences
{
    public static string Relation(RequesterRelation relation, bool hasParentalAuthority, DossierSubject subject) => relation switch
    {
        RequesterRelation.Parent => hasParentalAuthority ? "een ouder met gezag" : "een ouder zonder gezag",
        RequesterRelation.OtherCarer => hasParentalAuthority ? "een verzorger met gezag" : "een verzorger zonder gezag",
        RequesterRelation.Child => subject == DossierSubject.Client ? "de cliënt zelf" : "het kind zelf",
        _ => "iemand anders dan de ouders of het kind",
    };

    internal static string Requested(InspectionRequest request, DossierSubject subject)
    {
        var first = $"Inzageverzoek ontvangen op {DutchTime.Date(request.ReceivedOn)} van {Relation(request.Relation, request.HasParentalAuthority, subject)} (leeftijd toen: {request.ChildAge} jaar).";
        return request.MayReceive
            ? $"{first} Antwoord uiterlijk {DutchTime.Date(request.Deadline)}."
            : $"{first}{Environment.NewLine}Geweigerd: {request.RefusalReason}";
    }

    internal static string Extended(InspectionRequest request) =>
        $"Termijn van het inzageverzoek van {DutchTime.Date(request.ReceivedOn)} verlengd tot {DutchTime.Date(request.Deadline)}.{Environment.NewLine}Reden: {request.ExtensionReason}";

    internal static string Exported(InspectionRequest request) =>
        $"Inzage-export (pdf, kenmerk {request.ExportReference}) gemaakt voor het inzageverzoek van {DutchTime.Date(request.ReceivedOn)}.{Environment.NewLine}Achterwege gelaten: {request.Withheld}";

    internal static string Answered(InspectionRequest request) => request.Status == InspectionStatus.Provided
        ? $"Inzageverzoek van {DutchTime.Date(request.ReceivedOn)} beantwoord: het dossier is op {DutchTime.Date(request.AnsweredOn!.Value)} verstrekt."
        : $"Inzageverzoek van {DutchTime.Date(request.ReceivedOn)} geweigerd op {DutchTime.Date(request.AnsweredOn!.Value)}.{Environment.NewLine}Reden: {request.RefusalReason}";
}

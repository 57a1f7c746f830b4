using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

public sealed record ConsultationInput(
    ConsultationKind Kind,
    DateOnly HeldOn,
    string WithWhom,
    string Question,
    string Advice,
    string? AgreedActions,
    ConsentToShare Consent);

/// <summary>Step 2: advice asked of a colleague, the aandachtsfunctionaris, Veilig Thuis or an expert.</summary>
public sealed class Consultation
{
    private Consultation()
    {
        WithWhom = Question = Advice = string.Empty;
    }

    internal Consultation(ConsultationInput input, DateOnly today, DateTimeOffset recordedAt, Guid recordedBy, Guid? requestId)
    {
        if (!Enum.IsDefined(input.Kind))
        {
            throw new DomainException("Kies met wie je overlegde.");
        }

        if (!Enum.IsDefined(input.Consent))
        {
            throw new DomainException("Kies of toestemming om informatie te delen is gevraagd.");
        }

        if (input.HeldOn > today)
        {
            throw new DomainException("De datum van het overleg kan niet in de toekomst liggen.");
        }

        Id = Guid.NewGuid();
        Kind = input.Kind;
        HeldOn = input.HeldOn;
        WithWhom = Texts.RequiredShort(input.WithWhom, "Met wie (rol)");
        Question = Texts.Required(input.Question, "De vraag");
        Advice = Texts.Required(input.Advice, "Het advies");
        AgreedActions = Texts.Optional(input.AgreedActions, "De afspraken");
        Consent = input.Consent;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        RequestId = requestId;
    }

    public Guid Id { get; private set; }

    public ConsultationKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>With whom, by role (e.g. "intern begeleider", "letselexpert").</summary>
    public string WithWhom { get; private set; }

    public string Question { get; private set; }

    public string Advice { get; private set; }

    public string? AgreedActions { get; private set; }

    public ConsentToShare Consent { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    /// <summary>The in-app request this consultation answered, if any.</summary>
    public Guid? RequestId { get; private set; }

    public bool IsExpertConsultation => Kind == ConsultationKind.OtherExpert;
}

/// <summary>A request to a colleague inside Meldcode to give advice; while open, the colleague may read the dossier.</summary>
public sealed class ConsultationRequest
{
    private ConsultationRequest()
    {
        ConsultantName = Question = string.Empty;
    }

    internal ConsultationRequest(Guid consultantId, string consultantName, bool consultantIsLead, string question, DateTimeOffset requestedAt, Guid requestedBy)
    {
        Id = Guid.NewGuid();
        ConsultantId = consultantId;
        ConsultantName = consultantName;
        ConsultantIsLead = consultantIsLead;
        Question = Texts.Required(question, "De vraag");
        RequestedAt = requestedAt;
        RequestedBy = requestedBy;
        Status = ConsultationRequestStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid ConsultantId { get; private set; }

    public string ConsultantName { get; private set; }

    public bool ConsultantIsLead { get; private set; }

    public string Question { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid RequestedBy { get; private set; }

    public ConsultationRequestStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => Status == ConsultationRequestStatus.Open;

    internal void MarkAnswered(DateTimeOffset at)
    {
        Status = ConsultationRequestStatus.Answered;
        ClosedAt = at;
    }

    internal void MarkWithdrawn(DateTimeOffset at)
    {
        Status = ConsultationRequestStatus.Withdrawn;
        ClosedAt = at;
    }
}

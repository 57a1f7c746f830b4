using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Step 2: advice asked of a colleague, the aandachtsfunctionaris, Veilig Thuis or an expert.</summary>
public sealed class Consultation
{
    private Consultation()
    {
        WithWhom = Question = Advice = string.Empty;
    }

    internal Consultation(ConsultationInput input, DateTimeOffset recordedAt, Guid recordedBy, Guid? requestId)
    {
        Id = Guid.NewGuid();
        Kind = Guard.Defined(input.Kind);
        HeldOn = input.HeldOn;
        WithWhom = Texts.Trimmed(input.WithWhom);
        Question = Texts.Trimmed(input.Question);
        Advice = Texts.Trimmed(input.Advice);
        AgreedActions = Texts.TrimmedOrNull(input.AgreedActions);
        Consent = Guard.Defined(input.Consent);
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

using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

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
        Question = Texts.Trimmed(question);
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

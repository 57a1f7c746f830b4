namespace Meldcode.Domain.Dossiers;

public enum ConsultationRequestStatus
{
    Open = 1,
    Answered = 2,
    Withdrawn = 3,
}

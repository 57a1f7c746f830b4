namespace Meldcode.Application.Dossiers.GetConsultationInbox;

public sealed record ConsultationInboxItem(Guid DossierId, Guid RequestId, string DossierNumber, string RequestedByName, string Question, DateTimeOffset RequestedAt);

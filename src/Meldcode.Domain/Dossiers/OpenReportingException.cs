namespace Meldcode.Domain.Dossiers;

/// <summary>Open melden, tenzij: the exceptions that allow reporting without informing the client first.</summary>
public enum OpenReportingException
{
    ChildOrFamilySafety = 1,
    ProfessionalSafety = 2,
    TrustRelationship = 3,
}

namespace Meldcode.Application.AccessLog;

/// <summary>
/// Declares that a request accesses a record and must leave a line in the access log, allowed or refused. Every
/// dossier and staff-member request must declare it (a test checks). The record is the request's dossier
/// (<c>IDossierRequest</c>) or staff-member record (<c>IStaffConcernRequest</c>); for a request that creates a
/// record, the id it returns.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AccessLoggedAttribute : Attribute
{
    public AccessLoggedAttribute(AccessAction action, AccessSubject subject = AccessSubject.Dossier)
    {
        Action = action;
        Subject = subject;
    }

    public AccessAction Action { get; }

    public AccessSubject Subject { get; }

    /// <summary>The part in Dutch (a document's name); without it, the page the request came from.</summary>
    public string? Part { get; init; }
}

/// <summary>A request whose part depends on what it asks for (which document); this wins over the attribute's part.</summary>
public interface IDescribesAccessPart
{
    string AccessPart { get; }
}

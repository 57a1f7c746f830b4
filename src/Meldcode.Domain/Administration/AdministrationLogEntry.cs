using Meldcode.Domain.Common;

namespace Meldcode.Domain.Administration;

/// <summary>
/// One line of the administration log (beheerlog): who changed what in the organisation's users, teams or
/// settings, and when. Written once, never changed or removed.
/// </summary>
public sealed class AdministrationLogEntry
{
    public const int DescriptionMaxLength = 2000;

    /// <summary>The actor of changes Meldcode makes itself at sign-in (a first sign-in, roles from the provider).</summary>
    public const string SignInActorName = "Inloggen via de organisatie";

    /// <summary>The actor of changes made on the server by its operator (the first functioneel beheerder).</summary>
    public const string OperatorActorName = "Beheerder van de server";

    private AdministrationLogEntry(Guid id, Guid organisationId, DateTimeOffset at, Guid? actorUserId, string actorName, AdministrationAction action, Guid? subjectId, string description)
    {
        Id = id;
        OrganisationId = organisationId;
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Action = action;
        SubjectId = subjectId;
        Description = description;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user who made the change; null when Meldcode made it at sign-in or an operator did on the server.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary>The actor's name at that moment (kept for the record).</summary>
    public string ActorName { get; private set; }

    public AdministrationAction Action { get; private set; }

    /// <summary>The user or team the change was about, if any.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>What changed, in a Dutch sentence.</summary>
    public string Description { get; private set; }

    /// <summary>A change made by a signed-in user.</summary>
    public static AdministrationLogEntry By(Actor actor, Guid organisationId, DateTimeOffset at, AdministrationAction action, Guid? subjectId, string description)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Create(organisationId, at, actor.UserId, actor.Name, action, subjectId, description);
    }

    /// <summary>A change Meldcode made itself (<see cref="SignInActorName"/>) or the server's operator made (<see cref="OperatorActorName"/>).</summary>
    public static AdministrationLogEntry BySystem(string actorName, Guid organisationId, DateTimeOffset at, AdministrationAction action, Guid? subjectId, string description) =>
        Create(organisationId, at, null, actorName, action, subjectId, description);

    private static AdministrationLogEntry Create(Guid organisationId, DateTimeOffset at, Guid? actorUserId, string actorName, AdministrationAction action, Guid? subjectId, string description)
    {
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }

        var text = description.Trim();
        return new AdministrationLogEntry(
            Guid.NewGuid(),
            organisationId,
            at,
            actorUserId,
            actorName,
            action,
            subjectId,
            text.Length > DescriptionMaxLength ? text[..DescriptionMaxLength] : text);
    }
}

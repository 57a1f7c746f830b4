namespace Meldcode.Domain.Organisations;

/// <summary>A team or location (team/locatie) of an organisation; dossiers and aandachtsfunctionarissen belong to one.</summary>
public sealed class Team
{
    public const int NameMaxLength = 200;

    internal Team(Guid id, Guid organisationId, string name)
    {
        Id = id;
        OrganisationId = organisationId;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    internal void Rename(string name) => Name = name;
}

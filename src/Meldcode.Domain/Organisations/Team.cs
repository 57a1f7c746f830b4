namespace Meldcode.Domain.Organisations;

/// <summary>A team or location (team/locatie) of an organisation, in one sector; dossiers and aandachtsfunctionarissen belong to one.</summary>
public sealed class Team
{
    public const int NameMaxLength = 200;

    internal Team(Guid id, Guid organisationId, string name, Sector sector)
    {
        Id = id;
        OrganisationId = organisationId;
        Name = name;
        Sector = sector;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The sector this team or location works in; it selects the sector variant of the meldcode for its dossiers (e.g. the kindcheck).</summary>
    public Sector Sector { get; private set; }

    internal void Rename(string name) => Name = name;

    internal void ChangeSector(Sector sector) => Sector = sector;
}

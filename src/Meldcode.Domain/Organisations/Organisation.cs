using Meldcode.Domain.Common;

namespace Meldcode.Domain.Organisations;

/// <summary>An organisation (school board, childcare operator, care provider) that uses Meldcode.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;

    private readonly List<Team> _teams = [];

    private Organisation(Guid id, string name, Sector sector)
    {
        Id = id;
        Name = name;
        Sector = sector;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Sector Sector { get; private set; }

    /// <summary>Teams or locations (teams/locaties) within the organisation.</summary>
    public IReadOnlyCollection<Team> Teams => _teams.AsReadOnly();

    public static Organisation Create(string name, Sector sector)
    {
        EnsureDefined(sector);
        return new Organisation(Guid.NewGuid(), Guard.RequiredText(name, "De naam van de organisatie", NameMaxLength), sector);
    }

    public void Rename(string name) => Name = Guard.RequiredText(name, "De naam van de organisatie", NameMaxLength);

    public void ChangeSector(Sector sector)
    {
        EnsureDefined(sector);
        Sector = sector;
    }

    /// <summary>Adds a team or location; names are unique within the organisation (ignoring case).</summary>
    public Team AddTeam(string name)
    {
        var trimmed = Guard.RequiredText(name, "De naam van het team of de locatie", Team.NameMaxLength);
        if (_teams.Exists(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Er is al een team of locatie met de naam '{trimmed}'.");
        }

        var team = new Team(Guid.NewGuid(), Id, trimmed);
        _teams.Add(team);
        return team;
    }

    private static void EnsureDefined(Sector sector)
    {
        if (!Enum.IsDefined(sector))
        {
            throw new DomainException("Kies een sector uit de lijst.");
        }
    }
}

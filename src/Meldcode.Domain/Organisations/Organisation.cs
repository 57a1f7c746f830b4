using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Retention;

namespace Meldcode.Domain.Organisations;

/// <summary>An organisation (school board, childcare operator, care provider) that uses Meldcode.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;
    public const int VeiligThuisRegionMaxLength = 200;
    public const int MinRetentionYears = 1;
    public const int MaxRetentionYears = 100;

    private readonly List<Team> _teams = [];

    private Organisation(Guid id, string name, Sector sector)
    {
        Id = id;
        Name = name;
        Sector = sector;
        RetentionYears = sector.DefaultRetentionYears();
        StaffConcernRetentionYears = RetentionTerms.DefaultStaffConcernYears;
        CampaignWeek = CampaignWeek.Default;
        FourEyesOnReports = true;
        StalledAfterWorkingDays = DossierFlags.DefaultStalledAfterWorkingDays;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The organisation's sector: the sector a new team starts with. Each team has its own (<see cref="Team.Sector"/>).</summary>
    public Sector Sector { get; private set; }

    /// <summary>The region of the Veilig Thuis organisation where reports and requests for advice go, by its own name (e.g. "Utrecht", see <see cref="VeiligThuisRegions"/>); null until set.</summary>
    public string? VeiligThuisRegion { get; private set; }

    /// <summary>
    /// How many years a closed meldcode dossier is kept (bewaartermijn), counted from closing; then the daily retention job
    /// deletes it. A new organisation starts with its sector's documented default (<see cref="SectorVariants.DefaultRetentionYears"/>);
    /// null only in a database from before that default, until its migration fills it in. Never under 20 years while the
    /// organisation or one of its teams works in youth care or health care (see <see cref="RetentionTerms"/>).
    /// </summary>
    public int? RetentionYears { get; private set; }

    /// <summary>
    /// How many years a closed staff-member record (<see cref="StaffConcerns.StaffConcern"/>) is kept, counted from closing.
    /// Starts at <see cref="RetentionTerms.DefaultStaffConcernYears"/>; null only in a database from before the retention
    /// job, until its migration fills it in.
    /// </summary>
    public int? StaffConcernRetentionYears { get; private set; }

    /// <summary>The dates and theme of the Week tegen Kindermishandeling; the campaign's own unless the functioneel beheerder changed them.</summary>
    public CampaignWeek CampaignWeek { get; private set; }

    /// <summary>
    /// Four-eyes on reports (on unless switched off): a decision to report, and any decision that deviates from the
    /// afwegingskader, goes to an aandachtsfunctionaris who co-signs or records disagreement.
    /// </summary>
    public bool FourEyesOnReports { get; private set; }

    /// <summary>
    /// Who reviews a decision when no aandachtsfunctionaris of the dossier's team can (the only one works on the dossier):
    /// another team's aandachtsfunctionaris or the board. Null: nobody is named.
    /// </summary>
    public Guid? NamedReviewerId { get; private set; }

    /// <summary>After how many working days without a step change or entry an open dossier shows as stalled in the overview.</summary>
    public int StalledAfterWorkingDays { get; private set; }

    /// <summary>Teams or locations (teams/locaties) within the organisation.</summary>
    public IReadOnlyCollection<Team> Teams => _teams.AsReadOnly();

    public static Organisation Create(string name, Sector sector)
    {
        EnsureDefined(sector);
        return new Organisation(Guid.NewGuid(), Guard.RequiredText(name, FieldName.Singular("de naam van de organisatie"), NameMaxLength), sector);
    }

    public void Rename(string name) => Name = Guard.RequiredText(name, FieldName.Singular("de naam van de organisatie"), NameMaxLength);

    public void ChangeSector(Sector sector)
    {
        EnsureDefined(sector);
        Sector = sector;
    }

    /// <summary>
    /// Changes the settings the functioneel beheerder manages, all at once (the validator checks them together first). The
    /// dossier term may not go under the statutory 20 years while the organisation or one of its teams works in youth care
    /// or health care (the teams must be loaded).
    /// </summary>
    public void ChangeSettings(string name, Sector sector, string? veiligThuisRegion, int retentionYears, int staffConcernRetentionYears)
    {
        var newName = Texts.Trimmed(name);
        Guard.Defined(sector);
        if (retentionYears < RetentionTerms.StatutoryYears && (sector.HasStatutoryTerm() || _teams.Exists(t => t.Sector.HasStatutoryTerm())))
        {
            throw new DomainException($"Jullie organisatie werkt (ook) in de jeugdhulp of de zorg. Daar bewaar je dossiers volgens de wet {RetentionTerms.StatutoryYears} jaar. Kies een bewaartermijn van {RetentionTerms.StatutoryYears} jaar of langer.");
        }

        Sector = sector;
        Name = newName;
        VeiligThuisRegion = VeiligThuisRegions.Name(veiligThuisRegion);
        RetentionYears = retentionYears;
        StaffConcernRetentionYears = staffConcernRetentionYears;
    }

    public const int MinStalledAfterWorkingDays = 1;
    public const int MaxStalledAfterWorkingDays = 60;

    /// <summary>Changes how decisions are reviewed and when a dossier counts as stalled (the validator checks the shape; whether the named reviewer may review is the use case's to check).</summary>
    public void ChangeReviewSettings(bool fourEyesOnReports, Guid? namedReviewerId, int stalledAfterWorkingDays)
    {
        if (stalledAfterWorkingDays is < MinStalledAfterWorkingDays or > MaxStalledAfterWorkingDays)
        {
            throw new DomainException($"Een dossier staat stil na {MinStalledAfterWorkingDays} tot {MaxStalledAfterWorkingDays} werkdagen zonder nieuwe stap of aantekening.");
        }

        FourEyesOnReports = fourEyesOnReports;
        NamedReviewerId = namedReviewerId;
        StalledAfterWorkingDays = stalledAfterWorkingDays;
    }

    /// <summary>Sets the dates and theme of the Week tegen Kindermishandeling (checked when the <see cref="Organisations.CampaignWeek"/> is made).</summary>
    public void ChangeCampaignWeek(CampaignWeek week) => CampaignWeek = week ?? throw new ArgumentNullException(nameof(week));

    /// <summary>Gives a team or location a new name; names stay unique within the organisation (ignoring case).</summary>
    public Team RenameTeam(Guid teamId, string name)
    {
        var team = _teams.Find(t => t.Id == teamId) ?? throw new DomainException("Dit team of deze locatie hoort niet bij de organisatie.");
        var trimmed = UniqueTeamName(name, except: team);
        team.Rename(trimmed);
        return team;
    }

    /// <summary>Adds a team or location, in the organisation's sector unless another is chosen; names are unique within the organisation (ignoring case).</summary>
    public Team AddTeam(string name, Sector? sector = null)
    {
        var chosen = sector ?? Sector;
        EnsureDefined(chosen);
        var trimmed = UniqueTeamName(name, except: null);
        var team = new Team(Guid.NewGuid(), Id, trimmed, chosen);
        _teams.Add(team);
        return team;
    }

    /// <summary>Puts a team or location in another sector. Its dossiers keep the sector they were opened in.</summary>
    public Team ChangeTeamSector(Guid teamId, Sector sector)
    {
        EnsureDefined(sector);
        var team = _teams.Find(t => t.Id == teamId) ?? throw new DomainException("Dit team of deze locatie hoort niet bij de organisatie.");
        team.ChangeSector(sector);
        return team;
    }

    private string UniqueTeamName(string name, Team? except)
    {
        var trimmed = Texts.Trimmed(name);
        if (_teams.Exists(t => t != except && string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Er is al een team of locatie met de naam '{trimmed}'.");
        }

        return trimmed;
    }

    private static void EnsureDefined(Sector sector)
    {
        if (!Enum.IsDefined(sector))
        {
            throw new DomainException("Kies een sector uit de lijst.");
        }
    }
}

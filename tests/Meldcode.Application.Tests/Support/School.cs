using Meldcode.Domain.Organisations;
using Meldcode.Infrastructure.Persistence;

namespace Meldcode.Application.Tests.Support;

/// <summary>Who someone is with respect to a dossier of team A (the access matrix walks all of them).</summary>
public enum Who
{
    /// <summary>Professional of team A who opened the dossier.</summary>
    Owner,

    /// <summary>Professional of team A added to the dossier as collaborator.</summary>
    Collaborator,

    /// <summary>Aandachtsfunctionaris of team A.</summary>
    LeadOfTheTeam,

    /// <summary>Aandachtsfunctionaris of team B.</summary>
    LeadOfAnotherTeam,

    /// <summary>Professional of team A who does not work on the dossier.</summary>
    ColleagueNotOnTheDossier,

    Administrator,

    Trainer,

    PrivacyOfficer,

    Board,

    /// <summary>Professional of team B asked for advice on the dossier (the request is open).</summary>
    ConsultedColleague,

    /// <summary>Professional, aandachtsfunctionaris and board of another organisation.</summary>
    UserOfAnotherOrganisation,
}

/// <summary>
/// A primary school (sector onderwijs) with two locations and one person per <see cref="Who"/>, plus a
/// youth care organisation next door with one user who holds every role there.
/// </summary>
public sealed class School
{
    private readonly Dictionary<Who, User> _people;

    private School(Organisation organisation, Team teamA, Team teamB, Organisation otherOrganisation, Team otherTeam, Dictionary<Who, User> people)
    {
        Organisation = organisation;
        TeamA = teamA;
        TeamB = teamB;
        OtherOrganisation = otherOrganisation;
        OtherTeam = otherTeam;
        _people = people;
    }

    public Organisation Organisation { get; }

    /// <summary>Locatie Noord: the team of the dossiers in these tests.</summary>
    public Team TeamA { get; }

    /// <summary>Locatie Zuid.</summary>
    public Team TeamB { get; }

    /// <summary>A youth care organisation (jeugdhulp).</summary>
    public Organisation OtherOrganisation { get; }

    public Team OtherTeam { get; }

    public User Owner => this[Who.Owner];

    public User Collaborator => this[Who.Collaborator];

    public User LeadA => this[Who.LeadOfTheTeam];

    public User LeadB => this[Who.LeadOfAnotherTeam];

    public User ColleagueA => this[Who.ColleagueNotOnTheDossier];

    public User Board => this[Who.Board];

    public User Consultant => this[Who.ConsultedColleague];

    public User Outsider => this[Who.UserOfAnotherOrganisation];

    public User this[Who who] => _people[who];

    /// <summary>Everyone whose roles hold for the whole organisation, not for a team: they open, list and are asked about no dossiers.</summary>
    public static TheoryData<Who> WithoutATeamRole() => [Who.Administrator, Who.Trainer, Who.PrivacyOfficer, Who.Board];

    public static async Task<School> SaveAsync(ApplicationDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var school = Organisation.Create("Basisschool De Regenboog", Sector.Education);
        var teamA = school.AddTeam("Locatie Noord");
        var teamB = school.AddTeam("Locatie Zuid");
        var other = Organisation.Create("Jeugdhulp De Brug", Sector.YouthCare);
        var otherTeam = other.AddTeam("Team Oost");

        User Person(Organisation organisation, string name, params (Role Role, Team? Team)[] roles)
        {
            var user = User.Create(organisation, name, null);
            foreach (var (role, team) in roles)
            {
                user.Grant(role, team);
            }

            return user;
        }

        var people = new Dictionary<Who, User>
        {
            [Who.Owner] = Person(school, "Anouk Jansen", (Role.Professional, teamA)),
            [Who.Collaborator] = Person(school, "Bram de Boer", (Role.Professional, teamA)),
            [Who.LeadOfTheTeam] = Person(school, "Carla Visser", (Role.SafeguardingLead, teamA)),
            [Who.LeadOfAnotherTeam] = Person(school, "Daan Smit", (Role.SafeguardingLead, teamB)),
            [Who.ColleagueNotOnTheDossier] = Person(school, "Eva Mulder", (Role.Professional, teamA)),
            [Who.Administrator] = Person(school, "Frank Bos", (Role.FunctionalAdministrator, null)),
            [Who.Trainer] = Person(school, "Gerda Peters", (Role.Trainer, null)),
            [Who.PrivacyOfficer] = Person(school, "Hans Dekker", (Role.PrivacyOfficer, null)),
            [Who.Board] = Person(school, "Ingrid van Dijk", (Role.Board, null)),
            [Who.ConsultedColleague] = Person(school, "Joost Meijer", (Role.Professional, teamB)),
            [Who.UserOfAnotherOrganisation] = Person(other, "Karin de Groot", (Role.Professional, otherTeam), (Role.SafeguardingLead, otherTeam), (Role.Board, null)),
        };

        context.Organisations.AddRange(school, other);
        context.Users.AddRange(people.Values);
        await context.SaveChangesAsync();
        return new School(school, teamA, teamB, other, otherTeam, people);
    }
}

using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Fictional demo data for Development: a primary-school board with two school locations and a school social
/// work team (sector maatschappelijke ondersteuning, so it does kindchecks), a demo user for every role, a
/// professional and aandachtsfunctionaris in each team, one closed demo dossier of Sanne de Vries that walked
/// every step, and one dossier of Ricardo Mendes about an adult client that started with a kindcheck (see <see cref="DemoDossiers"/>).
/// Runs only on an empty database.
/// </summary>
public sealed class DevelopmentSeeder
{
    public const string OrganisationName = "Stichting Primair Onderwijs De Linde (demo)";
    public const string FirstLocation = "Basisschool De Esdoorn";
    public const string SecondLocation = "Basisschool Het Anker";
    public const string CareTeam = "Schoolmaatschappelijk werk";

    private readonly ApplicationDbContext _context;
    private readonly TimeProvider _clock;

    public DevelopmentSeeder(ApplicationDbContext context, TimeProvider clock)
    {
        _context = context;
        _clock = clock;
    }

    /// <summary>Adds the demo data unless there is already an organisation; returns whether it did.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await _context.Organisations.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var board = Organisation.Create(OrganisationName, Sector.Education);
        var esdoorn = board.AddTeam(FirstLocation);
        var anker = board.AddTeam(SecondLocation);
        var care = board.AddTeam(CareTeam, Sector.SocialSupport);

        User Person(string name, string email, Role role, Team? team = null)
        {
            var user = User.Create(board, name, email);
            user.Grant(role, team);
            return user;
        }

        var sanne = Person("Sanne de Vries", "sanne.devries@delinde.example", Role.Professional, esdoorn);
        var mehmet = Person("Mehmet Yılmaz", "mehmet.yilmaz@delinde.example", Role.SafeguardingLead, esdoorn);
        var ricardo = Person("Ricardo Mendes", "ricardo.mendes@delinde.example", Role.Professional, care);
        var ineke = Person("Ineke Smit", "ineke.smit@delinde.example", Role.SafeguardingLead, care);
        var now = _clock.GetUtcNow();
        _context.Organisations.Add(board);
        _context.Dossiers.Add(DemoDossiers.WalkedThroughEveryStep(
            board.Id, esdoorn.Id, new DossierNumber(DutchTime.Today(now).Year - 1, 1), new Actor(sanne.Id, sanne.DisplayName), new Actor(mehmet.Id, mehmet.DisplayName), now.AddYears(-1)));
        _context.Dossiers.Add(DemoDossiers.AdultClientAfterKindcheck(
            board.Id, care.Id, care.Sector, new DossierNumber(DutchTime.Today(now).Year, 1), new Actor(ricardo.Id, ricardo.DisplayName), new Actor(ineke.Id, ineke.DisplayName), now));
        _context.Users.AddRange(
            sanne,
            mehmet,
            ricardo,
            ineke,
            Person("Anna Kowalczyk", "anna.kowalczyk@delinde.example", Role.Professional, anker),
            Person("Johan Bakker", "johan.bakker@delinde.example", Role.SafeguardingLead, anker),
            Person("Nguyễn Thị Lan", "lan.nguyen@delinde.example", Role.Trainer),
            Person("Peter Jansen", "peter.jansen@delinde.example", Role.FunctionalAdministrator),
            Person("Fatima El Amrani", "fatima.elamrani@delinde.example", Role.PrivacyOfficer),
            Person("Willem van den Berg", "willem.vandenberg@delinde.example", Role.Board));

        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}

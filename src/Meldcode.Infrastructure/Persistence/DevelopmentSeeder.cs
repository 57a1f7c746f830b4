using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Fictional demo data for Development: a primary-school board with two locations and a demo user
/// for every role, plus a second professional and aandachtsfunctionaris at the other location.
/// Runs only on an empty database.
/// </summary>
public sealed class DevelopmentSeeder
{
    public const string OrganisationName = "Stichting Primair Onderwijs De Linde (demo)";
    public const string FirstLocation = "Basisschool De Esdoorn";
    public const string SecondLocation = "Basisschool Het Anker";

    private readonly ApplicationDbContext _context;

    public DevelopmentSeeder(ApplicationDbContext context)
    {
        _context = context;
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

        User Person(string name, string email, Role role, Team? team = null)
        {
            var user = User.Create(board, name, email);
            user.Grant(role, team);
            return user;
        }

        _context.Organisations.Add(board);
        _context.Users.AddRange(
            Person("Sanne de Vries", "sanne.devries@delinde.example", Role.Professional, esdoorn),
            Person("Mehmet Yılmaz", "mehmet.yilmaz@delinde.example", Role.SafeguardingLead, esdoorn),
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

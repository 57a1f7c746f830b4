using Meldcode.Domain.Organisations;
using Meldcode.Infrastructure.Persistence;

namespace Meldcode.Application.Tests.Support;

/// <summary>A small organisation saved to the test database.</summary>
public sealed record DemoData(Organisation Organisation, Team Team, User Professional, User Inactive)
{
    public static async Task<DemoData> SaveAsync(ApplicationDbContext context)
    {
        var organisation = Organisation.Create("Kinderopvang Zonnebloem", Sector.Childcare);
        var team = organisation.AddTeam("Locatie Noord");
        var professional = User.Create(organisation, "Sanne de Vries", "sanne@zonnebloem.example");
        professional.Grant(Role.Professional, team);
        professional.Grant(Role.Trainer);
        var inactive = User.Create(organisation, "Oud-collega", null);
        inactive.Grant(Role.Professional, team);
        inactive.Deactivate();

        context.Organisations.Add(organisation);
        context.Users.AddRange(professional, inactive);
        await context.SaveChangesAsync();
        return new DemoData(organisation, team, professional, inactive);
    }
}

using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Meldcode.Infrastructure.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model (run with this project as both project and startup
/// project; see docs/architecture.md). No server is needed to add a migration; the connection string is never opened.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args) =>
        new(MeldcodeDatabase.OptionsFor(DatabaseTarget.PostgreSql("Host=localhost;Database=meldcode_design_time")));
}

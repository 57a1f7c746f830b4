using Microsoft.EntityFrameworkCore.Design;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web application.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args)
    {
        return new ApplicationDbContext(MeldcodeDatabase.OptionsFor(DatabaseTarget.Sqlite(Path.Combine(Path.GetTempPath(), "meldcode-design-time.db"))));
    }
}

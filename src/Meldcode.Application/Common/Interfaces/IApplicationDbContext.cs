using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Common.Interfaces;

/// <summary>The database as the use cases see it. Handlers query the sets directly (no repositories).</summary>
public interface IApplicationDbContext
{
    DbSet<Organisation> Organisations { get; }

    DbSet<Team> Teams { get; }

    DbSet<User> Users { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

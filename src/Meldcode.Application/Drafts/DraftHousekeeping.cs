using Microsoft.Extensions.Options;

namespace Meldcode.Application.Drafts;

/// <summary>Run by the scheduler, not by a user: deletes the drafts not saved again within the term they are kept (<see cref="DraftOptions.KeepFor"/>).</summary>
public sealed class DraftHousekeeping(IApplicationDbContext context, TimeProvider clock, IOptions<DraftOptions> options)
{
    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.KeepFor;
        return context.FormDrafts.Where(d => d.SavedAt <= cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

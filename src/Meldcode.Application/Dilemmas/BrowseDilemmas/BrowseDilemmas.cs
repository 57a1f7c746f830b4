using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dilemmas.BrowseDilemmas;

/// <summary>
/// The library as a trainer sees it: the built-in dilemmas and their organisation's own, not archived, filtered by
/// form of abuse, meldcode step, sector and words in the title; built-in ones first, then by title.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record BrowseDilemmasQuery(FormOfAbuse? Form = null, MeldcodeStep? Step = null, Sector? Sector = null, string? Text = null)
    : IRequest<IReadOnlyList<DilemmaListItem>>
{
    public const int TextMax = 100;
}

public sealed class BrowseDilemmasQueryHandler(IApplicationDbContext context, CurrentUserContext currentUser)
    : IRequestHandler<BrowseDilemmasQuery, IReadOnlyList<DilemmaListItem>>
{
    public async Task<IReadOnlyList<DilemmaListItem>> Handle(BrowseDilemmasQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trainer = await currentUser.GetAsync(cancellationToken).ConfigureAwait(false);

        // The library is small (tens of dilemmas); the tags live in the JSON of each version, so the filters run here.
        var rows = await context.LibraryDilemmas.AsNoTracking().VisibleTo(trainer.OrganisationId)
            .Where(d => d.ArchivedAt == null)
            .Select(d => new { d.Id, d.Origin, Latest = d.Versions.OrderByDescending(v => v.Number).First() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var text = request.Text?.Trim();
        return rows
            .Select(r => (r.Id, r.Origin, r.Latest.Number, Content: r.Latest.Content))
            .Where(r => request.Form is not { } form || r.Content.FormsOfAbuse.Contains(form))
            .Where(r => request.Step is not { } step || r.Content.Step == step)
            .Where(r => request.Sector is not { } sector || r.Content.Sectors.Contains(sector))
            .Where(r => string.IsNullOrEmpty(text) || r.Content.Title.Contains(text, StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(r => r.Origin != DilemmaOrigin.BuiltIn)
            .ThenBy(r => r.Content.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new DilemmaListItem(
                r.Id, r.Content.Title, r.Origin, r.Number, r.Content.Sectors, r.Content.FormsOfAbuse, r.Content.Step, r.Content.Question, r.Content.DecisionPoints.Count))
            .ToList();
    }
}

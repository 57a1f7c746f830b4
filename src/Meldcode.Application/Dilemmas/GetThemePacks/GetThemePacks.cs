using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Dilemmas.GetThemePacks;

/// <summary>The theme packs (<see cref="ThemePacks.All"/>) with the ids of their built-in dilemmas in the library.</summary>
[Authorize(Role.Trainer)]
public sealed record GetThemePacksQuery : IRequest<IReadOnlyList<ThemePackDto>>;

public sealed class GetThemePacksQueryHandler(IApplicationDbContext context) : IRequestHandler<GetThemePacksQuery, IReadOnlyList<ThemePackDto>>
{
    public async Task<IReadOnlyList<ThemePackDto>> Handle(GetThemePacksQuery request, CancellationToken cancellationToken)
    {
        var keys = ThemePacks.All.SelectMany(p => p.DilemmaKeys).Distinct().ToList();
        var builtIn = await context.LibraryDilemmas.AsNoTracking()
            .Where(d => d.OrganisationId == null && d.Origin == DilemmaOrigin.BuiltIn && d.ArchivedAt == null && keys.Contains(d.Key))
            .Select(d => new { d.Id, d.Key, Latest = d.Versions.OrderByDescending(v => v.Number).First() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = builtIn.ToDictionary(d => d.Key, d => new ThemePackDilemma(d.Id, d.Key, d.Latest.Content.Title), StringComparer.Ordinal);

        // A pack lists the dilemmas the library holds; one that is missing (not yet synchronised) is left out.
        return ThemePacks.All
            .Select(pack => new ThemePackDto(pack.Key, pack.Title, pack.Description, [.. pack.DilemmaKeys.Where(byKey.ContainsKey).Select(k => byKey[k])]))
            .ToList();
    }
}

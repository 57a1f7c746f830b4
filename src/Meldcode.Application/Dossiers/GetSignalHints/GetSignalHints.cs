using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.GetSignalHints;

/// <summary>The quality hints for a signal being written (for live feedback on the form).</summary>
[Authorize]
public sealed record GetSignalHintsQuery(string? Facts, DateOnly? ObservedOn) : IRequest<IReadOnlyList<SignalHint>>;

public sealed class GetSignalHintsQueryHandler : IRequestHandler<GetSignalHintsQuery, IReadOnlyList<SignalHint>>
{
    public Task<IReadOnlyList<SignalHint>> Handle(GetSignalHintsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(SignalQualityHints.For(request.Facts, request.ObservedOn));
}

using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Retention.PlaceLegalHoldByNumber;

/// <summary>The privacy officer places a legal hold on a dossier by its number, with a reason, without seeing the dossier.</summary>
[Authorize(Role.PrivacyOfficer)]
public sealed record PlaceLegalHoldByNumberCommand(string? Number, string? Reason) : IRequest<Unit>;

public sealed class PlaceLegalHoldByNumberCommandHandler(PrivacyOfficerHolds holds) : IRequestHandler<PlaceLegalHoldByNumberCommand, Unit>
{
    public async Task<Unit> Handle(PlaceLegalHoldByNumberCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await holds.ChangeAsync(request.Number, nameof(request.Number), (Dossier dossier, Actor actor, DateTimeOffset now) => dossier.PlaceLegalHold(request.Reason!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

public sealed class PlaceLegalHoldByNumberCommandValidator : AbstractValidator<PlaceLegalHoldByNumberCommand>
{
    public PlaceLegalHoldByNumberCommandValidator()
    {
        RuleFor(c => c.Number).RequiredText(FieldName.Singular("het dossiernummer"), Domain.Retention.DeletionRecord.NumberMaxLength);
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden voor de bewaarplicht"));
    }
}

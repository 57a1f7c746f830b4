using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Users;

namespace Meldcode.Application.Retention.LiftLegalHoldByNumber;

/// <summary>The privacy officer lifts a legal hold by the dossier's number, with a reason.</summary>
[Authorize(Role.PrivacyOfficer)]
public sealed record LiftLegalHoldByNumberCommand(string? Number, string? Reason) : IRequest<Unit>;

public sealed class LiftLegalHoldByNumberCommandHandler(PrivacyOfficerHolds holds) : IRequestHandler<LiftLegalHoldByNumberCommand, Unit>
{
    public async Task<Unit> Handle(LiftLegalHoldByNumberCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await holds.ChangeAsync(request.Number, nameof(request.Number), (Dossier dossier, Actor actor, DateTimeOffset now) => dossier.LiftLegalHold(request.Reason!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

public sealed class LiftLegalHoldByNumberCommandValidator : AbstractValidator<LiftLegalHoldByNumberCommand>
{
    public LiftLegalHoldByNumberCommandValidator()
    {
        RuleFor(c => c.Number).RequiredText(FieldName.Singular("het dossiernummer"), Domain.Retention.DeletionRecord.NumberMaxLength);
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden om de bewaarplicht op te heffen"));
    }
}

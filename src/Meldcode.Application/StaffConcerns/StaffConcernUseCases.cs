using System.Globalization;
using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Domain.Common;
using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.StaffConcerns;

/// <summary>Who may see a staff concern: the board role of the organisation and the person who raised it — nobody else.</summary>
internal static class StaffConcernAccess
{
    public static async Task<StaffConcern> LoadVisibleAsync(IApplicationDbContext context, UserContext user, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? context.StaffConcerns : context.StaffConcerns.AsNoTracking();
        var concern = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (concern is null || concern.OrganisationId != user.OrganisationId || !concern.MayBeSeenBy(user.UserId, user.Holds(Role.Board)))
        {
            throw new NotFoundException(nameof(StaffConcern), id);
        }

        return concern;
    }
}

/// <summary>A staff member raises a suspicion against a colleague; the board is informed at once.</summary>
[Authorize]
public sealed record RaiseStaffConcernCommand(string? StaffMemberName, string? Description) : IRequest<Guid>;

public sealed class RaiseStaffConcernCommandValidator : AbstractValidator<RaiseStaffConcernCommand>
{
    public RaiseStaffConcernCommandValidator()
    {
        RuleFor(c => c.StaffMemberName).RequiredText("de naam van de medewerker", 200);
        RuleFor(c => c.Description).RequiredText("wat je hebt gezien of gehoord");
    }
}

public sealed class RaiseStaffConcernCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<RaiseStaffConcernCommand, Guid>
{
    public async Task<Guid> Handle(RaiseStaffConcernCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"M{DutchTime.Today(now).Year}-");
        for (var attempt = 1; ; attempt++)
        {
            var count = await context.StaffConcerns.CountAsync(c => c.OrganisationId == user.OrganisationId && c.Number.StartsWith(prefix), cancellationToken).ConfigureAwait(false);
            var concern = StaffConcern.Raise(user.OrganisationId, user.Sector, string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:D4}"), request.StaffMemberName!, request.Description!, user.Actor, now);
            context.StaffConcerns.Add(concern);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return concern.Id;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone raised a concern with the same number at the same moment: take the next one.
                context.StaffConcerns.Remove(concern);
            }
        }
    }
}

[Authorize]
public sealed record GetStaffConcernsQuery : IRequest<IReadOnlyList<StaffConcernListItem>>;

public sealed record StaffConcernListItem(Guid Id, string Number, string StaffMemberName, DateTimeOffset RaisedAt, string RaisedByName, bool IsClosed, bool? ReasonableSuspicion);

public sealed class GetStaffConcernsQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetStaffConcernsQuery, IReadOnlyList<StaffConcernListItem>>
{
    public async Task<IReadOnlyList<StaffConcernListItem>> Handle(GetStaffConcernsQuery request, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var isBoard = user.Holds(Role.Board);
        var rows = await context.StaffConcerns.AsNoTracking()
            .Where(c => c.OrganisationId == user.OrganisationId && (isBoard || c.RaisedBy == user.UserId))
            .OrderByDescending(c => c.RaisedAt)
            .Select(c => new StaffConcernListItem(c.Id, c.Number, c.StaffMemberName, c.RaisedAt, c.RaisedByName, c.ClosedAt != null, c.ReasonableSuspicion))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }
}

[Authorize]
public sealed record GetStaffConcernQuery(Guid Id) : IRequest<StaffConcernView>;

public sealed record StaffConcernView(StaffConcern Concern, int Version, bool ViewerIsBoard);

public sealed class GetStaffConcernQueryHandler(IApplicationDbContext context, CurrentUserContext users) : IRequestHandler<GetStaffConcernQuery, StaffConcernView>
{
    public async Task<StaffConcernView> Handle(GetStaffConcernQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await StaffConcernAccess.LoadVisibleAsync(context, user, request.Id, tracking: true, cancellationToken).ConfigureAwait(false);
        return new StaffConcernView(concern, context.VersionOf(concern), user.Holds(Role.Board));
    }
}

/// <summary>A board member opened the concern: record when the board took notice (once).</summary>
[Authorize(Role.Board)]
public sealed record AcknowledgeStaffConcernCommand(Guid Id) : IRequest<Unit>;

public sealed class AcknowledgeStaffConcernCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) : IRequestHandler<AcknowledgeStaffConcernCommand, Unit>
{
    public async Task<Unit> Handle(AcknowledgeStaffConcernCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await StaffConcernAccess.LoadVisibleAsync(context, user, request.Id, tracking: true, cancellationToken).ConfigureAwait(false);
        if (concern.BoardAcknowledgedAt is null)
        {
            concern.Acknowledge(clock.GetUtcNow());
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return Unit.Value;
    }
}

/// <summary>Base for the board's changes: load (visible to the board), check the version, change, save.</summary>
public abstract record StaffConcernChange(Guid Id, int Version) : IRequest<Unit>;

[Authorize(Role.Board)]
public sealed record RecordInspectorConsultationCommand(Guid Id, int Version, DateOnly? ConsultedOn, string? Outcome, bool? ReasonableSuspicion, string? Grounds) : StaffConcernChange(Id, Version);

public sealed class RecordInspectorConsultationCommandValidator : AbstractValidator<RecordInspectorConsultationCommand>
{
    public RecordInspectorConsultationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ConsultedOn).NotInTheFuture(clock, "de datum van het overleg");
        RuleFor(c => c.Outcome).RequiredText("de uitkomst van het overleg");
        RuleFor(c => c.ReasonableSuspicion).NotNull().WithMessage("Geef aan of er een redelijk vermoeden is.");
        RuleFor(c => c.Grounds).RequiredText("de onderbouwing");
    }
}

[Authorize(Role.Board)]
public sealed record RecordPoliceReportCommand(Guid Id, int Version, DateOnly? ReportedOn, string? Reference, bool StaffMemberInformed, bool ParentsInformed) : StaffConcernChange(Id, Version);

public sealed class RecordPoliceReportCommandValidator : AbstractValidator<RecordPoliceReportCommand>
{
    public RecordPoliceReportCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ReportedOn).NotInTheFuture(clock, "de datum van de aangifte");
        RuleFor(c => c.Reference).RequiredText("het kenmerk van de aangifte", 200);
    }
}

[Authorize(Role.Board)]
public sealed record CloseStaffConcernCommand(Guid Id, int Version) : StaffConcernChange(Id, Version);

public sealed class StaffConcernChangeHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock) :
    IRequestHandler<RecordInspectorConsultationCommand, Unit>,
    IRequestHandler<RecordPoliceReportCommand, Unit>,
    IRequestHandler<CloseStaffConcernCommand, Unit>
{
    public Task<Unit> Handle(RecordInspectorConsultationCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request, (c, now) => c.RecordInspectorConsultation(request.ConsultedOn!.Value, request.Outcome!, request.ReasonableSuspicion!.Value, request.Grounds!, now), cancellationToken);

    public Task<Unit> Handle(RecordPoliceReportCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request, (c, now) => c.RecordPoliceReport(request.ReportedOn!.Value, request.Reference!, request.StaffMemberInformed, request.ParentsInformed, now), cancellationToken);

    public Task<Unit> Handle(CloseStaffConcernCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request, (c, now) => c.Close(now), cancellationToken);

    private async Task<Unit> ChangeAsync(StaffConcernChange request, Action<StaffConcern, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var concern = await StaffConcernAccess.LoadVisibleAsync(context, user, request.Id, tracking: true, cancellationToken).ConfigureAwait(false);
        context.EnsureVersion(concern, request.Version);
        change(concern, clock.GetUtcNow());
        await context.SaveOrConflictAsync(cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

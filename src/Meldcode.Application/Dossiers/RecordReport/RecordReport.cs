using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordReport;

/// <summary>The report (melding) to Veilig Thuis, with open melden, tenzij.</summary>
[AccessLogged(AccessAction.Update)]
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordReportCommand(
    Guid DossierId,
    int Version,
    DateOnly? ReportedOn,
    string? Region,
    string? ContactPerson,
    string? Reference,
    string? WhatWasReported,
    bool? ClientInformed,
    OpenReportingException? Exception,
    string? ExceptionExplanation) : IRequest<Unit>, IDossierChange;

public sealed class RecordReportCommandHandler(DossierWorkspace workspace) : DossierChangeHandler<RecordReportCommand>(workspace)
{
    protected override void Change(Dossier dossier, RecordReportCommand command, Actor actor, DateTimeOffset now) =>
        dossier.RecordReport(
            new ReportInput(command.ReportedOn!.Value, command.Region!, command.ContactPerson!, command.Reference, command.WhatWasReported!, command.ClientInformed!.Value, command.ClientInformed == true ? null : command.Exception, command.ClientInformed == true ? null : command.ExceptionExplanation),
            actor,
            now);
}

namespace Meldcode.Application.StaffConcerns.RecordPoliceReport;

public sealed class RecordPoliceReportCommandValidator : AbstractValidator<RecordPoliceReportCommand>
{
    public RecordPoliceReportCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ReportedOn).NotInTheFuture(clock, FieldName.Singular("de datum van de aangifte"));
        RuleFor(c => c.Reference).RequiredText(FieldName.Singular("het kenmerk van de aangifte"), 200);
    }
}

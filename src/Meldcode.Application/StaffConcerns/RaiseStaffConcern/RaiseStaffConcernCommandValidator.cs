namespace Meldcode.Application.StaffConcerns.RaiseStaffConcern;

public sealed class RaiseStaffConcernCommandValidator : AbstractValidator<RaiseStaffConcernCommand>
{
    public RaiseStaffConcernCommandValidator()
    {
        RuleFor(c => c.StaffMemberName).RequiredText("de naam van de medewerker", 200);
        RuleFor(c => c.Description).RequiredText("wat je hebt gezien of gehoord");
    }
}

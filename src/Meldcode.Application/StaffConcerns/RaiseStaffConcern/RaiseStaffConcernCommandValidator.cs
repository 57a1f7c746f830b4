namespace Meldcode.Application.StaffConcerns.RaiseStaffConcern;

public sealed class RaiseStaffConcernCommandValidator : AbstractValidator<RaiseStaffConcernCommand>
{
    public RaiseStaffConcernCommandValidator()
    {
        RuleFor(c => c.StaffMemberName).RequiredText(FieldName.Singular("de naam van de medewerker"), 200);
        RuleFor(c => c.Description).RequiredText(FieldName.Singular("de beschrijving van wat je zag of hoorde"));
    }
}

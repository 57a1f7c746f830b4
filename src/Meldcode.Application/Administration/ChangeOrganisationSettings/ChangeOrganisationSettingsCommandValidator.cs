using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.ChangeOrganisationSettings;

public sealed class ChangeOrganisationSettingsCommandValidator : AbstractValidator<ChangeOrganisationSettingsCommand>
{
    public ChangeOrganisationSettingsCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText(FieldName.Singular("de naam van de organisatie"), Organisation.NameMaxLength);
        RuleFor(c => c.Sector).Chosen("Kies de sector van de organisatie.");
        RuleFor(c => c.VeiligThuisRegion).OptionalText(FieldName.Singular("de Veilig Thuis-regio"), Organisation.VeiligThuisRegionMaxLength);
        RuleFor(c => c.RetentionYears)
            .NotNull().WithMessage("Vul de bewaartermijn in, in jaren.")
            .InclusiveBetween(Organisation.MinRetentionYears, Organisation.MaxRetentionYears)
            .WithMessage($"De bewaartermijn moet tussen {Organisation.MinRetentionYears} en {Organisation.MaxRetentionYears} jaar liggen.");
        RuleFor(c => c.StaffConcernRetentionYears)
            .NotNull().WithMessage("Vul de bewaartermijn van vermoedens tegen medewerkers in, in jaren.")
            .InclusiveBetween(Organisation.MinRetentionYears, Organisation.MaxRetentionYears)
            .WithMessage($"De bewaartermijn van vermoedens tegen medewerkers moet tussen {Organisation.MinRetentionYears} en {Organisation.MaxRetentionYears} jaar liggen.");
    }
}

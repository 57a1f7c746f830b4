using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.RenameTeam;

public sealed class RenameTeamCommandValidator : AbstractValidator<RenameTeamCommand>
{
    public RenameTeamCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText(FieldName.Singular("de nieuwe naam van het team of de locatie"), Team.NameMaxLength);
    }
}

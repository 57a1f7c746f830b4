using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.AddTeam;

public sealed class AddTeamCommandValidator : AbstractValidator<AddTeamCommand>
{
    public AddTeamCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText(FieldName.Singular("de naam van het team of de locatie"), Team.NameMaxLength);
    }
}

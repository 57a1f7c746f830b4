namespace Meldcode.Application.Administration.ChangeTeamSector;

public sealed class ChangeTeamSectorCommandValidator : AbstractValidator<ChangeTeamSectorCommand>
{
    public ChangeTeamSectorCommandValidator()
    {
        RuleFor(c => c.Sector).Chosen("Kies de sector van het team of de locatie.");
    }
}

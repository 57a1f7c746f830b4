using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Organisations;

public sealed class OrganisationSettingsTests
{
    private readonly Organisation _school = Organisation.Create("Stichting De Linde", Sector.Education);

    [Fact]
    public void The_settings_change_together_and_the_region_is_kept_by_its_own_name()
    {
        _school.ChangeSettings(" Stichting De Eik ", Sector.Childcare, " Veilig Thuis Utrecht ", 20, 5);

        Assert.Equal(("Stichting De Eik", Sector.Childcare, "Utrecht", 20), (_school.Name, _school.Sector, _school.VeiligThuisRegion, _school.RetentionYears));
    }

    [Fact]
    public void A_team_can_be_renamed_but_not_to_the_name_of_another_team()
    {
        var esdoorn = _school.AddTeam("De Esdoorn");
        _school.AddTeam("Het Anker");

        _school.RenameTeam(esdoorn.Id, "de esdoorn (Zeist)");
        var refused = Assert.Throws<DomainException>(() => _school.RenameTeam(esdoorn.Id, "HET ANKER"));

        Assert.Equal("de esdoorn (Zeist)", esdoorn.Name);
        Assert.Equal("Er is al een team of locatie met de naam 'HET ANKER'.", refused.Message);
    }

    [Fact]
    public void A_team_can_keep_its_own_name_with_other_capitals()
    {
        var esdoorn = _school.AddTeam("De Esdoorn");

        _school.RenameTeam(esdoorn.Id, "DE ESDOORN");

        Assert.Equal("DE ESDOORN", esdoorn.Name);
    }
}

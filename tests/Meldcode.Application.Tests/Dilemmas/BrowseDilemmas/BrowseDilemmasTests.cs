using FluentValidation;
using Meldcode.Application.Dilemmas.BrowseDilemmas;
using Meldcode.Application.Dilemmas.DuplicateDilemma;
using Meldcode.Application.Tests.Dilemmas.Support;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Tests.Dilemmas.BrowseDilemmas;

public sealed class BrowseDilemmasTests : DilemmaTest
{
    [Fact]
    public async Task The_library_lists_the_built_in_dilemmas_and_the_organisations_own_but_not_another_organisations()
    {
        var copy = await AsTrainer(new DuplicateDilemmaCommand(await BuiltInIdAsync("beloof-je-het")));
        var written = await AsTrainer(ValidForm());
        var theirs = await AsOtherTrainer(ValidForm("Van de buren"));

        var list = await AsTrainer(new BrowseDilemmasQuery());

        Assert.Equal(DilemmaLibrary.All.Count + 2, list.Count);
        Assert.All(list.Take(DilemmaLibrary.All.Count), d => Assert.Equal(DilemmaOrigin.BuiltIn, d.Origin));
        Assert.Equal(DilemmaOrigin.Copy, list.Single(d => d.Id == copy).Origin);
        Assert.Equal(("Een lege broodtrommel", DilemmaOrigin.Written, 1), list.Where(d => d.Id == written).Select(d => (d.Title, d.Origin, d.LatestVersion)).Single());
        Assert.DoesNotContain(list, d => d.Id == theirs);
    }

    [Fact]
    public async Task Filters_by_form_of_abuse_step_and_sector_combine()
    {
        var list = await AsTrainer(new BrowseDilemmasQuery(FormOfAbuse.FemaleGenitalMutilation, MeldcodeStep.Decision, Sector.Education));

        Assert.Equal("Na de zomervakantie", Assert.Single(list).Title);
    }

    [Fact]
    public async Task Each_filter_keeps_only_dilemmas_that_match_it()
    {
        var byForm = await AsTrainer(new BrowseDilemmasQuery(Form: FormOfAbuse.SexualAbuse));
        var byStep = await AsTrainer(new BrowseDilemmasQuery(Step: MeldcodeStep.Weighing));
        var bySector = await AsTrainer(new BrowseDilemmasQuery(Sector: Sector.Childcare));

        Assert.Equal(3, byForm.Count);
        Assert.All(byForm, d => Assert.Contains(FormOfAbuse.SexualAbuse, d.FormsOfAbuse));
        Assert.NotEmpty(byStep);
        Assert.All(byStep, d => Assert.Equal(MeldcodeStep.Weighing, d.Step));
        Assert.NotEmpty(bySector);
        Assert.All(bySector, d => Assert.Contains(Sector.Childcare, d.Sectors));
    }

    [Fact]
    public async Task Free_text_searches_the_titles_ignoring_case()
    {
        var list = await AsTrainer(new BrowseDilemmasQuery(Text: "  FOTO "));

        Assert.Equal(["Een foto in de groepsapp", "Een foto met een jongen"], list.Select(d => d.Title));
    }

    [Fact]
    public async Task A_search_text_over_100_characters_and_an_unknown_filter_are_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsTrainer(new BrowseDilemmasQuery((FormOfAbuse)99, (MeldcodeStep)0, (Sector)42, new string('a', 101))));

        Assert.Equal(
            ["De zoektekst mag hoogstens 100 tekens lang zijn. Nu zijn het er 101.", "Kies een vorm van geweld uit de lijst.", "Kies een stap uit de lijst.", "Kies een sector uit de lijst."],
            refused.Errors.Select(e => e.ErrorMessage));
    }
}

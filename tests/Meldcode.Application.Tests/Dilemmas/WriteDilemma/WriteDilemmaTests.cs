using FluentValidation;
using Meldcode.Application.Dilemmas;
using Meldcode.Application.Tests.Dilemmas.Support;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Tests.Dilemmas.WriteDilemma;

public sealed class WriteDilemmaTests : DilemmaTest
{
    [Fact]
    public async Task A_written_dilemma_is_saved_for_the_organisation_as_version_1_with_a_key_from_its_title()
    {
        var id = await AsTrainer(ValidForm());

        var stored = await StoredAsync(id);
        var content = stored.Latest.Content;
        Assert.Equal((School.Organisation.Id, DilemmaOrigin.Written, Trainer.Id, "een-lege-broodtrommel"), (stored.OrganisationId, stored.Origin, stored.CreatedByUserId, stored.Key));
        Assert.Equal(1, stored.Latest.Number);
        Assert.Equal(["Niets", "Ouders bellen", "Opschrijven wat je ziet"], content.DecisionPoints[0].Options.Select(o => o.Text));
        Assert.Equal(["C"], content.DecisionPoints[0].View.FittingOptionKeys);
        Assert.True(content.DecisionPoints[1].IsScale);
        Assert.True(content.DecisionPoints[1].View.Depends);
        Assert.Equal(["Wat zie jij op maandag?", "Wie bel jij voor overleg?"], content.DiscussionPrompts);
    }

    [Fact]
    public async Task Blank_option_fields_are_left_out_and_the_fitting_letter_follows_its_option()
    {
        var form = ValidForm() with
        {
            DecisionPoints = [new DecisionPointInput(DecisionPointKind.Choice, "Wat doe je?", ["Niets", " ", "Opschrijven"], ["c"], null, null, null, null, false, "Schrijf het op.")],
        };

        var point = (await StoredAsync(await AsTrainer(form))).Latest.Content.DecisionPoints.Single();

        Assert.Equal([("A", "Niets"), ("B", "Opschrijven")], point.Options.Select(o => (o.Key, o.Text)));
        Assert.Equal(["B"], point.View.FittingOptionKeys);
    }

    [Fact]
    public async Task A_scale_with_a_fitting_range_is_saved()
    {
        var form = ValidForm() with
        {
            DecisionPoints = [new DecisionPointInput(DecisionPointKind.Scale, "Hoe zeker ben je?", null, null, "Niet zeker", "Heel zeker", 2, 4, false, "Twijfel is normaal.")],
        };

        var view = (await StoredAsync(await AsTrainer(form))).Latest.Content.DecisionPoints.Single().View;

        Assert.Equal((2, 4), (view.ScaleFrom, view.ScaleTo));
    }

    [Fact]
    public async Task Two_dilemmas_with_the_same_title_get_different_keys()
    {
        var first = await StoredAsync(await AsTrainer(ValidForm("Maandagochtend")));
        var second = await StoredAsync(await AsTrainer(ValidForm("Maandagochtend")));

        Assert.Equal(("maandagochtend-2", "maandagochtend-3"), (first.Key, second.Key));
    }

    [Fact]
    public async Task An_empty_or_tampered_form_is_refused_field_by_field_in_Dutch_and_nothing_is_saved()
    {
        var before = await CountAsync();
        var form = new Application.Dilemmas.WriteDilemma.WriteDilemmaCommand(
            " ", new string('x', 1_501), [], [(FormOfAbuse)99], null, null, (WeighingQuestion)77,
            [new DecisionPointInput(DecisionPointKind.Choice, "", ["", ""], [], "", "", null, null, false, " ")],
            ["", " "]);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsTrainer(form));

        Assert.Equal(
            [
                ("Title", "Vul de titel in."),
                ("Story", "Het verhaal mag hoogstens 1.500 tekens lang zijn. Nu zijn het er 1.501."),
                ("Sectors", "Kies minstens één sector."),
                ("FormsOfAbuse", "Kies vormen van geweld uit de lijst."),
                ("Themes", "Kies minstens één thema."),
                ("MeldcodeStep", "Kies de stap van de meldcode die het dilemma oefent."),
                ("Question", "Kies de vraag van het afwegingskader die het dilemma oefent."),
                ("DecisionPoints", "Vul minstens één beslismoment in."),
                ("Prompts", "Vul minstens één gespreksvraag in."),
            ],
            refused.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_decision_point_is_checked_field_by_field_under_its_own_field_names()
    {
        var form = ValidForm() with
        {
            DecisionPoints =
            [
                new DecisionPointInput(DecisionPointKind.Choice, " ", ["Alleen deze", "", ""], ["D"], null, null, null, null, false, "Uitleg."),
                new DecisionPointInput(DecisionPointKind.Scale, "Hoe erg?", null, null, "", new string('h', 81), 4, 2, false, ""),
                new DecisionPointInput(null, "Zonder soort", null, null, null, null, null, null, false, "Uitleg."),
            ],
        };

        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsTrainer(form));

        Assert.Equal(
            [
                ("DecisionPoints[0].Question", "Vul de vraag van het beslismoment in."),
                ("DecisionPoints[0].Options", "Vul minstens 2 keuzes in."),
                ("DecisionPoints[0].FittingOptions", "Kies als passende keuze alleen een keuze die je hebt ingevuld."),
                ("DecisionPoints[1].Rationale", "Vul de uitleg van wat de meldcode zegt in."),
                ("DecisionPoints[1].LowLabel", "Vul het label bij 1 in."),
                ("DecisionPoints[1].HighLabel", "Het label bij 5 mag hoogstens 80 tekens lang zijn. Nu zijn het er 81."),
                ("DecisionPoints[1].ScaleFrom", "Kies welk deel van de schaal past bij de meldcode (van 1 tot 5), of kies 'Het hangt ervan af'."),
                ("DecisionPoints[2].Kind", "Kies of dit beslismoment keuzes of een schaal heeft."),
            ],
            refused.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public async Task Choosing_a_fitting_option_and_it_depends_together_is_refused()
    {
        var form = ValidForm() with
        {
            DecisionPoints = [new DecisionPointInput(DecisionPointKind.Choice, "Wat doe je?", ["Een", "Twee"], ["A"], null, null, null, null, true, "Uitleg.")],
        };

        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsTrainer(form));

        Assert.Equal("Kies passende keuzes of 'Het hangt ervan af', niet allebei.", Assert.Single(refused.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Too_many_decision_points_options_and_prompts_are_refused()
    {
        var point = ValidForm().DecisionPoints![0];
        var form = ValidForm() with
        {
            DecisionPoints = [point, point, point, point],
            Prompts = ["1", "2", "3", "4", "5", "6"],
        };
        var tooManyOptions = ValidForm() with { DecisionPoints = [point with { Options = ["1", "2", "3", "4", "5", "6"] }] };

        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsTrainer(form));
        var refusedOptions = await Assert.ThrowsAsync<ValidationException>(() => AsTrainer(tooManyOptions));

        Assert.Equal(["Een dilemma heeft hoogstens 3 beslismomenten.", "Een dilemma heeft hoogstens 5 gespreksvragen."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal("Een vraag heeft hoogstens 5 keuzes.", Assert.Single(refusedOptions.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_rule_of_the_domain_is_kept_and_nothing_is_saved()
    {
        var before = await CountAsync();
        var form = ValidForm() with
        {
            DecisionPoints = [new DecisionPointInput(DecisionPointKind.Choice, "Wat doe je?", ["Bellen", "bellen"], ["A"], null, null, null, null, false, "Uitleg.")],
        };

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsTrainer(form));

        Assert.Equal("Twee keuzes hebben dezelfde tekst.", refused.Message);
        Assert.Equal(before, await CountAsync());
    }
}

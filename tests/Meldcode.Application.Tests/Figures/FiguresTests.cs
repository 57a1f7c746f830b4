using System.Text;
using System.Text.Json;
using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Figures;
using Meldcode.Application.Figures.ExportFigures;
using Meldcode.Application.Figures.GetFigureLocations;
using Meldcode.Application.Figures.GetFigures;
using static Meldcode.Application.Tests.Figures.FiguresWalk;

namespace Meldcode.Application.Tests.Figures;

/// <summary>
/// The figures for the board and the yearly evaluation, over a small school: Locatie Noord and Locatie Zuid with
/// dossiers opened, decided, reported and closed before, in and after the first half of 2026, and a dossier of the
/// youth care organisation next door in the same period.
/// </summary>
public sealed class FiguresTests : SchoolTest
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 6, 30);

    private readonly List<Dossier> _dossiers = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var noord = School.TeamA;
        var zuid = School.TeamB;

        // Noord 1: opened before the period, decided to close in it (which closes it at once).
        Add(Open(School, noord, School.Owner, 101, "Liselotte", On(2025, 12, 10)).Signal(SignalCategory.PhysicalAbuse, On(2025, 12, 10))
            .Consult(On(2025, 12, 12)).Talk(On(2025, 12, 15)).Weigh(Outcome.Close, On(2025, 12, 20)).Decide(Outcome.Close, On(2026, 2, 1)));

        // Noord 2: opened, reported and closed in the period; two signals of one form and one of another.
        Add(Open(School, noord, School.Owner, 102, "Maximiliaan", On(2026, 2, 1))
            .Signal(SignalCategory.PhysicalAbuse, On(2026, 2, 1)).Signal(SignalCategory.PhysicalAbuse, On(2026, 2, 3)).Signal(SignalCategory.SexualAbuse, On(2026, 2, 4))
            .Consult(On(2026, 2, 11)).Talk(On(2026, 2, 15)).Weigh(Outcome.Report, On(2026, 2, 20)).Decide(Outcome.Report, On(2026, 2, 22))
            .Report(On(2026, 2, 23)).Close(On(2026, 3, 1)));

        // Noord 3: opened in the period, the conversation skipped, help decided against the advice to report (a deviation); still open.
        Add(Open(School, noord, School.Owner, 103, "Josefien", On(2026, 3, 1)).Signal(SignalCategory.EmotionalNeglect, On(2026, 3, 1))
            .Consult(On(2026, 3, 5)).SkipTalk(On(2026, 3, 6)).Weigh(Outcome.Report, On(2026, 3, 10)).Decide(Outcome.HelpAndMonitor, On(2026, 3, 12)));

        // Noord 4: opened in the period, no decision yet.
        Add(Open(School, noord, School.Owner, 104, "Barnabas", On(2026, 5, 1)).Signal(SignalCategory.PhysicalAbuse, On(2026, 5, 1)));

        // Noord 5: opened after the period.
        Add(Open(School, noord, School.Owner, 105, "Cornelia", On(2026, 8, 1)).Signal(SignalCategory.HonourRelatedViolence, On(2026, 8, 1)));

        // Zuid 1: opened in the period, decided to report and help, reported; still open.
        Add(Open(School, zuid, School.Consultant, 201, "Evert-Jan", On(2026, 4, 1)).Signal(SignalCategory.WitnessingDomesticViolence, On(2026, 4, 1))
            .Consult(On(2026, 4, 3)).Talk(On(2026, 4, 4)).Weigh(Outcome.ReportAndHelp, On(2026, 4, 6)).Decide(Outcome.ReportAndHelp, On(2026, 4, 10))
            .Report(On(2026, 4, 11)));

        // Zuid 2: everything before the period; still open with its decision.
        Add(Open(School, zuid, School.Consultant, 202, "Wilhelmina", On(2025, 6, 1)).Signal(SignalCategory.EmotionalAbuse, On(2025, 6, 1))
            .Consult(On(2025, 6, 3)).Talk(On(2025, 6, 4)).Weigh(Outcome.Report, On(2025, 6, 6)).Decide(Outcome.Report, On(2025, 7, 1)).Report(On(2025, 7, 2)));

        // The organisation next door: a dossier in the period that no one of the school may count.
        var outsider = new Actor(School.Outsider.Id, School.Outsider.DisplayName);
        var next = Dossier.Open(School.OtherOrganisation.Id, Meldcode.Domain.Organisations.Sector.YouthCare, School.OtherTeam.Id, new DossierNumber(2026, 301),
            new Child("Bartholomeus", "Buiten", new DateOnly(2016, 1, 1), null), outsider, On(2026, 3, 3));
        _dossiers.Add(next);

        await Host.WithContextAsync(async context =>
        {
            context.Dossiers.AddRange(_dossiers);
            return await context.SaveChangesAsync();
        });

        void Add(FiguresWalk walk) => _dossiers.Add(walk.Dossier);
    }

    [Fact]
    public async Task The_board_sees_the_counts_of_every_location_and_their_total()
    {
        var figures = await Host.SendAsAsync(School.Board, new GetFiguresQuery(From, To));

        Assert.Equal(["Locatie Noord", "Locatie Zuid"], figures.Locations.Select(l => l.Location));
        var noord = figures.Locations[0];
        var zuid = figures.Locations[1];
        Assert.Equal((3, 2, 1), (noord.Opened, noord.Closed, noord.OpenWithoutDecision));
        Assert.Equal((1, 0, 0), (zuid.Opened, zuid.Closed, zuid.OpenWithoutDecision));
        Assert.Equal((4, 2, 1), (figures.Total.Opened, figures.Total.Closed, figures.Total.OpenWithoutDecision));

        Assert.Equal((1, 1, 1, 0), (noord.Decided(Outcome.Close), noord.Decided(Outcome.Report), noord.Decided(Outcome.HelpAndMonitor), noord.Decided(Outcome.ReportAndHelp)));
        Assert.Equal((0, 0, 0, 1), (zuid.Decided(Outcome.Close), zuid.Decided(Outcome.Report), zuid.Decided(Outcome.HelpAndMonitor), zuid.Decided(Outcome.ReportAndHelp)));
        Assert.Equal((1, 0, 1), (noord.Deviations, zuid.Deviations, figures.Total.Deviations));
        Assert.Equal((1, 1, 2), (noord.Reports, zuid.Reports, figures.Total.Reports));
    }

    [Fact]
    public async Task A_dossier_counts_once_for_each_form_of_abuse_it_has_and_only_when_opened_in_the_period()
    {
        var figures = await Host.SendAsAsync(School.Board, new GetFiguresQuery(From, To));

        var total = figures.Total;
        Assert.Equal(2, total.FormOfAbuse(SignalCategory.PhysicalAbuse)); // Noord 2 (two signals) and Noord 4; not Noord 1, opened before
        Assert.Equal(1, total.FormOfAbuse(SignalCategory.SexualAbuse));
        Assert.Equal(1, total.FormOfAbuse(SignalCategory.EmotionalNeglect));
        Assert.Equal(1, total.FormOfAbuse(SignalCategory.WitnessingDomesticViolence));
        Assert.Equal(0, total.FormOfAbuse(SignalCategory.EmotionalAbuse)); // Zuid 2, opened in 2025
        Assert.Equal(0, total.FormOfAbuse(SignalCategory.HonourRelatedViolence)); // Noord 5, opened after
        Assert.Equal(1, figures.Locations[1].FormOfAbuse(SignalCategory.WitnessingDomesticViolence));
        Assert.DoesNotContain(SignalCategory.ContraIndication, total.ByFormOfAbuse.Keys);
    }

    [Fact]
    public async Task The_average_days_per_step_count_the_steps_completed_in_the_period()
    {
        var figures = await Host.SendAsAsync(School.Board, new GetFiguresQuery(From, To));

        var noord = figures.Locations[0];
        Assert.Equal(new StepDuration(7, 2), noord.Step(MeldcodeStep.Signals)); // 10 and 4 days
        Assert.Equal(new StepDuration(2.5, 2), noord.Step(MeldcodeStep.Consultation)); // 4 days, and 1 to the skipped conversation
        Assert.Equal(new StepDuration(4.5, 2), noord.Step(MeldcodeStep.Conversation)); // 5 and 4
        Assert.Equal(47.0 / 3, noord.Step(MeldcodeStep.Weighing).AverageDays!.Value, 6); // 43 (weighed in 2025, decided in 2026), 2 and 2
        Assert.Equal(new StepDuration(3.5, 2), noord.Step(MeldcodeStep.Decision)); // closed at once by the decision, and 7 days

        var total = figures.Total;
        Assert.Equal(16.0 / 3, total.Step(MeldcodeStep.Signals).AverageDays!.Value, 6);
        Assert.Equal(3, total.Step(MeldcodeStep.Signals).Dossiers);
        Assert.Equal(new StepDuration(12.75, 4), total.Step(MeldcodeStep.Weighing));
        Assert.Equal(StepDuration.None, figures.Locations[1].Step(MeldcodeStep.Decision)); // nothing closed in Zuid
    }

    [Fact]
    public async Task A_lead_sees_only_the_teams_where_they_are_aandachtsfunctionaris()
    {
        var figures = await Host.SendAsAsync(School.LeadB, new GetFiguresQuery(From, To));
        var choices = await Host.SendAsAsync(School.LeadB, new GetFigureLocationsQuery());

        Assert.Equal(["Locatie Zuid"], figures.Locations.Select(l => l.Location));
        Assert.Equal((1, 1, 0), (figures.Total.Opened, figures.Total.Reports, figures.Total.Closed));
        Assert.Equal([School.TeamB.Id], choices.Select(c => c.TeamId));
    }

    [Fact]
    public async Task One_location_can_be_chosen_and_the_total_is_then_that_location()
    {
        var figures = await Host.SendAsAsync(School.Board, new GetFiguresQuery(From, To, School.TeamA.Id));

        Assert.Equal(["Locatie Noord"], figures.Locations.Select(l => l.Location));
        Assert.Equal((3, 2, 1), (figures.Total.Opened, figures.Total.Closed, figures.Total.Reports));
    }

    [Fact]
    public async Task A_team_the_caller_may_not_see_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsAsync(School.LeadB, new GetFiguresQuery(From, To, School.TeamA.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsAsync(School.LeadB, new ExportFiguresQuery(From, To, School.TeamA.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsAsync(School.Board, new GetFiguresQuery(From, To, School.OtherTeam.Id)));
    }

    [Fact]
    public async Task The_board_of_another_organisation_counts_only_its_own_dossiers()
    {
        var figures = await Host.SendAsAsync(School.Outsider, new GetFiguresQuery(From, To));

        Assert.Equal(["Team Oost"], figures.Locations.Select(l => l.Location));
        Assert.Equal(1, figures.Total.Opened);
        Assert.Equal(1, figures.Total.OpenWithoutDecision);
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.ColleagueNotOnTheDossier)]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Trainer)]
    [InlineData(Who.PrivacyOfficer)]
    public async Task Nobody_but_the_board_and_the_aandachtsfunctionarissen_sees_figures(Who who)
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsAsync(School[who], new GetFiguresQuery(From, To)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsAsync(School[who], new ExportFiguresQuery(From, To)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsAsync(School[who], new GetFigureLocationsQuery()));
    }

    [Fact]
    public async Task Without_dates_the_figures_cover_the_calendar_year_so_far()
    {
        var figures = await Host.SendAsAsync(School.Board, new GetFiguresQuery());

        Assert.Equal(new FiguresPeriod(new DateOnly(2026, 1, 1), Clock.Today), figures.Period);
        Assert.Equal(4, figures.Locations[0].Opened); // Noord 5, opened in August, now counts too
        Assert.Equal(1, figures.Locations[0].FormOfAbuse(SignalCategory.HonourRelatedViolence));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_is_refused_with_a_message()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsAsync(School.Board, new GetFiguresQuery(To, From)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("To", error.PropertyName);
        Assert.Equal("De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.", error.ErrorMessage);
    }

    [Fact]
    public async Task A_period_longer_than_five_years_is_refused_and_five_years_exactly_is_not()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsAsync(School.Board, new ExportFiguresQuery(new DateOnly(2021, 1, 1), new DateOnly(2026, 1, 2))));
        var fiveYears = await Host.SendAsAsync(School.Board, new GetFiguresQuery(new DateOnly(2021, 1, 1), new DateOnly(2026, 1, 1)));

        Assert.Equal("Kies een periode van hoogstens 5 jaar.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(2, fiveYears.Total.Opened); // Zuid 2 and Noord 1, opened in 2025
    }

    [Fact]
    public async Task The_csv_file_holds_the_same_figures_with_semicolons_and_a_byte_order_mark()
    {
        var file = await Host.SendAsAsync(School.Board, new ExportFiguresQuery(From, To));

        Assert.Equal("meldcode-cijfers-2026-01-01-tot-en-met-2026-06-30.csv", file.FileName);
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.Content[..3]);
        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Van;Tot en met;Locatie;Onderdeel;Maat;Waarde", lines[0]);
        Assert.Contains("01-01-2026;30-06-2026;Locatie Noord;Dossiers;Geopend;3", lines);
        Assert.Contains("01-01-2026;30-06-2026;Locatie Zuid;Besluit;Melden en hulp;1", lines);
        Assert.Contains("01-01-2026;30-06-2026;Totaal;Veilig Thuis;Meldingen;2", lines);
        Assert.Contains("01-01-2026;30-06-2026;Totaal;Vorm van mishandeling (geopende dossiers);Lichamelijke mishandeling;2", lines);
        Assert.Contains("01-01-2026;30-06-2026;Locatie Noord;Gemiddeld aantal dagen per stap;1. Signalen in kaart brengen;7,0", lines);
        Assert.Contains("01-01-2026;30-06-2026;Locatie Zuid;Gemiddeld aantal dagen per stap;5. Beslissen;", lines);
        Assert.All(lines.Skip(1), line => Assert.Equal(5, line.Count(c => c == ';')));
    }

    [Fact]
    public async Task Neither_the_figures_nor_the_csv_name_a_child_or_a_dossier()
    {
        var figures = JsonSerializer.Serialize(await Host.SendAsAsync(School.Board, new GetFiguresQuery(From, To)));
        var csv = Encoding.UTF8.GetString((await Host.SendAsAsync(School.Board, new ExportFiguresQuery(From, To))).Content);

        foreach (var dossier in _dossiers)
        {
            foreach (var text in new[] { figures, csv })
            {
                Assert.DoesNotContain(dossier.Child!.FirstName, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Veldhuis", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(dossier.Number, text, StringComparison.Ordinal);
                Assert.DoesNotContain(dossier.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}

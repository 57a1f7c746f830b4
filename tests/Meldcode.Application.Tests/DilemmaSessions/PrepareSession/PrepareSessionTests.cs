using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;
using Meldcode.Application.DilemmaSessions.PrepareSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.DilemmaSessions.PrepareSession;

/// <summary>A trainer builds a session from the library: the session keeps the version of each dilemma it got.</summary>
public sealed class PrepareSessionTests : DilemmaSessionTest
{
    [Fact]
    public async Task A_prepared_session_holds_the_dilemmas_in_the_order_given_at_their_current_version()
    {
        var id = await Sessions.PrepareAsync(null, SessionDriver.SecondKey, SessionDriver.FirstKey);

        var session = await SessionAsync(id);
        Assert.Equal(SessionState.Prepared, session.State);
        Assert.Equal("Teamdag meldcode", session.Title);
        Assert.Equal(Trainer.Id, session.TrainerId);
        Assert.Equal(School.Organisation.Id, session.OrganisationId);
        Assert.Null(session.JoinCode);
        Assert.Equal([SessionDriver.SecondKey, SessionDriver.FirstKey], session.Dilemmas.Select(d => d.Content.Key));
        Assert.Equal([1, 1], session.Dilemmas.Select(d => d.SourceVersion));
        Assert.Equal([await Sessions.BuiltInIdAsync(SessionDriver.SecondKey), await Sessions.BuiltInIdAsync(SessionDriver.FirstKey)], session.Dilemmas.Select(d => d.SourceDilemmaId));
    }

    [Fact]
    public async Task A_later_version_of_a_built_in_dilemma_does_not_change_a_session_that_was_prepared_before_it()
    {
        var before = await Sessions.PrepareAsync(null, SessionDriver.FirstKey);
        var libraryId = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);
        await Host.WithContextAsync(async c =>
        {
            var dilemma = await c.LibraryDilemmas.Include(d => d.Versions).SingleAsync(d => d.Id == libraryId);
            dilemma.UpdateBuiltIn(SessionDriver.Retitled(dilemma.Latest.Content, "Beloof je het, juf?"), Clock.Now);
            return await c.SaveChangesAsync();
        });

        var after = await Sessions.PrepareAsync(null, SessionDriver.FirstKey);

        var old = (await SessionAsync(before)).Dilemmas.Single();
        Assert.Equal(1, old.SourceVersion);
        Assert.Equal("Beloof je het?", old.Content.Title);
        var current = (await SessionAsync(after)).Dilemmas.Single();
        Assert.Equal(2, current.SourceVersion);
        Assert.Equal("Beloof je het, juf?", current.Content.Title);

        await Sessions.StartAsync(before);
        var screen = await Sessions.ScreenAsync(before);
        Assert.Equal("Beloof je het?", screen.Point.DilemmaTitle);
        Assert.Equal(["Beloof je het?"], screen.DilemmaTitles);
        var summary = await Sessions.AsTrainerAsync(new GetSessionSummaryQuery(before));
        Assert.All(summary.Points, p => Assert.Equal(("Beloof je het?", 1), (p.DilemmaTitle, p.SourceVersion)));
    }

    [Fact]
    public async Task An_edit_of_the_organisations_own_dilemma_after_preparing_leaves_the_session_as_it_was()
    {
        var own = await Sessions.WriteDilemmaAsync(School.Organisation.Id, "eigen-dilemma", "Ons eigen dilemma");
        var id = await Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", [own]));
        await Host.WithContextAsync(async c =>
        {
            var dilemma = await c.LibraryDilemmas.Include(d => d.Versions).SingleAsync(d => d.Id == own);
            dilemma.Edit(SessionDriver.Retitled(dilemma.Latest.Content, "Ons eigen dilemma, herzien"), Trainer.Id, Clock.Now);
            return await c.SaveChangesAsync();
        });

        var dilemma = (await SessionAsync(id)).Dilemmas.Single();
        Assert.Equal((1, "Ons eigen dilemma"), (dilemma.SourceVersion, dilemma.Content.Title));
        await Sessions.StartAsync(id);
        Assert.Equal("Ons eigen dilemma", (await Sessions.ScreenAsync(id)).Point.DilemmaTitle);
    }

    [Fact]
    public async Task An_unknown_dilemma_is_not_found_and_nothing_is_saved()
    {
        var known = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", [known, Guid.NewGuid()])));

        Assert.Equal(0, await Host.WithContextAsync(c => c.DilemmaSessions.CountAsync()));
    }

    [Fact]
    public async Task A_dilemma_of_another_organisation_is_not_found_and_nothing_is_saved()
    {
        var theirs = await Sessions.WriteDilemmaAsync(School.OtherOrganisation.Id, "hun-dilemma", "Hun eigen dilemma");

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", [theirs])));

        Assert.Equal(0, await Host.WithContextAsync(c => c.DilemmaSessions.CountAsync()));
    }

    [Theory]
    [InlineData(null, "Vul de naam van de sessie in.")]
    [InlineData("  ", "Vul de naam van de sessie in.")]
    public async Task A_session_without_a_title_is_refused_in_Dutch(string? title, string message)
    {
        var known = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand(title, [known])));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task A_title_over_100_characters_is_refused_in_Dutch()
    {
        var known = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand(new string('a', 101), [known])));

        Assert.Equal(["De naam van de sessie mag hoogstens 100 tekens lang zijn. Nu zijn het er 101."], refused.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task No_dilemmas_or_more_than_ten_are_refused_in_Dutch()
    {
        var eleven = await Host.WithContextAsync(c => c.LibraryDilemmas.Where(d => d.OrganisationId == null).Select(d => d.Id).Take(11).ToListAsync());
        Assert.Equal(11, eleven.Count);

        var none = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", [])));
        var missing = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", null)));
        var tooMany = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", eleven)));

        Assert.Equal(["Kies minstens één dilemma."], none.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Kies minstens één dilemma."], missing.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Kies hoogstens 10 dilemma's."], tooMany.Errors.Select(e => e.ErrorMessage));
        Assert.NotEqual(Guid.Empty, await Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", eleven[..10])));
    }

    [Fact]
    public async Task A_dilemma_chosen_twice_or_the_empty_id_is_refused_in_Dutch()
    {
        var known = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);

        var twice = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", [known, known])));
        var empty = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new PrepareSessionCommand("Teamdag", [known, Guid.Empty])));

        Assert.Equal(["Kies elk dilemma één keer."], twice.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Kies elk dilemma één keer."], empty.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(0, await Host.WithContextAsync(c => c.DilemmaSessions.CountAsync()));
    }
}

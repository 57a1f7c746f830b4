using MediatR;
using Meldcode.Application.Dilemmas;
using Meldcode.Application.Dilemmas.EditDilemma;
using Meldcode.Application.Dilemmas.WriteDilemma;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Organisations;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dilemmas.Support;

/// <summary>
/// The school with the built-in dilemmas synchronised into its database, its trainer, and a trainer of the youth care
/// organisation next door, whose dilemmas the school must never see.
/// </summary>
public abstract class DilemmaTest : SchoolTest
{
    private User? _otherTrainer;

    protected User Trainer => School[Who.Trainer];

    /// <summary>A trainer of the other organisation.</summary>
    protected User OtherTrainer => _otherTrainer ?? throw new InvalidOperationException("Added in InitializeAsync.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.WithContextAsync(context => new BuiltInDilemmaSync(context, Clock).SynchroniseAsync(CancellationToken.None));
        _otherTrainer = await Host.WithContextAsync(async context =>
        {
            var other = await context.Organisations.SingleAsync(o => o.Id == School.OtherOrganisation.Id);
            var user = User.Create(other, "Lotte Hendriks", null);
            user.Grant(Role.Trainer);
            context.Users.Add(user);
            await context.SaveChangesAsync();
            return user;
        });
    }

    protected Task<T> AsTrainer<T>(IRequest<T> request) => Host.SendAsAsync(Trainer, request);

    protected Task<T> AsOtherTrainer<T>(IRequest<T> request) => Host.SendAsAsync(OtherTrainer, request);

    /// <summary>The id of a built-in dilemma in the database.</summary>
    protected Task<Guid> BuiltInIdAsync(string key) =>
        Host.WithContextAsync(c => c.LibraryDilemmas.Where(d => d.OrganisationId == null && d.Key == key).Select(d => d.Id).SingleAsync());

    protected Task<LibraryDilemma> StoredAsync(Guid id) =>
        Host.WithContextAsync(c => c.LibraryDilemmas.AsNoTracking().Include(d => d.Versions).SingleAsync(d => d.Id == id));

    protected Task<int> CountAsync() => Host.WithContextAsync(c => c.LibraryDilemmas.CountAsync());

    /// <summary>A complete, valid form: one choice with C fitting, one scale that depends, two prompts.</summary>
    protected static WriteDilemmaCommand ValidForm(string title = "Een lege broodtrommel") => new(
        title,
        "Sem (6) heeft al weken geen eten bij zich. Hij vraagt andere kinderen om hun brood.",
        [Sector.Education],
        [FormOfAbuse.PhysicalNeglect],
        [DilemmaTheme.HungryAndUnwashedOnMondays],
        MeldcodeStep.Signals,
        WeighingQuestion.Suspicion,
        [
            new DecisionPointInput(DecisionPointKind.Choice, "Wat doe je eerst?", ["Niets", "Ouders bellen", "Opschrijven wat je ziet", "", ""], ["C"], null, null, null, null, false, "Leg eerst vast wat je ziet."),
            new DecisionPointInput(DecisionPointKind.Scale, "Hoe zorgelijk is dit?", [], [], "Niet zorgelijk", "Heel zorgelijk", null, null, true, "Dat hangt af van hoe lang het al duurt."),
        ],
        ["Wat zie jij op maandag?", "", "Wie bel jij voor overleg?"]);

    protected static EditDilemmaCommand AsEdit(WriteDilemmaCommand form, Guid id, int expectedVersion) => new(
        id, expectedVersion, form.Title, form.Story, form.Sectors, form.FormsOfAbuse, form.Themes, form.MeldcodeStep, form.Question, form.DecisionPoints, form.Prompts);
}

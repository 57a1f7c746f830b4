using Meldcode.Domain.DilemmaSessions;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.DilemmaSessions.Support;

/// <summary>
/// The school with the built-in dilemmas in its library, as every start of the app stores them, and a driver for live
/// sessions. Rounds are named as the pages send them: <c>dilemma:point:vote</c>, from 0.
/// </summary>
public abstract class DilemmaSessionTest : SchoolTest
{
    /// <summary>Vote 1 of the first decision point of the first dilemma.</summary>
    protected const string FirstVote = "0:0:1";

    protected const string SecondVote = "0:0:2";

    private SessionDriver? _sessions;

    public SessionDriver Sessions => _sessions ?? throw new InvalidOperationException("The driver is made in InitializeAsync.");

    protected User Trainer => School[Who.Trainer];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using (var scope = Host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<BuiltInDilemmaSync>().SynchroniseAsync(CancellationToken.None);
        }

        _sessions = new SessionDriver(Host, School);
    }

    /// <summary>A second trainer of the school.</summary>
    protected Task<User> AddTrainerAsync(string name = "Lotte Kramer") =>
        Host.WithContextAsync(async context =>
        {
            var user = User.Create(School.Organisation, name, null);
            user.Grant(Role.Trainer);
            context.Users.Add(user);
            await context.SaveChangesAsync();
            return user;
        });

    /// <summary>A trainer of another organisation (the childcare organisation of the demo data).</summary>
    protected async Task<User> AddTrainerOfAnotherOrganisationAsync() => (await Host.WithContextAsync(DemoData.SaveAsync)).Professional;

    protected Task<DilemmaSession> SessionAsync(Guid id) =>
        Host.WithContextAsync(c => c.DilemmaSessions.AsNoTracking().SingleAsync(s => s.Id == id));

    protected Task<List<SessionVote>> VotesAsync(Guid id) =>
        Host.WithContextAsync(c => c.SessionVotes.AsNoTracking().Where(v => v.SessionId == id).ToListAsync());

    protected Task<List<SessionParticipant>> ParticipantsAsync(Guid id) =>
        Host.WithContextAsync(c => c.SessionParticipants.AsNoTracking().Where(p => p.SessionId == id).ToListAsync());

    protected Task<List<Reflection>> ReflectionsAsync(Guid id) =>
        Host.WithContextAsync(c => c.Reflections.AsNoTracking().Where(r => r.SessionId == id).OrderBy(r => r.SentAt).ToListAsync());
}

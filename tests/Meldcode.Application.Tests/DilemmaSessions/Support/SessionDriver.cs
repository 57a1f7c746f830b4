using MediatR;
using Meldcode.Application.DilemmaSessions.AdvanceSession;
using Meldcode.Application.DilemmaSessions.CastVote;
using Meldcode.Application.DilemmaSessions.EndSession;
using Meldcode.Application.DilemmaSessions.GetParticipantScreen;
using Meldcode.Application.DilemmaSessions.GetSessionScreen;
using Meldcode.Application.DilemmaSessions.JoinSession;
using Meldcode.Application.DilemmaSessions.PrepareSession;
using Meldcode.Application.DilemmaSessions.SendReflection;
using Meldcode.Application.DilemmaSessions.StartSession;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.Support;

/// <summary>A running session as the tests drive it: its identifier, its code and the participants who joined.</summary>
public sealed record RunningSession(Guid Id, string Code, IReadOnlyList<JoinedSession> Participants)
{
    public JoinedSession this[int participant] => Participants[participant];
}

/// <summary>
/// Drives live sessions the way the pages do: the trainer (signed in) prepares, starts and moves a session on;
/// participants (anonymous, by their token) join, vote and send reflections.
/// </summary>
public sealed class SessionDriver(ApplicationHost host, School school)
{
    /// <summary>Two choice points (A–C, B fits each).</summary>
    public const string FirstKey = "beloof-je-het";

    /// <summary>A choice point (A–C, B fits), then a scale (4–5 fit).</summary>
    public const string SecondKey = "zeg-het-tegen-niemand";

    public User Trainer => school[Who.Trainer];

    /// <summary>The library's identifier of a built-in dilemma.</summary>
    public Task<Guid> BuiltInIdAsync(string key) =>
        host.WithContextAsync(c => c.LibraryDilemmas.Where(d => d.OrganisationId == null && d.Key == key).Select(d => d.Id).SingleAsync());

    /// <summary>Saves a dilemma written by a trainer of <paramref name="organisationId"/> (a copy of a built-in one under a key of its own).</summary>
    public Task<Guid> WriteDilemmaAsync(Guid organisationId, string key, string title) =>
        host.WithContextAsync(async c =>
        {
            var dilemma = LibraryDilemma.Write(organisationId, Retitled(DilemmaLibrary.Find(FirstKey)!, title, key), Trainer.Id, DateTimeOffset.UtcNow);
            c.LibraryDilemmas.Add(dilemma);
            await c.SaveChangesAsync();
            return dilemma.Id;
        });

    /// <summary>The same dilemma with another title (and key).</summary>
    public static Dilemma Retitled(Dilemma d, string title, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new Dilemma(key ?? d.Key, title, d.Story, d.Sectors, d.FormsOfAbuse, d.Themes, d.Step, d.Question, d.DecisionPoints, d.DiscussionPrompts);
    }

    public Task<T> AsTrainerAsync<T>(IRequest<T> request, User? trainer = null) => host.SendAsAsync(trainer ?? Trainer, request);

    /// <summary>Sends a request as a participant's browser does: nobody signed in.</summary>
    public Task<T> AnonymouslyAsync<T>(IRequest<T> request)
    {
        host.CurrentUser.UserId.Returns((Guid?)null);
        host.CurrentUser.Roles.Returns(new HashSet<Role>());
        return host.SendAsync(request);
    }

    /// <summary>Sends any request (its response type unknown) as <paramref name="user"/>, or anonymously when null.</summary>
    public async Task<object?> SendAsync(User? user, object request)
    {
        if (user is null)
        {
            host.CurrentUser.UserId.Returns((Guid?)null);
            host.CurrentUser.Roles.Returns(new HashSet<Role>());
        }
        else
        {
            host.SignInAs(user.Id, [.. user.Roles]);
        }

        ArgumentNullException.ThrowIfNull(request);
        var response = request.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethods().Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethodDefinition).MakeGenericMethod(response);
        using var scope = host.Services.CreateScope();
        var task = (Task)send.Invoke(scope.ServiceProvider.GetRequiredService<IMediator>(), [request, CancellationToken.None])!;
        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
    }

    /// <summary>Prepares a session of the two built-in dilemmas (or those given, in order).</summary>
    public async Task<Guid> PrepareAsync(User? trainer = null, params string[] keys)
    {
        var ids = new List<Guid>();
        foreach (var key in keys.Length == 0 ? [FirstKey, SecondKey] : keys)
        {
            ids.Add(await BuiltInIdAsync(key));
        }

        return await AsTrainerAsync(new PrepareSessionCommand("Teamdag meldcode", ids), trainer);
    }

    public Task<string> StartAsync(Guid id, User? trainer = null) => AsTrainerAsync(new StartSessionCommand(id), trainer);

    /// <summary>Prepares and starts a session of the two built-in dilemmas, and lets <paramref name="participants"/> people join.</summary>
    public async Task<RunningSession> RunAsync(int participants = 0, User? trainer = null)
    {
        var id = await PrepareAsync(trainer);
        var code = await StartAsync(id, trainer);
        return new RunningSession(id, code, await JoinAsync(code, participants));
    }

    public async Task<IReadOnlyList<JoinedSession>> JoinAsync(string code, int participants)
    {
        var joined = new List<JoinedSession>();
        for (var i = 0; i < participants; i++)
        {
            joined.Add(await AnonymouslyAsync(new JoinSessionCommand(code)));
        }

        return joined;
    }

    public Task<Unit> VoteAsync(JoinedSession participant, string round, string answer)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return AnonymouslyAsync(new CastVoteCommand(participant.SessionId, participant.Token, round, answer));
    }

    /// <summary>The first participants vote, one answer each, in the order given.</summary>
    public async Task VoteAsync(RunningSession session, string round, params string[] answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        for (var i = 0; i < answers.Length; i++)
        {
            await VoteAsync(session[i], round, answers[i]);
        }
    }

    public Task<Unit> ReflectAsync(JoinedSession participant, string text)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return AnonymouslyAsync(new SendReflectionCommand(participant.SessionId, participant.Token, text));
    }

    public Task<ParticipantScreen> ParticipantScreenAsync(JoinedSession participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return AnonymouslyAsync(new GetParticipantScreenQuery(participant.SessionId, participant.Token));
    }

    public Task<SessionScreen> ScreenAsync(Guid id, User? trainer = null) => AsTrainerAsync(new GetSessionScreenQuery(id), trainer);

    /// <summary>Presses "next" once, from the stage the trainer's screen shows now.</summary>
    public async Task<bool> AdvanceAsync(Guid id, int? discussionMinutes = null)
    {
        var point = (await ScreenAsync(id)).Point;
        return await AsTrainerAsync(new AdvanceSessionCommand(id, point.Dilemma, point.Point, point.Stage, discussionMinutes));
    }

    /// <summary>Presses "next" until the session shows <paramref name="stage"/> (of the current or a later decision point).</summary>
    public async Task AdvanceToAsync(Guid id, SessionStage stage)
    {
        while ((await ScreenAsync(id)).Point.Stage != stage)
        {
            Assert.True(await AdvanceAsync(id));
        }
    }

    public Task<Unit> EndAsync(Guid id) => AsTrainerAsync(new EndSessionCommand(id));
}

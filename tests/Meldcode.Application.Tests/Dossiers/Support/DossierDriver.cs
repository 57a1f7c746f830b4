using FluentValidation;
using MediatR;
using Meldcode.Application.Dossiers;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Application.Dossiers.OpenDossier;
using Meldcode.Domain.Organisations;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Dossiers.Support;

/// <summary>A dossier as it is in the database right now: the aggregate, its version, and the clock's time.</summary>
public sealed record DossierState(Dossier Dossier, int Version, DateTimeOffset Now)
{
    public Guid Id => Dossier.Id;

    public DateOnly Today => DutchTime.Today(Now);

    public int ChronologyCount => Dossier.Chronology.Count;
}

/// <summary>
/// Sends use cases through the real pipeline as a given user of the <see cref="School"/>, and reads
/// dossiers back fresh from the database. Changes are built from the current state, so they carry
/// the version a user would have seen.
/// </summary>
public sealed class DossierDriver
{
    private readonly ApplicationHost _host;
    private readonly TestClock _clock;
    private readonly School _school;

    public DossierDriver(ApplicationHost host, TestClock clock, School school)
    {
        _host = host;
        _clock = clock;
        _school = school;
    }

    public Task<TResponse> SendAsync<TResponse>(User user, IRequest<TResponse> request) => _host.SendAsAsync(user, request);

    /// <summary>Sends a request whose response type is known only at run time; returns the response.</summary>
    public async Task<object?> SendAnyAsync(User user, object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var responseType = request.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        var send = typeof(DossierDriver).GetMethod(nameof(SendAsync))!.MakeGenericMethod(responseType);
        var task = (Task)send.Invoke(this, [user, request])!;
        await task;
        return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
    }

    /// <summary>The dossier as a fresh load from the database sees it (its version read with <c>IApplicationDbContext.VersionOf</c>).</summary>
    public Task<DossierState> StateAsync(Guid dossierId) =>
        _host.WithContextAsync(async context =>
        {
            var dossier = await DossierWorkspace.LoadAsync(context, dossierId, CancellationToken.None);
            return new DossierState(dossier, context.VersionOf(dossier), _clock.Now);
        });

    /// <summary>Builds a change from the current state (so with the current version) and sends it as <paramref name="user"/>.</summary>
    public async Task<TResponse> ChangeAsync<TResponse>(User user, Guid dossierId, Func<DossierState, IRequest<TResponse>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await SendAsync(user, change(await StateAsync(dossierId)));
    }

    /// <summary>
    /// Sends a change built from the current state as <paramref name="user"/>, expects it to be refused with
    /// <typeparamref name="TException"/>, and asserts that nothing was saved (same version, same chronology).
    /// </summary>
    public async Task<TException> RefusedAsync<TException>(User user, Guid dossierId, Func<DossierState, object> change)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = await StateAsync(dossierId);

        var refused = await Assert.ThrowsAsync<TException>(() => SendAnyAsync(user, change(before)));

        var after = await StateAsync(dossierId);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.ChronologyCount, after.ChronologyCount);
        return refused;
    }

    /// <summary>The message of the domain rule that refuses a change (nothing saved).</summary>
    public async Task<string> BrokenRuleAsync(User user, Guid dossierId, Func<DossierState, object> change) =>
        (await RefusedAsync<DomainException>(user, dossierId, change)).Message;

    /// <summary>The validators' messages for a change (nothing saved).</summary>
    public async Task<IEnumerable<string>> ValidationMessagesAsync(User user, Guid dossierId, Func<DossierState, object> change) =>
        (await RefusedAsync<ValidationException>(user, dossierId, change)).Errors.Select(e => e.ErrorMessage);

    /// <summary>The validators' messages for a change by the owner to a newly opened dossier (nothing saved).</summary>
    public async Task<IEnumerable<string>> ValidationMessagesAsync(Func<DossierState, object> change) =>
        await ValidationMessagesAsync(_school.Owner, await OpenAsync(), change);

    /// <summary>
    /// Saves a comment by <paramref name="user"/> through a context of its own and returns only when it
    /// is saved: for use inside a clock read, to let another user's save land between a handler's load and its save.
    /// </summary>
    public void SaveCommentInBetween(Guid dossierId, User user, string text)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var scope = _host.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        // SQLite runs EF's async calls synchronously, so waiting here cannot deadlock.
        var dossier = DossierWorkspace.LoadAsync(context, dossierId, CancellationToken.None).GetAwaiter().GetResult();
        dossier.AddComment(text, new Actor(user.Id, user.DisplayName), _clock.Now);
        context.SaveChanges();
    }

    public Task<DossierView> ViewAsync(User user, Guid dossierId) => SendAsync(user, new GetDossierQuery(dossierId));

    /// <summary>Opens a dossier about Noor Bakker (groep 5), by default as the owner in team A.</summary>
    public Task<Guid> OpenAsync(User? owner = null, Team? team = null, string firstName = "Noor") =>
        SendAsync(owner ?? _school.Owner, new OpenDossierCommand((team ?? _school.TeamA).Id, firstName, "Bakker", new DateOnly(2017, 4, 12), "groep 5"));

    /// <summary>A dossier of team A with everyone in place: the owner, a collaborator, and an open request for advice to the consulted colleague.</summary>
    public async Task<Guid> OpenWithEveryoneAsync()
    {
        var id = await OpenAsync();
        await ChangeAsync(_school.Owner, id, s => ValidCommands.Collaborator(s, _school.Collaborator));
        await ChangeAsync(_school.Owner, id, s => ValidCommands.RequestConsultation(s, _school.Consultant));
        return id;
    }

    /// <summary>Steps 1–3 done by the owner: a signal, a consultation and a conversation; the weighing can start.</summary>
    public async Task MakeReadyToWeighAsync(Guid dossierId)
    {
        await ChangeAsync(_school.Owner, dossierId, ValidCommands.Signal);
        await ChangeAsync(_school.Owner, dossierId, ValidCommands.Consultation);
        await ChangeAsync(_school.Owner, dossierId, ValidCommands.Conversation);
    }

    /// <summary>Answers the afwegingskader (as the owner) along the shortest path that ends in <paramref name="outcome"/>.</summary>
    public async Task WeighTowardsAsync(Guid dossierId, Outcome outcome)
    {
        var owner = _school.Owner;
        var suspicion = outcome != Outcome.Close;
        await ChangeAsync(owner, dossierId, s => ValidCommands.Answer(s, WeighingQuestion.Suspicion, suspicion));
        if (!suspicion)
        {
            return;
        }

        var structural = outcome == Outcome.ReportAndHelp;
        await ChangeAsync(owner, dossierId, s => ValidCommands.Safety(s, acute: false, structural));
        if (structural)
        {
            return;
        }

        var canHelp = outcome == Outcome.HelpAndMonitor;
        await ChangeAsync(owner, dossierId, s => ValidCommands.Answer(s, WeighingQuestion.Help, canHelp));
        if (canHelp)
        {
            await ChangeAsync(owner, dossierId, s => ValidCommands.Answer(s, WeighingQuestion.Acceptance, true));
        }
    }

    /// <summary>A new dossier taken through steps 1–5 by the owner, to a decision as the framework recommends.</summary>
    public async Task<Guid> OpenDecidedAsync(Outcome outcome)
    {
        var id = await OpenAsync();
        await DecideAsync(id, outcome);
        return id;
    }

    /// <summary>
    /// Steps 1–5 by the owner, ending in a decision as the framework recommends. A decision to report goes to four eyes (on by
    /// default): the team's aandachtsfunctionaris co-signs it, unless <paramref name="coSign"/> is false and it is left waiting.
    /// </summary>
    public async Task DecideAsync(Guid dossierId, Outcome outcome, bool coSign = true)
    {
        await MakeReadyToWeighAsync(dossierId);
        await WeighTowardsAsync(dossierId, outcome);
        await ChangeAsync(_school.Owner, dossierId, s => ValidCommands.Decide(s, outcome));
        if (coSign && outcome.IncludesReport())
        {
            await ChangeAsync(_school.LeadA, dossierId, s => ValidCommands.CoSign(s));
        }
    }
}

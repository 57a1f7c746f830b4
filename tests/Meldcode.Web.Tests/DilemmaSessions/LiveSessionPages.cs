using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Users;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meldcode.Web.Tests.DilemmaSessions;

/// <summary>The app with a recorder of everything it logs, for the live sessions' tests.</summary>
public sealed class LiveSessionFactory : MeldcodeFactory
{
    public LiveSessionFactory()
    {
        WithServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public RecordingLoggerProvider Logs { get; } = new();
}

/// <summary>An anonymous participant: their own browser (cookie container), the session they joined and the cookie they got.</summary>
public sealed class Participant(HttpClient client, Guid sessionId, string setCookie) : IDisposable
{
    public HttpClient Client { get; } = client;

    public Guid SessionId { get; } = sessionId;

    /// <summary>The Set-Cookie header of the participant cookie, as the join answered it.</summary>
    public string SetCookie { get; } = setCookie;

    public string Url => $"/doe-mee/{SessionId}";

    public Task<IHtmlDocument> PageAsync() => Client.GetPageAsync(Url);

    /// <summary>Votes through the vote form of <paramref name="page"/> (the page as it is now when not given).</summary>
    public async Task<HttpResponseMessage> VoteAsync(string answer, IHtmlDocument? page = null, IDictionary<string, string>? more = null)
    {
        page ??= await PageAsync();
        var values = new Dictionary<string, string>(more ?? new Dictionary<string, string>()) { ["Answer"] = answer };
        return await Client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("form.live-vote") ?? throw new InvalidOperationException("No vote form on the participant's page."), values);
    }

    /// <summary>Votes and expects to be sent back to the page with the confirmation.</summary>
    public async Task VotedAsync(string answer)
    {
        using var response = await VoteAsync(answer);
        Assert.Equal($"{Url}?ok=stem", await LivePages.RedirectOfAsync(response));
    }

    public async Task<HttpResponseMessage> ReflectAsync(string text)
    {
        var page = await PageAsync();
        return await Client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("form.reflection-form")!, new Dictionary<string, string> { ["Text"] = text });
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>A started session and the signed-in browser of its trainer.</summary>
public sealed class RunningSession(HttpClient trainer, Guid id, string code) : IDisposable
{
    public HttpClient Trainer { get; } = trainer;

    public Guid Id { get; } = id;

    public string Code { get; } = code;

    public void Dispose() => Trainer.Dispose();
}

/// <summary>Running a live session the way the browsers do: the trainer's pages, joining, voting, reading the screens.</summary>
public static partial class LivePages
{
    public const string TrainerName = "Nguyễn Thị Lan";

    public const string ParticipantCookieName = "__Host-Meldcode-Deelname";

    public static string Control(Guid id) => $"/training/sessies/{id}/bediening";

    public static string Projector(Guid id) => $"/training/sessies/{id}/scherm";

    public static string Summary(Guid id) => $"/training/sessies/{id}/samenvatting";

    public static async Task<HttpClient> SignedInAsync(this MeldcodeFactory factory, string name = TrainerName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateBrowser();
        await client.SignInAsAsync(name);
        return client;
    }

    /// <summary>The trainer signs in, builds a session from the Week pack and starts it.</summary>
    public static async Task<RunningSession> RunningSessionAsync(this MeldcodeFactory factory)
    {
        var trainer = await factory.SignedInAsync();
        var id = await trainer.PrepareAsync();
        var code = await trainer.StartAsync(id);
        return new RunningSession(trainer, id, code);
    }

    /// <summary>A second trainer in the organisation, straight into the database.</summary>
    public static void AddTrainer(this MeldcodeFactory factory, string name)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.WithDatabase(context =>
        {
            if (context.Users.Any(u => u.DisplayName == name))
            {
                return 0;
            }

            var user = User.Create(context.Organisations.Single(), name, null);
            user.Grant(Role.Trainer);
            context.Users.Add(user);
            return context.SaveChanges();
        });
    }

    /// <summary>Builds a session from a theme pack on /training/sessies/nieuw, as the pack fills in the form.</summary>
    public static async Task<Guid> PrepareAsync(this HttpClient trainer, string pack = ThemePacks.WeekKey)
    {
        var page = await trainer.GetPageAsync($"/training/sessies/nieuw?pakket={pack}");
        using var response = await trainer.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!);
        var location = await RedirectOfAsync(response);
        var match = ControlAddress().Match(location);
        Assert.True(match.Success, location);
        return Guid.Parse(match.Groups["id"].Value);
    }

    /// <summary>Starts the session from its control page; returns its code (six digits).</summary>
    public static async Task<string> StartAsync(this HttpClient trainer, Guid id)
    {
        using var started = await trainer.PostHandlerAsync(Control(id), "Start");
        Assert.Equal(Control(id), await RedirectOfAsync(started));
        var page = await trainer.GetPageAsync(Control(id));
        var code = page.QuerySelector(".control__code")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{6}$", code);
        return code;
    }

    /// <summary>A new anonymous browser joins through the short link, the filled-in join form and its one button.</summary>
    public static async Task<Participant> JoinAsync(this MeldcodeFactory factory, string code)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateBrowser();
        using var shortLink = await client.GetAsync(new Uri($"/d/{code}", UriKind.Relative));
        var joinUrl = await RedirectOfAsync(shortLink);
        Assert.Equal($"/doe-mee?code={code}", joinUrl);
        var page = await client.GetPageAsync(joinUrl);
        Assert.Equal(code, page.QuerySelector<IHtmlInputElement>("#Code")!.Value);
        using var joined = await client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!);
        var location = await RedirectOfAsync(joined);
        var match = ParticipantAddress().Match(location);
        Assert.True(match.Success, location);
        var setCookie = joined.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ParticipantCookieName + "=", StringComparison.Ordinal));
        return new Participant(client, Guid.Parse(match.Groups["id"].Value), setCookie);
    }

    /// <summary>Opens the page and posts the form whose action names this handler.</summary>
    public static async Task<HttpResponseMessage> PostHandlerAsync(this HttpClient client, string url, string handler, IDictionary<string, string>? values = null)
    {
        var page = await client.GetPageAsync(url);
        return await client.PostFormAsync(page.FormFor(handler), values);
    }

    /// <summary>The trainer presses "next" on the control page (as it is now, or as given).</summary>
    public static async Task<HttpResponseMessage> AdvanceAsync(this HttpClient trainer, Guid id, IHtmlDocument? page = null, IDictionary<string, string>? values = null)
    {
        page ??= await trainer.GetPageAsync(Control(id));
        return await trainer.PostFormAsync(page.FormFor("Advance"), values);
    }

    public static async Task AdvancedAsync(this HttpClient trainer, Guid id, IDictionary<string, string>? values = null)
    {
        using var response = await trainer.AdvanceAsync(id, values: values);
        Assert.Equal(Control(id), await RedirectOfAsync(response));
    }

    public static IHtmlFormElement FormFor(this IHtmlDocument page, string handler)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => (f.GetAttribute("action") ?? string.Empty).Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form for the handler {handler} on the page.");
    }

    /// <summary>
    /// Posts a form as a browser does: every field with its current value (checked boxes and radios only), the given
    /// values instead of those of the same name, to the form's action (or the button's formaction).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlFormElement form, IDictionary<string, string>? values = null, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }

            fields.Add(new(input.Name!, input.Value));
        }

        fields.AddRange(form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]").Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)));
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        var target = action ?? form.GetAttribute("action");
        Assert.False(string.IsNullOrEmpty(target), "The form has no action.");
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>Where a response sends the browser; fails with the page's error summary when it does not.</summary>
    public static async Task<string> RedirectOfAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await Browser.ParseAsync(response);
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {page.QuerySelector(".error-summary")?.TextContent}");
        }

        return response.Headers.Location!.OriginalString;
    }

    /// <summary>An element's text with its white space collapsed; null when there is no such element.</summary>
    public static string? Text(this IHtmlDocument page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelector(selector) is { } element ? Squash(element.TextContent) : null;
    }

    /// <summary>What a list of facts (dt, dd) says for a term.</summary>
    public static string? Fact(this IHtmlDocument page, string term)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelectorAll("dt").FirstOrDefault(dt => Squash(dt.TextContent) == term)?.NextElementSibling is { } dd ? Squash(dd.TextContent) : null;
    }

    public static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>A browser without a cookie container: the test sets the Cookie header itself.</summary>
    public static HttpClient CookielessBrowser(this MeldcodeFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    [GeneratedRegex("^/training/sessies/(?<id>[0-9a-f-]{36})/bediening$")]
    private static partial Regex ControlAddress();

    [GeneratedRegex("^/doe-mee/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex ParticipantAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

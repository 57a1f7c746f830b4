using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.DilemmaSessions;

/// <summary>What stays private in a live session: the participant's token, their votes and reflections, and reflections nobody approved.</summary>
public sealed class LiveSessionPrivacyTests : IClassFixture<LiveSessionFactory>
{
    private readonly LiveSessionFactory _factory;

    public LiveSessionPrivacyTests(LiveSessionFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_participant_cookie_is_host_only_HttpOnly_Secure_and_SameSite_Lax()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);

        var parts = participant.SetCookie.Split(';', StringSplitOptions.TrimEntries);
        var attributes = parts.Skip(1).Select(p => p.ToLowerInvariant()).ToList();

        Assert.StartsWith("__Host-Meldcode-Deelname=" + participant.SessionId.ToString("N") + ".", parts[0], StringComparison.Ordinal);
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        Assert.Contains("max-age=86400", attributes);
    }

    [Fact]
    public async Task Votes_reflections_and_tokens_never_reach_the_technical_logs()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);
        const string Secret = "Geheimzinnig zinnetje over het klaslokaal zonder namen";
        const string HeldBack = "Juf Anke woont op Lindelaan 12";
        var token = participant.SetCookie.Split(';')[0].Split('.')[1];

        await participant.VotedAsync("B");
        using (var sent = await participant.ReflectAsync(Secret))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        using (var held = await participant.ReflectAsync(HeldBack))
        {
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        }

        using (var tooLong = await participant.ReflectAsync(Secret + new string('!', 300)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        }

        using (var late = await participant.VoteAsync("Z"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        }

        var control = await session.Trainer.GetPageAsync(LivePages.Control(session.Id));
        using (var approved = await session.Trainer.PostFormAsync(control.QuerySelector<IHtmlFormElement>(".reflection form")!, action: $"{LivePages.Control(session.Id)}?handler=Approve"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        await session.Trainer.AdvancedAsync(session.Id);

        var entries = _factory.Logs.Entries;
        Assert.NotEmpty(entries);
        foreach (var secret in new[] { Secret, HeldBack, "Lindelaan", token, "Answer=", "Text=" })
        {
            Assert.DoesNotContain(entries, e => e.Message.Contains(secret, StringComparison.Ordinal) || (e.Exception?.ToString().Contains(secret, StringComparison.Ordinal) ?? false));
        }
    }

    [Fact]
    public async Task The_projector_shows_only_approved_reflections_and_the_control_page_marks_the_held_back_ones()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);
        const string Ordinary = "Ik zou eerst met de intern begeleider overleggen.";
        const string HeldBack = "Bij ons op school had meester Zwaantje dit ook.";
        foreach (var text in new[] { Ordinary, HeldBack })
        {
            using var sent = await participant.ReflectAsync(text);
            Assert.Equal($"{participant.Url}?ok=reactie", await LivePages.RedirectOfAsync(sent));
        }

        Assert.Equal("Je reactie is verstuurd. De trainer leest hem eerst; pas daarna is hij op het scherm te zien.", (await participant.Client.GetPageAsync($"{participant.Url}?ok=reactie")).Text(".notice"));

        var projector = await session.Trainer.GetPageAsync(LivePages.Projector(session.Id));
        Assert.Null(projector.QuerySelector(".projector__reflections"));
        Assert.DoesNotContain(Ordinary, projector.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwaantje", projector.Body!.TextContent, StringComparison.Ordinal);
        using (var fragment = await session.Trainer.GetAsync(new Uri($"{LivePages.Projector(session.Id)}?handler=Fragment", UriKind.Relative)))
        {
            Assert.DoesNotContain("Zwaantje", await fragment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Zwaantje", (await participant.PageAsync()).Body!.TextContent, StringComparison.Ordinal);

        var control = await session.Trainer.GetPageAsync(LivePages.Control(session.Id));
        Assert.Equal("Reacties om te beoordelen (2)", control.Text("#reacties-titel"));
        var waiting = control.QuerySelectorAll("li.reflection").ToList();
        Assert.Equal([HeldBack, Ordinary], waiting.Select(li => LivePages.Squash(li.QuerySelector(".reflection__text")!.TextContent)));
        Assert.Contains("reflection--held", waiting[0].ClassList);
        Assert.StartsWith("Tegengehouden: dit lijkt een naam te bevatten.", LivePages.Squash(waiting[0].QuerySelector(".warning")!.TextContent), StringComparison.Ordinal);
        Assert.Null(waiting[1].QuerySelector(".warning"));

        // The ordinary one is approved and shows on the projector; the held-back one is rejected and shows nowhere.
        await DecideAsync(session, waiting[1], "Approve");
        await DecideAsync(session, waiting[0], "Reject");

        projector = await session.Trainer.GetPageAsync(LivePages.Projector(session.Id));
        Assert.Equal([$"“{Ordinary}”"], projector.QuerySelectorAll(".projector__reflections li").Select(li => li.TextContent));
        Assert.DoesNotContain("Zwaantje", projector.Body!.TextContent, StringComparison.Ordinal);
        control = await session.Trainer.GetPageAsync(LivePages.Control(session.Id));
        Assert.Equal("Reacties om te beoordelen (0)", control.Text("#reacties-titel"));
        Assert.DoesNotContain("Zwaantje", control.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task DecideAsync(RunningSession session, IElement reflection, string handler)
    {
        var form = (IHtmlFormElement)reflection.QuerySelector("form")!;
        var button = form.QuerySelectorAll("button").Single(b => (b.GetAttribute("formaction") ?? string.Empty).Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
        using var response = await session.Trainer.PostFormAsync(form, action: button.GetAttribute("formaction"));
        Assert.Equal(LivePages.Control(session.Id), await LivePages.RedirectOfAsync(response));
    }
}

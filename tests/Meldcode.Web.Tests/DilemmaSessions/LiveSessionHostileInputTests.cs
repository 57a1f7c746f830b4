using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Domain.DilemmaSessions;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.DilemmaSessions;

/// <summary>What a tampered form, a made-up code or cookie, or a stale screen gets: a Dutch message or not found, never an error page.</summary>
public sealed class LiveSessionHostileInputTests : IClassFixture<LiveSessionFactory>
{
    private readonly LiveSessionFactory _factory;

    public LiveSessionHostileInputTests(LiveSessionFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("abcdef", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("12345a", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("1234567", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("", "Vul de code van de sessie in.")]
    [InlineData("   ", "Vul de code van de sessie in.")]
    public async Task A_code_that_is_no_code_gets_a_Dutch_message_on_the_form_with_the_typed_code_kept(string code, string message)
    {
        using var browser = _factory.CreateBrowser();
        var page = await browser.GetPageAsync("/doe-mee");

        using var response = await browser.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!, new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Equal(message, refused.Text("#Code-fout"));
        Assert.Contains(message, refused.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(code.Trim(), refused.QuerySelector<IHtmlInputElement>("#Code")!.Value);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(LivePages.ParticipantCookieName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_code_or_the_code_of_an_ended_session_says_so_in_Dutch()
    {
        using var trainer = await _factory.SignedInAsync();
        var id = await trainer.PrepareAsync();
        var code = await trainer.StartAsync(id);
        using (var ended = await trainer.PostHandlerAsync(LivePages.Control(id), "End"))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        using var browser = _factory.CreateBrowser();
        using (var shortLink = await browser.GetAsync(new Uri($"/d/{code}", UriKind.Relative)))
        {
            Assert.Equal($"/doe-mee?code={code}", await LivePages.RedirectOfAsync(shortLink));
        }

        foreach (var unknown in new[] { code, $"{code[..3]} {code[3..]}", "000000" == code ? "000001" : "000000" })
        {
            var page = await browser.GetPageAsync($"/doe-mee?code={Uri.EscapeDataString(unknown)}");
            Assert.Equal(unknown, page.QuerySelector<IHtmlInputElement>("#Code")!.Value);
            using var response = await browser.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var refused = await Browser.ParseAsync(response);
            Assert.Contains(JoinCodes.UnknownMessage, refused.Text(".error-summary"), StringComparison.Ordinal);
            Assert.Equal(unknown, refused.QuerySelector<IHtmlInputElement>("#Code")!.Value);
        }
    }

    [Fact]
    public async Task The_participants_page_without_the_cookie_or_with_a_forged_one_sends_the_browser_to_join_and_refuses_posts()
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id, code) = (session.Trainer, session.Id, session.Code);
        using var real = await _factory.JoinAsync(code);
        var realToken = real.SetCookie.Split(';')[0].Split('.')[1];
        var otherId = await trainer.PrepareAsync();
        await trainer.StartAsync(otherId);

        foreach (var cookie in new string?[]
                 {
                     null,
                     $"{id:N}.{new string('x', 43)}",
                     $"{id:N}.{realToken[..^1]}{(realToken[^1] == 'A' ? 'B' : 'A')}",
                     $"{otherId:N}.{realToken}",
                     $"{id:N}.{new string('A', 5000)}",
                     "geen-geldige-waarde",
                 })
        {
            using var browser = _factory.CookielessBrowser();
            using var join = await browser.GetAsync(new Uri("/doe-mee", UriKind.Relative));
            var antiforgeryCookie = join.Headers.GetValues("Set-Cookie").First().Split(';')[0];
            var token = (await Browser.ParseAsync(join)).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var cookies = cookie is null ? antiforgeryCookie : $"{antiforgeryCookie}; {LivePages.ParticipantCookieName}={cookie}";

            using var get = new HttpRequestMessage(HttpMethod.Get, $"/doe-mee/{id}");
            get.Headers.Add("Cookie", cookies);
            using var page = await browser.SendAsync(get);
            Assert.Equal("/doe-mee?opnieuw=1", await LivePages.RedirectOfAsync(page));

            using var fragment = new HttpRequestMessage(HttpMethod.Get, $"/doe-mee/{id}?handler=Fragment");
            fragment.Headers.Add("Cookie", cookies);
            using var fragmentResponse = await browser.SendAsync(fragment);
            Assert.Equal(HttpStatusCode.NotFound, fragmentResponse.StatusCode);

            foreach (var (handler, field, value) in new[] { ("Vote", "Answer", "A"), ("Reflection", "Text", "Een reactie."), ("Vote", "Answer", "Z") })
            {
                using var post = new HttpRequestMessage(HttpMethod.Post, $"/doe-mee/{id}?handler={handler}")
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Round"] = "0:0:1", [field] = value }),
                };
                post.Headers.Add("Cookie", cookies);
                using var response = await browser.SendAsync(post);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} {value} with cookie '{cookie}': {(int)response.StatusCode}");
            }
        }

        Assert.Contains("deze browser doet nog niet mee", (await real.Client.GetPageAsync("/doe-mee?opnieuw=1")).Text(".notice"), StringComparison.Ordinal);
        Assert.Equal("0 van 1", (await trainer.GetPageAsync(LivePages.Control(id))).Fact("Gestemd"));
        Assert.Contains("Reacties om te beoordelen (0)", (await trainer.GetPageAsync(LivePages.Control(id))).Text("#reacties-titel"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Z", null, "Kies een van de antwoorden.")]
    [InlineData("", null, "Kies een antwoord.")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null, "Kies een van de antwoorden.")]
    [InlineData("A", "9:9:9", "Deze stemronde bestaat niet. Laad de pagina opnieuw.")]
    [InlineData("A", "x", "Deze stemronde bestaat niet. Laad de pagina opnieuw.")]
    [InlineData("A", "99999999999:0:1", "Deze stemronde bestaat niet. Laad de pagina opnieuw.")]
    [InlineData("A", "9:9:1", DilemmaSession.RoundClosedMessage)]
    [InlineData("A", "0:0:2", DilemmaSession.RoundClosedMessage)]
    public async Task A_tampered_vote_gets_a_Dutch_message_on_the_page_and_is_not_counted(string answer, string? round, string message)
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id, code) = (session.Trainer, session.Id, session.Code);
        using var participant = await _factory.JoinAsync(code);

        using var response = await participant.VoteAsync(answer, more: round is null ? null : new Dictionary<string, string> { ["Round"] = round });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Contains(message, refused.Text(".error-summary"), StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("form.live-vote"));
        Assert.Equal("0 van 1", (await trainer.GetPageAsync(LivePages.Control(id))).Fact("Gestemd"));
    }

    [Fact]
    public async Task A_reflection_over_280_characters_gets_a_Dutch_message_and_the_typed_text_stays()
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id, code) = (session.Trainer, session.Id, session.Code);
        using var participant = await _factory.JoinAsync(code);
        var text = string.Concat(Enumerable.Repeat("Ik zou eerst overleggen. ", 12));
        Assert.True(text.Length > Reflection.TextMax);

        using var response = await participant.ReflectAsync(text);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Equal("Je reactie mag hoogstens 280 tekens lang zijn. Nu zijn het er 300.", refused.Text("#Text-fout"));
        Assert.Equal(text, refused.QuerySelector<IHtmlTextAreaElement>("#Text")!.Value);
        Assert.Contains("Reacties om te beoordelen (0)", (await trainer.GetPageAsync(LivePages.Control(id))).Text("#reacties-titel"), StringComparison.Ordinal);

        using var empty = await participant.ReflectAsync("   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("Vul je reactie in.", (await Browser.ParseAsync(empty)).Text("#Text-fout"));
    }

    [Fact]
    public async Task Pressing_next_on_a_screen_that_lagged_behind_moves_nothing_and_says_so()
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id) = (session.Trainer, session.Id);
        var stale = await trainer.GetPageAsync(LivePages.Control(id));
        await trainer.AdvancedAsync(id);

        using var again = await trainer.AdvanceAsync(id, stale);

        var location = await LivePages.RedirectOfAsync(again);
        Assert.Equal($"{LivePages.Control(id)}?bericht=voorbij", location);
        var page = await trainer.GetPageAsync(location);
        Assert.Equal("Het scherm liep achter: de sessie was al verder. Je ziet nu waar de sessie is.", page.Text(".notice"));
        Assert.Equal("Uitslag van stemronde 1", page.Fact("Nu"));

        using var forged = await trainer.AdvanceAsync(id, page, new Dictionary<string, string> { ["Stage"] = "Onzin", ["Dilemma"] = "-1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        var refused = await Browser.ParseAsync(forged);
        Assert.Contains("Deze stap bestaat niet.", refused.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Contains("Dit dilemma bestaat niet in de sessie.", refused.Text(".error-summary"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99")]
    [InlineData("-5")]
    public async Task A_discussion_of_too_few_or_too_many_minutes_gets_a_Dutch_message_and_the_session_stays(string minutes)
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id) = (session.Trainer, session.Id);
        await trainer.AdvancedAsync(id);

        using var response = await trainer.AdvanceAsync(id, values: new Dictionary<string, string> { ["DiscussionMinutes"] = minutes });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Equal("Kies voor het gesprek 1 tot 30 minuten.", refused.Text("#DiscussionMinutes-fout"));
        Assert.Equal(minutes, refused.QuerySelector<IHtmlInputElement>("#DiscussionMinutes")!.Value);
        Assert.Equal("Uitslag van stemronde 1", (await trainer.GetPageAsync(LivePages.Control(id))).Fact("Nu"));
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("")]
    [InlineData("99")]
    public async Task A_download_in_an_unknown_format_shows_the_summary_with_a_Dutch_message(string format)
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id) = (session.Trainer, session.Id);

        using var response = await trainer.GetAsync(new Uri($"{LivePages.Summary(id)}?handler=Download&formaat={format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("Kies pdf of csv.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Samenvatting: Week tegen Kindermishandeling", page.Text("h1"));
    }

    [Fact]
    public async Task The_summary_of_a_session_that_has_not_started_cannot_be_downloaded()
    {
        using var trainer = await _factory.SignedInAsync();
        var id = await trainer.PrepareAsync();

        var summary = await trainer.GetPageAsync(LivePages.Summary(id));
        Assert.Contains("Nog niet begonnen", summary.Text(".lead"), StringComparison.Ordinal);
        Assert.Null(summary.QuerySelector("a[href*='handler=Download']"));
        foreach (var format in new[] { "pdf", "csv" })
        {
            using var response = await trainer.GetAsync(new Uri($"{LivePages.Summary(id)}?handler=Download&formaat={format}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("Deze sessie is nog niet begonnen: er is nog geen samenvatting.", (await Browser.ParseAsync(response)).Text(".error-summary"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Approving_or_rejecting_a_reflection_of_another_session_is_not_found()
    {
        using var session = await _factory.RunningSessionAsync();
        var (trainer, id, code) = (session.Trainer, session.Id, session.Code);
        using var participant = await _factory.JoinAsync(code);
        using (var sent = await participant.ReflectAsync("Ik zou eerst met een collega overleggen."))
        {
            Assert.Equal($"{participant.Url}?ok=reactie", await LivePages.RedirectOfAsync(sent));
        }

        var reflectionId = (await trainer.GetPageAsync(LivePages.Control(id))).QuerySelector<IHtmlInputElement>("input[name=ReflectionId]")!.Value;
        var otherId = await trainer.PrepareAsync();
        await trainer.StartAsync(otherId);
        var other = await trainer.GetPageAsync(LivePages.Control(otherId));

        foreach (var handler in new[] { "Approve", "Reject" })
        {
            foreach (var reflection in new[] { reflectionId, Guid.NewGuid().ToString(), Guid.Empty.ToString(), "geen-id" })
            {
                using var response = await trainer.PostFormAsync(
                    other.FormFor("End"),
                    new Dictionary<string, string> { ["ReflectionId"] = reflection },
                    $"{LivePages.Control(otherId)}?handler={handler}");

                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} {reflection}: {(int)response.StatusCode}");
            }
        }

        var control = await trainer.GetPageAsync(LivePages.Control(id));
        Assert.Equal("Reacties om te beoordelen (1)", control.Text("#reacties-titel"));
        Assert.Equal("Sessies", (await trainer.GetPageAsync(LivePages.Control(otherId))).Text(".breadcrumb"));
    }

    [Fact]
    public async Task An_unknown_session_or_one_of_another_trainer_is_not_found_on_every_trainer_page()
    {
        _factory.AddTrainer("Tessa Tweede");
        using var otherTrainer = await _factory.SignedInAsync("Tessa Tweede");
        var theirs = await otherTrainer.PrepareAsync();
        await otherTrainer.StartAsync(theirs);
        using var trainer = await _factory.SignedInAsync();

        foreach (var id in new[] { theirs, Guid.NewGuid() })
        {
            foreach (var url in new[]
                     {
                         LivePages.Control(id), $"{LivePages.Control(id)}?handler=Fragment", LivePages.Projector(id), $"{LivePages.Projector(id)}?handler=Fragment",
                         $"{LivePages.Projector(id)}?handler=Qr", LivePages.Summary(id), $"{LivePages.Summary(id)}?handler=Download&formaat=pdf",
                         $"{LivePages.Summary(id)}?handler=Download&formaat=xyz",
                     })
            {
                using var response = await trainer.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url}: {(int)response.StatusCode}");
            }

            var anyForm = (await trainer.GetPageAsync("/training/sessies/nieuw")).QuerySelector<IHtmlFormElement>("main form")!;
            foreach (var handler in new[] { "Start", "Advance", "Approve", "Reject", "End" })
            {
                using var response = await trainer.PostFormAsync(anyForm, new Dictionary<string, string> { ["Stage"] = "FirstVote", ["Dilemma"] = "0", ["Point"] = "0", ["ReflectionId"] = Guid.NewGuid().ToString() }, $"{LivePages.Control(id)}?handler={handler}");
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {handler} on {id}: {(int)response.StatusCode}");
            }
        }

        Assert.DoesNotContain((await trainer.GetPageAsync("/training/sessies")).QuerySelectorAll(".session-list a"), a => a.GetAttribute("href")!.Contains(theirs.ToString(), StringComparison.Ordinal));
        Assert.Equal("Stemronde 1 is open", (await otherTrainer.GetPageAsync(LivePages.Control(theirs))).Fact("Nu"));
    }
}

using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Domain.DilemmaSessions;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.DilemmaSessions;

/// <summary>A whole session over HTTP: the trainer's pages, three anonymous phones, the projector, the summary and its downloads.</summary>
public sealed class LiveSessionRoundTripTests : IClassFixture<LiveSessionFactory>
{
    private readonly LiveSessionFactory _factory;

    public LiveSessionRoundTripTests(LiveSessionFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task A_session_from_the_Week_pack_runs_from_the_first_vote_to_the_downloaded_summary()
    {
        using var trainer = await _factory.SignedInAsync();

        // The pack fills in the form: its title and its five dilemmas, checked.
        var form = await trainer.GetPageAsync("/training/sessies/nieuw?pakket=week-tegen-kindermishandeling");
        Assert.Equal("Week tegen Kindermishandeling", form.QuerySelector<IHtmlInputElement>("#Title")!.Value);
        Assert.Equal(5, form.QuerySelectorAll("input[name=DilemmaIds]:checked").Length);
        var id = await trainer.PrepareAsync();
        var prepared = await trainer.GetPageAsync(LivePages.Control(id));
        Assert.Equal(5, prepared.QuerySelectorAll("ol.session-dilemmas li").Length);
        Assert.Contains("De sessie begint zo", (await trainer.GetPageAsync(LivePages.Projector(id))).Text(".projector__wait"), StringComparison.Ordinal);

        var code = await trainer.StartAsync(id);
        var projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal($"{code[..3]} {code[3..]}", projector.Text(".projector__code"));
        Assert.Contains($"localhost/d/{code}", projector.Text(".projector__join"), StringComparison.Ordinal);
        using (var qr = await trainer.GetAsync(new Uri(projector.QuerySelector(".projector__join img")!.GetAttribute("src")!, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
            Assert.Equal("image/png", qr.Content.Headers.ContentType!.MediaType);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await qr.Content.ReadAsByteArrayAsync())[..4]);
        }

        using var one = await _factory.JoinAsync(code);
        using var two = await _factory.JoinAsync(code);
        using var three = await _factory.JoinAsync(code);
        Assert.Equal(id, one.SessionId);
        Assert.All([two, three], p => Assert.Equal(id, p.SessionId));

        // Vote 1: everyone sees the question and the answers; one changes their mind before the round closes.
        var page = await one.PageAsync();
        Assert.Contains("(stemronde 1)", page.Text("form.live-vote legend"), StringComparison.Ordinal);
        var answers = page.QuerySelectorAll<IHtmlInputElement>("input[name=Answer]").Select(i => i.Value).ToList();
        Assert.True(answers.Count >= 2, "A decision point has at least two answers.");
        var (a, b) = (answers[0], answers[1]);
        await one.VotedAsync(b);
        await one.VotedAsync(a);
        await two.VotedAsync(a);
        await three.VotedAsync(b);

        var afterVote = await one.Client.GetPageAsync($"{one.Url}?ok=stem");
        Assert.Equal("Je stem is ontvangen. Je kunt hem veranderen tot de trainer de ronde sluit.", afterVote.Text(".notice"));
        Assert.True(afterVote.QuerySelector<IHtmlInputElement>($"#Answer-{a}")!.IsChecked);
        Assert.Equal("Verander mijn stem", afterVote.Text("form.live-vote button"));
        var staleOfThree = await three.PageAsync();

        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("3 van de 3 hebben gestemd", projector.Text(".projector__count"));
        var joinFacts = projector.QuerySelectorAll(".projector__join p");
        Assert.Equal("3 deelnemers", joinFacts[joinFacts.Length - 1].TextContent);
        Assert.Null(projector.QuerySelector("table.results"));
        Assert.Null(projector.QuerySelector(".results__hidden"));
        Assert.Equal("3 van 3", (await trainer.GetPageAsync(LivePages.Control(id))).Fact("Gestemd"));

        // The trainer closes the round: the result is on the projector, and a vote that comes after it does not count.
        await trainer.AdvancedAsync(id);
        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("Stemronde 1 (3 stemmen)", projector.Text("table.results caption"));
        Assert.Equal(2, CountOf(projector, a));
        Assert.Equal(1, CountOf(projector, b));
        Assert.Null(projector.QuerySelector(".projector__count"));

        using (var late = await three.VoteAsync(a, staleOfThree))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
            var refused = await Browser.ParseAsync(late);
            Assert.Contains(DilemmaSession.RoundClosedMessage, refused.Text(".error-summary"), StringComparison.Ordinal);
            Assert.Contains("Stemronde 1 is gesloten", refused.Text(".live-status"), StringComparison.Ordinal);
        }

        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("Stemronde 1 (3 stemmen)", projector.Text("table.results caption"));
        Assert.Equal(2, CountOf(projector, a));
        Assert.Equal(1, CountOf(projector, b));

        // The discussion, with its timer on every screen.
        await trainer.AdvancedAsync(id, new Dictionary<string, string> { ["DiscussionMinutes"] = "3" });
        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("180", projector.QuerySelector(".timer")!.GetAttribute("data-timer-seconds"));
        Assert.Equal("3:00", projector.Text(".timer__time"));
        Assert.Equal("Stemronde 1 (3 stemmen)", projector.Text("table.results caption"));
        _factory.Clock.Advance(TimeSpan.FromSeconds(50));
        var talking = await two.PageAsync();
        Assert.Contains("Praat met elkaar over de vraag", talking.Text(".live-status"), StringComparison.Ordinal);
        Assert.Equal("2:10", talking.Text(".timer__time"));
        Assert.Null(talking.QuerySelector("form.live-vote"));

        // Vote 2: one of the three moves from a to b.
        await trainer.AdvancedAsync(id);
        Assert.Contains("(stemronde 2)", (await one.PageAsync()).Text("form.live-vote legend"), StringComparison.Ordinal);
        Assert.Null((await one.PageAsync()).QuerySelector("input[name=Answer]:checked"));
        await one.VotedAsync(a);
        await two.VotedAsync(b);
        await three.VotedAsync(b);
        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("3 van de 3 hebben gestemd", projector.Text(".projector__count"));
        Assert.Null(projector.QuerySelector("table.results"));

        // The shift.
        await trainer.AdvancedAsync(id);
        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("Stemronde 2 (3 stemmen)", projector.Text("table.results caption"));
        Assert.Equal(1, CountOf(projector, a));
        Assert.Equal(2, CountOf(projector, b));
        Assert.Equal("1 van de 3 mensen kozen na het gesprek iets anders. 2 bleven bij hun antwoord.", projector.Text(".shift__summary"));
        Assert.Equal($"1 van {a} naar {b}", projector.Text(".shift__moves li"));
        Assert.Contains("Stemronde 2 is gesloten", (await three.PageAsync()).Text(".live-status"), StringComparison.Ordinal);

        // What the meldcode says: on the projector, with the fitting answers marked, and on the phones.
        await trainer.AdvancedAsync(id);
        projector = await trainer.GetPageAsync(LivePages.Projector(id));
        Assert.Equal("Wat de meldcode zegt", projector.Text(".projector__view h2"));
        var verdict = projector.Text(".projector__verdict")!;
        Assert.True(verdict.StartsWith("Past bij de meldcode", StringComparison.Ordinal) || verdict == "Het hangt ervan af.", verdict);
        var onPhone = (await one.PageAsync()).Text(".live-status")!;
        Assert.StartsWith("Wat de meldcode zegt: " + verdict, onPhone, StringComparison.Ordinal);

        // The trainer ends the session: the phones are sent back to joining, the summary shows what it yielded.
        using (var ended = await trainer.PostHandlerAsync(LivePages.Control(id), "End"))
        {
            Assert.Equal(LivePages.Summary(id), await LivePages.RedirectOfAsync(ended));
        }

        using (var gone = await one.Client.GetAsync(new Uri(one.Url, UriKind.Relative)))
        {
            Assert.Equal("/doe-mee?opnieuw=1", await LivePages.RedirectOfAsync(gone));
        }

        var summary = await trainer.GetPageAsync(LivePages.Summary(id));
        Assert.Equal("Samenvatting: Week tegen Kindermishandeling", summary.Text("h1"));
        Assert.Contains("3 deelnemers deden anoniem mee.", summary.Text(".lead"), StringComparison.Ordinal);
        var firstPoint = summary.QuerySelectorAll("table.results").Take(2).Select(t => Squash(t.QuerySelector("caption")!.TextContent)).ToList();
        Assert.Equal(["Stemronde 1 (3 stemmen)", "Stemronde 2 (3 stemmen)"], firstPoint);
        Assert.Contains("1 van de 3 mensen kozen na het gesprek iets anders.", summary.Text(".shift__summary"), StringComparison.Ordinal);
        var sessions = await trainer.GetPageAsync("/training/sessies");
        Assert.Contains(sessions.QuerySelectorAll(".session-list__item"), item => item.QuerySelector("a")!.GetAttribute("href") == LivePages.Summary(id) && item.TextContent.Contains("Afgelopen", StringComparison.Ordinal));

        using (var pdf = await trainer.GetAsync(new Uri(summary.QuerySelector("a[href*='formaat=pdf']")!.GetAttribute("href")!, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
            Assert.Equal("dilemmasessie-2026-11-18.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName);
        }

        using (var csv = await trainer.GetAsync(new Uri(summary.QuerySelector("a[href*='formaat=csv']")!.GetAttribute("href")!, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
            var bytes = await csv.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Dilemma;Titel;Versie;Beslismoment;Vraag;Antwoord;Tekst;Stem 1;Stem 2;", lines[0], StringComparison.Ordinal);
            Assert.True(lines.Length > answers.Count, "One row per answer of every decision point.");
            Assert.StartsWith("1;", lines[1], StringComparison.Ordinal);
        }
    }

    /// <summary>The number of votes a results table shows for an answer.</summary>
    private static int CountOf(IHtmlDocument page, string answer)
    {
        var row = page.QuerySelectorAll("table.results tbody tr").Single(r => Squash(r.QuerySelector("th")!.TextContent).Split(' ')[0] == answer);
        return int.Parse(Squash(row.QuerySelector("td")!.TextContent).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Squash(string text) => LivePages.Squash(text);
}

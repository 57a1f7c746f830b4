using System.Net;
using System.Text;
using Meldcode.Domain.AccessLog;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Configuration;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Privacy;

/// <summary>"Toegangslog": what a page view leaves in the log, and what the privacy officer reads, downloads and checks.</summary>
public sealed class AccessLogPageTests : IClassFixture<MeldcodeFactory>
{
    private const string Owner = "Sanne de Vries";
    private const string Lead = "Mehmet Yılmaz";
    private const string PrivacyOfficer = "Fatima El Amrani";

    private readonly MeldcodeFactory _factory;

    public AccessLogPageTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Opening_a_dossier_page_logs_the_page_the_client_address_and_a_session_reference()
    {
        var dossierId = await DossierSeed.CreateAsync(_factory);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Lead);
        var before = LastSequence();

        await client.GetPageAsync($"/dossiers/{dossierId}");

        var line = Assert.Single(LinesAfter(before), l => l.SubjectId == dossierId);
        Assert.Equal((AccessAction.Read, AccessOutcome.Allowed, Lead), (line.Action, line.Outcome, line.UserName));
        Assert.Equal("dossiers/{id:guid}", line.Part);
        Assert.Matches("^[0-9a-f]{12}$", line.SessionReference ?? string.Empty);
    }

    [Fact]
    public async Task A_foreign_dossier_opened_by_address_is_not_found_and_logged_as_refused()
    {
        var dossierId = await DossierSeed.CreateAsync(_factory);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Johan Bakker");
        var before = LastSequence();

        using var response = await client.GetAsync(new Uri($"/dossiers/{dossierId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var line = Assert.Single(LinesAfter(before), l => l.SubjectId == dossierId);
        Assert.Equal(AccessOutcome.Refused, line.Outcome);
    }

    [Fact]
    public async Task The_privacy_officer_reads_the_log_refused_first_without_child_names()
    {
        var dossierId = await DossierSeed.CreateAsync(_factory);
        var number = _factory.WithDatabase(c => c.Dossiers.Single(d => d.Id == dossierId).Number);
        using (var stranger = _factory.CreateBrowser())
        {
            await stranger.SignInAsAsync("Johan Bakker");
            using var _ = await stranger.GetAsync(new Uri($"/dossiers/{dossierId}", UriKind.Relative));
        }

        using (var owner = _factory.CreateBrowser())
        {
            await owner.SignInAsAsync(Owner); // later than the refusal, and still listed after it
            await owner.GetPageAsync($"/dossiers/{dossierId}");
        }

        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(PrivacyOfficer);
        var page = await client.GetPageAsync($"/privacy/toegangslog?nummer={number}");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.True(rows.Length >= 2);
        Assert.Contains("geweigerd", rows[0].QuerySelector("td[data-label='Uitkomst']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Johan Bakker", rows[0].QuerySelector("td[data-label='Wie']")!.TextContent, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains(number, r.QuerySelector("td[data-label='Welk dossier']")!.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Mila", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(number, page.QuerySelector("#nummer")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_filter_that_cannot_be_read_says_so_in_Dutch_and_keeps_what_was_typed()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(PrivacyOfficer);

        var page = await client.GetPageAsync("/privacy/toegangslog?nummer=2026-0001&van=31-02-2026&tot=gisteren", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Vul de begindatum in als dag-maand-jaar", page.QuerySelector("[field-error='From'], #van-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vul de einddatum in als dag-maand-jaar", page.QuerySelector("#tot-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31-02-2026", page.QuerySelector("#van")!.GetAttribute("value"));
        Assert.Equal("gisteren", page.QuerySelector("#tot")!.GetAttribute("value"));
        Assert.Equal("2026-0001", page.QuerySelector("#nummer")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_on_the_form()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(PrivacyOfficer);

        var page = await client.GetPageAsync("/privacy/toegangslog?van=2026-11-20&tot=2026-11-01", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("De einddatum ligt vóór de begindatum", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-11-20", page.QuerySelector("#van")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_CSV_download_carries_the_filter_and_is_a_file_nobody_caches()
    {
        var dossierId = await DossierSeed.CreateAsync(_factory);
        var number = _factory.WithDatabase(c => c.Dossiers.Single(d => d.Id == dossierId).Number);
        using (var owner = _factory.CreateBrowser())
        {
            await owner.SignInAsAsync(Owner);
            await owner.GetPageAsync($"/dossiers/{dossierId}");
        }

        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(PrivacyOfficer);
        var page = await client.GetPageAsync($"/privacy/toegangslog?nummer={number}");

        using var response = await client.GetAsync(new Uri(page.QuerySelector("a[download]")!.GetAttribute("href")!, UriKind.Relative));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFRegel;Tijdstip (UTC)", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), l => Assert.Contains(number, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_check_says_the_chain_is_intact_and_after_tampering_where_it_breaks_as_the_command_does()
    {
        using var factory = new MeldcodeFactory();
        await DossierSeed.CreateAsync(factory);
        using var client = factory.CreateBrowser();
        await client.SignInAsAsync(PrivacyOfficer);

        var intact = await client.GetPageAsync("/privacy/toegangslog/controle");
        var intactExit = await StartupChecks.VerifyAccessLogAsync(factory.Services, CancellationToken.None);
        factory.WithDatabase(c =>
        {
            c.Database.ExecuteSqlRaw(factory.Database.DropAppendOnlyTriggersSql(ApplicationDbContext.AccessLogTable));
            return c.Database.ExecuteSqlRaw("UPDATE \"AccessLog\" SET \"UserName\" = 'Iemand anders' WHERE \"Sequence\" = 1");
        });
        var broken = await client.GetPageAsync("/privacy/toegangslog/controle");
        var brokenExit = await StartupChecks.VerifyAccessLogAsync(factory.Services, CancellationToken.None);

        Assert.Contains("De keten is intact", intact.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, intactExit);
        Assert.Contains("De keten is onderbroken", broken.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Regel 1 is na het schrijven gewijzigd.", broken.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StartupChecks.AccessLogBrokenExitCode, brokenExit);
    }

    private long LastSequence() => _factory.WithDatabase(c => c.AccessLog.Max(e => (long?)e.Sequence) ?? 0);

    private List<AccessLogEntry> LinesAfter(long sequence) =>
        _factory.WithDatabase(c => c.AccessLog.Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).ToList());
}

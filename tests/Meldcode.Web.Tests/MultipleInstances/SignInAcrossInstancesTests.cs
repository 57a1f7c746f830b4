using System.Net;
using Meldcode.Application.Dossiers;
using Meldcode.Application.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.MultipleInstances;

/// <summary>
/// Two instances on one PostgreSQL database behave as one for a user: the key ring (Data Protection) and the sessions
/// are in the database, so a cookie or a form from one instance is good on the other, and a dossier changed through one
/// is current on the other.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class SignInAcrossInstancesTests : IDisposable
{
    private const string Owner = "Sanne de Vries";

    private readonly TwoInstances _instances = new();

    [PostgreSqlFact]
    public async Task Signed_in_on_one_instance_the_other_serves_the_protected_pages()
    {
        using var browser = _instances.Browser();

        await browser.First.SignInAsAsync(Owner);
        var start = await browser.Second.GetPageAsync("/");

        Assert.Equal(Owner, start.QuerySelector(".account__name")!.TextContent.Trim());
    }

    [PostgreSqlFact]
    public async Task Signing_out_on_one_instance_ends_the_session_on_the_other()
    {
        using var browser = _instances.Browser();
        await browser.First.SignInAsAsync(Owner);
        var copied = browser.CookieHeader;
        var start = await browser.Second.GetPageAsync("/");

        using var signedOut = await browser.Second.SubmitAsync(start, "/uitloggen", formSelector: "header form.account__signout");
        using var replay = _instances.First.CreateBrowser();
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        using var replayed = await replay.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/inloggen", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task A_form_from_one_instance_is_accepted_by_the_other_and_its_change_shows_there()
    {
        var id = await DossierSeed.CreateAsync(_instances.First);
        using var browser = _instances.Browser();
        await browser.Second.SignInAsAsync(Owner);
        var form = await browser.First.GetPageAsync($"/dossiers/{id}/opmerking");

        using var saved = await browser.Second.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Moeder belde: Mila is ziek." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/dossiers/{id}", saved.Headers.Location!.OriginalString);
        var overview = await browser.First.GetPageAsync($"/dossiers/{id}");
        Assert.Contains("Opmerking: Moeder belde: Mila is ziek.", overview.QuerySelector("ol.timeline")!.TextContent, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task A_dossier_changed_through_one_instance_is_current_on_the_other_although_it_was_kept_in_its_cache()
    {
        var id = await DossierSeed.CreateAsync(_instances.First);
        using var browser = _instances.Browser();
        await browser.First.SignInAsAsync(Owner);
        var before = await browser.Second.GetPageAsync($"/dossiers/{id}");
        var versionBefore = Version(id);
        Assert.True(Cached(_instances.Second, id, versionBefore), "The second instance keeps the dossier it showed in its cache.");

        var form = await browser.First.GetPageAsync($"/dossiers/{id}/opmerking");
        (await browser.First.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Gesprek met de juf gepland." })).Dispose();
        var after = await browser.Second.GetPageAsync($"/dossiers/{id}");

        Assert.DoesNotContain("Gesprek met de juf gepland.", before.QuerySelector("ol.timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Opmerking: Gesprek met de juf gepland.", after.QuerySelector("ol.timeline")!.TextContent, StringComparison.Ordinal);
        Assert.True(Version(id) > versionBefore);
        Assert.True(Cached(_instances.Second, id, Version(id)), "The second instance read the new version from the database and keeps it under that version.");
    }

    [PostgreSqlFact]
    public async Task The_key_ring_is_one_key_in_the_database_and_nothing_in_either_data_folder()
    {
        using var browser = _instances.Browser();
        await browser.First.SignInAsAsync(Owner);
        await browser.Second.GetPageAsync("/");

        var keys = _instances.First.WithDatabase(context => context.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList());

        var key = Assert.Single(keys);
        Assert.Contains("<key ", key, StringComparison.Ordinal);
        Assert.Empty(FilesIn(_instances.First.DataFolder));
        Assert.Empty(FilesIn(_instances.Second.DataFolder));
    }

    [PostgreSqlFact]
    public async Task Instances_that_make_their_first_key_at_the_same_moment_still_read_each_others_cookies()
    {
        using var one = _instances.Browser();
        using var other = _instances.Browser();
        await Task.WhenAll(one.First.GetPageAsync("/inloggen"), other.Second.GetPageAsync("/inloggen"));

        await one.First.SignInAsAsync(Owner);
        await other.Second.SignInAsAsync(Owner);

        Assert.Equal(Owner, (await one.Second.GetPageAsync("/")).QuerySelector(".account__name")!.TextContent.Trim());
        Assert.Equal(Owner, (await other.First.GetPageAsync("/")).QuerySelector(".account__name")!.TextContent.Trim());
    }

    public void Dispose() => _instances.Dispose();

    private int Version(Guid id) =>
        _instances.First.WithDatabase(context => context.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => EF.Property<int>(d, ApplicationDbContext.VersionProperty)).Single());

    private static bool Cached(MeldcodeFactory instance, Guid id, int version) =>
        instance.Services.GetRequiredService<DossierReadCache>().TryGet(id, version, out var dossier) && dossier is not null;

    private static string[] FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
}

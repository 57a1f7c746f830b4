using System.Net;
using AngleSharp.Html.Dom;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers;
using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>What the tests of the dossier form pages share: who is who, hostile input, and looking straight into the database.</summary>
internal static class DossierPageSupport
{
    public const string Owner = "Sanne de Vries";
    public const string Lead = "Mehmet Yılmaz";
    public const string OtherTeamProfessional = "Anna Kowalczyk";
    public const string OtherTeamLead = "Johan Bakker";
    public const string Administrator = "Peter Jansen";

    /// <summary>Markup that must end up as literal text, never as elements.</summary>
    public const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    /// <summary>Longer than any text field may be.</summary>
    public static readonly string TooLong = new('a', Texts.LongMax + 1);

    public static async Task<HttpClient> SignedInAsync(this MeldcodeFactory factory, string name)
    {
        var client = factory.CreateBrowser();
        await client.SignInAsAsync(name);
        return client;
    }

    public static string Errors(IHtmlDocument page) => page.QuerySelector(".error-summary")?.TextContent ?? string.Empty;

    public static string FieldError(IHtmlDocument page, string id) => page.GetElementById(id)?.TextContent.Trim() ?? string.Empty;

    public static string? Value(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("value");

    /// <summary>A refused post: the status, the form again, and the Dutch message in the error summary.</summary>
    public static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response, HttpStatusCode expected, params string[] messages)
    {
        Assert.Equal(expected, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        var errors = Errors(page);
        foreach (var message in messages)
        {
            Assert.Contains(message, errors, StringComparison.Ordinal);
        }

        return page;
    }

    /// <summary>A saved post: back to the overview, which confirms it; returns the overview.</summary>
    public static async Task<IHtmlDocument> SavedAsync(this HttpClient client, HttpResponseMessage response, Guid dossierId, string confirmation)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"/dossiers/{dossierId}", location);
        var overview = await client.GetPageAsync(location);
        Assert.Equal(confirmation, overview.QuerySelector(".notice")!.TextContent);

        // A one-time message: opening the same address again (a reload, a copied link) does not show it.
        var again = await client.GetPageAsync(location);
        Assert.Null(again.QuerySelector(".notice"));
        return overview;
    }

    public static string Timeline(IHtmlDocument overview) => overview.QuerySelector("ol.timeline")!.TextContent;

    /// <summary>A user without access to the dossier gets exactly what an unknown dossier gives: 404, for the page and for a post.</summary>
    public static async Task AssertHiddenFromAsync(this MeldcodeFactory factory, string userName, string url, IDictionary<string, string>? values = null, string? postUrl = null)
    {
        using var client = await factory.SignedInAsync(userName);
        await client.GetPageAsync(url, HttpStatusCode.NotFound);
        var start = await client.GetPageAsync("/");
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>()) { ["Version"] = "1" };
        using var response = await client.SubmitAsync(start, postUrl ?? url, fields, "form.account__signout");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Asserts a stale form was refused with the conflict message, shows the current version, and saved nothing.</summary>
    public static async Task<IHtmlDocument> AssertConflictAsync(this MeldcodeFactory factory, HttpResponseMessage response, Guid dossierId, int entriesBefore, string? formSelector = null)
    {
        var page = await RefusedAsync(response, HttpStatusCode.Conflict, ConcurrencyConflictException.DossierConsequence);
        var current = await factory.VersionAsync(dossierId);
        var form = formSelector is null ? page.QuerySelector("main form") : page.QuerySelector(formSelector);
        Assert.Equal(current.ToString(System.Globalization.CultureInfo.InvariantCulture), form!.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal(entriesBefore, await factory.ChronologyCountAsync(dossierId));
        return page;
    }

    /// <summary>
    /// A stale form: opens the form, lets someone else change the dossier meanwhile, then sends the form as it was shown
    /// (with its old Version) to <paramref name="postUrl"/>, or else to where the form was opened. Asserts the conflict
    /// (<see cref="AssertConflictAsync"/>) and returns the form shown again.
    /// </summary>
    public static async Task<IHtmlDocument> PostStaleFormAsync(this MeldcodeFactory factory, HttpClient client, Guid dossierId, string url, IDictionary<string, string> values, string? formSelector = null, string? postUrl = null)
    {
        var form = await client.GetPageAsync(url);
        var entries = await factory.ChangeMeanwhileAsync(dossierId);
        using var response = await client.SubmitAsync(form, postUrl ?? url, values, formSelector ?? "main form");
        return await factory.AssertConflictAsync(response, dossierId, entries, formSelector);
    }

    public static async Task<int> ChronologyCountAsync(this MeldcodeFactory factory, Guid dossierId)
    {
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await context.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Chronology.Count).SingleAsync();
    }

    public static async Task<int> VersionAsync(this MeldcodeFactory factory, Guid dossierId)
    {
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await context.Dossiers.Where(d => d.Id == dossierId).Select(d => EF.Property<int>(d, ApplicationDbContext.VersionProperty)).SingleAsync();
    }

    /// <summary>
    /// Someone else changes the dossier while a form is open (the owner adds a comment a second later); returns the number
    /// of timeline entries after it. The clock moves because the dossier's version rises with its last-activity moment.
    /// </summary>
    public static async Task<int> ChangeMeanwhileAsync(this MeldcodeFactory factory, Guid dossierId)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var dossier = await DossierWorkspace.LoadAsync(context, dossierId, CancellationToken.None);
        var owner = await context.Users.SingleAsync(u => u.Id == dossier.OwnerId);
        dossier.AddComment("Tussendoor door iemand anders.", new Actor(owner.Id, owner.DisplayName), factory.Clock.GetUtcNow());
        await context.SaveChangesAsync();
        return dossier.Chronology.Count;
    }

    public static async Task<Guid> UserIdAsync(this MeldcodeFactory factory, string displayName)
    {
        factory.CreateClient().Dispose();
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await context.Users.Where(u => u.DisplayName == displayName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Adds a professional to the team of a demo user (the demo data has one professional per team).</summary>
    public static async Task<Guid> AddProfessionalAsync(this MeldcodeFactory factory, string displayName, string teamOf)
    {
        factory.CreateClient().Dispose();
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var colleague = await context.Users.Include(u => u.Memberships).SingleAsync(u => u.DisplayName == teamOf);
        var teamId = colleague.Memberships.First(m => m.TeamId is not null).TeamId;
        var organisation = await context.Organisations.Include(o => o.Teams).SingleAsync(o => o.Id == colleague.OrganisationId);
        var user = User.Create(organisation, displayName, null);
        user.Grant(Role.Professional, organisation.Teams.Single(t => t.Id == teamId));
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A dossier of the owner as it would be in an organisation of another sector (the demo organisation is in education).</summary>
    public static Task<Guid> CreateInSectorAsync(this MeldcodeFactory factory, Sector sector) => DossierSeed.CreateAsync(factory, Owner, sector: sector);
}

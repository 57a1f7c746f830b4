using System.Net;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Team;

/// <summary>The aandachtsfunctionaris hands over the dossiers of a deactivated colleague at once (/team/overdragen).</summary>
public sealed class HandOverPageTests : IDisposable
{
    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task The_dossiers_of_a_deactivated_owner_are_listed_and_handed_over_to_a_colleague()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var bram = await _factory.AddProfessionalAsync("Bram Visser", Owner);
        var sanne = await _factory.UserIdAsync(Owner);
        await DeactivateAsync(sanne);
        using var client = await _factory.SignedInAsync(Lead);

        var list = await client.GetPageAsync("/team/overdragen");
        var row = list.QuerySelectorAll("#zonder-eigenaar ~ table tbody tr").Single();
        Assert.Contains(Owner, row.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", row.QuerySelector("td[data-label='Open dossiers']")!.TextContent);
        var url = $"/team/overdragen?van={sanne}";
        Assert.Equal(url, row.QuerySelector("a")!.GetAttribute("href"));

        var form = await client.GetPageAsync(url);
        Assert.True(form.QuerySelector($"input[name=Dossiers][value='{id}']")!.HasAttribute("checked"));
        using var response = await client.SubmitAsync(form, url, new Dictionary<string, string> { ["Dossiers"] = id.ToString(), ["NewOwnerId"] = bram.ToString(), ["Reason"] = "Sanne is uit dienst." }, "form.hand-over");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var after = await client.GetPageAsync(url);
        Assert.Equal("De dossiers zijn overgedragen. De nieuwe eigenaar ziet ze in Mijn dossiers.", after.QuerySelector(".notice")!.TextContent);
        Assert.Empty(after.QuerySelectorAll("form.hand-over"));
        using var colleague = await _factory.SignedInAsync("Bram Visser");
        var mine = await colleague.GetPageAsync("/dossiers");
        Assert.Contains(mine.QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == $"/dossiers/{id}");
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Dutch_in_the_form_that_was_posted_with_the_reason_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var sanne = await _factory.UserIdAsync(Owner);
        await DeactivateAsync(sanne);
        using var client = await _factory.SignedInAsync(Lead);
        var url = $"/team/overdragen?van={sanne}";
        var form = await client.GetPageAsync(url);

        using var response = await client.SubmitAsync(form, url, new Dictionary<string, string> { ["Reason"] = "Sanne is uit dienst." }, "form.hand-over");

        var page = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Vink minstens één dossier aan.", "Kies aan wie je de dossiers overdraagt.");
        Assert.Equal("Sanne is uit dienst.", page.QuerySelector("form.hand-over textarea[name=Reason]")!.TextContent);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_professional_may_not_open_the_page_and_an_unknown_owner_is_not_found()
    {
        using var professional = await _factory.SignedInAsync(Owner);
        await professional.GetPageAsync("/team/overdragen", HttpStatusCode.Forbidden);
        using var lead = await _factory.SignedInAsync(Lead);
        await lead.GetPageAsync($"/team/overdragen?van={Guid.NewGuid()}", HttpStatusCode.NotFound);
        await lead.GetPageAsync("/team/overdragen?van=geen-id", HttpStatusCode.NotFound);
    }

    public void Dispose() => _factory.Dispose();

    private async Task DeactivateAsync(Guid userId)
    {
        using var scope = _factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        (await context.Users.SingleAsync(u => u.Id == userId)).Deactivate();
        await context.SaveChangesAsync();
    }
}

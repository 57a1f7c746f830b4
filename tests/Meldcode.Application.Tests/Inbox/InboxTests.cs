using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers;
using Meldcode.Application.Inbox;
using Meldcode.Application.Inbox.AcknowledgeInboxItem;
using Meldcode.Application.Inbox.CompleteInboxItem;
using Meldcode.Application.Inbox.CountNewInboxItems;
using Meldcode.Application.Inbox.GetInbox;
using Meldcode.Application.Inbox.GetLeadAttention;
using Meldcode.Domain.Inbox;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Inbox;

/// <summary>
/// The postvak: which events of a dossier put an item in whose postvak, who sees which items, "Gezien" and "Afgehandeld"
/// (with the version check and the object-level check), items that close themselves, and what the professional sees on the dossier.
/// </summary>
public sealed class InboxTests : SchoolTest
{
    private const string DeviationJustification = "Moeder werkt goed mee en de hulp is al gestart; melden zou de samenwerking nu schaden.";

    [Fact]
    public async Task Opening_a_dossier_puts_an_item_in_the_postvak_of_the_teams_aandachtsfunctionaris_only()
    {
        var id = await Dossiers.OpenAsync();

        var lead = Assert.Single((await InboxOf(School.LeadA)).Items);
        Assert.Equal(InboxItemKind.DossierOpened, lead.Kind);
        Assert.Equal("Nieuw dossier", lead.KindText);
        Assert.Equal(id, lead.DossierId);
        Assert.Equal("2026-0001", lead.DossierNumber);
        Assert.Equal("Anouk Jansen", lead.RaisedByName);
        Assert.Equal("Anouk Jansen heeft dossier 2026-0001 geopend.", lead.Summary);
        Assert.Equal("Nieuw", lead.StatusText);
        Assert.Equal(InboxLinkTarget.Dossier, lead.Link);
        Assert.DoesNotContain("Noor", lead.Summary, StringComparison.Ordinal);
        Assert.Empty((await InboxOf(School.LeadB)).Items);
        Assert.Empty((await InboxOf(School.Owner)).Items); // raised by herself
        Assert.Empty((await InboxOf(School.ColleagueA)).Items);
        Assert.Equal(1, await NewCountOf(School.LeadA));
        Assert.Equal(0, await NewCountOf(School.LeadB));
    }

    [Fact]
    public async Task A_request_for_advice_goes_to_the_colleague_asked_and_is_done_when_answered()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        var item = Assert.Single((await InboxOf(School.Consultant)).Items);
        Assert.Equal(InboxItemKind.ConsultationRequest, item.Kind);
        Assert.Equal(InboxLinkTarget.ConsultationAnswer, item.Link);
        Assert.False(item.CanComplete);
        Assert.Equal("Dit bericht wordt afgehandeld als de adviesvraag is beantwoord.", item.ClosesItselfText);
        Assert.DoesNotContain((await InboxOf(School.LeadA)).Items, i => i.Kind == InboxItemKind.ConsultationRequest);

        await Dossiers.ChangeAsync(School.Consultant, id, s => ValidCommands.AnswerConsultation(s, School.Consultant));

        Assert.Empty((await InboxOf(School.Consultant)).Items);
        var done = Assert.Single((await InboxOf(School.Consultant, InboxFilter.Done)).Items);
        Assert.Equal(InboxItemStatus.Done, done.Status);
        Assert.StartsWith("Afgehandeld door Joost Meijer op ", done.StatusText, StringComparison.Ordinal);
        Assert.Equal(InboxLinkTarget.None, done.Link); // the consultant can no longer read the dossier
    }

    [Fact]
    public async Task A_request_for_advice_that_is_withdrawn_is_done_as_well()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.WithdrawConsultation(s, School.Consultant));

        Assert.Empty((await InboxOf(School.Consultant)).Items);
        Assert.Equal(InboxItemStatus.Done, Assert.Single((await InboxOf(School.Consultant, InboxFilter.All)).Items).Status);
    }

    [Fact]
    public async Task Acute_danger_goes_to_the_teams_aandachtsfunctionaris_and_comes_first_as_the_newest_new_item()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.EmergencyAction);

        var items = (await InboxOf(School.LeadA)).Items;
        Assert.Equal([InboxItemKind.AcuteDanger, InboxItemKind.DossierOpened], items.Select(i => i.Kind));
        Assert.Equal(InboxLinkTarget.Dossier, items[0].Link);
        Assert.True(items[0].CanComplete);
        Assert.Empty((await InboxOf(School.LeadB)).Items);
    }

    [Fact]
    public async Task A_decision_to_report_with_four_eyes_asks_the_teams_aandachtsfunctionaris_to_co_sign_and_is_done_when_reviewed()
    {
        var id = await ReadyToDecideAsync(Outcome.ReportAndHelp);

        await ChangeInDomainAsync(id, School.Owner, (d, owner, now) => d.Decide(Outcome.ReportAndHelp, ValidCommands.Rationale, null, owner, now, ReviewRoute.TeamLeads));

        var item = Assert.Single((await InboxOf(School.LeadA)).Items, i => i.Kind == InboxItemKind.CoSignatureRequested);
        Assert.Equal(InboxLinkTarget.Review, item.Link);
        Assert.False(item.CanComplete);
        Assert.Equal("Dit bericht wordt afgehandeld als het besluit is beoordeeld.", item.ClosesItselfText);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.LeadA, new CompleteInboxItemCommand(item.Id, item.Version)));
        Assert.Equal("Dit bericht wordt afgehandeld als het besluit is beoordeeld.", refused.Message);

        await ChangeInDomainAsync(id, School.LeadA, (d, lead, now) => d.CoSignDecision(null, lead, now));

        Assert.DoesNotContain((await InboxOf(School.LeadA)).Items, i => i.Kind == InboxItemKind.CoSignatureRequested);
        var done = Assert.Single((await InboxOf(School.LeadA, InboxFilter.Done)).Items);
        Assert.StartsWith("Afgehandeld door Carla Visser op ", done.StatusText, StringComparison.Ordinal);
        Assert.Equal(InboxLinkTarget.Dossier, done.Link);
    }

    [Fact]
    public async Task A_decision_that_deviates_asks_the_teams_aandachtsfunctionaris_to_review_the_deviation()
    {
        var id = await ReadyToDecideAsync(Outcome.ReportAndHelp);

        await ChangeInDomainAsync(id, School.Owner, (d, owner, now) => d.Decide(Outcome.HelpAndMonitor, ValidCommands.Rationale, DeviationJustification, owner, now, ReviewRoute.TeamLeads));

        var item = Assert.Single((await InboxOf(School.LeadA)).Items, i => i.Kind == InboxItemKind.DeviationToReview);
        Assert.Equal("Afwijking beoordelen", item.KindText);
        Assert.Equal(InboxLinkTarget.Review, item.Link);
        Assert.Empty((await InboxOf(School.LeadB)).Items);
    }

    [Fact]
    public async Task A_decision_routed_to_the_named_reviewer_goes_to_that_person_only_and_also_to_the_board()
    {
        var id = await ReadyToDecideAsync(Outcome.ReportAndHelp);

        await ChangeInDomainAsync(id, School.Owner, (d, owner, now) => d.Decide(Outcome.ReportAndHelp, ValidCommands.Rationale, null, owner, now, ReviewRoute.To(School.Board.Id)));

        var item = Assert.Single((await InboxOf(School.Board)).Items);
        Assert.Equal(InboxItemKind.CoSignatureRequested, item.Kind);
        Assert.Equal(InboxLinkTarget.Review, item.Link);
        Assert.Equal(1, await NewCountOf(School.Board));
        Assert.DoesNotContain((await InboxOf(School.LeadA)).Items, i => i.Kind == InboxItemKind.CoSignatureRequested);
    }

    [Fact]
    public async Task Handing_over_tells_the_new_owner_and_the_previous_owner_who_can_no_longer_open_the_dossier()
    {
        var id = await Dossiers.OpenAsync();

        await ChangeInDomainAsync(id, School.LeadA, (d, lead, now) => d.HandOver(ActorOf(School.ColleagueA), "Anouk Jansen", "Anouk gaat met zwangerschapsverlof.", lead, now));

        var toNewOwner = Assert.Single((await InboxOf(School.ColleagueA)).Items);
        Assert.Equal(InboxItemKind.DossierHandedOver, toNewOwner.Kind);
        Assert.Equal(InboxLinkTarget.Dossier, toNewOwner.Link);
        var toPrevious = Assert.Single((await InboxOf(School.Owner)).Items);
        Assert.Equal(InboxItemKind.DossierHandedOverFromYou, toPrevious.Kind);
        Assert.Equal("Dossier 2026-0001 is overgedragen aan Eva Mulder. Je kunt het dossier niet meer openen.", toPrevious.Summary);
        Assert.Equal("Carla Visser", toPrevious.RaisedByName);
        Assert.Equal(InboxLinkTarget.None, toPrevious.Link);
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Owner, id));
    }

    [Fact]
    public async Task Handing_over_the_dossier_of_a_deactivated_owner_tells_only_the_new_owner()
    {
        var id = await Dossiers.OpenAsync();
        await DeactivateAsync(School.Owner.Id);

        await ChangeInDomainAsync(id, School.LeadA, (d, lead, now) => d.HandOver(ActorOf(School.ColleagueA), "Anouk Jansen", "Anouk werkt hier niet meer.", lead, now));

        var items = await Host.WithContextAsync(c => c.InboxItems.AsNoTracking().Where(i => i.DossierId == id).Select(i => i.Kind).ToListAsync());
        Assert.Equal([InboxItemKind.DossierOpened, InboxItemKind.DossierHandedOver], items.Order());
    }

    [Fact]
    public async Task Gezien_shows_on_the_dossier_who_saw_it_and_when()
    {
        var id = await Dossiers.OpenAsync();
        Assert.Equal("Nog niet gezien", Assert.Single(await Dossiers.SendAsync(School.Owner, new GetLeadAttentionQuery(id))).StatusText);
        var item = Assert.Single((await InboxOf(School.LeadA)).Items);

        await Dossiers.SendAsync(School.LeadA, new AcknowledgeInboxItemCommand(item.Id, item.Version));

        var seen = Assert.Single(await Dossiers.SendAsync(School.Owner, new GetLeadAttentionQuery(id)));
        Assert.Equal("Dossier geopend", seen.What);
        Assert.True(seen.IsSeen);
        Assert.Matches(@"^Gezien door Carla Visser op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}$", seen.StatusText);
        var acknowledged = Assert.Single((await InboxOf(School.LeadA)).Items);
        Assert.Equal(InboxItemStatus.Acknowledged, acknowledged.Status);
        Assert.False(acknowledged.CanAcknowledge);
        Assert.Equal(0, await NewCountOf(School.LeadA));
    }

    [Fact]
    public async Task Afgehandeld_moves_an_item_from_open_to_done_and_a_second_time_is_refused()
    {
        await Dossiers.OpenAsync();
        var item = Assert.Single((await InboxOf(School.LeadA)).Items);

        await Dossiers.SendAsync(School.LeadA, new CompleteInboxItemCommand(item.Id, item.Version));

        Assert.Empty((await InboxOf(School.LeadA)).Items);
        var done = Assert.Single((await InboxOf(School.LeadA, InboxFilter.Done)).Items);
        Assert.Equal(InboxItemStatus.Done, done.Status);
        Assert.False(done.CanComplete);
        var again = await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.LeadA, new CompleteInboxItemCommand(done.Id, done.Version)));
        Assert.Equal("Dit bericht is al afgehandeld.", again.Message);
        var seenAfterDone = await Assert.ThrowsAsync<DomainException>(() => Dossiers.SendAsync(School.LeadA, new AcknowledgeInboxItemCommand(done.Id, done.Version)));
        Assert.Equal("Dit bericht is al afgehandeld.", seenAfterDone.Message);
    }

    [Fact]
    public async Task A_stale_version_gives_the_conflict_message_and_changes_nothing()
    {
        await Dossiers.OpenAsync();
        var item = Assert.Single((await InboxOf(School.LeadA)).Items);
        await Dossiers.SendAsync(School.LeadA, new AcknowledgeInboxItemCommand(item.Id, item.Version));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Dossiers.SendAsync(School.LeadA, new CompleteInboxItemCommand(item.Id, item.Version)));

        Assert.Equal(ConcurrencyConflictException.GeneralDutchMessage, conflict.Message);
        Assert.Equal(InboxItemStatus.Acknowledged, Assert.Single((await InboxOf(School.LeadA)).Items).Status);
    }

    [Fact]
    public async Task Another_teams_aandachtsfunctionaris_does_not_find_the_item_and_nothing_changes()
    {
        await Dossiers.OpenAsync();
        var item = Assert.Single((await InboxOf(School.LeadA)).Items);

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.LeadB, new AcknowledgeInboxItemCommand(item.Id, item.Version)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.LeadB, new CompleteInboxItemCommand(item.Id, item.Version)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Owner, new AcknowledgeInboxItemCommand(item.Id, item.Version))); // raised it herself
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.Outsider, new AcknowledgeInboxItemCommand(item.Id, item.Version)));

        var unchanged = Assert.Single((await InboxOf(School.LeadA)).Items);
        Assert.Equal(InboxItemStatus.New, unchanged.Status);
        Assert.Equal(item.Version, unchanged.Version);
    }

    [Fact]
    public async Task A_professional_sees_only_the_items_addressed_to_them()
    {
        var id = await Dossiers.OpenWithEveryoneAsync(); // opened by the owner, a request to the consultant (team B)
        await Dossiers.OpenAsync(School.ColleagueA); // another dossier of team A

        Assert.Equal([InboxItemKind.ConsultationRequest], (await InboxOf(School.Consultant)).Items.Select(i => i.Kind));
        Assert.Empty((await InboxOf(School.Collaborator)).Items);
        Assert.Equal(2, (await InboxOf(School.LeadA)).Items.Count(i => i.Kind == InboxItemKind.DossierOpened));
        Assert.Empty((await InboxOf(School.Outsider)).Items);
        Assert.Contains(id, (await InboxOf(School.LeadA)).Items.Select(i => i.DossierId));
    }

    [Theory]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Trainer)]
    [InlineData(Who.PrivacyOfficer)]
    public async Task Roles_without_a_postvak_are_refused_and_change_nothing(Who who)
    {
        await Dossiers.OpenAsync();
        var item = Assert.Single((await InboxOf(School.LeadA)).Items);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new GetInboxQuery()));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new CountNewInboxItemsQuery()));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new AcknowledgeInboxItemCommand(item.Id, item.Version)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new CompleteInboxItemCommand(item.Id, item.Version)));

        Assert.Equal(InboxItemStatus.New, Assert.Single((await InboxOf(School.LeadA)).Items).Status);
    }

    [Fact]
    public async Task The_postvak_is_paged_new_before_acknowledged_newest_first()
    {
        for (var i = 0; i < 3; i++)
        {
            await Dossiers.OpenAsync();
        }

        var first = (await InboxOf(School.LeadA)).Items;
        await Dossiers.SendAsync(School.LeadA, new AcknowledgeInboxItemCommand(first[0].Id, first[0].Version));

        var page1 = await Dossiers.SendAsync(School.LeadA, new GetInboxQuery(InboxFilter.Open, Page: 1, PageSize: 2));
        var page2 = await Dossiers.SendAsync(School.LeadA, new GetInboxQuery(InboxFilter.Open, Page: 9, PageSize: 2));

        Assert.Equal(["2026-0002", "2026-0001"], page1.Items.Select(i => i.DossierNumber));
        Assert.Equal(2, page1.PageCount);
        Assert.Equal(3, page1.TotalCount);
        Assert.Equal(2, page1.NewCount);
        Assert.Equal(2, page2.Page); // beyond the last: the last
        Assert.Equal(["2026-0003"], page2.Items.Select(i => i.DossierNumber));
        Assert.Equal(InboxItemStatus.Acknowledged, page2.Items[0].Status);
    }

    [Fact]
    public async Task An_unknown_filter_or_page_size_is_refused_with_a_Dutch_message()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School.LeadA, new GetInboxQuery((InboxFilter)42, PageSize: 0)));

        Assert.Contains("Kies welke berichten je wilt zien: open, afgehandeld of alle.", refused.Errors.Select(e => e.ErrorMessage));
        Assert.Contains("Een pagina toont 1 tot 100 berichten.", refused.Errors.Select(e => e.ErrorMessage));
    }

    private static Actor ActorOf(User user) => new(user.Id, user.DisplayName);

    private Task<InboxPage> InboxOf(User user, InboxFilter filter = InboxFilter.Open) => Dossiers.SendAsync(user, new GetInboxQuery(filter));

    private Task<int> NewCountOf(User user) => Dossiers.SendAsync(user, new CountNewInboxItemsQuery());

    private async Task<Guid> ReadyToDecideAsync(Outcome recommended)
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, recommended);
        return id;
    }

    /// <summary>
    /// A change made on the dossier itself, delivered to the postvak and saved in one unit of work, as the use cases do
    /// (for the changes whose use cases are built elsewhere: deciding with four eyes, reviewing, handing over).
    /// </summary>
    private async Task ChangeInDomainAsync(Guid dossierId, User user, Action<Dossier, Actor, DateTimeOffset> change)
    {
        using var scope = Host.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var inbox = scope.ServiceProvider.GetRequiredService<DossierInbox>();
        var dossier = await DossierWorkspace.LoadAsync(context, dossierId, CancellationToken.None);
        var now = Clock.Now;
        change(dossier, ActorOf(user), now);
        await inbox.DeliverAsync(dossier, ActorOf(user), now, CancellationToken.None);
        await context.SaveChangesAsync();
    }
}

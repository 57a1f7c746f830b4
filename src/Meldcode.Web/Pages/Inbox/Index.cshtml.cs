using System.Globalization;
using MediatR;
using Meldcode.Application.Inbox.AcknowledgeInboxItem;
using Meldcode.Application.Inbox.CompleteInboxItem;
using Meldcode.Application.Inbox.GetInbox;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Inbox;

/// <summary>
/// The postvak: what needs the user (for an aandachtsfunctionaris: what happens in their teams' dossiers), one page at a time,
/// open items by default; "Gezien" and "Afgehandeld" per item, each sent with the version of the item the user saw.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    /// <summary>The keys of the confirmations after a change (fixed texts; nothing from the request is echoed).</summary>
    public const string AcknowledgedKey = "postvak-gezien";
    public const string CompletedKey = "postvak-afgehandeld";

    /// <summary>The filter values in the address, in Dutch.</summary>
    public static readonly IReadOnlyDictionary<string, InboxFilter> Filters = new Dictionary<string, InboxFilter>(StringComparer.Ordinal)
    {
        ["open"] = InboxFilter.Open,
        ["afgehandeld"] = InboxFilter.Done,
        ["alle"] = InboxFilter.All,
    };

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Saved switch
    {
        AcknowledgedKey => "Het bericht staat op gezien.",
        CompletedKey => "Het bericht is afgehandeld.",
        _ => null,
    };

    /// <summary>Which items, as typed in the link ("open", "afgehandeld" or "alle"); anything else shows the open ones.</summary>
    [BindProperty(SupportsGet = true, Name = "filter")]
    public string? RequestedFilter { get; set; }

    /// <summary>The page asked for, as typed in the link: anything but a whole number shows the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public string? RequestedPage { get; set; }

    /// <summary>The item a form is about.</summary>
    [BindProperty]
    public Guid ItemId { get; set; }

    /// <summary>The version of the item the form was shown with.</summary>
    [BindProperty]
    public int Version { get; set; }

    public InboxPage Inbox { get; private set; } = null!;

    /// <summary>Said when the page asked for does not exist and another is shown instead.</summary>
    public string? PageNotice { get; private set; }

    public InboxFilter Filter => RequestedFilter is not null && Filters.TryGetValue(RequestedFilter, out var filter) ? filter : InboxFilter.Open;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken) =>
        SaveAsync(new AcknowledgeInboxItemCommand(ItemId, Version), AcknowledgedKey, cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken) =>
        SaveAsync(new CompleteInboxItemCommand(ItemId, Version), CompletedKey, cancellationToken);

    /// <summary>After a refused change (an item changed meanwhile, or a rule): the list as it is now, with the message.</summary>
    public Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>The link to a filter or another page of the same list.</summary>
    public string? LinkTo(InboxFilter filter, int page = 1) =>
        Url.Page("/Inbox/Index", new { filter = filter == InboxFilter.Open ? null : Filters.First(f => f.Value == filter).Key, pagina = page == 1 ? (int?)null : page });

    private async Task<IActionResult> SaveAsync(IRequest<Unit> change, string confirmationKey, CancellationToken cancellationToken)
    {
        await mediator.Send(change, cancellationToken);
        TempData[Confirmations.TempDataKey] = confirmationKey;
        return Redirect(LinkTo(Filter, RequestedPageNumber ?? 1)!);
    }

    private int? RequestedPageNumber =>
        int.TryParse(RequestedPage, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var requested = RequestedPageNumber;
        Inbox = await mediator.Send(new GetInboxQuery(Filter, requested ?? 1), cancellationToken);
        if (!string.IsNullOrWhiteSpace(RequestedPage) && requested != Inbox.Page && Inbox.TotalCount > 0)
        {
            PageNotice = $"Pagina {RequestedPage} bestaat niet. Je ziet pagina {Inbox.Page} van {Inbox.PageCount}.";
        }
    }
}

using MediatR;
using Meldcode.Application.Inbox.CountNewInboxItems;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Presentation;

/// <summary>
/// The number of new items beside "Postvak" in the main menu: a badge, with "(3 nieuw)" for screen readers; nothing when
/// there are none. One compiled count, once per page (the layout renders once). The menu shows it only to the roles that
/// have a postvak. A count that fails leaves the badge out rather than the page: the menu must also work on the error page.
/// </summary>
public sealed partial class InboxBadgeViewComponent(IMediator mediator, ILogger<InboxBadgeViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            return View(await mediator.Send(new CountNewInboxItemsQuery(), HttpContext.RequestAborted));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCountFailed(logger, exception.GetType().Name);
            return Content(string.Empty);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The count of new inbox items for the menu failed ({ExceptionType}); the menu is shown without it.")]
    private static partial void LogCountFailed(ILogger logger, string exceptionType);
}

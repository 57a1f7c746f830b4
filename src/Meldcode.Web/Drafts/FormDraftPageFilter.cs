using System.Reflection;
using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Drafts;
using Meldcode.Application.Drafts.DiscardDraft;
using Meldcode.Application.Drafts.GetDraft;
using Meldcode.Application.Drafts.SaveDraft;
using Meldcode.Domain.Common;
using Meldcode.Web.Pages.Dossiers;
using Meldcode.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Drafts;

/// <summary>
/// Drafts (concepten) for every page marked <see cref="KeepsDraftsAttribute"/>, in one place rather than on each page:
/// <list type="bullet">
/// <item>POST <c>?handler=Concept</c> (the autosave of wwwroot/js/drafts.js, with the antiforgery token the page checks
/// as for any post): keeps the posted fields as the user's draft of this form; answers JSON.</item>
/// <item>POST <c>?handler=ConceptWeggooien</c>: deletes it and shows the page again.</item>
/// <item>GET <c>?concept=terugzetten</c>: shows the form filled with the draft (see <see cref="DraftValueProviderFactory"/>).</item>
/// <item>Any other post of the page that succeeds (it redirects, as every saved form does) deletes the draft.</item>
/// </list>
/// The draft of a dossier page names its dossier: the Application layer keeps it only for someone who may work on it.
/// </summary>
internal sealed partial class FormDraftPageFilter(IMediator mediator, TimeProvider clock, ILogger<FormDraftPageFilter> logger) : IAsyncPageFilter
{
    /// <summary>Never stored: the antiforgery token, the version the form was shown with, the handler.</summary>
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase) { "__RequestVerificationToken", "Version", DraftKeys.HandlerParameter };

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!KeepsDrafts(context.HandlerInstance) || !HttpMethods.IsGet(request.Method)
            || !string.Equals(request.Query[DraftKeys.RestoreParameter], DraftKeys.RestoreValue, StringComparison.Ordinal))
        {
            return;
        }

        var draft = await mediator.Send(new GetDraftQuery(DraftKeys.Of(request)), context.HttpContext.RequestAborted);
        if (draft is not null && context.HandlerInstance is PageModel { PageContext: { } page })
        {
            page.ValueProviderFactories.Insert(0, new DraftValueProviderFactory(draft.Fields));
            context.HttpContext.Features.Set(new RestoredDraft(draft.SavedAt));
        }
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!KeepsDrafts(context.HandlerInstance) || !HttpMethods.IsPost(request.Method))
        {
            await next();
            return;
        }

        var handler = (string?)context.RouteData.Values[DraftKeys.HandlerParameter] ?? request.Query[DraftKeys.HandlerParameter].ToString();
        if (string.Equals(handler, DraftKeys.SaveHandler, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = await SaveAsync(context);
            return;
        }

        if (string.Equals(handler, DraftKeys.DiscardHandler, StringComparison.OrdinalIgnoreCase))
        {
            var key = DraftKeys.Of(request);
            await mediator.Send(new DiscardDraftCommand(key), context.HttpContext.RequestAborted);
            context.Result = new LocalRedirectResult(key);
            return;
        }

        var executed = await next();
        if (executed.Result is RedirectToPageResult or RedirectResult or LocalRedirectResult && (executed.Exception is null || executed.ExceptionHandled))
        {
            await DiscardAfterSavingAsync(DraftKeys.Of(request), context.HttpContext.RequestAborted);
        }
    }

    private async Task<IActionResult> SaveAsync(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var fields = form
            .Where(f => !NotKept.Contains(f.Key))
            .SelectMany(f => f.Value.Select(v => new DraftField(f.Key, v ?? string.Empty)))
            .ToList();
        var dossierPage = context.HandlerInstance as DossierPageModel;
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            var savedAt = await mediator.Send(new SaveDraftCommand(DraftKeys.Of(http.Request), dossierPage?.Id, fields, dossierPage?.DraftPermission), http.RequestAborted);
            return new JsonResult(new DraftSaved(DutchTime.Local(savedAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), SessionEnd.For(http)?.SecondsLeft(clock.GetUtcNow())));
        }
        catch (ValidationException refused)
        {
            return new JsonResult(new DraftRefused(refused.Errors.Select(e => e.ErrorMessage).FirstOrDefault() ?? "Het concept kon niet worden bewaard.")) { StatusCode = StatusCodes.Status400BadRequest };
        }
        catch (NotFoundException)
        {
            return new NotFoundResult();
        }
        catch (ForbiddenAccessException)
        {
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>The form is saved; its draft goes. That the draft stays (for at most a day) must not turn a saved form into an error page.</summary>
    private async Task DiscardAfterSavingAsync(string formKey, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new DiscardDraftCommand(formKey), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDiscardFailed(logger, exception.GetType().Name);
        }
    }

    private static bool KeepsDrafts(object handlerInstance) => handlerInstance.GetType().GetCustomAttribute<KeepsDraftsAttribute>(inherit: true) is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A saved form's draft could not be deleted ({ExceptionType}); the draft housekeeping deletes it within a day.")]
    private static partial void LogDiscardFailed(ILogger logger, string exceptionType);

    /// <summary>The autosave's answer: the Dutch time it was kept, and the seconds the session still lasts.</summary>
    private sealed record DraftSaved(string SavedAt, int? SessionEndsIn);

    private sealed record DraftRefused(string Message);
}

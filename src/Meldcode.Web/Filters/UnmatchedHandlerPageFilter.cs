using Meldcode.Application.Common.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Meldcode.Web.Filters;

/// <summary>
/// A request that no handler of the page answers: a POST with a made-up <c>?handler=</c>, a plain POST to a page whose
/// forms all post to a named handler (the dossier overview), a TRACE, PUT or DELETE. Razor Pages would then render
/// the page without running any handler, with nothing loaded: a NullReferenceException, a 500 and a stack trace in the
/// log for every such request. Instead, before any page code runs:
/// <list type="bullet">
/// <item>a method the page has no handler for at all (TRACE, PUT, …; POST on a page without forms): 405 with <c>Allow</c>;</item>
/// <item>a method the page does have handlers for, but none with this name (or none without a name): 404.</item>
/// </list>
/// A page about something the user may not even read answers 404 either way, as its GET does (see
/// <see cref="ISubjectPage"/>). GET and HEAD without a handler still render, as a page without <c>OnGet</c> should.
/// Registered last, so that <see cref="Drafts.FormDraftPageFilter"/> answers its own handlers first.
/// </summary>
internal sealed class UnmatchedHandlerPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        // The error page, shown for a refused request of any method (the status code pages re-execute it), always renders.
        if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next();
            return;
        }

        var handlers = context.ActionDescriptor.HandlerMethods;
        var methodHasHandlers = handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase));
        if (methodHasHandlers || await SubjectIsOutOfReachAsync(context))
        {
            context.Result = new NotFoundResult();
        }
        else
        {
            var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant())
                .Concat([HttpMethods.Get, HttpMethods.Head])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    /// <summary>Whether the page is about something (a dossier, a user, …) this user cannot find: then it answers 404 as its GET would.</summary>
    private static async Task<bool> SubjectIsOutOfReachAsync(PageHandlerExecutingContext context)
    {
        if (context.HandlerInstance is not ISubjectPage page)
        {
            return false;
        }

        try
        {
            await page.CheckSubjectAsync(context.HttpContext.RequestAborted);
            return false;
        }
        catch (NotFoundException)
        {
            return true;
        }
        catch (ForbiddenAccessException)
        {
            return false;
        }
    }
}

/// <summary>A page about one thing (a dossier, a staff concern, a user, …) that the Application layer may refuse to show.</summary>
internal interface ISubjectPage
{
    /// <summary>Reads what the page is about; throws <see cref="NotFoundException"/> when this user may not find it.</summary>
    Task CheckSubjectAsync(CancellationToken cancellationToken);
}

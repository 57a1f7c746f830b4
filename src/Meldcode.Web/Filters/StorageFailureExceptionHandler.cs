using System.Text.Encodings.Web;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;

namespace Meldcode.Web.Filters;

/// <summary>
/// Storage that cannot be read or written outside a page's handler (the session check of every request, the error page
/// itself, a view component): a 503 with a short Dutch page of its own, instead of the error page, which would need the
/// same storage to show the layout. Logged once, in plain words, by <see cref="StorageHealth"/> — not as an unhandled
/// exception with a stack trace (see <see cref="IsStorageFailure"/> in Program.cs).
/// </summary>
internal sealed class StorageFailureExceptionHandler(StorageHealth health) : IExceptionHandler
{
    public const string Title = "Even niet beschikbaar";

    public const string Explanation =
        "De gegevens konden nu niet worden gelezen of opgeslagen. Probeer het zo opnieuw. Blijft dit gebeuren? Meld het bij de functioneel beheerder van je organisatie.";

    /// <summary>Whether the exception is storage that is unavailable (for the exception handler's diagnostics: those are not logged as unhandled).</summary>
    public static bool IsStorageFailure(Exception exception) =>
        exception is StorageUnavailableException || StorageFailures.Classify(exception) is not null;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsStorageFailure(exception))
        {
            return false;
        }

        if (exception is not StorageUnavailableException && StorageFailures.Classify(exception) is { } failure)
        {
            health.Report(failure);
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        httpContext.Response.Headers.CacheControl = "no-store";
        httpContext.Response.Headers.RetryAfter = "30";
        var html = HtmlEncoder.Default;
        await httpContext.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.Encode(Title)} - Meldcode</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="inhoud"><h1>{html.Encode(Title)}</h1><p class="lead">{html.Encode(Explanation)}</p>
            <p>Is een kind nu in gevaar? Bel <a href="tel:112">112</a> of Veilig Thuis op <a href="tel:08002000">0800-2000</a>.</p></main></body>
            </html>
            """,
            cancellationToken);
        return true;
    }
}

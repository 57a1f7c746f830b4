using MediatR;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// Answers with a dossier document as a download: always an attachment (never shown inside the
/// browser tab), never cached, named with the dossier number only.
/// </summary>
internal static class DocumentDownload
{
    public static async Task<IActionResult> DownloadAsync(this PageModel page, IMediator mediator, DownloadDossierDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await mediator.Send(command, cancellationToken);
        page.Response.Headers.CacheControl = "no-store";
        page.Response.Headers.Pragma = "no-cache";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(document.FileName);
        page.Response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(document.Content, document.ContentType);
    }
}

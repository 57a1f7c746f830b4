using Meldcode.Application.Common.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Meldcode.Web.Pages;

/// <summary>
/// Answers with a document (a dossier record, a draft report, figures, a session summary) as a download: always an
/// attachment (never shown inside the browser tab), never cached, under the name the use case gave it.
/// </summary>
internal static class DocumentDownload
{
    public static IActionResult Download(this PageModel page, ExportedDocument document)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(document);
        page.Response.Headers.CacheControl = "no-store";
        page.Response.Headers.Pragma = "no-cache";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(document.FileName);
        page.Response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(document.Content, document.ContentType);
    }
}

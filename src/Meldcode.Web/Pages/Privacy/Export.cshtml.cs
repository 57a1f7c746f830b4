using MediatR;
using Meldcode.Application.AccessLog.ExportAccessLog;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Privacy;

/// <summary>
/// The access log's lines for the page's filter as a CSV download. A filter that cannot be used sends the privacy officer
/// back to the log with the same filter, which says what to change.
/// </summary>
public sealed class ExportModel(IMediator mediator) : AccessLogFilterPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var form = Form;
        if (form.Read(ModelState) is not { } filter)
        {
            return RedirectToPage("/Privacy/AccessLog", form.RouteValues());
        }

        try
        {
            return this.Download(await mediator.Send(new ExportAccessLogQuery(filter), cancellationToken));
        }
        catch (FluentValidation.ValidationException)
        {
            return RedirectToPage("/Privacy/AccessLog", form.RouteValues());
        }
    }
}

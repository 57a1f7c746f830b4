using MediatR;
using Meldcode.Application.AccessLog.GetAccessLog;
using Meldcode.Application.AccessLog.GetAccessLogEmployees;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Meldcode.Web.Pages.Privacy;

/// <summary>"Toegangslog": the privacy officer reads who accessed which dossier or staff-member record, filtered in the address; refused attempts first.</summary>
public sealed class AccessLogModel(IMediator mediator) : AccessLogFilterPageModel
{
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The lines; null when the filter could not be read (the messages are on the form).</summary>
    public AccessLogPage? Log { get; private set; }

    public IReadOnlyList<AccessLogEmployee> Employees { get; private set; } = [];

    public IEnumerable<SelectListItem> EmployeeOptions => Employees.Select(e =>
        new SelectListItem(e.IsActive ? e.Name : $"{e.Name} (niet meer actief)", e.UserId.ToString(), string.Equals(e.UserId.ToString(), Employee?.Trim(), StringComparison.OrdinalIgnoreCase)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Employees = await mediator.Send(new GetAccessLogEmployeesQuery(), cancellationToken);
        if (Form.Read(ModelState) is not { } filter)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return;
        }

        Log = await mediator.Send(new GetAccessLogQuery(filter, PageNumber), cancellationToken);
    }
}

using MediatR;
using Meldcode.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Acute danger on a dossier: first what to do now (112, Veilig Thuis), then record afterwards what was done.</summary>
public sealed class AcuteModel(IMediator mediator, TimeProvider clock) : DossierPageModel(mediator)
{
    [FromFormFields]
    public EmergencyActionForm Form { get; set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Form.ToCommand(Id, Version), "acuut", cancellationToken);

    /// <summary>Now, as read on a Dutch clock.</summary>
    protected override void StartForm()
    {
        var now = DutchTime.Local(clock.GetUtcNow());
        Form = Form with { OccurredOn = DateOnly.FromDateTime(now.DateTime), OccurredTime = new TimeOnly(now.Hour, now.Minute) };
    }
}

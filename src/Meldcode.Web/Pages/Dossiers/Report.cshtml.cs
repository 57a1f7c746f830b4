using MediatR;
using Meldcode.Application.Dossiers.RecordReport;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The report (melding) to Veilig Thuis, with "open melden, tenzij".</summary>
public sealed class ReportModel(IMediator mediator) : DossierPageModel(mediator)
{
    /// <summary>The 26 Veilig Thuis regions, offered as suggestions (the field stays free text).</summary>
    public static IReadOnlyList<string> Regions { get; } =
    [
        "Amsterdam-Amstelland",
        "Brabant-Noordoost",
        "Drenthe",
        "Flevoland",
        "Fryslân",
        "Gelderland-Midden",
        "Gelderland-Zuid",
        "Gooi en Vechtstreek",
        "Groningen",
        "Haaglanden",
        "Hollands Midden",
        "IJsselland",
        "Kennemerland",
        "Limburg-Noord",
        "Midden-Brabant",
        "Noord- en Oost-Gelderland",
        "Noord-Holland Noord",
        "Rotterdam Rijnmond",
        "Twente",
        "Utrecht",
        "West-Brabant",
        "Zaanstreek-Waterland",
        "Zeeland",
        "Zuid-Holland Zuid",
        "Zuid-Limburg",
        "Zuidoost-Brabant",
    ];

    [FromFormFields]
    public RecordReportCommand Command { get; set; } = null!;

    /// <summary>A report can be recorded after a decision (or evaluation) that calls for one, or after acute danger.</summary>
    public bool CanReport => View.CanWork && (View.Dossier.ReportsRequired > 0 || View.Dossier.IsAcute);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "melding", cancellationToken);

    protected override void StartForm() => Command = Command with { ReportedOn = View.Today };
}

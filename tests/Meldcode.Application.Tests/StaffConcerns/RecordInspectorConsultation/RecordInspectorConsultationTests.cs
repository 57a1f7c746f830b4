using FluentValidation;
using Meldcode.Application.Tests.StaffConcerns.Support;

namespace Meldcode.Application.Tests.StaffConcerns.RecordInspectorConsultation;

/// <summary>The board consults the vertrouwensinspecteur (overlegplicht) and records whether that yields a reasonable suspicion.</summary>
public sealed class RecordInspectorConsultationTests : StaffConcernTest
{
    [Fact]
    public async Task The_inspector_consultation_is_dated_between_raising_the_concern_and_today()
    {
        var id = await RaiseAsync();

        await AssertBoardRefusedAsync(id, v => Inspector(id, v, true) with { ConsultedOn = Clock.Today.AddDays(-1) }, "De datum van het overleg ligt tussen de melding en vandaag.");
        var future = await Assert.ThrowsAsync<ValidationException>(() => AsBoardAsync(id, v => Inspector(id, v, true) with { ConsultedOn = Clock.Today.AddDays(1) }));
        Assert.Equal(["De datum van het overleg kan niet in de toekomst liggen."], future.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task The_consultation_and_its_conclusion_are_kept_with_the_concern()
    {
        var id = await RaiseAsync();

        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));

        var view = await ViewAsync(School.Board, id);
        Assert.Equal((Clock.Today, "Overleg met de vertrouwensinspecteur gevoerd."), (view.Concern.InspectorConsultedOn, view.Concern.InspectorOutcome));
        Assert.Equal((true, "Twee leerlingen vertellen onafhankelijk van elkaar hetzelfde."), (view.Concern.ReasonableSuspicion, view.Concern.ReasonableSuspicionGrounds));
        Assert.Equal(1, view.Version);
    }

    [Fact]
    public async Task The_inspector_consultation_is_recorded_once()
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: false));

        await AssertBoardRefusedAsync(id, v => Inspector(id, v, reasonableSuspicion: true), "Het overleg met de vertrouwensinspecteur is al vastgelegd.");
    }

    [Fact]
    public async Task Every_missing_part_of_the_consultation_is_reported_at_once_in_Dutch()
    {
        var id = await RaiseAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            AsBoardAsync(id, v => Inspector(id, v, true) with { ConsultedOn = null, Outcome = " ", ReasonableSuspicion = null, Grounds = null }));

        Assert.Equal(
            ["Vul de datum van het overleg in.", "Vul de uitkomst van het overleg in.", "Geef aan of er een redelijk vermoeden is.", "Vul de onderbouwing in."],
            refused.Errors.Select(e => e.ErrorMessage));
        Assert.Null((await ViewAsync(School.Board, id)).Concern.InspectorConsultedOn);
    }
}

using FluentValidation;
using Meldcode.Application.Tests.StaffConcerns.Support;

namespace Meldcode.Application.Tests.StaffConcerns.RecordPoliceReport;

/// <summary>On a reasonable suspicion the board reports to the police (aangifteplicht), after informing the staff member and the parents.</summary>
public sealed class RecordPoliceReportTests : StaffConcernTest
{
    [Fact]
    public async Task A_police_report_needs_a_reasonable_suspicion_from_the_inspector_consultation()
    {
        var id = await RaiseAsync();
        const string message = "Aangifte volgt als het overleg met de vertrouwensinspecteur een redelijk vermoeden oplevert. Leg dat overleg eerst vast.";

        await AssertBoardRefusedAsync(id, v => Police(id, v), message);
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: false));
        await AssertBoardRefusedAsync(id, v => Police(id, v), message);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_police_report_needs_the_staff_member_and_the_parents_informed_beforehand(bool staffMemberInformed, bool parentsInformed)
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));

        await AssertBoardRefusedAsync(
            id,
            v => Police(id, v) with { StaffMemberInformed = staffMemberInformed, ParentsInformed = parentsInformed },
            "Informeer de medewerker en de ouders voordat je aangifte doet, en vink dat aan.");
    }

    [Fact]
    public async Task A_police_report_is_dated_between_the_inspector_consultation_and_today()
    {
        var id = await RaiseAsync();
        Clock.Advance(TimeSpan.FromDays(2));
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));

        await AssertBoardRefusedAsync(id, v => Police(id, v) with { ReportedOn = Clock.Today.AddDays(-1) }, "De datum van de aangifte ligt tussen het overleg met de vertrouwensinspecteur en vandaag.");
        var future = await Assert.ThrowsAsync<ValidationException>(() => AsBoardAsync(id, v => Police(id, v) with { ReportedOn = Clock.Today.AddDays(1) }));
        Assert.Equal(["De datum van de aangifte kan niet in de toekomst liggen."], future.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task The_police_report_is_recorded_once()
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));
        await AsBoardAsync(id, v => Police(id, v));

        await AssertBoardRefusedAsync(id, v => Police(id, v) with { Reference = "PL0900-2026999999" }, "De aangifte is al vastgelegd.");
        Assert.Equal("PL0900-2026123456", (await ViewAsync(School.Board, id)).Concern.PoliceReference);
    }

    [Theory]
    [InlineData(0, "Vul het kenmerk van de aangifte in.")]
    [InlineData(201, "Het kenmerk van de aangifte mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    public async Task The_police_reference_is_required_and_at_most_200_characters(int length, string message)
    {
        var id = await RaiseAsync();
        await AsBoardAsync(id, v => Inspector(id, v, reasonableSuspicion: true));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsBoardAsync(id, v => Police(id, v) with { Reference = new string('a', length) }));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
    }
}

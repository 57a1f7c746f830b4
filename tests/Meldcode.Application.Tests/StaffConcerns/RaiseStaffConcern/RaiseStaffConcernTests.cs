using FluentValidation;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;
using Meldcode.Application.Tests.StaffConcerns.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.StaffConcerns.RaiseStaffConcern;

/// <summary>A staff member raises a suspicion against a colleague: the board is informed at once.</summary>
public sealed class RaiseStaffConcernTests : StaffConcernTest
{
    [Fact]
    public async Task Concerns_are_numbered_per_organisation_from_M0001_in_the_year_they_are_raised()
    {
        var childcare = await Host.WithContextAsync(DemoData.SaveAsync);

        var first = await RaiseAsync();
        var second = await RaiseAsync(School.Collaborator);
        var elsewhere = await Host.SendAsAsync(childcare.Professional, new RaiseStaffConcernCommand("Piet Groen", Description));

        Assert.Equal("M2026-0001", (await ViewAsync(School.Board, first)).Concern.Number);
        Assert.Equal("M2026-0002", (await ViewAsync(School.Board, second)).Concern.Number);
        Assert.Equal("M2026-0001", (await ViewAsync(childcare.Professional, elsewhere)).Concern.Number);
    }

    [Fact]
    public async Task Raising_a_concern_informs_the_board_at_once_and_records_who_raised_it()
    {
        var id = await RaiseAsync();

        var view = await ViewAsync(School.Board, id);

        Assert.True(view.ViewerIsBoard);
        Assert.Equal("Tim de Leeuw", view.Concern.StaffMemberName);
        Assert.Equal(Description, view.Concern.Description);
        Assert.Equal("Anouk Jansen", view.Concern.RaisedByName);
        Assert.Equal(view.Concern.RaisedAt, view.Concern.BoardInformedAt);
        Assert.Null(view.Concern.BoardAcknowledgedAt);
        Assert.False((await ViewAsync(School.Owner, id)).ViewerIsBoard);
    }

    [Fact]
    public async Task The_staff_member_route_is_only_for_education_and_childcare()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => RaiseAsync(School.Outsider));

        Assert.Equal("Deze route is voor onderwijs en kinderopvang.", refused.Message);
        Assert.Equal(0, await Host.WithContextAsync(context => context.StaffConcerns.CountAsync()));
    }

    [Fact]
    public async Task Raising_a_concern_without_a_name_or_a_description_is_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsAsync(School.Owner, new RaiseStaffConcernCommand(" ", null)));

        Assert.Equal(["Vul de naam van de medewerker in.", "Vul de beschrijving van wat je zag of hoorde in."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(0, await Host.WithContextAsync(context => context.StaffConcerns.CountAsync()));
    }

    [Theory]
    [InlineData(201, 100, "De naam van de medewerker mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(20, 10_001, "De beschrijving van wat je zag of hoorde mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_name_over_200_or_a_description_over_ten_thousand_characters_is_refused(int nameLength, int descriptionLength, string message)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Host.SendAsAsync(School.Owner, new RaiseStaffConcernCommand(new string('a', nameLength), new string('a', descriptionLength))));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
    }
}

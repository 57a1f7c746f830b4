using System.Data.Common;
using Meldcode.Application.AccessLog.ExportAccessLog;
using Meldcode.Application.AccessLog.GetAccessLog;
using Meldcode.Application.AccessLog.VerifyAccessLog;
using Meldcode.Application.AccessLog;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Application.StaffConcerns.GetStaffConcern;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;
using Meldcode.Domain.AccessLog;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace Meldcode.Application.Tests.AccessLog;

/// <summary>Every access to a dossier or a staff-member record leaves a line: who, when, what, from where, allowed or refused.</summary>
public sealed class AccessLogTests : SchoolTest
{
    [Fact]
    public async Task Reading_a_dossier_leaves_one_line_with_who_what_and_from_where_and_no_child_name()
    {
        var id = await Dossiers.OpenAsync();
        Host.AccessContext.ClientAddress.Returns("192.0.2.10");
        Host.AccessContext.SessionReference.Returns("a1b2c3d4e5f6");
        Host.AccessContext.Page.Returns("dossiers/{id:guid}");

        var lines = await NewLinesAsync(() => Dossiers.ViewAsync(School.LeadA, id));

        var line = Assert.Single(lines);
        Assert.Equal(School.LeadA.Id, line.UserId);
        Assert.Equal(School.LeadA.DisplayName, line.UserName);
        Assert.Equal("SafeguardingLead", line.Roles);
        Assert.Equal(AccessAction.Read, line.Action);
        Assert.Equal(AccessSubject.Dossier, line.Subject);
        Assert.Equal(id, line.SubjectId);
        Assert.Equal((await Dossiers.StateAsync(id)).Dossier.Number, line.SubjectNumber);
        Assert.Equal("dossiers/{id:guid}", line.Part);
        Assert.Equal(AccessOutcome.Allowed, line.Outcome);
        Assert.Equal("192.0.2.10", line.ClientAddress);
        Assert.Equal("a1b2c3d4e5f6", line.SessionReference);
        Assert.Equal(School.Organisation.Id, line.OrganisationId);
        Assert.DoesNotContain(lines, l => $"{l.UserName} {l.Part} {l.SubjectNumber}".Contains("Noor", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Who.LeadOfAnotherTeam)]
    [InlineData(Who.ColleagueNotOnTheDossier)]
    [InlineData(Who.PrivacyOfficer)]
    [InlineData(Who.UserOfAnotherOrganisation)]
    public async Task A_refused_attempt_to_read_a_dossier_leaves_a_refused_line(Who who)
    {
        var id = await Dossiers.OpenAsync();

        var lines = await NewLinesAsync(async () => await Assert.ThrowsAnyAsync<Exception>(() => Dossiers.ViewAsync(School[who], id)));

        var line = Assert.Single(lines);
        Assert.Equal(School[who].Id, line.UserId);
        Assert.Equal(AccessOutcome.Refused, line.Outcome);
        Assert.Equal(AccessAction.Read, line.Action);
        Assert.Equal(id, line.SubjectId);
        Assert.Equal((await Dossiers.StateAsync(id)).Dossier.Number, line.SubjectNumber);
    }

    [Fact]
    public async Task A_refused_attempt_at_a_dossier_that_does_not_exist_is_logged_without_a_number()
    {
        var unknown = Guid.NewGuid();

        var lines = await NewLinesAsync(async () => await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.Owner, unknown)));

        var line = Assert.Single(lines);
        Assert.Equal(AccessOutcome.Refused, line.Outcome);
        Assert.Equal(unknown, line.SubjectId);
        Assert.Null(line.SubjectNumber);
    }

    [Fact]
    public async Task Reading_the_same_part_again_within_a_minute_merges_into_the_first_line_and_a_minute_later_is_a_new_line()
    {
        var id = await Dossiers.OpenAsync();

        var lines = await NewLinesAsync(async () =>
        {
            await Dossiers.ViewAsync(School.Owner, id);
            Clock.Advance(TimeSpan.FromSeconds(50));
            await Dossiers.ViewAsync(School.Owner, id);
            Clock.Advance(TimeSpan.FromSeconds(15));
            await Dossiers.ViewAsync(School.Owner, id);
        });

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task Reads_by_two_people_or_of_two_parts_are_not_merged()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School.Collaborator));

        var lines = await NewLinesAsync(async () =>
        {
            Host.AccessContext.Page.Returns("dossiers/{id:guid}");
            await Dossiers.ViewAsync(School.Owner, id);
            await Dossiers.ViewAsync(School.Collaborator, id);
            Host.AccessContext.Page.Returns("dossiers/{id:guid}/signaal");
            await Dossiers.ViewAsync(School.Owner, id);
        });

        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public async Task Refused_attempts_are_never_merged()
    {
        var id = await Dossiers.OpenAsync();

        var lines = await NewLinesAsync(async () =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Dossiers.ViewAsync(School.LeadB, id));
            await Assert.ThrowsAnyAsync<Exception>(() => Dossiers.ViewAsync(School.LeadB, id));
        });

        Assert.Equal(2, lines.Count(l => l.Outcome == AccessOutcome.Refused));
    }

    [Fact]
    public async Task Opening_a_dossier_is_logged_as_created_under_its_new_number()
    {
        var lines = await NewLinesAsync(() => Dossiers.OpenAsync());

        var line = Assert.Single(lines);
        Assert.Equal(AccessAction.Create, line.Action);
        Assert.Equal(AccessOutcome.Allowed, line.Outcome);
        Assert.NotNull(line.SubjectId);
        Assert.Equal((await Dossiers.StateAsync(line.SubjectId!.Value)).Dossier.Number, line.SubjectNumber);
    }

    [Fact]
    public async Task A_change_is_logged_as_an_update_and_a_change_refused_by_validation_leaves_no_line()
    {
        var id = await Dossiers.OpenAsync();

        var changed = await NewLinesAsync(() => Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal));
        var invalid = await NewLinesAsync(async () => await Dossiers.ValidationMessagesAsync(School.Owner, id, s => ValidCommands.Signal(s) with { Facts = "" }));

        Assert.Equal(AccessAction.Update, Assert.Single(changed).Action);
        Assert.Empty(invalid);
    }

    [Fact]
    public async Task A_change_by_someone_who_may_only_read_is_logged_as_refused()
    {
        var id = await Dossiers.OpenAsync();

        var lines = await NewLinesAsync(async () => await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.Signal)));

        var line = Assert.Single(lines);
        Assert.Equal((AccessAction.Update, AccessOutcome.Refused), (line.Action, line.Outcome));
    }

    [Fact]
    public async Task Downloading_a_document_is_logged_as_an_export_naming_the_document()
    {
        var id = await Dossiers.OpenAsync();

        var lines = await NewLinesAsync(() => Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord)));

        var line = Assert.Single(lines);
        Assert.Equal(AccessAction.Export, line.Action);
        Assert.Equal("Dossierverslag (pdf)", line.Part);
    }

    [Fact]
    public async Task Raising_and_reading_a_staff_member_record_is_logged_and_so_is_a_refused_look()
    {
        var id = Guid.Empty;
        var lines = await NewLinesAsync(async () =>
        {
            id = await Host.SendAsAsync(School.Owner, new RaiseStaffConcernCommand("Tim de Leeuw", "Meester Tim deed de deur van de gymzaal op slot met een leerling erin."));
            await Host.SendAsAsync(School.Board, new GetStaffConcernQuery(id));
            await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsAsync(School.ColleagueA, new GetStaffConcernQuery(id)));
        });

        Assert.Equal(
            [(AccessAction.Create, AccessOutcome.Allowed), (AccessAction.Read, AccessOutcome.Allowed), (AccessAction.Read, AccessOutcome.Refused)],
            lines.Select(l => (l.Action, l.Outcome)));
        Assert.All(lines, l => Assert.Equal(AccessSubject.StaffConcern, l.Subject));
        var number = await Host.WithContextAsync(c => c.StaffConcerns.Where(s => s.Id == id).Select(s => s.Number).SingleAsync());
        Assert.All(lines, l => Assert.Equal((id, number), (l.SubjectId!.Value, l.SubjectNumber)));
        Assert.DoesNotContain(lines, l => $"{l.Part} {l.SubjectNumber}".Contains("Tim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_privacy_officer_reading_the_log_is_itself_in_the_log_and_anyone_else_is_refused_and_logged()
    {
        var lines = await NewLinesAsync(async () =>
        {
            await Host.SendAsAsync(School[Who.PrivacyOfficer], new GetAccessLogQuery(new AccessLogFilter(Number: "2026-0001")));
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsAsync(School.Board, new GetAccessLogQuery(new AccessLogFilter())));
        });

        Assert.Equal(2, lines.Count);
        Assert.Equal((AccessSubject.AccessLog, AccessOutcome.Allowed, "Toegangslog, nummer 2026-0001"), (lines[0].Subject, lines[0].Outcome, lines[0].Part));
        Assert.Equal((School.Board.Id, AccessOutcome.Refused), (lines[1].UserId, lines[1].Outcome));
    }

    // The user of the other organisation holds every role there, the privacy officer's too: they see their own organisation's log (tested below).
    public static TheoryData<Who> EveryoneButThePrivacyOfficer() => [.. Enum.GetValues<Who>().Where(w => w is not Who.PrivacyOfficer and not Who.UserOfAnotherOrganisation)];

    [Theory]
    [MemberData(nameof(EveryoneButThePrivacyOfficer))]
    public async Task Only_the_privacy_officer_reads_downloads_and_checks_the_log(Who who)
    {
        object[] requests =
        [
            new GetAccessLogQuery(new AccessLogFilter()),
            new ExportAccessLogQuery(new AccessLogFilter()),
            new VerifyAccessLogQuery(),
            new Application.AccessLog.GetAccessLogEmployees.GetAccessLogEmployeesQuery(),
        ];

        foreach (var request in requests)
        {
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAnyAsync(School[who], request));
            Assert.NotNull(await Dossiers.SendAnyAsync(School[Who.PrivacyOfficer], request));
        }
    }

    [Fact]
    public async Task The_privacy_officer_still_cannot_open_a_dossier()
    {
        var id = await Dossiers.OpenAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School[Who.PrivacyOfficer], id));
    }

    [Fact]
    public async Task The_log_is_filtered_per_number_per_employee_and_per_period_with_refused_attempts_first()
    {
        var first = await Dossiers.OpenAsync();
        var second = await Dossiers.OpenAsync(firstName: "Sem");
        await Assert.ThrowsAnyAsync<Exception>(() => Dossiers.ViewAsync(School.LeadB, first));
        Clock.Advance(TimeSpan.FromDays(3));
        await Dossiers.ViewAsync(School.LeadA, first);
        await Dossiers.ViewAsync(School.LeadA, second);
        var number = (await Dossiers.StateAsync(first)).Dossier.Number;
        var officer = School[Who.PrivacyOfficer];

        var perNumber = await Host.SendAsAsync(officer, new GetAccessLogQuery(new AccessLogFilter(Number: number)));
        var perEmployee = await Host.SendAsAsync(officer, new GetAccessLogQuery(new AccessLogFilter(UserId: School.LeadA.Id)));
        var lastDays = await Host.SendAsAsync(officer, new GetAccessLogQuery(new AccessLogFilter(From: Clock.Today, To: Clock.Today)));

        Assert.Equal(3, perNumber.Total);
        Assert.Equal(AccessOutcome.Refused, perNumber.Lines[0].Outcome);
        Assert.All(perNumber.Lines, l => Assert.Equal(number, l.Number));
        Assert.Equal(2, perEmployee.Total);
        Assert.All(perEmployee.Lines, l => Assert.Equal(School.LeadA.Id, l.UserId));
        Assert.Equal(2, lastDays.Lines.Count(l => l.Subject == AccessSubject.Dossier));
    }

    [Fact]
    public async Task Another_organisation_s_lines_are_never_shown()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ViewAsync(School.Owner, id);

        var log = await Host.SendAsAsync(School[Who.PrivacyOfficer], new GetAccessLogQuery(new AccessLogFilter()));
        var outsiderIds = (await Host.WithContextAsync(c => c.Users.Where(u => u.OrganisationId == School.OtherOrganisation.Id).Select(u => u.Id).ToListAsync())).ToHashSet();

        Assert.NotEmpty(log.Lines);
        Assert.DoesNotContain(log.Lines, l => outsiderIds.Contains(l.UserId));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_in_Dutch()
    {
        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Host.SendAsAsync(
            School[Who.PrivacyOfficer], new GetAccessLogQuery(new AccessLogFilter(From: new DateOnly(2026, 11, 20), To: new DateOnly(2026, 11, 1)))));

        Assert.Contains(refused.Errors, e => e.PropertyName == "To" && e.ErrorMessage.StartsWith("De einddatum ligt vóór de begindatum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_CSV_export_has_the_filtered_lines_with_their_hashes_and_is_logged()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ViewAsync(School.Owner, id);
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;

        var lines = await NewLinesAsync(() => Host.SendAsAsync(School[Who.PrivacyOfficer], new ExportAccessLogQuery(new AccessLogFilter(Number: number))));
        var file = await Host.SendAsAsync(School[Who.PrivacyOfficer], new ExportAccessLogQuery(new AccessLogFilter(Number: number)));
        var text = System.Text.Encoding.UTF8.GetString(file.Content);
        var stored = await Host.WithContextAsync(c => c.AccessLog.Where(e => e.SubjectNumber == number).ToListAsync());

        Assert.Equal((AccessAction.Export, AccessSubject.AccessLog), (Assert.Single(lines).Action, lines[0].Subject));
        Assert.StartsWith("text/csv", file.ContentType, StringComparison.Ordinal);
        Assert.Equal(stored.Count + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(stored, e => Assert.Contains(e.Hash, text, StringComparison.Ordinal));
        Assert.Contains("bekeken", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_a_line()
    {
        var id = await Dossiers.OpenAsync();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => Host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE \"AccessLog\" SET \"UserName\" = 'Niemand'")));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => Host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("DELETE FROM \"AccessLog\"")));
        var tracked = await Assert.ThrowsAsync<InvalidOperationException>(() => Host.WithContextAsync(async c =>
        {
            c.AccessLog.Remove(await c.AccessLog.FirstAsync());
            return await c.SaveChangesAsync();
        }));

        Assert.Contains("The access log is append-only.", update.Message, StringComparison.Ordinal);
        Assert.Contains("The access log is append-only.", delete.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", tracked.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Host.WithContextAsync(c => c.AccessLog.CountAsync(e => e.SubjectId == id)));
    }

    [Fact]
    public async Task Lines_written_at_the_same_time_by_many_requests_form_one_unbroken_chain()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School.Collaborator));

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            var reader = (i % 3) switch { 0 => School.Owner, 1 => School.Collaborator, _ => School.LeadB };
            await Record.ExceptionAsync(() => Host.SendAsAsync(reader, new Application.Dossiers.GetDossier.GetDossierQuery(id)));
        })));

        var check = await Host.SendAsAsync(School[Who.PrivacyOfficer], new VerifyAccessLogQuery());
        var sequences = await Host.WithContextAsync(c => c.AccessLog.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());

        Assert.True(check.IsIntact);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences);
    }

    [Fact]
    public async Task A_line_changed_behind_the_database_s_back_is_found_by_the_check()
    {
        await WriteSomeLinesAsync();
        await TamperAsync("UPDATE \"AccessLog\" SET \"Outcome\" = 'Allowed' WHERE \"Sequence\" = 3");

        var check = await Host.SendAsAsync(School[Who.PrivacyOfficer], new VerifyAccessLogQuery());

        Assert.Equal(new AccessLogBreak(3, AccessLogBreakKind.Changed), check.Break);
    }

    [Fact]
    public async Task A_line_removed_behind_the_database_s_back_is_found_by_the_check()
    {
        await WriteSomeLinesAsync();
        await TamperAsync("DELETE FROM \"AccessLog\" WHERE \"Sequence\" = 2");

        var check = await Host.SendAsAsync(School[Who.PrivacyOfficer], new VerifyAccessLogQuery());

        Assert.Equal(new AccessLogBreak(2, AccessLogBreakKind.Missing), check.Break);
    }

    private async Task WriteSomeLinesAsync()
    {
        var id = await Dossiers.OpenAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => Dossiers.ViewAsync(School.LeadB, id));
        await Assert.ThrowsAnyAsync<Exception>(() => Dossiers.ViewAsync(School.LeadB, id));
        await Dossiers.ViewAsync(School.Owner, id);
    }

    /// <summary>What someone with the database file in hand could do: drop the guard, change the log, put the guard back.</summary>
    private Task<int> TamperAsync(string sql) => Host.WithContextAsync(async c =>
    {
        await c.Database.ExecuteSqlRawAsync(Database.DropAppendOnlyTriggersSql(ApplicationDbContext.AccessLogTable));
        return await c.Database.ExecuteSqlRawAsync(sql);
    });

    private async Task<List<AccessLogEntry>> NewLinesAsync(Func<Task> action)
    {
        var before = await Host.WithContextAsync(c => c.AccessLog.MaxAsync(e => (long?)e.Sequence)) ?? 0;
        await action();
        return await Host.WithContextAsync(c => c.AccessLog.Where(e => e.Sequence > before).OrderBy(e => e.Sequence).ToListAsync());
    }
}

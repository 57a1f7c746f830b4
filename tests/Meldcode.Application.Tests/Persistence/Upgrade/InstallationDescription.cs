using System.Globalization;
using System.Text;
using Meldcode.Application.Common.Documents;
using Meldcode.Application.Dossiers;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence.Upgrade;

/// <summary>
/// Everything an installation holds, written out as text through the domain model: organisations, teams, users
/// with their roles, sessions, the administration log, staff-member records and every dossier as its full record
/// (every part of every step) followed by its chronology. The same text before and after an upgrade means the
/// new version reads the old data back identically.
/// </summary>
internal static class InstallationDescription
{
    /// <summary>Who "makes" the records written here: fixed, so that the text depends on the data alone.</summary>
    private static readonly Actor Reader = new(Guid.Empty, "Upgrade test");

    private static readonly DateTimeOffset ReadAt = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static async Task<string> DescribeAsync(ApplicationDbContext context)
    {
        var text = new StringBuilder();
        var teams = await context.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name);
        foreach (var organisation in await context.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync())
        {
            Line(text, $"Organisation {organisation.Id}: {organisation.Name}, {organisation.Sector}, Veilig Thuis {organisation.VeiligThuisRegion}, bewaartermijn {organisation.RetentionYears}");
        }

        foreach (var (id, name) in teams.OrderBy(t => t.Value, StringComparer.Ordinal))
        {
            Line(text, $"Team {id}: {name}");
        }

        var users = await context.Users.AsNoTracking().Include(u => u.Memberships).ToListAsync();
        var names = users.ToDictionary(u => u.Id, u => u.DisplayName);
        foreach (var user in users.OrderBy(u => u.DisplayName, StringComparer.Ordinal))
        {
            var roles = user.Memberships
                .Select(m => m.TeamId is { } team ? $"{m.Role} ({teams[team]})" : m.Role.ToString())
                .Order(StringComparer.Ordinal);
            Line(text, $"User {user.Id}: {user.DisplayName} <{user.Email}> active={user.IsActive} external={user.ExternalIssuer}|{user.ExternalSubject} roles: {string.Join(", ", roles)}");
        }

        var sessions = await context.UserSessions.AsNoTracking().ToListAsync();
        foreach (var session in sessions.OrderBy(s => s.StartedAt).ThenBy(s => s.Id))
        {
            Line(text, $"Session {session.Id} of {names[session.UserId]} since {session.StartedAt:O}");
        }

        var log = await context.AdministrationLog.AsNoTracking().ToListAsync();
        foreach (var entry in log.OrderBy(e => e.At).ThenBy(e => e.Id))
        {
            Line(text, $"Log {entry.At:O} {entry.ActorName} ({entry.ActorUserId}) {entry.Action} {entry.SubjectId}: {entry.Description}");
        }

        var concerns = await context.StaffConcerns.AsNoTracking().ToListAsync();
        foreach (var c in concerns.OrderBy(c => c.Number, StringComparer.Ordinal))
        {
            Line(text, $"Staff-member record {c.Number}: raised by {c.RaisedByName} at {c.RaisedAt:O}, board informed {c.BoardInformedAt:O}, read {c.BoardAcknowledgedAt:O}; about {c.StaffMemberName}: {c.Description}");
            Line(text, $"  inspector {c.InspectorConsultedOn:O}: {c.InspectorOutcome}; suspicion {c.ReasonableSuspicion}: {c.ReasonableSuspicionGrounds}; police {c.PoliceReportOn:O} {c.PoliceReference}; informed {c.StaffMemberInformedBeforehand}/{c.ParentsInformedBeforehand}; closed {c.ClosedAt:O}");
        }

        var dossierIds = await context.Dossiers.AsNoTracking().OrderBy(d => d.Number).Select(d => d.Id).ToListAsync();
        foreach (var id in dossierIds)
        {
            var dossier = await DossierWorkspace.LoadAsync(context, id, CancellationToken.None, tracking: false);
            var header = await DossierHeader.ReadAsync(context, id, CancellationToken.None);
            Line(text, $"Dossier {dossier.Number} (version {header.Version}, {header.Organisation}, {header.Team}, {header.Owner}, status {dossier.Status}, step {dossier.CurrentStep})");
            var source = new DossierDocumentSource(dossier, header.Organisation, header.Team, header.Owner, Reader, ReadAt, Guid.Empty);
            text.Append(PlainTextDocument.Write(DossierRecordDocument.Compose(source)));
            foreach (var entry in dossier.Chronology)
            {
                Line(text, $"  {entry.Sequence}. {entry.Kind} {entry.OccurredAt:O} {entry.ActorName} ({entry.ActorId}) corrects {entry.CorrectsEntryId}: {entry.Summary}");
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}

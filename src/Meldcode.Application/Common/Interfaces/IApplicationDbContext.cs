using Meldcode.Domain.Administration;
using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Drafts;
using Meldcode.Domain.Inbox;
using Meldcode.Domain.Notifications;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Retention;
using Meldcode.Domain.StaffConcerns;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Meldcode.Application.Common.Interfaces;

/// <summary>The database as the use cases see it. Handlers query the sets directly (no repositories).</summary>
public interface IApplicationDbContext
{
    DbSet<Organisation> Organisations { get; }

    DbSet<Team> Teams { get; }

    DbSet<User> Users { get; }

    DbSet<Dossier> Dossiers { get; }

    DbSet<StaffConcern> StaffConcerns { get; }

    /// <summary>The trainers' dilemma library: built-in dilemmas (no organisation) and each organisation's own, with their versions (load them with <c>Include</c>).</summary>
    DbSet<LibraryDilemma> LibraryDilemmas { get; }

    /// <summary>Signed-in sessions; a session cookie is honoured only while its row is here.</summary>
    DbSet<UserSession> UserSessions { get; }

    /// <summary>Unsaved form drafts (concepten): one per user per form, the user's alone, kept for a day at most.</summary>
    DbSet<FormDraft> FormDrafts { get; }

    /// <summary>The outbox of notification mails: who is to be told that something waits in Meldcode (never what).</summary>
    DbSet<PendingMail> PendingMails { get; }

    /// <summary>The administration log: append-only (the context and the database refuse changes and removals).</summary>
    DbSet<AdministrationLogEntry> AdministrationLog { get; }

    /// <summary>The access log (NEN 7513): read it here; lines are written only through <c>IAccessLog</c>, which chains them. Append-only.</summary>
    DbSet<AccessLogEntry> AccessLog { get; }

    /// <summary>Live dilemma sessions, with copies of the dilemmas they use.</summary>
    DbSet<DilemmaSession> DilemmaSessions { get; }

    /// <summary>Anonymous participants of sessions: a token hash, nothing else.</summary>
    DbSet<SessionParticipant> SessionParticipants { get; }

    /// <summary>One row per participant per vote round; written one by one, only while the round is open.</summary>
    DbSet<SessionVote> SessionVotes { get; }

    /// <summary>Open reflections sent during sessions, waiting for the trainer or approved.</summary>
    DbSet<Reflection> Reflections { get; }

    /// <summary>What needs an aandachtsfunctionaris (or a new owner): new, acknowledged, done.</summary>
    DbSet<InboxItem> InboxItems { get; }

    /// <summary>What deleted records left behind (verwijderverslagen): number, dates, term, when and why — no content. Append-only; each is the permit for its deletion.</summary>
    DbSet<DeletionRecord> DeletionRecords { get; }

    /// <summary>What this unit of work has loaded and changed; cleared to start over after a lost race.</summary>
    ChangeTracker ChangeTracker { get; }

    /// <summary>Transactions. <c>BeginTransactionAsync</c> takes the write lock at once (SQLite <c>BEGIN IMMEDIATE</c>): use it to make a check and the save that depends on it one step.</summary>
    DatabaseFacade Database { get; }

    /// <summary>A read-only snapshot: several queries see the same committed state, without taking the write lock (writers are not held up).</summary>
    Task<IDbContextTransaction> BeginReadSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>The version of an aggregate as loaded (raised on every save; used to detect concurrent edits).</summary>
    int VersionOf(object aggregate);

    /// <summary>Saves only if the aggregate is still at this version; otherwise saving throws a concurrency exception.</summary>
    void ExpectVersion(object aggregate, int version);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Persistence;
using Meldcode.Domain.AccessLog;
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
using Meldcode.Infrastructure.Persistence.Configurations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Meldcode.Infrastructure.Persistence;

public sealed class ApplicationDbContext : DbContext, IApplicationDbContext, IDataProtectionKeyContext
{
    /// <summary>Shadow property on every aggregate that users edit: raised on each save, checked as a concurrency token.</summary>
    public const string VersionProperty = VersionedSave.VersionProperty;

    public const string ChronologyTable = "ChronologyEntries";

    public const string AdministrationLogTable = "AdministrationLog";

    public const string AccessLogTable = "AccessLog";

    public const string DeletionRecordsTable = "DeletionRecords";

    public ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
        : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<StaffConcern> StaffConcerns => Set<StaffConcern>();

    public DbSet<LibraryDilemma> LibraryDilemmas => Set<LibraryDilemma>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();

    public DbSet<PendingMail> PendingMails => Set<PendingMail>();

    public DbSet<AdministrationLogEntry> AdministrationLog => Set<AdministrationLogEntry>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<DilemmaSession> DilemmaSessions => Set<DilemmaSession>();

    public DbSet<SessionParticipant> SessionParticipants => Set<SessionParticipant>();

    public DbSet<SessionVote> SessionVotes => Set<SessionVote>();

    public DbSet<Reflection> Reflections => Set<Reflection>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    public DbSet<DeletionRecord> DeletionRecords => Set<DeletionRecord>();

    /// <summary>
    /// The Data Protection key ring (the keys of the sign-in and session cookies and the antiforgery tokens) when several
    /// instances share a PostgreSQL database; an SQLite installation keeps its keys in the data folder and leaves this empty.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Which scheduled job ran on which day (the claim that makes a daily job run once across processes).</summary>
    public DbSet<ScheduledJobRun> ScheduledJobRuns => Set<ScheduledJobRun>();

    /// <summary>
    /// A transaction whose reads all see the database as it was at its first read. SQLite: Microsoft.Data.Sqlite starts a
    /// deferred transaction (<c>BEGIN</c>, not <c>BEGIN IMMEDIATE</c>) only for ReadUncommitted; its other effect, the
    /// <c>read_uncommitted</c> pragma, applies to shared-cache connections only, which Meldcode does not use; in WAL mode
    /// the first read fixes the snapshot. PostgreSQL: REPEATABLE READ takes its snapshot at the first statement.
    /// </summary>
    public Task<IDbContextTransaction> BeginReadSnapshotAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(
            Database.IsNpgsql() ? System.Data.IsolationLevel.RepeatableRead : System.Data.IsolationLevel.ReadUncommitted,
            cancellationToken);

    public int VersionOf(object aggregate) => (int)Entry(aggregate).Property(VersionProperty).CurrentValue!;

    public void ExpectVersion(object aggregate, int version) => Entry(aggregate).Property(VersionProperty).OriginalValue = version;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RaiseVersions();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (IsChronologySequenceTaken(exception))
        {
            throw AsConcurrencyConflict(exception);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RaiseVersions();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException exception) when (IsChronologySequenceTaken(exception))
        {
            throw AsConcurrencyConflict(exception);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ValueConversions.Apply(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.Fold))!).HasName(SearchText.SqlName);
        DossierConfiguration.Configure(modelBuilder);
        ValueConversions.StoreEnumsAsText(modelBuilder);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Configure(modelBuilder);
        }
    }

    /// <summary>
    /// Another save appended to the same dossier's chronology after this one loaded it: the unique index on
    /// (DossierId, Sequence) refuses the new line before the dossier's version check is reached (EF writes
    /// ChronologyEntries before Dossiers). That is the same conflict the version check guards against. Likewise
    /// two edits of a dilemma that both add its next version (the key of DilemmaVersions refuses the second).
    /// </summary>
    private static bool IsChronologySequenceTaken(DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException
        && (DatabaseErrors.IsUniqueViolation(exception, ChronologyTable, nameof(ChronologyEntry.Sequence))
            || DatabaseErrors.IsUniqueViolation(exception, DilemmaVersionConfiguration.Table, nameof(DilemmaVersion.Number)));

    private static DbUpdateConcurrencyException AsConcurrencyConflict(DbUpdateException exception) =>
        new("The dossier or dilemma was changed by another save since it was loaded.", exception);

    /// <summary>
    /// Raises the version of every aggregate that changes in this save — also when only one of its
    /// parts changed (a new signal, a chronology line, a role of a user) — and refuses any change to the
    /// chronology, the administration log, the access log and the versions of a dilemma.
    /// </summary>
    private void RaiseVersions()
    {
        ChangeTracker.DetectChanges();
        var changedDossiers = new HashSet<Guid>();
        var changedUsers = new HashSet<Guid>();
        var changedDilemmas = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ChronologyEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The chronology is append-only: an entry may never be changed or removed.");
            }

            if (entry.Entity is AdministrationLogEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The administration log is append-only: an entry may never be changed or removed.");
            }

            if (entry.Entity is AccessLogEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The access log is append-only: a line may never be changed or removed.");
            }

            if (entry.Entity is DeletionRecord && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Deletion records are append-only: a record may never be changed or removed.");
            }

            if (entry.Entity is RoleMembership membership && entry.State is EntityState.Added or EntityState.Deleted)
            {
                changedUsers.Add(membership.UserId);
            }

            if (entry.Entity is DilemmaVersion && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The versions of a dilemma are append-only: a version may never be changed or removed.");
            }

            if (entry.Entity is DilemmaVersion && entry.State == EntityState.Added)
            {
                changedDilemmas.Add((Guid)entry.Property(LibraryDilemmaConfiguration.LibraryDilemmaId).CurrentValue!);
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Metadata.FindProperty(DossierConfiguration.DossierId) is { } dossierId)
            {
                changedDossiers.Add((Guid)entry.Property(dossierId.Name).CurrentValue!);
            }
        }

        foreach (var entry in ChangeTracker.Entries())
        {
            var changed = entry.State == EntityState.Modified
                || (entry.State == EntityState.Unchanged && entry.Entity is Dossier dossier && changedDossiers.Contains(dossier.Id))
                || (entry.State == EntityState.Unchanged && entry.Entity is User user && changedUsers.Contains(user.Id))
                || (entry.State == EntityState.Unchanged && entry.Entity is LibraryDilemma dilemma && changedDilemmas.Contains(dilemma.Id));
            if (changed && entry.Metadata.FindProperty(VersionProperty) is not null)
            {
                var version = entry.Property(VersionProperty);
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}

using Meldcode.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

/// <summary>The dossier aggregate: the root in Dossiers, each part in its own table keyed by its own id and DossierId.</summary>
internal static class DossierConfiguration
{
    public const string DossierId = "DossierId";

    public static void Configure(ModelBuilder modelBuilder)
    {
        var builder = modelBuilder.Entity<Dossier>();
        builder.ToTable("Dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Number).HasMaxLength(16).IsRequired();
        builder.HasIndex(d => new { d.OrganisationId, d.NumberYear, d.NumberSequence }).IsUnique();
        builder.HasIndex(d => d.OwnerId);
        builder.HasIndex(d => d.TeamId);

        // The aandachtsfunctionaris's overview: the dossiers of a team it lists, with every column its counts, flag filters and
        // order read, so those never touch the dossier rows (only the page's 25 are read).
        builder.HasIndex(d => new
        {
            d.TeamId, d.OnTeamOverview, d.CurrentStep, d.OwnerId, d.IsAcute, d.AwaitingReview, d.HasReportDue, d.NextEvaluationDate, d.LastActivityAt, d.ClosedAt, d.Id,
        }).HasDatabaseName("IX_Dossiers_TeamOverview");
        builder.Property(d => d.CloseReason).HasMaxLength(12_000);
        builder.Property(d => d.LegalHoldReason).HasMaxLength(12_000);
        builder.Property(d => d.LegalHoldPlacedByName).HasMaxLength(200);
        builder.Property(d => d.DestructionRequestedBy).HasMaxLength(40);

        // The retention job's candidates: closed dossiers without a hold, by the day they closed.
        builder.HasIndex(d => new { d.ClosedAt, d.LegalHoldReason }).HasDatabaseName("IX_Dossiers_Retention");
        builder.Property(d => d.ConversationSkipExplanation);
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();

        // Whom the dossier is about: the child or the adult client, exactly one (the domain opens a dossier with one of them).
        builder.Ignore(d => d.PersonConcerned);
        builder.OwnsOne(d => d.Child, child =>
        {
            child.Property(c => c.FirstName).HasColumnName("ChildFirstName").HasMaxLength(200).IsRequired();
            child.Property(c => c.LastName).HasColumnName("ChildLastName").HasMaxLength(200).IsRequired();
            child.Property(c => c.DateOfBirth).HasColumnName("ChildDateOfBirth").IsRequired();
            child.Property(c => c.Group).HasColumnName("ChildGroup").HasMaxLength(200);
        });
        builder.OwnsOne(d => d.Client, client =>
        {
            client.Property(c => c.FirstName).HasColumnName("ClientFirstName").HasMaxLength(200).IsRequired();
            client.Property(c => c.LastName).HasColumnName("ClientLastName").HasMaxLength(200).IsRequired();
            client.Property(c => c.DateOfBirth).HasColumnName("ClientDateOfBirth").IsRequired();
        });
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Dossiers_Subject",
            "(\"Subject\" = 'Child' AND \"ChildFirstName\" IS NOT NULL AND \"ClientFirstName\" IS NULL) OR (\"Subject\" = 'Client' AND \"ClientFirstName\" IS NOT NULL AND \"ChildFirstName\" IS NULL)"));

        Part<Carer>(modelBuilder, nameof(Dossier.Carers), "DossierCarers");
        Part<Sibling>(modelBuilder, nameof(Dossier.Siblings), "DossierSiblings");
        Part<Signal>(modelBuilder, nameof(Dossier.Signals), "Signals").Ignore(s => s.Hints);
        Part<Kindcheck>(modelBuilder, nameof(Dossier.Kindchecks), "Kindchecks");
        Part<Consultation>(modelBuilder, nameof(Dossier.Consultations), "Consultations");
        Part<ConsultationRequest>(modelBuilder, nameof(Dossier.ConsultationRequests), "ConsultationRequests")
            .HasIndex(r => new { r.ConsultantId, r.Status });
        Part<Conversation>(modelBuilder, nameof(Dossier.Conversations), "Conversations");
        Part<WeighingAnswer>(modelBuilder, nameof(Dossier.WeighingAnswers), "WeighingAnswers");
        Part<Decision>(modelBuilder, "_decisions", "Decisions");
        Part<VeiligThuisReport>(modelBuilder, nameof(Dossier.Reports), "VeiligThuisReports");
        Part<HelpPlan>(modelBuilder, nameof(Dossier.HelpPlans), "HelpPlans");
        Part<Evaluation>(modelBuilder, nameof(Dossier.Evaluations), "Evaluations");
        Part<EmergencyAction>(modelBuilder, nameof(Dossier.EmergencyActions), "EmergencyActions");
        Part<Review>(modelBuilder, nameof(Dossier.Reviews), "DossierReviews");
        modelBuilder.Entity<Review>().Property(r => r.ReviewedByName).HasMaxLength(200);
        modelBuilder.Entity<Review>().Property(r => r.Comment).HasMaxLength(12_000);
        var inspection = Part<InspectionRequest>(modelBuilder, nameof(Dossier.InspectionRequests), "InspectionRequests");
        inspection.Property(r => r.RequesterName).HasMaxLength(200).IsRequired();
        inspection.Property(r => r.RecordedByName).HasMaxLength(200).IsRequired();
        inspection.Property(r => r.ExtensionReason).HasMaxLength(12_000);
        inspection.Property(r => r.RefusalReason).HasMaxLength(12_000);
        inspection.Property(r => r.ExportReference).HasMaxLength(40);
        inspection.Property(r => r.Withheld).HasMaxLength(12_000);
        inspection.HasIndex(r => new { r.Status, r.Deadline }); // the lead's overview: open requests by deadline
        Part<ChronologyEntry>(modelBuilder, nameof(Dossier.Chronology), ApplicationDbContext.ChronologyTable)
            .HasIndex(DossierId, nameof(ChronologyEntry.Sequence)).IsUnique();

        builder.OwnsMany(d => d.Collaborators, collaborator =>
        {
            collaborator.ToTable("DossierCollaborators");
            collaborator.WithOwner().HasForeignKey(DossierId);
            collaborator.HasKey(DossierId, nameof(Collaborator.UserId));

            // The user's id, set by the domain: without this EF takes a new collaborator (key already set) for an existing row and updates instead of inserting.
            collaborator.Property(c => c.UserId).ValueGeneratedNever();
            collaborator.Property(c => c.Name).HasMaxLength(200).IsRequired();
            collaborator.HasIndex(c => c.UserId);
        });

        foreach (var computed in new[]
                 {
                     nameof(Dossier.Decision), nameof(Dossier.ActiveHelpPlan), nameof(Dossier.IsClosed), nameof(Dossier.Recommendation),
                     nameof(Dossier.CurrentAnswers), nameof(Dossier.WeighingBlockers), nameof(Dossier.RequiresExpertConsultation),
                     nameof(Dossier.ReportsRequired), nameof(Dossier.IsReportDue), nameof(Dossier.OpenReview), nameof(Dossier.Events),
                 })
        {
            builder.Ignore(computed);
        }
    }

    /// <summary>A part of the aggregate in its own table, reached only through the dossier (navigation: property name, or the field where there is none).</summary>
    private static EntityTypeBuilder<TPart> Part<TPart>(ModelBuilder modelBuilder, string navigation, string table)
        where TPart : class
    {
        var root = modelBuilder.Entity<Dossier>();
        root.HasMany<TPart>(navigation).WithOne().HasForeignKey(DossierId).OnDelete(DeleteBehavior.Cascade);
        root.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        var part = modelBuilder.Entity<TPart>();
        part.ToTable(table);
        part.HasKey("Id");
        part.Property<Guid>("Id").ValueGeneratedNever();
        part.HasIndex(DossierId);
        return part;
    }
}

using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Support;

/// <summary>How far a seeded dossier has come.</summary>
public enum SeedStage
{
    Opened,
    ReadyToWeigh,
    Weighed,
}

/// <summary>
/// Puts a dossier of a demo user straight into the database through the domain model, so a page
/// test can start at the step it is about. (The walk-through tests use the real forms instead.)
/// </summary>
public static class DossierSeed
{
    public static async Task<Guid> CreateAsync(
        MeldcodeFactory factory,
        string ownerName = "Sanne de Vries",
        SeedStage stage = SeedStage.Opened,
        WeighingAnswers? answers = null,
        Action<Dossier, Actor, DateTimeOffset>? more = null,
        Sector? sector = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.CreateClient().Dispose(); // the app (and its seeded demo data) must exist
        using var scope = factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var owner = await context.Users.Include(u => u.Memberships).SingleAsync(u => u.DisplayName == ownerName);
        var teamId = owner.Memberships.First(m => m.Role is Role.Professional or Role.SafeguardingLead && m.TeamId is not null).TeamId!.Value;
        var organisation = await context.Organisations.SingleAsync(o => o.Id == owner.OrganisationId);
        var now = factory.Clock.GetUtcNow();
        var today = DutchTime.Today(now);
        var actor = new Actor(owner.Id, owner.DisplayName);
        var sequence = await context.Dossiers.CountAsync(d => d.OrganisationId == organisation.Id) + 1;

        var dossier = DossierBuilder.Open(organisation.Id, sector ?? organisation.Sector, teamId, new DossierNumber(today.Year, 900 + sequence), new Child("Mila", "Jansen", today.AddYears(-8), "groep 5"), actor, now);
        if (stage >= SeedStage.ReadyToWeigh)
        {
            dossier
                .WithSignal(new SignalInput(today.AddDays(-2), new TimeOnly(8, 45), "klaslokaal", ownerName, SignalSource.OwnObservation, null, SignalCategory.PhysicalAbuse, "Blauwe plek op de linker bovenarm, ongeveer 5 cm.", "Ik ben gevallen.", "Past niet bij de uitleg."))
                .WithConsultation(new ConsultationInput(ConsultationKind.SafeguardingLead, today.AddDays(-1), "intern begeleider", "Wat vind jij?", "Ga in gesprek met moeder.", null, ConsentToShare.NotAsked))
                .WithConversation(new ConversationInput(today, true, false, false, null, "De blauwe plek benoemd.", "Moeder zegt dat Mila viel.", null));
        }

        if (stage >= SeedStage.Weighed)
        {
            dossier.Answered(answers ?? new WeighingAnswers(true, false, false, true, true), question => $"Onderbouwing vraag {(int)question}.");
        }

        var built = dossier.Build();
        more?.Invoke(built, actor, now);
        context.Dossiers.Add(built);
        await context.SaveChangesAsync();
        return built.Id;
    }
}

using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.DecideDestructionRequest;
using Meldcode.Application.Dossiers.PlaceLegalHold;
using Meldcode.Application.Dossiers.RecordDestructionRequest;
using Meldcode.Application.Retention.GetRetentionOverview;
using Meldcode.Application.Retention.LiftLegalHoldByNumber;
using Meldcode.Application.Retention.PlaceLegalHoldByNumber;
using Meldcode.Domain.AccessLog;
using Meldcode.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Retention;

/// <summary>Early destruction on request, decided by the team's aandachtsfunctionaris; legal holds by the privacy officer.</summary>
public sealed class EarlyDestructionTests : RetentionTest
{
    [Fact]
    public async Task A_granted_request_destroys_the_dossier_at_once_and_leaves_a_record_with_the_reason()
    {
        var id = await ClosedDossierWithEverythingAsync();
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;
        await Dossiers.ChangeAsync(School.LeadA, id, s => new RecordDestructionRequestCommand(s.Id, s.Version, DestructionRequester.ParentWithAuthority, 9, s.Today));

        var decision = await Dossiers.ChangeAsync(School.LeadA, id, s => new DecideDestructionRequestCommand(s.Id, s.Version, true, "De zorgen bleken ongegrond; de ouders vragen het."));

        Assert.Equal(DestructionDecision.Destroyed, decision);
        Assert.All(await RowsAboutAsync(id), table => Assert.True(table.Value == 0, $"{table.Key} still holds rows of the destroyed dossier."));
        var record = await Host.WithContextAsync(context => context.DeletionRecords.SingleAsync(r => r.RecordId == id));
        Assert.Equal((number, DeletionReason.DestroyedOnRequest, "De zorgen bleken ongegrond; de ouders vragen het.", School.LeadA.DisplayName),
            (record.Number, record.Reason, record.DecisionReason, record.DeletedByName));
        var delete = await Host.WithContextAsync(context => context.AccessLog.SingleAsync(l => l.SubjectId == id && l.Action == AccessAction.Delete));
        Assert.Equal((number, School.LeadA.Id), (delete.SubjectNumber, delete.UserId));
    }

    [Fact]
    public async Task A_refused_request_keeps_the_dossier_and_the_chronology_says_why()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.LeadA, id, s => new RecordDestructionRequestCommand(s.Id, s.Version, DestructionRequester.ParentWithAuthority, 9, s.Today));

        var decision = await Dossiers.ChangeAsync(School.LeadA, id, s => new DecideDestructionRequestCommand(s.Id, s.Version, false, "De hulp loopt nog; het dossier is nodig."));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(DestructionDecision.Refused, decision);
        Assert.Equal(ChronologyEntryKind.DestructionRefused, state.Dossier.Chronology[^1].Kind);
        Assert.False(state.Dossier.HasOpenDestructionRequest);
        Assert.Empty(await Host.WithContextAsync(context => context.DeletionRecords.ToListAsync()));
    }

    [Fact]
    public async Task A_request_on_a_held_dossier_cannot_be_granted_and_nothing_is_deleted()
    {
        var id = await ClosedDossierWithEverythingAsync();
        await Dossiers.ChangeAsync(School.LeadA, id, s => new PlaceLegalHoldCommand(s.Id, s.Version, "Er loopt een rechtszaak."));
        await Dossiers.ChangeAsync(School.LeadA, id, s => new RecordDestructionRequestCommand(s.Id, s.Version, DestructionRequester.ParentWithAuthority, 9, s.Today));

        var rule = await Dossiers.BrokenRuleAsync(School.LeadA, id, s => new DecideDestructionRequestCommand(s.Id, s.Version, true, "Ouders vragen het."));

        Assert.StartsWith("Er staat een bewaarplicht op dit dossier", rule, StringComparison.Ordinal);
        Assert.Equal(1, (await RowsAboutAsync(id))["Dossiers"]);
        Assert.Empty(await Host.WithContextAsync(context => context.DeletionRecords.ToListAsync()));
    }

    [Fact]
    public async Task A_request_by_a_child_under_sixteen_in_a_school_is_refused_in_Dutch()
    {
        var id = await Dossiers.OpenAsync();

        var rule = await Dossiers.BrokenRuleAsync(School.LeadA, id, s => new RecordDestructionRequestCommand(s.Id, s.Version, DestructionRequester.Child, 13, s.Today));

        Assert.Equal("Een kind mag vanaf 16 jaar zelf om vernietiging vragen (in de jeugdhulp vanaf 12). Dit kind is 13: de ouders met gezag vragen het.", rule);
    }

    [Fact]
    public async Task A_request_without_who_age_or_date_is_refused_with_Dutch_messages()
    {
        var id = await Dossiers.OpenAsync();

        var messages = await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => new RecordDestructionRequestCommand(s.Id, s.Version, null, null, s.Today.AddDays(1)));

        Assert.Contains("Kies wie om vernietiging vraagt: een ouder met gezag of het kind zelf.", messages);
        Assert.Contains("Vul de leeftijd van het kind in, in jaren.", messages);
        Assert.Contains(messages, m => m.Contains("toekomst", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_privacy_officer_places_and_lifts_a_hold_by_number_without_reading_the_dossier()
    {
        var id = await Dossiers.OpenAsync();
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;
        var privacyOfficer = School[Who.PrivacyOfficer];

        await Dossiers.SendAsync(privacyOfficer, new PlaceLegalHoldByNumberCommand($" {number.ToLowerInvariant()} ", "Verzoek van de Autoriteit Persoonsgegevens."));
        var overview = await Dossiers.SendAsync(privacyOfficer, new GetRetentionOverviewQuery());
        var held = (await Dossiers.StateAsync(id)).Dossier;
        await Dossiers.SendAsync(privacyOfficer, new LiftLegalHoldByNumberCommand(number, "Het onderzoek is afgerond."));

        Assert.Equal([new HeldDossier(number, "Verzoek van de Autoriteit Persoonsgegevens.", privacyOfficer.DisplayName, held.LegalHoldPlacedAt)], overview.Holds);
        Assert.Equal(ChronologyEntryKind.LegalHoldPlaced, held.Chronology[^1].Kind);
        Assert.False((await Dossiers.StateAsync(id)).Dossier.IsUnderLegalHold);
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(privacyOfficer, id));
        var lines = await Host.WithContextAsync(context => context.AccessLog.Where(l => l.SubjectId == id && l.UserId == privacyOfficer.Id).ToListAsync());
        Assert.Equal(2, lines.Count(l => l.Action == AccessAction.Update && l.SubjectNumber == number));
    }

    [Fact]
    public async Task A_number_of_another_organisation_is_not_found_for_the_privacy_officer()
    {
        var other = await Dossiers.OpenAsync(School.Outsider, School.OtherTeam);
        var number = (await Dossiers.StateAsync(other)).Dossier.Number;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Dossiers.SendAsync(School[Who.PrivacyOfficer], new PlaceLegalHoldByNumberCommand(number, "Onderzoek.")));

        Assert.Equal($"Er is geen dossier met nummer {number} in jullie organisatie. Controleer het nummer.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.False((await Dossiers.StateAsync(other)).Dossier.IsUnderLegalHold);
    }

    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.LeadOfTheTeam)]
    [InlineData(Who.Trainer)]
    [InlineData(Who.Board)]
    public async Task Only_the_privacy_officer_places_a_hold_by_number(Who who)
    {
        var id = await Dossiers.OpenAsync();
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new PlaceLegalHoldByNumberCommand(number, "Onderzoek.")));
    }

    [Theory]
    [InlineData(Who.PrivacyOfficer, true)]
    [InlineData(Who.Administrator, true)]
    [InlineData(Who.LeadOfTheTeam, false)]
    [InlineData(Who.Owner, false)]
    public async Task The_privacy_officer_and_the_administrator_see_the_retention_overview(Who who, bool allowed)
    {
        var attempt = await Record.ExceptionAsync(() => Dossiers.SendAsync(School[who], new GetRetentionOverviewQuery()));

        Assert.Equal(allowed, attempt is null);
    }
}

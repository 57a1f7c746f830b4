using FluentValidation;
using Meldcode.Application.Authentication;
using Meldcode.Application.Authentication.SignInWithOrganisationAccount;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace Meldcode.Application.Tests.Authentication.SignInWithOrganisationAccount;

/// <summary>Signing in through the organisation's provider: people are issuer + subject, added without roles the first time, refreshed every time.</summary>
public sealed class SignInWithOrganisationAccountTests : DemoDataTest
{
    private const string Issuer = "https://login.zonnebloem.example";
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(10);

    public SignInWithOrganisationAccountTests()
    {
        Host.SignInSettings.OrganisationSignInEnabled.Returns(true);
        Host.SignInSettings.SessionLifetime.Returns(SessionLifetime);
    }

    [Fact]
    public async Task A_first_sign_in_adds_the_person_to_the_organisation_without_any_role_and_starts_a_session()
    {
        var outcome = await SignInAsync("sub-1", "Ilse de Wit", "ilse@zonnebloem.example");

        var identity = Assert.IsType<SignInIdentity>(outcome.Identity);
        Assert.Empty(identity.Roles);
        Assert.Equal("Ilse de Wit", identity.DisplayName);
        var user = await UserAsync(identity.UserId);
        Assert.Equal(Data.Organisation.Id, user.OrganisationId);
        Assert.Equal((Issuer, "sub-1"), (user.ExternalIssuer, user.ExternalSubject));
        Assert.Equal("ilse@zonnebloem.example", user.Email);
        Assert.True(user.IsActive);
        Assert.True(user.IsWaitingForAccess);
        Assert.Equal(identity.UserId, await Host.WithContextAsync(c => c.UserSessions.Where(s => s.Id == identity.SessionId).Select(s => s.UserId).SingleAsync()));
    }

    [Fact]
    public async Task The_first_sign_in_is_written_in_the_administration_log()
    {
        var identity = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;

        var line = await Host.WithContextAsync(c => c.AdministrationLog.SingleAsync());

        Assert.Equal(AdministrationAction.UserProvisioned, line.Action);
        Assert.Equal(identity.UserId, line.SubjectId);
        Assert.Null(line.ActorUserId);
        Assert.Equal(AdministrationLogEntry.SignInActorName, line.ActorName);
        Assert.Equal("Ilse de Wit heeft voor het eerst ingelogd via de organisatie en wacht op toegang.", line.Description);
    }

    [Fact]
    public async Task Signing_in_again_finds_the_same_user_and_takes_the_name_and_email_the_provider_sends_now()
    {
        var first = (await SignInAsync("sub-1", "Ilse de Wit", "ilse@zonnebloem.example")).Identity!;

        var second = (await SignInAsync("sub-1", "Ilse van Dam-de Wit", "ilse.vandam@zonnebloem.example")).Identity!;

        Assert.Equal(first.UserId, second.UserId);
        Assert.NotEqual(first.SessionId, second.SessionId);
        var user = await UserAsync(first.UserId);
        Assert.Equal("Ilse van Dam-de Wit", user.DisplayName);
        Assert.Equal("ilse.vandam@zonnebloem.example", user.Email);
        Assert.Equal(3, await Host.WithContextAsync(c => c.Users.CountAsync()));
        Assert.Equal(1, await Host.WithContextAsync(c => c.AdministrationLog.CountAsync()));
    }

    [Fact]
    public async Task The_same_subject_from_another_issuer_is_another_person()
    {
        var here = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;

        var elsewhere = (await SignInAsync("sub-1", "Ilse de Wit", null, issuer: "https://login.other.example")).Identity!;

        Assert.NotEqual(here.UserId, elsewhere.UserId);
    }

    [Fact]
    public async Task An_email_address_that_matches_an_existing_user_does_not_link_to_that_user()
    {
        var outcome = await SignInAsync("sub-sanne", "Sanne de Vries", "sanne@zonnebloem.example");

        Assert.NotEqual(Data.Professional.Id, outcome.Identity!.UserId);
        Assert.Empty(outcome.Identity.Roles);
        var existing = await UserAsync(Data.Professional.Id);
        Assert.Null(existing.ExternalSubject);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, existing.Roles);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_and_nothing_about_them_changes()
    {
        var identity = (await SignInAsync("sub-1", "Ilse de Wit", "ilse@zonnebloem.example")).Identity!;
        await DeactivateAsync(identity.UserId);

        var outcome = await SignInAsync("sub-1", "Iemand Anders", "anders@zonnebloem.example");

        Assert.Null(outcome.Identity);
        Assert.Equal(SignInRefusal.Deactivated, outcome.Refusal);
        Assert.Equal("Dit account is gedeactiveerd. Vraag de functioneel beheerder om toegang.", outcome.RefusalReason);
        Assert.Equal("Ilse de Wit", (await UserAsync(identity.UserId)).DisplayName);
        Assert.Equal(1, await Host.WithContextAsync(c => c.UserSessions.CountAsync()));
    }

    [Fact]
    public async Task Without_a_name_the_email_address_is_shown_and_an_unusable_address_is_left_out()
    {
        var byEmail = (await SignInAsync("sub-1", " ", "ilse@zonnebloem.example")).Identity!;
        var nothing = (await SignInAsync("sub-2", null, "geen-adres")).Identity!;

        Assert.Equal("ilse@zonnebloem.example", byEmail.DisplayName);
        Assert.Equal(User.UnknownName, nothing.DisplayName);
        Assert.Null((await UserAsync(nothing.UserId)).Email);
    }

    [Fact]
    public async Task With_several_organisations_nobody_new_is_added_and_the_log_says_why_without_naming_anyone()
    {
        await Host.WithContextAsync(async c =>
        {
            c.Organisations.Add(Organisation.Create("Tweede organisatie", Sector.Education));
            return await c.SaveChangesAsync();
        });

        var outcome = await SignInAsync("sub-1", "Ilse de Wit", "ilse@zonnebloem.example");

        Assert.Equal(SignInRefusal.NoOrganisation, outcome.Refusal);
        Assert.Equal(2, await Host.WithContextAsync(c => c.Users.CountAsync()));
        var warning = Assert.Single(Host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("more than one", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Ilse", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("zonnebloem", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_already_linked_still_signs_in_when_a_second_organisation_exists()
    {
        var first = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;
        await Host.WithContextAsync(async c =>
        {
            c.Organisations.Add(Organisation.Create("Tweede organisatie", Sector.Education));
            return await c.SaveChangesAsync();
        });

        var again = await SignInAsync("sub-1", "Ilse de Wit", null);

        Assert.Equal(first.UserId, again.Identity!.UserId);
    }

    [Fact]
    public async Task The_role_mapping_grants_and_takes_away_only_the_roles_it_governs_and_logs_each_change()
    {
        var governed = new List<ProviderRole> { new(Role.Professional, "locatie noord"), new(Role.Trainer, null), new(Role.Board, null) };
        var first = (await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, [governed[0], governed[1]]))).Identity!;
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, first.Roles);
        await Host.WithContextAsync(async c =>
        {
            (await c.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == first.UserId)).Grant(Role.PrivacyOfficer);
            return await c.SaveChangesAsync();
        });

        var second = (await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, [governed[1]]))).Identity!;

        Assert.Equal(new HashSet<Role> { Role.Trainer, Role.PrivacyOfficer }, second.Roles);
        var user = await UserAsync(first.UserId);
        Assert.DoesNotContain(user.Memberships, m => m.Role == Role.Professional);
        var lines = await Host.WithContextAsync(c => c.AdministrationLog.Where(e => e.Action != AdministrationAction.UserProvisioned).OrderBy(e => e.At).ThenBy(e => e.Description).ToListAsync());
        Assert.Equal(
            [
                "Ilse de Wit heeft de rol Professional (Locatie Noord) gekregen.",
                "Ilse de Wit heeft de rol Trainer gekregen.",
                "De rol Professional (Locatie Noord) van Ilse de Wit is ingetrokken.",
            ],
            lines.Select(l => l.Description));
        Assert.All(lines, l => Assert.Equal(AdministrationLogEntry.SignInActorName, l.ActorName));
    }

    [Fact]
    public async Task A_mapped_team_that_does_not_exist_is_skipped_and_the_rest_still_applies()
    {
        var governed = new List<ProviderRole> { new(Role.Professional, "Locatie Atlantis"), new(Role.Trainer, null) };

        var identity = (await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, governed))).Identity!;

        Assert.Equal(new HashSet<Role> { Role.Trainer }, identity.Roles);
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_role_mapping_never_takes_the_role_from_the_last_active_functioneel_beheerder()
    {
        var governed = new List<ProviderRole> { new(Role.FunctionalAdministrator, null) };
        var administrator = (await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, governed))).Identity!;
        Assert.Equal(1, await Host.WithContextAsync(c => c.Users.CountAsync(u => u.Memberships.Any(m => m.Role == Role.FunctionalAdministrator))));
        Assert.Contains(Role.FunctionalAdministrator, administrator.Roles);

        var again = (await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, []))).Identity!;

        Assert.Equal(new HashSet<Role> { Role.FunctionalAdministrator }, again.Roles);
        Assert.Contains(Host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("last active administrator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_role_mapping_takes_the_role_away_when_another_functioneel_beheerder_remains()
    {
        var governed = new List<ProviderRole> { new(Role.FunctionalAdministrator, null) };
        await SignInAsync("sub-2", "Kees Bakker", null, new ProviderRoles(governed, governed));
        await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, governed));

        var again = (await SignInAsync("sub-1", "Ilse de Wit", null, new ProviderRoles(governed, []))).Identity!;

        Assert.Empty(again.Roles);
    }

    [Fact]
    public async Task Without_a_role_mapping_the_roles_given_in_the_app_stay_as_they_are()
    {
        var first = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;
        await Host.WithContextAsync(async c =>
        {
            (await c.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == first.UserId)).Grant(Role.Trainer);
            return await c.SaveChangesAsync();
        });

        var second = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;

        Assert.Equal(new HashSet<Role> { Role.Trainer }, second.Roles);
    }

    [Fact]
    public async Task Signing_in_removes_the_users_sessions_that_are_past_the_longest_session_lifetime()
    {
        var old = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;
        Clock.Advance(TimeSpan.FromHours(1));
        var recent = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;
        Clock.Advance(SessionLifetime - TimeSpan.FromMinutes(30));

        var latest = (await SignInAsync("sub-1", "Ilse de Wit", null)).Identity!;

        var sessions = await Host.WithContextAsync(c => c.UserSessions.Select(s => s.Id).ToListAsync());
        Assert.DoesNotContain(old.SessionId, sessions);
        Assert.Contains(recent.SessionId, sessions);
        Assert.Contains(latest.SessionId, sessions);
    }

    [Fact]
    public async Task Without_a_provider_configured_nobody_can_sign_in_this_way()
    {
        Host.SignInSettings.OrganisationSignInEnabled.Returns(false);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => SignInAsync("sub-1", "Ilse de Wit", null));
        Assert.Equal(2, await Host.WithContextAsync(c => c.Users.CountAsync()));
    }

    [Theory]
    [InlineData("", "sub-1")]
    [InlineData(Issuer, "")]
    public async Task An_identity_without_issuer_or_subject_is_refused(string issuer, string subject)
    {
        await Assert.ThrowsAsync<ValidationException>(() => SignInAsync(subject, "Ilse de Wit", null, issuer: issuer));
        Assert.Equal(2, await Host.WithContextAsync(c => c.Users.CountAsync()));
    }

    [Theory]
    [InlineData(User.IssuerMaxLength + 1, 10)]
    [InlineData(30, User.SubjectMaxLength + 1)]
    public async Task An_issuer_or_subject_longer_than_can_be_stored_is_refused(int issuerLength, int subjectLength)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => SignInAsync(new string('s', subjectLength), "Ilse de Wit", null, issuer: new string('i', issuerLength)));

        Assert.Single(refused.Errors);
        Assert.Equal(2, await Host.WithContextAsync(c => c.Users.CountAsync()));
    }

    private Task<SignInOutcome> SignInAsync(string subject, string? name, string? email, ProviderRoles? roles = null, string issuer = Issuer) =>
        Host.SendAsync(new SignInWithOrganisationAccountCommand(issuer, subject, name, email, roles));

    private Task<User> UserAsync(Guid id) => Host.WithContextAsync(c => c.Users.AsNoTracking().Include(u => u.Memberships).SingleAsync(u => u.Id == id));
}

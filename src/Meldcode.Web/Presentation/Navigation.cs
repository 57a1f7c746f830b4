using Meldcode.Domain.Users;

namespace Meldcode.Web.Presentation;

/// <summary>A link in the main navigation, shown to users who hold one of its roles (or to everyone signed in when it names none).</summary>
public sealed record NavigationItem(string Text, string Page, IReadOnlyList<Role> Roles);

/// <summary>The main navigation per role. A page joins this list when it exists, never before.</summary>
public static class Navigation
{
    /// <summary>The postvak: its link carries the number of new items (see <see cref="InboxBadgeViewComponent"/>).</summary>
    public const string InboxPage = "/Inbox/Index";

    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        // No "Start": the name Meldcode at the left of the header leads to the start page, and leaves room for every link on one line at 1280 px.
        new("Mijn dossiers", "/Dossiers/Index", [Role.Professional, Role.SafeguardingLead]),
        new("Team", "/Team/Index", [Role.SafeguardingLead]), // the page is called Teamoverzicht; the menu keeps it short
        new("Postvak", InboxPage, [Role.Professional, Role.SafeguardingLead, Role.Board]),
        new("Adviesvragen", "/Consultations/Index", [Role.Professional, Role.SafeguardingLead]),
        new("Medewerker melden", "/StaffConcerns/Index", []), // the route for a staff member suspected of violence or a sexual offence
        new("Cijfers", "/Figures/Index", [Role.Board, Role.SafeguardingLead]),
        new("Dilemma's", "/Training/Dilemmas/Index", [Role.Trainer]),
        new("Sessies", "/Training/Sessions/Index", [Role.Trainer]),
        new("Beheer", "/Admin/Index", [Role.FunctionalAdministrator]),
        new("Privacy", "/Privacy/AccessLog", [Role.PrivacyOfficer]), // the access log, and (its own menu) legal holds and deletion records; the admin reaches those from Beheer → Organisatie
    ];

    /// <summary>The links for these roles; none for someone without a role (they only see "Wacht op toegang").</summary>
    public static IReadOnlyList<NavigationItem> For(IReadOnlySet<Role> roles) =>
        roles.Count == 0 ? [] : All.Where(item => item.Roles.Count == 0 || item.Roles.Any(roles.Contains)).ToList();
}

namespace Meldcode.Web.Presentation;

/// <summary>The admin area's own menu (Pages/Admin/_AdminNav).</summary>
public static class AdminNavigation
{
    public static IReadOnlyList<(string Page, string Text)> Items { get; } =
    [
        ("/Admin/Index", "Overzicht"),
        ("/Admin/Users/Index", "Gebruikers"),
        ("/Admin/Teams/Index", "Teams en locaties"),
        ("/Admin/Organisation", "Organisatie"),
        ("/Admin/Log", "Beheerlog"),
    ];

    /// <summary>Whether the item is the current page or the section it leads into (a user's page belongs to "Gebruikers").</summary>
    public static bool IsCurrent(string item, string? currentPage)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (currentPage is null)
        {
            return false;
        }

        return item == currentPage
            || (item != "/Admin/Index" && item.EndsWith("/Index", StringComparison.Ordinal) && currentPage.StartsWith(item[..^"Index".Length], StringComparison.Ordinal));
    }
}

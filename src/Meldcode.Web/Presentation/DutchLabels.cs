using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Web.Presentation;

/// <summary>The Dutch words the interface uses for domain values (see docs/glossary.md).</summary>
public static class DutchLabels
{
    public static string For(Role role) => role.DutchName();

    public static string For(Sector sector) => sector.DutchName();
}

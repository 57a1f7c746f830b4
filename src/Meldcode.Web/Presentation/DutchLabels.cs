using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Web.Presentation;

/// <summary>The Dutch words the interface uses for domain values (see docs/glossary.md).</summary>
public static class DutchLabels
{
    public static string For(Role role) => role.DutchName();

    public static string For(Sector sector) => sector.DutchName();

    public static string For(FormOfAbuse form) => form.DutchName();

    public static string For(DilemmaTheme theme) => theme.DutchName();

    public static string For(DilemmaOrigin origin) => origin.DutchName();

    /// <summary>A step with its number: "3. Gesprek".</summary>
    public static string For(MeldcodeStep step) => $"{(int)step}. {DutchTerms.For(step)}";

    public static string For(WeighingQuestion question) => DutchTerms.For(question);
}

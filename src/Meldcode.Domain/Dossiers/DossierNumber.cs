using System.Globalization;

namespace Meldcode.Domain.Dossiers;

/// <summary>The number people use for a dossier: the year it was opened and a sequence within the organisation, e.g. 2026-0042.</summary>
public readonly record struct DossierNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Sequence:D4}");
}

using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Dilemmas;

/// <summary>
/// The dilemma form, as writing a new dilemma and editing one both send it: the field names of the form are these
/// property names (and <c>DecisionPoints[0].Question</c>, <c>Prompts[2]</c> …).
/// </summary>
public interface IDilemmaContent
{
    string? Title { get; }

    string? Story { get; }

    IReadOnlyList<Sector>? Sectors { get; }

    IReadOnlyList<FormOfAbuse>? FormsOfAbuse { get; }

    IReadOnlyList<DilemmaTheme>? Themes { get; }

    MeldcodeStep? MeldcodeStep { get; }

    WeighingQuestion? Question { get; }

    /// <summary>Up to three blocks; blank ones are left out.</summary>
    IReadOnlyList<DecisionPointInput>? DecisionPoints { get; }

    /// <summary>Up to five discussion prompts; blank ones are left out.</summary>
    IReadOnlyList<string?>? Prompts { get; }
}

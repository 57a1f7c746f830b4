namespace Meldcode.Application.Common.Exceptions;

/// <summary>Someone else changed the same thing since the form was opened; nothing was saved.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>What every dossier conflict message ends with: nothing was saved, and what to do now.</summary>
    public const string DossierConsequence =
        "Je wijziging is niet opgeslagen. Hieronder zie je de actuele stand; controleer die en vul het formulier opnieuw in als het nog nodig is.";

    /// <summary>A dossier conflict when it is not known who changed the dossier (see <c>DossierConflicts</c>, which names who and when).</summary>
    public const string DutchMessage = "Het dossier is net gewijzigd. " + DossierConsequence;

    /// <summary>The same, for anything other than a dossier (users, teams, organisation settings).</summary>
    public const string GeneralDutchMessage =
        "Iemand anders heeft dit net gewijzigd. Je wijziging is niet opgeslagen. Hieronder zie je de actuele stand; controleer die en doe je wijziging opnieuw als het nog nodig is.";

    public ConcurrencyConflictException()
        : base(DutchMessage)
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

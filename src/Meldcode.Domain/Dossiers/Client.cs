using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>
/// The adult client (cliënt) a dossier is about when it starts with the kindcheck (jeugdhulp, zorg,
/// maatschappelijke ondersteuning). Only what is needed to know who it is; the children in the household
/// are recorded with the kindcheck and, by name, as <see cref="Dossier.Siblings"/> ("kinderen in het gezin").
/// </summary>
public sealed class Client : IPersonConcerned
{
    /// <summary>A client is an adult: 18 or older on the day the dossier is opened.</summary>
    public const int AdultAge = 18;

    private Client()
    {
        FirstName = LastName = string.Empty;
    }

    public Client(string firstName, string lastName, DateOnly dateOfBirth)
    {
        FirstName = Texts.Trimmed(firstName);
        LastName = Texts.Trimmed(lastName);
        DateOfBirth = dateOfBirth;
    }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>True when someone born on <paramref name="dateOfBirth"/> is 18 or older on <paramref name="today"/>.</summary>
    public static bool IsAdultOn(DateOnly dateOfBirth, DateOnly today) => dateOfBirth <= today.AddYears(-AdultAge);
}

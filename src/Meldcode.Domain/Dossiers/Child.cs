using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>The child the dossier is about. Only what is needed to know who it is.</summary>
public sealed class Child
{
    private Child()
    {
        FirstName = LastName = string.Empty;
    }

    public Child(string firstName, string lastName, DateOnly dateOfBirth, string? group, DateOnly today)
    {
        FirstName = Texts.Trimmed(firstName);
        LastName = Texts.Trimmed(lastName);
        if (dateOfBirth < today.AddYears(-25))
        {
            throw new DomainException("Controleer de geboortedatum: het kind zou ouder zijn dan 25 jaar.");
        }

        DateOfBirth = dateOfBirth;
        Group = Texts.TrimmedOrNull(group);
    }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    /// <summary>Group or class (groep/klas), optional.</summary>
    public string? Group { get; private set; }

    public string FullName => $"{FirstName} {LastName}";
}

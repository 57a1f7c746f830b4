using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>The child the dossier is about. Only what is needed to know who it is.</summary>
public sealed class Child : IPersonConcerned
{
    private Child()
    {
        FirstName = LastName = string.Empty;
    }

    public Child(string firstName, string lastName, DateOnly dateOfBirth, string? group)
    {
        FirstName = Texts.Trimmed(firstName);
        LastName = Texts.Trimmed(lastName);
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

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
        FirstName = Texts.RequiredShort(firstName, "De voornaam van het kind");
        LastName = Texts.RequiredShort(lastName, "De achternaam van het kind");
        if (dateOfBirth > today)
        {
            throw new DomainException("De geboortedatum van het kind kan niet in de toekomst liggen.");
        }

        if (dateOfBirth < today.AddYears(-25))
        {
            throw new DomainException("Controleer de geboortedatum: het kind zou ouder zijn dan 25 jaar.");
        }

        DateOfBirth = dateOfBirth;
        Group = Texts.Optional(group, "De groep of klas", Texts.ShortMax);
    }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    /// <summary>Group or class (groep/klas), optional.</summary>
    public string? Group { get; private set; }

    public string FullName => $"{FirstName} {LastName}";
}

/// <summary>A parent or carer (ouder/verzorger) of the child.</summary>
public sealed class Carer
{
    private Carer()
    {
        Name = Relation = string.Empty;
    }

    public Carer(string name, string relation, bool hasParentalAuthority)
    {
        Id = Guid.NewGuid();
        Name = Texts.RequiredShort(name, "De naam van de ouder of verzorger");
        Relation = Texts.RequiredShort(relation, "De relatie tot het kind");
        HasParentalAuthority = hasParentalAuthority;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>For example moeder, vader, pleegouder, grootouder.</summary>
    public string Relation { get; private set; }

    /// <summary>Heeft gezag.</summary>
    public bool HasParentalAuthority { get; private set; }
}

/// <summary>A brother or sister (broer/zus) who may be affected too.</summary>
public sealed class Sibling
{
    private Sibling()
    {
        Name = string.Empty;
    }

    public Sibling(string name, DateOnly? dateOfBirth)
    {
        Id = Guid.NewGuid();
        Name = Texts.RequiredShort(name, "De naam van de broer of zus");
        DateOfBirth = dateOfBirth;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }
}

/// <summary>A colleague who works on the dossier with the owner.</summary>
public sealed class Collaborator
{
    private Collaborator()
    {
        Name = string.Empty;
    }

    internal Collaborator(Guid userId, string name, DateTimeOffset addedAt)
    {
        UserId = userId;
        Name = name;
        AddedAt = addedAt;
    }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}

namespace Meldcode.Domain.Dossiers;

/// <summary>The person a dossier is about, child or adult client: who it is, as every page and record names them.</summary>
public interface IPersonConcerned
{
    string FirstName { get; }

    string LastName { get; }

    DateOnly DateOfBirth { get; }

    string FullName { get; }
}

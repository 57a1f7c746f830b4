using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

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
        Name = Texts.Trimmed(name);
        DateOfBirth = dateOfBirth;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }
}

namespace Meldcode.Domain.Dossiers;

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

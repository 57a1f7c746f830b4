namespace Meldcode.Application.Dossiers.Access;

/// <summary>A request about one dossier; its object-level access is checked before it runs.</summary>
public interface IDossierRequest
{
    Guid DossierId { get; }
}

/// <summary>A request that changes a dossier; it carries the version the user saw, so concurrent edits are detected.</summary>
public interface IDossierChange : IDossierRequest
{
    int Version { get; }
}

/// <summary>What a dossier request needs: any one of the permissions named (Read when omitted).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresDossierPermissionAttribute : Attribute
{
    public RequiresDossierPermissionAttribute(DossierPermission permission)
    {
        Permission = permission;
    }

    public DossierPermission Permission { get; }
}

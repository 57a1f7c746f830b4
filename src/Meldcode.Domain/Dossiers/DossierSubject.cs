namespace Meldcode.Domain.Dossiers;

/// <summary>Whom a dossier is about: a child, or an adult client whose kindcheck found (or may find) children in the household.</summary>
public enum DossierSubject
{
    /// <summary>Het kind: the concern is about a child.</summary>
    Child = 1,

    /// <summary>De cliënt: an adult client; the dossier starts with the kindcheck and the children in the household are recorded with it.</summary>
    Client = 2,
}

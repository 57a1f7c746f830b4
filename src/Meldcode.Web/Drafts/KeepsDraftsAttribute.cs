namespace Meldcode.Web.Drafts;

/// <summary>
/// On a page model: the page's form marked <c>keep-draft</c> keeps what the user types as their draft (concept) on the
/// server (<see cref="FormDraftPageFilter"/>). Inherited: every dossier page has it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class KeepsDraftsAttribute : Attribute
{
}

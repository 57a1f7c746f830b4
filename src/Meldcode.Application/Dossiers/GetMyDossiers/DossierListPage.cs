namespace Meldcode.Application.Dossiers.GetMyDossiers;

/// <summary>One page of "Mijn dossiers": the dossiers on it, which page it is, and how many pages and dossiers match in all.</summary>
public sealed record DossierListPage(IReadOnlyList<DossierListItem> Items, int Page, int PageCount, int TotalCount, int PageSize)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

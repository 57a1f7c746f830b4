namespace Meldcode.Application.Inbox.GetInbox;

/// <summary>One page of the inbox, which page it is, how many pages and items match, and how many items are new in all.</summary>
public sealed record InboxPage(IReadOnlyList<InboxListItem> Items, InboxFilter Filter, int Page, int PageCount, int TotalCount, int PageSize, int NewCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

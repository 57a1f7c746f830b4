namespace Meldcode.Application.Inbox.GetInbox;

/// <summary>Which items the inbox shows.</summary>
public enum InboxFilter
{
    /// <summary>New and acknowledged ("open"): what still needs someone. The default.</summary>
    Open = 1,

    /// <summary>Done ("afgehandeld").</summary>
    Done = 2,

    /// <summary>Everything.</summary>
    All = 3,
}

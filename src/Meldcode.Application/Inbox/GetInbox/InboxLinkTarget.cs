namespace Meldcode.Application.Inbox.GetInbox;

/// <summary>Which page opening an item goes to (the web layer makes the address).</summary>
public enum InboxLinkTarget
{
    /// <summary>No link: the reader can no longer open the dossier (it was handed over, or the request or review is done).</summary>
    None = 0,

    /// <summary>The dossier's overview.</summary>
    Dossier = 1,

    /// <summary>The page to answer the request for advice (<see cref="InboxListItem.SubjectId"/> is the request).</summary>
    ConsultationAnswer = 2,

    /// <summary>The dossier's review page (four eyes): co-sign or disagree.</summary>
    Review = 3,
}

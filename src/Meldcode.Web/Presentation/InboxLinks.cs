using Meldcode.Application.Inbox.GetInbox;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Presentation;

/// <summary>Where opening an item of the postvak goes (see <see cref="InboxLinkTarget"/>), and what the link says to a screen reader.</summary>
public static class InboxLinks
{
    /// <summary>The address, or null when the item leads nowhere the reader can go.</summary>
    public static string? For(IUrlHelper url, InboxListItem item)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(item);
        return item.Link switch
        {
            InboxLinkTarget.Dossier => url.Page("/Dossiers/Overview", new { id = item.DossierId }),
            InboxLinkTarget.ConsultationAnswer => url.Page("/Consultations/Answer", new { id = item.DossierId, request = item.SubjectId }),

            // The review page of the four-eyes work (Pages/Dossiers/Review: /dossiers/{id}/beoordeling).
            InboxLinkTarget.Review => url.Content($"~/dossiers/{item.DossierId}/beoordeling"),
            _ => null,
        };
    }

    /// <summary>What opening the item does, for the link's accessible name.</summary>
    public static string Text(InboxListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Link switch
        {
            InboxLinkTarget.ConsultationAnswer => "advies geven",
            InboxLinkTarget.Review => "besluit beoordelen",
            _ => "dossier openen",
        };
    }
}

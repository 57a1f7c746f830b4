using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Web.Presentation;

/// <summary>How the pages name requests to see the file and where they stand.</summary>
public static class InspectionTexts
{
    public static string Relation(RequesterRelation relation, DossierSubject subject) => relation switch
    {
        RequesterRelation.Parent => "Een ouder",
        RequesterRelation.OtherCarer => "Een andere verzorger (bijvoorbeeld pleegouder of voogd)",
        RequesterRelation.Child => subject == DossierSubject.Client ? "De cliënt zelf" : "Het kind zelf",
        _ => "Iemand anders",
    };

    public static string Status(InspectionRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            InspectionStatus.Provided => $"Verstrekt op {DutchTime.Date(request.AnsweredOn!.Value)}",
            InspectionStatus.Refused => $"Geweigerd op {DutchTime.Date(request.AnsweredOn!.Value)}",
            _ when request.IsOverdueOn(today) => $"Open – te laat (termijn verlopen op {DutchTime.Date(request.Deadline)})",
            _ => "Open",
        };
    }
}

namespace Meldcode.Web.Pages;

/// <summary>
/// A form record that maps to one request and names its text fields as the request's properties
/// (<see cref="Dossiers.EmergencyActionForm"/> for <c>RecordEmergencyActionCommand</c>): the request's validator is
/// then the source of the form's length limits (see <see cref="TagHelpers.TextLimits"/>).
/// </summary>
#pragma warning disable CA1040 // A marker: it names the request, it adds no members.
public interface IFormOf<TRequest>;
#pragma warning restore CA1040

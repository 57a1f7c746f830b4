using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages;

/// <summary>
/// The Dutch error page for every failed request. It reveals nothing about the cause, except the
/// exception details in Development. Antiforgery is not checked here because failed POSTs (including
/// ones refused for a missing token) are re-executed on this page; it changes nothing.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    private readonly IHostEnvironment _environment;

    public ErrorModel(IHostEnvironment environment)
    {
        _environment = environment;
    }

    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public string? DeveloperDetails { get; private set; }

    public void OnGet(int? statusCode) => Describe(statusCode);

    public void OnPost(int? statusCode) => Describe(statusCode);

    /// <summary>A refused request of another method (TRACE, PUT, …) re-executed here has no handler of its own: it gets the same page.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null)
        {
            Describe(context.RouteData.Values.TryGetValue("statusCode", out var code) && int.TryParse(code?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var status) ? status : null);
        }
    }

    private void Describe(int? statusCode)
    {
        (Title, Explanation) = statusCode switch
        {
            400 => ("Dit verzoek klopt niet", "De gegevens die je stuurde konden niet worden verwerkt. Ga terug, laad de pagina opnieuw en probeer het nog eens."),
            401 => ("Je bent niet ingelogd", "Log in om verder te gaan."),
            403 => ("Geen toegang", "Je hebt geen toegang tot deze pagina. Denk je dat dit niet klopt? Vraag het de functioneel beheerder van je organisatie."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer), of het adres is niet goed overgenomen."),
            405 => ("Dit kan zo niet", "Deze pagina kan niet op deze manier worden gebruikt. Ga terug en gebruik de knoppen op de pagina."),
            429 => ("Te veel pogingen", "Je hebt dit te vaak achter elkaar geprobeerd. Wacht een minuut en probeer het dan opnieuw."),
            503 => (Filters.StorageFailureExceptionHandler.Title, Filters.StorageFailureExceptionHandler.Explanation),
            _ => ("Er ging iets mis", "Er ging aan onze kant iets mis. Wat je al had opgeslagen is bewaard. Probeer het over een paar minuten opnieuw."),
        };

        if (_environment.IsDevelopment() && HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error)
        {
            DeveloperDetails = error.ToString();
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Account;

/// <summary>
/// "Inloggen lukt nu niet": where every failed sign-in through the organisation ends. It names no cause
/// beyond what the person can act on; the reason code is in the security log.
/// </summary>
[AllowAnonymous]
public sealed class SignInFailedModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "reden")]
    public string? Reason { get; set; }

    public string Explanation { get; private set; } = string.Empty;

    public string NextStep { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        int status;
        (status, Explanation, NextStep) = Reason switch
        {
            "onbereikbaar" => (
                StatusCodes.Status503ServiceUnavailable,
                "De inlogdienst van je organisatie is op dit moment niet bereikbaar.",
                "Probeer het over een paar minuten opnieuw. Lukt het dan nog steeds niet? Meld het bij de ICT-afdeling van je organisatie."),
            "gedeactiveerd" => (
                StatusCodes.Status403Forbidden,
                "Je account in Meldcode is uitgezet (gedeactiveerd). Daarom kun je niet inloggen.",
                "Denk je dat dit niet klopt? Vraag de functioneel beheerder van Meldcode in je organisatie om je account weer aan te zetten."),
            "geen-toegang" => (
                StatusCodes.Status403Forbidden,
                "Je organisatie kent je wel, maar je hebt (nog) geen toegang tot Meldcode.",
                "Vraag de functioneel beheerder van Meldcode in je organisatie om toegang."),
            _ => (
                StatusCodes.Status400BadRequest,
                "Het inloggen via je organisatie is niet gelukt.",
                "Probeer het opnieuw. Lukt het dan nog steeds niet? Vraag de functioneel beheerder van Meldcode in je organisatie om hulp."),
        };
        return new PageResult { StatusCode = status };
    }
}

using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using MediatR;
using Meldcode.Application.Drafts.GetDraft;
using Meldcode.Domain.Common;
using Meldcode.Web.Drafts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Meldcode.Web.TagHelpers;

/// <summary>
/// A form that keeps drafts: <c>&lt;form method="post" asp-page="…" keep-draft&gt;</c> (on a page marked
/// <see cref="KeepsDraftsAttribute"/>). Adds <c>data-draft</c> with the address the autosave posts to, a quiet status
/// line inside the form, and, when the user has a draft of this form, a notice above it offering it back: "Zet terug"
/// (a link: the page shows the form filled with the draft, also without JavaScript) or "Weggooien" (a post). A draft
/// is never filled in without the user asking.
/// </summary>
[HtmlTargetElement("form", Attributes = KeepDraftAttribute)]
public sealed class DraftFormTagHelper(IMediator mediator, IAntiforgery antiforgery, TimeProvider clock) : TagHelper
{
    private const string KeepDraftAttribute = "keep-draft";

    /// <summary>After the framework's form tag helper, which writes the action.</summary>
    public override int Order => 100;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(KeepDraftAttribute);
        var http = ViewContext.HttpContext;
        var formKey = output.Attributes.TryGetAttribute("action", out var action)
            ? DraftKeys.OfAction(http.Request, AttributeText(action))
            : DraftKeys.Of(http.Request);
        var address = http.Request.PathBase + formKey;
        output.Attributes.SetAttribute("data-draft", DraftKeys.With(address, DraftKeys.HandlerParameter, DraftKeys.SaveHandler));
        output.PostContent.AppendHtml("<p class=\"draft-status\" aria-live=\"polite\" data-draft-status></p>");

        if (http.Features.Get<RestoredDraft>() is { } restored)
        {
            output.PreElement.AppendHtml($"<p class=\"notice\" role=\"status\">Je concept {Encode(When(restored.SavedAt))} staat weer in het formulier. Kijk het na en sla het formulier op.</p>");
            return;
        }

        // Offered on a GET only: after a refused post the form already shows what was just typed.
        if (!HttpMethods.IsGet(http.Request.Method)
            || await mediator.Send(new GetDraftQuery(formKey), http.RequestAborted) is not { } draft)
        {
            return;
        }

        var token = antiforgery.GetAndStoreTokens(http).RequestToken;
        output.PreElement.AppendHtml(
            $"""
            <section class="draft-notice" aria-labelledby="concept-titel">
                <h2 id="concept-titel">Niet opgeslagen concept</h2>
                <p>Je had dit formulier nog niet opgeslagen (concept {Encode(When(draft.SavedAt))}).</p>
                <div class="draft-notice__actions">
                    <a class="button" href="{Encode(DraftKeys.With(address, DraftKeys.RestoreParameter, DraftKeys.RestoreValue))}">Zet terug</a>
                    <form method="post" action="{Encode(DraftKeys.With(address, DraftKeys.HandlerParameter, DraftKeys.DiscardHandler))}">
                        <input type="hidden" name="__RequestVerificationToken" value="{Encode(token ?? string.Empty)}">
                        <button type="submit" class="button button--secondary">Weggooien</button>
                    </form>
                </div>
            </section>
            """);
    }

    /// <summary>"van 14:32" today, "van 04-12-2026 14:32" on another day (Dutch time).</summary>
    private string When(DateTimeOffset savedAt)
    {
        var local = DutchTime.Local(savedAt);
        var today = DutchTime.Today(clock.GetUtcNow());
        return DateOnly.FromDateTime(local.DateTime) == today
            ? "van " + local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : "van " + DutchTime.Moment(savedAt);
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string AttributeText(TagHelperAttribute attribute)
    {
        if (attribute.Value is Microsoft.AspNetCore.Html.IHtmlContent html)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            html.WriteTo(writer, HtmlEncoder.Default);
            return WebUtility.HtmlDecode(writer.ToString());
        }

        return attribute.Value?.ToString() ?? string.Empty;
    }
}

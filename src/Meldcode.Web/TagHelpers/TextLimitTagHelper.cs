using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Meldcode.Web.TagHelpers;

/// <summary>
/// Gives every text field whose request limits its length that limit as <c>data-max-length</c>, from the validator
/// (see <see cref="TextLimits"/>), so no form repeats a number. <c>wwwroot/js/text-limit.js</c> shows a counter from
/// it near the limit; without JavaScript nothing changes and the server remains the judge. A textarea gets no
/// <c>maxlength</c> (a written one is taken off): the browser would cut pasted text without a word, where the counter
/// shows how much to take out. A one-line input gets <c>maxlength</c> from the same limit, replacing a written one.
/// A field whose limit the validators do not reveal by its name (<c>DecisionPoints[0].Rationale</c>) may carry
/// <c>data-max-length</c> written with the validator's constant; it is left as written.
/// </summary>
[HtmlTargetElement("textarea", Attributes = NameAttribute)]
[HtmlTargetElement("input", Attributes = NameAttribute, TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextLimitTagHelper(TextLimits limits) : TagHelper
{
    private const string NameAttribute = "name";

    private static readonly HashSet<string> TextInputTypes = new(StringComparer.OrdinalIgnoreCase) { "text", "search", "email", "tel", "url" };

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var isTextarea = output.TagName == "textarea";
        if (!isTextarea && !TextInputTypes.Contains(Text(output, "type") ?? "text"))
        {
            return;
        }

        // A field the validators' lookup cannot reach (nested in a list of groups) names its limit itself.
        if (output.Attributes.ContainsName("data-max-length"))
        {
            return;
        }

        if (ViewContext.ActionDescriptor is not CompiledPageActionDescriptor { HandlerTypeInfo: { } page }
            || Text(output, NameAttribute) is not { } name
            || limits.For(page.AsType(), name, ViewContext.HttpContext.RequestServices) is not { } max)
        {
            return;
        }

        output.Attributes.SetAttribute("data-max-length", max);
        if (isTextarea)
        {
            output.Attributes.RemoveAll("maxlength");
        }
        else
        {
            output.Attributes.SetAttribute("maxlength", max);
        }
    }

    private static string? Text(TagHelperOutput output, string attribute)
    {
        if (!output.Attributes.TryGetAttribute(attribute, out var found))
        {
            return null;
        }

        switch (found.Value)
        {
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
                    return System.Net.WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return found.Value?.ToString();
        }
    }
}

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Meldcode.Web.TagHelpers;

/// <summary>
/// The message under a form field, by the field's name: <c>&lt;span field-error="Facts"&gt;&lt;/span&gt;</c> renders
/// <c>&lt;span class="field-error field-validation-valid" id="Facts-fout" data-valmsg-for="Facts" data-valmsg-replace="true"&gt;</c>,
/// holding the first message ModelState has for "Facts" (then with the class <c>field-validation-error</c>), as
/// <c>asp-validation-for</c> does. The input names that id in its <c>aria-describedby</c>. The key is the field's name as
/// posted, which is also the name of the request's property under which <see cref="Filters.ApplicationExceptionPageFilter"/>
/// puts its messages; not a model expression, so it carries no prefix. An <c>id</c> written on the element is kept (two
/// forms on one page with a field of the same name).
/// </summary>
[HtmlTargetElement("span", Attributes = FieldAttribute)]
public sealed class FieldErrorTagHelper(IHtmlGenerator generator) : TagHelper
{
    private const string FieldAttribute = "field-error";

    /// <summary>The name of the field, as posted, and as the key of its messages in ModelState.</summary>
    [HtmlAttributeName(FieldAttribute)]
    public string Field { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.Insert(0, new TagHelperAttribute("class", "field-error"));
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.Insert(1, new TagHelperAttribute("id", $"{Field}-fout"));
        }

        var message = generator.GenerateValidationMessage(ViewContext, modelExplorer: null, Field, message: null, tag: null, htmlAttributes: null);
        if (message is not null)
        {
            output.MergeAttributes(message);
            output.Content.SetHtmlContent(message.InnerHtml);
        }
    }
}

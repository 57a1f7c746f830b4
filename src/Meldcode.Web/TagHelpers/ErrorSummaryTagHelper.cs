using System.Reflection;
using Meldcode.Web.Pages;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Meldcode.Web.TagHelpers;

/// <summary>
/// The error summary of a form: <c>&lt;div error-summary&gt;</c> renders what <c>asp-validation-summary="All"</c> renders
/// (every message in ModelState as a list after the element's own content, with the same classes and attributes), in
/// the order of the form. The framework orders the messages by the page model's properties; a page binds its fields
/// through a request property without a prefix (see <see cref="FromFormFieldsAttribute"/>), so here that request's
/// properties take the place of the request property itself. Messages about the form as a whole come after those about
/// its fields.
/// </summary>
[HtmlTargetElement("div", Attributes = SummaryAttribute)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    private const string SummaryAttribute = "error-summary";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(SummaryAttribute);
        var list = new TagBuilder("ul");
        foreach (var message in MessagesInFormOrder(ViewContext.ViewData))
        {
            var item = new TagBuilder("li");
            item.InnerHtml.SetContent(message);
            list.InnerHtml.AppendLine(item);
        }

        var summary = new TagBuilder("div");
        summary.AddCssClass(ViewContext.ViewData.ModelState.IsValid ? HtmlHelper.ValidationSummaryValidCssClassName : HtmlHelper.ValidationSummaryCssClassName);
        summary.MergeAttribute("data-valmsg-summary", "true");
        output.MergeAttributes(summary);
        output.PostContent.AppendHtml(list);
    }

    private static IEnumerable<string> MessagesInFormOrder(ViewDataDictionary viewData)
    {
        var modelState = viewData.ModelState;
        var entries = new List<ModelStateEntry>();
        foreach (var key in FieldNames(viewData.ModelMetadata).Append(string.Empty))
        {
            if (modelState.TryGetValue(key, out var entry) && entry is not null && !entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }

        entries.AddRange(modelState.Values.Where(entry => !entries.Contains(entry)));
        return entries.SelectMany(entry => entry.Errors).Select(error => error.ErrorMessage).Where(message => !string.IsNullOrEmpty(message));
    }

    /// <summary>The page model's properties in order, with a request bound from the form fields standing for its own properties.</summary>
    private static IEnumerable<string> FieldNames(ModelMetadata page) =>
        page.Properties.SelectMany(property => IsBoundFromFormFields(property)
            ? property.Properties.Select(field => field.PropertyName!)
            : [property.PropertyName!]);

    private static bool IsBoundFromFormFields(ModelMetadata property) =>
        property.ContainerType?.GetProperty(property.PropertyName!)?.IsDefined(typeof(FromFormFieldsAttribute)) == true;
}

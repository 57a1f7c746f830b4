using System.Globalization;
using Meldcode.Application.Drafts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace Meldcode.Web.Drafts;

/// <summary>
/// "Zet terug": the page is shown (GET) as if its form had been posted with the draft's fields, so every form fills in
/// the way it fills in after a refused post: the request it binds with <see cref="Pages.FromFormFieldsAttribute"/> takes
/// the draft's values. Nothing is saved by this.
/// </summary>
internal sealed class DraftValueProviderFactory(IReadOnlyList<DraftField> fields) : IValueProviderFactory
{
    public Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = fields
            .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new StringValues(g.Select(f => f.Value).ToArray()), StringComparer.OrdinalIgnoreCase);
        context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, new FormCollection(values), CultureInfo.CurrentCulture));
        return Task.CompletedTask;
    }
}

/// <summary>On a request that shows a form with its draft filled in ("Zet terug"): when that draft was saved.</summary>
internal sealed record RestoredDraft(DateTimeOffset SavedAt)
{
    public static bool IsRestoring(HttpContext context) => context.Features.Get<RestoredDraft>() is not null;
}

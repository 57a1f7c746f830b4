using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Meldcode.Web.Drafts;

/// <summary>
/// Which form a draft belongs to: the address the form posts to, path and subject (<c>/dossiers/{id}/signaal</c>,
/// <c>/dossiers/{id}/correctie?entry=…</c>), without the handler name and the draft's own parameter. The page, the
/// draft endpoint (the same address with <c>handler=Concept</c>) and the form's own post all name the same key.
/// </summary>
internal static class DraftKeys
{
    public const string HandlerParameter = "handler";
    public const string SaveHandler = "Concept";
    public const string DiscardHandler = "ConceptWeggooien";
    public const string RestoreParameter = "concept";
    public const string RestoreValue = "terugzetten";

    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(request.Path, request.Query);
    }

    /// <summary>The key of a form by its action attribute (as the page renders it, with the app's path base).</summary>
    public static string OfAction(HttpRequest request, string action)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryStart = action.IndexOf('?', StringComparison.Ordinal);
        var path = new PathString(queryStart < 0 ? action : action[..queryStart]);
        if (path.StartsWithSegments(request.PathBase, out var rest))
        {
            path = rest;
        }

        var query = queryStart < 0 ? new Dictionary<string, StringValues>() : QueryHelpers.ParseQuery(action[queryStart..]);
        return Of(path, query);
    }

    /// <summary>An address of the form with one more parameter (the handler to post to, or the restore link).</summary>
    public static string With(string formKey, string name, string value) => QueryHelpers.AddQueryString(formKey, name, value);

    private static string Of(PathString path, IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var kept = query
            .Where(p => !p.Key.Equals(HandlerParameter, StringComparison.OrdinalIgnoreCase) && !p.Key.Equals(RestoreParameter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key.ToLowerInvariant(), v)));
        return (path.HasValue ? path.Value!.ToLowerInvariant() : "/") + QueryString.Create(kept).ToUriComponent();
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Meldcode.Web.Pages;

namespace Meldcode.Web.TagHelpers;

/// <summary>
/// The length limits of a page's text fields, read from the validators of the requests the page binds (its
/// <see cref="FromFormFieldsAttribute"/> properties; a form record through <see cref="IFormOf{TRequest}"/>). So the
/// limit a form shows is the limit the server checks, from one constant. Keyed by the field's name as posted, which
/// is the request's property; a field of a list (<c>Prompts[2]</c>) has the limit of its list's items. Fields nested
/// deeper (<c>DecisionPoints[0].Question</c>) are not looked up. When two requests of one page have a field of the
/// same name, the strictest limit counts. Read once per page type.
/// </summary>
public sealed class TextLimits
{
    private readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, int>> _byPage = new();

    /// <summary>The maximum length of the field on the page, or null when no validator limits it.</summary>
    public int? For(Type pageModel, string fieldName, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(pageModel);
        ArgumentNullException.ThrowIfNull(fieldName);
        var limits = _byPage.GetOrAdd(pageModel, type => Read(type, services));
        var name = WithoutIndex(fieldName);
        return limits.TryGetValue(name, out var max) ? max : null;
    }

    private static Dictionary<string, int> Read(Type pageModel, IServiceProvider services)
    {
        var limits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var request in BoundRequests(pageModel))
        {
            if (services.GetService(typeof(IValidator<>).MakeGenericType(request)) is not IValidator validator)
            {
                continue;
            }

            foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
            {
                foreach (var (rule, _) in member)
                {
                    if (rule is ILengthValidator { Max: > 0 } length)
                    {
                        limits[member.Key] = limits.TryGetValue(member.Key, out var known) ? Math.Min(known, length.Max) : length.Max;
                    }
                }
            }
        }

        return limits;
    }

    private static IEnumerable<Type> BoundRequests(Type pageModel) =>
        pageModel.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(FromFormFieldsAttribute), inherit: true))
            .Select(p => p.PropertyType.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IFormOf<>)) is { } form
                ? form.GetGenericArguments()[0]
                : p.PropertyType);

    /// <summary>"Prompts[2]" is an item of "Prompts"; "DecisionPoints[0].Question" stays as it is (and is not found).</summary>
    private static string WithoutIndex(string fieldName) =>
        fieldName.EndsWith(']') && fieldName.IndexOf('[', StringComparison.Ordinal) is > 0 and var at && !fieldName.Contains('.', StringComparison.Ordinal)
            ? fieldName[..at]
            : fieldName;
}

using System.Text.RegularExpressions;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Validation;

/// <summary>
/// Every validator's messages speak Dutch to the user, also where FluentValidation writes the message itself: no message
/// names a field by its code name ("'First Name' mag niet leeg zijn"). Each request is validated empty (every value its
/// default) and with overlong text in every text field.
/// </summary>
public sealed partial class DutchFieldNamesTests : ApplicationTest
{
    private static readonly Type[] Requests = typeof(Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
        .Where(t => t.GetConstructors().Length > 0)
        .ToArray();

    public static TheoryData<string> ValidatedRequests() => [.. Requests.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(ValidatedRequests))]
    public async Task No_message_names_a_field_by_its_code_name(string name)
    {
        var type = Requests.Single(t => t.FullName == name);
        using var scope = Host.Services.CreateScope();
        var validators = scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(type)).Cast<IValidator>().ToList();

        foreach (var request in new[] { Build(type, text: null), Build(type, text: new string('x', 100_001)), Build(type, text: "a\0b") })
        {
            foreach (var validator in validators)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(request));
                Assert.All(result.Errors, error => Assert.DoesNotMatch(CodeName(), error.ErrorMessage));
                Assert.All(result.Errors, error => Assert.DoesNotContain($"'{Split(error.PropertyName)}'", error.ErrorMessage, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>FluentValidation's own message quotes the field's name: 'First Name', 'Date Of Birth'.</summary>
    [GeneratedRegex("'[A-Z][a-z]+( [A-Z][a-z]+)*'")]
    private static partial Regex CodeName();

    private static string Split(string propertyName) =>
        Regex.Replace(propertyName.Split('.', '[').Last(), "(?<=[a-z])(?=[A-Z])", " ");

    private static object Build(Type type, string? text)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, text)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Value(Type type, string? text) =>
        type == typeof(string) ? text
        : type.IsValueType ? Activator.CreateInstance(type)
        : type.IsArray ? Array.CreateInstance(type.GetElementType()!, 0)
        : type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(IReadOnlyList<>) || g == typeof(IReadOnlyCollection<>) || g == typeof(IEnumerable<>) || g == typeof(List<>))
            ? Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]))
        : type.GetConstructors().FirstOrDefault(c => c.GetParameters().Length == 0) is { } parameterless ? parameterless.Invoke([])
        : type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault() is { } constructor
            ? constructor.Invoke(constructor.GetParameters().Select(p => Value(p.ParameterType, text)).ToArray())
        : null;
}

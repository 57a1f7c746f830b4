using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Meldcode.Web.Filters;

/// <summary>The framework's own messages for input it cannot read (a date that is no date, a number that is no number), in Dutch.</summary>
internal static class DutchModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is geen geldige waarde.");
        messages.SetMissingBindRequiredValueAccessor(field => "Dit veld is verplicht.");
        messages.SetMissingKeyOrValueAccessor(() => "Dit veld is verplicht.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        messages.SetUnknownValueIsInvalidAccessor(field => "Deze waarde is niet geldig.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(field => "Vul een getal in.");
        messages.SetValueMustNotBeNullAccessor(value => "Dit veld is verplicht.");
    }
}

namespace Meldcode.Application.Common.Validation;

/// <summary>
/// The field rules every form shares. Their messages name the field and come from <see cref="FieldName"/>, the one place
/// that builds them ("Vul de feiten in.", "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.234.").
/// The length rule is FluentValidation's own maximum length, so the forms can read the same limit from the validator
/// (the Web's text-limit tag helper does).
/// </summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, FieldName field, int max = Texts.LongMax)
    {
        ArgumentNullException.ThrowIfNull(field);
        return rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(field.Required()).MaxLength(field, max);
    }

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, FieldName field, int max = Texts.LongMax)
    {
        ArgumentNullException.ThrowIfNull(field);
        return rule.MaxLength(field, max);
    }

    /// <summary>Something picked from a list by its id: present, and not the empty id a tampered form could send.</summary>
    public static IRuleBuilderOptions<T, Guid?> Chosen<T>(this IRuleBuilder<T, Guid?> rule, string message) =>
        rule.Must(v => v is { } id && id != Guid.Empty).WithMessage(message);

    public static IRuleBuilderOptions<T, TEnum?> Chosen<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, string message)
        where TEnum : struct, Enum =>
        rule.Must(v => v is { } value && Enum.IsDefined(value)).WithMessage(message);

    public static IRuleBuilderOptions<T, DateOnly?> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, FieldName field)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(field);
        return rule.NotNull().WithMessage(field.Required())
            .Must(d => d is null || d <= DutchTime.Today(clock.GetUtcNow())).WithMessage(field.InTheFuture());
    }

    /// <summary>The length rule, saying how long the text is now (a null text has no length and passes).</summary>
    private static IRuleBuilderOptions<T, string?> MaxLength<T>(this IRuleBuilder<T, string?> rule, FieldName field, int max) =>
        rule.MaximumLength(max).WithMessage((_, value) => field.TooLong(max, value?.Length ?? 0));
}

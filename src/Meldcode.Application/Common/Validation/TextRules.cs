namespace Meldcode.Application.Common.Validation;

/// <summary>The field rules every form shares, with Dutch messages that name the field.</summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, string dutchName, int max = Texts.LongMax) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage($"Vul {dutchName} in.")
            .MaximumLength(max).WithMessage($"{Capitalise(dutchName)} mag hoogstens {max} tekens lang zijn.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, string dutchName, int max = Texts.LongMax) =>
        rule.MaximumLength(max).WithMessage($"{Capitalise(dutchName)} mag hoogstens {max} tekens lang zijn.");

    /// <summary>Something picked from a list by its id: present, and not the empty id a tampered form could send.</summary>
    public static IRuleBuilderOptions<T, Guid?> Chosen<T>(this IRuleBuilder<T, Guid?> rule, string message) =>
        rule.Must(v => v is { } id && id != Guid.Empty).WithMessage(message);

    public static IRuleBuilderOptions<T, TEnum?> Chosen<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, string message)
        where TEnum : struct, Enum =>
        rule.Must(v => v is { } value && Enum.IsDefined(value)).WithMessage(message);

    public static IRuleBuilderOptions<T, DateOnly?> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, string dutchName)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return rule.NotNull().WithMessage($"Vul {dutchName} in.")
            .Must(d => d is null || d <= DutchTime.Today(clock.GetUtcNow())).WithMessage($"{Capitalise(dutchName)} kan niet in de toekomst liggen.");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

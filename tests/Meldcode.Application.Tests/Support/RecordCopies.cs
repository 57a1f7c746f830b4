namespace Meldcode.Application.Tests.Support;

public static class RecordCopies
{
    /// <summary>
    /// A copy of a request record with one property set, named as a string: what <c>with</c> does, for theories that
    /// break one field of a valid request at a time (<c>[InlineData(nameof(AddCarerCommand.Name), …)]</c>).
    /// </summary>
    public static T With<T>(this T record, string property, object? value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        var type = record.GetType();
        var copy = (T)(type.GetMethod("<Clone>$")?.Invoke(record, null) ?? throw new ArgumentException($"{type.Name} is not a record.", nameof(record)));
        var setter = type.GetProperty(property) ?? throw new ArgumentException($"{type.Name} has no property {property}.", nameof(property));
        setter.SetValue(copy, value);
        return copy;
    }
}

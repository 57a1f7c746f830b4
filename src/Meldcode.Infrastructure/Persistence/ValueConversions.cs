using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// How values the SQLite provider of EF Core 6 cannot store or sort natively are stored: moments as
/// UTC ticks (sortable, comparable), dates and times as ISO text, enums by name.
/// </summary>
internal static class ValueConversions
{
    public static void Apply(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configuration.Properties<DateOnly>().HaveConversion<DateOnlyConverter>().HaveMaxLength(10);
        configuration.Properties<TimeOnly>().HaveConversion<TimeOnlyConverter>().HaveMaxLength(8);
    }

    /// <summary>Every enum property is stored by name, so the database reads without the code.</summary>
    public static void StoreEnumsAsText(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum && property.GetValueConverter() is null)
            {
                // An enum given a store type of its own (HasConversion<int>() for a [Flags] enum) keeps it: a text
                // converter on top would write "Name" into a number column and fail.
                if (property.GetProviderClrType() is null)
                {
                    property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(EnumToStringConverter<>).MakeGenericType(type), [null])!);
                }

                property.SetMaxLength(40);
            }
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    private sealed class DateOnlyConverter() : ValueConverter<DateOnly, string>(
        value => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private sealed class TimeOnlyConverter() : ValueConverter<TimeOnly, string>(
        value => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        text => TimeOnly.ParseExact(text, "HH:mm:ss", CultureInfo.InvariantCulture));
}

using System.Globalization;

namespace Meldcode.Domain.Common;

/// <summary>
/// The Dutch name of a field as a message names it ("de feiten", "de voornaam van het kind"), with its grammatical
/// number, and the one place where every message about a required, too long or future field is built: "Vul de feiten
/// in.", "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.234.", "De voornaam van het kind mag
/// …". A name is a noun phrase in lower case, not a clause ("wat je hebt gemeld"): it must read well both after "Vul"
/// and at the start of a sentence. Numbers are written the Dutch way (10.000), whatever the thread's culture.
/// </summary>
public sealed record FieldName
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private FieldName(string name, bool isPlural)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        IsPlural = isPlural;
    }

    /// <summary>The name as it reads inside a sentence: "de feiten".</summary>
    public string Name { get; }

    /// <summary>Whether the name takes a plural verb: "de feiten mogen", "de afspraken kunnen".</summary>
    public bool IsPlural { get; }

    /// <summary>One thing: "de voornaam van het kind mag…".</summary>
    public static FieldName Singular(string name) => new(name, isPlural: false);

    /// <summary>More than one thing: "de feiten mogen…".</summary>
    public static FieldName Plural(string name) => new(name, isPlural: true);

    /// <summary>"Vul de feiten in."</summary>
    public string Required() => $"Vul {Name} in.";

    /// <summary>"De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.234."</summary>
    public string TooLong(int maxLength, int length) =>
        $"{Subject} {Verb("mag", "mogen")} hoogstens {Characters(maxLength)} lang zijn. Nu {(length == 1 ? "is het er" : "zijn het er")} {Number(length)}.";

    /// <summary>"De datum van het gesprek kan niet in de toekomst liggen."</summary>
    public string InTheFuture() => $"{Subject} {Verb("kan", "kunnen")} niet in de toekomst liggen.";

    /// <summary>A count of characters: "1 teken", "10.000 tekens".</summary>
    public static string Characters(int count) => $"{Number(count)} {(count == 1 ? "teken" : "tekens")}";

    /// <summary>A whole number as Dutch readers write it: 10.000.</summary>
    public static string Number(int value) => value.ToString("#,0", Dutch);

    public override string ToString() => Name;

    /// <summary>The name at the start of a sentence: "De feiten".</summary>
    private string Subject => char.ToUpper(Name[0], Dutch) + Name[1..];

    private string Verb(string singular, string plural) => IsPlural ? plural : singular;
}

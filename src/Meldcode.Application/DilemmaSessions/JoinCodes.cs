namespace Meldcode.Application.DilemmaSessions;

/// <summary>How people type a session's code: with or without spaces ("123 456").</summary>
public static class JoinCodes
{
    public const string UnknownMessage = "Deze code kennen we niet, of de sessie is al afgelopen. Kijk nog eens naar het scherm van de trainer.";

    public static string Normalise(string? code) =>
        code is null ? string.Empty : new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Take(20).ToArray());

    /// <summary>The code as the screens show it: two groups of three digits.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == 6 ? $"{code[..3]} {code[3..]}" : code;
    }
}

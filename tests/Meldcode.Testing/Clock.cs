namespace Meldcode.Testing;

/// <summary>The fixed moment the dossier tests run at: Wednesday 18 November 2026, 10:00 in Amsterdam.</summary>
public static class Clock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 18);

    /// <summary>A moment some whole days after <see cref="Now"/>, at the same time of day.</summary>
    public static DateTimeOffset DaysLater(int days) => Now.AddDays(days);
}

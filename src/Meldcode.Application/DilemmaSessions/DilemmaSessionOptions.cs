namespace Meldcode.Application.DilemmaSessions;

/// <summary>Settings of live sessions (configuration section <c>DilemmaSessions</c>).</summary>
public sealed class DilemmaSessionOptions
{
    public const string Section = "DilemmaSessions";

    /// <summary>Days after a session ends that its open reflections are erased; the vote figures stay. 30 unless set.</summary>
    public int ReflectionRetentionDays { get; set; } = 30;
}

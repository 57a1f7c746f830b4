namespace Meldcode.Application.Drafts;

/// <summary>How long unsaved form drafts (concepten) are kept (configuration section <c>Drafts</c>).</summary>
public sealed class DraftOptions
{
    public const string Section = "Drafts";

    /// <summary>A draft not saved again for this long is no longer offered and is deleted. One day unless set.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(1);
}

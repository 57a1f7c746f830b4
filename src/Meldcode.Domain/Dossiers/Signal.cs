using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Step 1: one observed signal, with facts, the child's own words and the interpretation kept apart.</summary>
public sealed class Signal
{
    private Signal()
    {
        ObservedBy = Facts = string.Empty;
    }

    internal Signal(SignalInput input, DateOnly today, DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (input.ObservedOn > today)
        {
            throw new DomainException("De datum van de waarneming kan niet in de toekomst liggen.");
        }

        if (!Enum.IsDefined(input.Category))
        {
            throw new DomainException("Kies een categorie uit de lijst.");
        }

        if (!Enum.IsDefined(input.Source))
        {
            throw new DomainException("Kies of je dit zelf zag of hoorde, of dat iemand het je vertelde.");
        }

        Id = Guid.NewGuid();
        ObservedOn = input.ObservedOn;
        ObservedAt = input.ObservedAt;
        Place = Texts.Optional(input.Place, "De plaats", Texts.ShortMax);
        ObservedBy = Texts.RequiredShort(input.ObservedBy, "Wie het waarnam");
        Source = input.Source;
        ToldBy = input.Source == SignalSource.ToldBySomeone
            ? Texts.RequiredShort(input.ToldBy, "Wie het vertelde")
            : null;
        Category = input.Category;
        Facts = Texts.Required(input.Facts, "De feiten");
        ChildsOwnWords = Texts.Optional(input.ChildsOwnWords, "De eigen woorden van het kind");
        Interpretation = Texts.Optional(input.Interpretation, "De interpretatie");
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public DateOnly ObservedOn { get; private set; }

    public TimeOnly? ObservedAt { get; private set; }

    public string? Place { get; private set; }

    public string ObservedBy { get; private set; }

    public SignalSource Source { get; private set; }

    public string? ToldBy { get; private set; }

    public SignalCategory Category { get; private set; }

    /// <summary>What was seen or heard — no opinions.</summary>
    public string Facts { get; private set; }

    /// <summary>The child's own words, quoted literally.</summary>
    public string? ChildsOwnWords { get; private set; }

    /// <summary>What the professional makes of it.</summary>
    public string? Interpretation { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public bool IsContraIndication => Category == SignalCategory.ContraIndication;

    public IReadOnlyList<SignalHint> Hints => SignalQualityHints.For(Facts, ObservedOn);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// A <see cref="Dilemma"/> as JSON, for storing a version of a dilemma in one column. The shape is that of private
/// DTO records (so the domain type carries no serialisation attributes), enums are written by name, and reading
/// rebuilds the dilemma through its constructor and factories, so a stored dilemma that breaks a rule is refused
/// with the domain's <see cref="Domain.Common.DomainException"/> rather than loaded half-valid.
/// </summary>
public static class DilemmaJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = false,
    };

    /// <summary>Stores a dilemma as its JSON text; for an EF Core property of type <see cref="Dilemma"/>.</summary>
    public static ValueConverter<Dilemma, string> Converter { get; } =
        new(dilemma => Serialize(dilemma), json => Deserialize(json));

    /// <summary>Compares two dilemmas by their content (the records hold lists, which compare by reference).</summary>
    public static ValueComparer<Dilemma> Comparer { get; } =
        new(
            (left, right) => ReferenceEquals(left, right) || (left != null && right != null && Serialize(left) == Serialize(right)),
            dilemma => StringComparer.Ordinal.GetHashCode(Serialize(dilemma)),
            dilemma => dilemma);

    public static string Serialize(Dilemma dilemma)
    {
        ArgumentNullException.ThrowIfNull(dilemma);
        return JsonSerializer.Serialize(DilemmaDto.From(dilemma), Options);
    }

    /// <exception cref="JsonException">The text is not the JSON of a dilemma.</exception>
    /// <exception cref="Domain.Common.DomainException">The dilemma breaks one of the domain's rules.</exception>
    public static Dilemma Deserialize(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var dto = JsonSerializer.Deserialize<DilemmaDto>(json, Options) ?? throw new JsonException("The JSON holds no dilemma.");
        return dto.ToDomain();
    }

    private sealed record DilemmaDto(
        string Key,
        string Title,
        string Story,
        IReadOnlyList<Sector> Sectors,
        IReadOnlyList<FormOfAbuse> FormsOfAbuse,
        IReadOnlyList<DilemmaTheme> Themes,
        MeldcodeStep Step,
        WeighingQuestion Question,
        IReadOnlyList<DecisionPointDto> DecisionPoints,
        IReadOnlyList<string> DiscussionPrompts)
    {
        public static DilemmaDto From(Dilemma d) => new(
            d.Key,
            d.Title,
            d.Story,
            d.Sectors,
            d.FormsOfAbuse,
            d.Themes,
            d.Step,
            d.Question,
            [.. d.DecisionPoints.Select(DecisionPointDto.From)],
            d.DiscussionPrompts);

        public Dilemma ToDomain() => new(
            Key,
            Title,
            Story,
            Sectors,
            FormsOfAbuse,
            Themes,
            Step,
            Question,
            [.. DecisionPoints.Select(p => p.ToDomain())],
            DiscussionPrompts);
    }

    /// <summary>A choice has <see cref="Options"/> (their letters follow from their order); a scale has <see cref="Scale"/>.</summary>
    private sealed record DecisionPointDto(string Question, IReadOnlyList<string>? Options, ScaleDto? Scale, ViewDto View)
    {
        public static DecisionPointDto From(DecisionPoint p) => new(
            p.Question,
            p.Scale is null ? [.. p.Options.Select(o => o.Text)] : null,
            p.Scale is null ? null : new ScaleDto(p.Scale.LowLabel, p.Scale.HighLabel),
            ViewDto.From(p.View));

        public DecisionPoint ToDomain()
        {
            if (Scale is not null)
            {
                if (Options is { Count: > 0 })
                {
                    throw new JsonException("A decision point has either options or a scale, not both.");
                }

                return DecisionPoint.Rating(Question, new RatingScale(Scale.LowLabel, Scale.HighLabel), View.ToDomain());
            }

            return DecisionPoint.Choice(Question, Options ?? [], View.ToDomain());
        }
    }

    private sealed record ScaleDto(string LowLabel, string HighLabel);

    /// <summary>Fitting options, or a fitting part of the scale, or neither: "it depends".</summary>
    private sealed record ViewDto(IReadOnlyList<string> FittingOptionKeys, int? ScaleFrom, int? ScaleTo, string Rationale)
    {
        public static ViewDto From(MeldcodeView v) => new(v.FittingOptionKeys, v.ScaleFrom, v.ScaleTo, v.Rationale);

        public MeldcodeView ToDomain()
        {
            if (ScaleFrom is not null || ScaleTo is not null)
            {
                if (ScaleFrom is null || ScaleTo is null || FittingOptionKeys.Count > 0)
                {
                    throw new JsonException("A view fits either options or a part of the scale, with both ends.");
                }

                return MeldcodeView.FitsScale(ScaleFrom.Value, ScaleTo.Value, Rationale);
            }

            return FittingOptionKeys.Count > 0
                ? MeldcodeView.Fits(Rationale, [.. FittingOptionKeys])
                : MeldcodeView.ItDepends(Rationale);
        }
    }
}

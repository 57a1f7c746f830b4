using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Web.Presentation;

/// <summary>The Dutch words for where a live session is, and for what the trainer's "next" button does.</summary>
public static class SessionStageText
{
    public static string Now(SessionStage stage) => stage switch
    {
        SessionStage.FirstVote => "Stemronde 1 is open",
        SessionStage.FirstResult => "Uitslag van stemronde 1",
        SessionStage.Discussion => "Gesprek",
        SessionStage.SecondVote => "Stemronde 2 is open",
        SessionStage.Shift => "Uitslag van stemronde 2 en de verschuiving",
        SessionStage.MeldcodeView => "Wat de meldcode zegt",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The label of the button that moves the session on from this stage.</summary>
    public static string Next(SessionStage stage, bool lastPointOfDilemma) => stage switch
    {
        SessionStage.FirstVote => "Sluit stemronde 1 en toon de uitslag",
        SessionStage.FirstResult => "Start het gesprek",
        SessionStage.Discussion => "Open stemronde 2",
        SessionStage.SecondVote => "Sluit stemronde 2 en toon de verschuiving",
        SessionStage.Shift => "Toon wat de meldcode zegt",
        SessionStage.MeldcodeView => lastPointOfDilemma ? "Naar het volgende dilemma" : "Naar de volgende vraag",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static string State(SessionState state) => state switch
    {
        SessionState.Prepared => "Klaargezet",
        SessionState.Live => "Bezig",
        SessionState.Ended => "Afgelopen",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>What in a held-back reflection looks like a personal detail, in words.</summary>
    public static string Hints(PersonalDetailHint hints)
    {
        var words = new List<string>();
        if (hints.HasFlag(PersonalDetailHint.Name))
        {
            words.Add("een naam");
        }

        if (hints.HasFlag(PersonalDetailHint.Date))
        {
            words.Add("een datum");
        }

        if (hints.HasFlag(PersonalDetailHint.Address))
        {
            words.Add("een adres");
        }

        return words.Count switch
        {
            0 => string.Empty,
            1 => words[0],
            _ => string.Join(", ", words[..^1]) + " of " + words[^1],
        };
    }

    /// <summary>The CSS class for a bar of this share, in steps of 5 % (the page's security policy allows no inline styles).</summary>
    public static string BarClass(int percent) => $"bar__fill bar__fill--{Math.Clamp((int)Math.Round(percent / 5.0) * 5, 0, 100)}";
}

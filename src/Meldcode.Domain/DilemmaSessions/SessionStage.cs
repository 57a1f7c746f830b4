namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// The stages of one decision point in a live session, in order. The trainer moves the session on, one stage at a
/// time; only the two vote stages accept votes.
/// </summary>
public enum SessionStage
{
    /// <summary>Vote 1 is open: the projector shows how many voted, not what.</summary>
    FirstVote = 0,

    /// <summary>Vote 1 is closed; its result is shown (when at least three people voted).</summary>
    FirstResult = 1,

    /// <summary>The group discusses; the projector shows a timer.</summary>
    Discussion = 2,

    /// <summary>Vote 2 is open.</summary>
    SecondVote = 3,

    /// <summary>Vote 2 is closed; the screen shows its result and the shift: who changed from what to what, as numbers.</summary>
    Shift = 4,

    /// <summary>What the meldcode says, with its rationale and the discussion prompts.</summary>
    MeldcodeView = 5,
}

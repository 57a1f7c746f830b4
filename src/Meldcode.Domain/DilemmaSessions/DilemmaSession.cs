using System.Globalization;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// A live dilemma session run by a trainer. It holds copies of the dilemmas it uses and where the session is: which
/// decision point, which stage, and which vote round (if any) is open. Votes are not part of this aggregate: they are
/// written one by one, and the database accepts a vote only while <see cref="OpenRound"/> names its round, so closing
/// a round here is what closes it for every client.
/// </summary>
public sealed class DilemmaSession
{
    /// <summary>What a participant reads when their vote comes after the round closed.</summary>
    public const string RoundClosedMessage = "Deze stemronde is al gesloten. Je stem telt niet meer mee.";

    private readonly List<SessionDilemma> _dilemmas = [];

    private DilemmaSession()
    {
        Title = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The trainer who built the session and runs it.</summary>
    public Guid TrainerId { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public SessionState State { get; private set; }

    /// <summary>The six digits participants type to join; only while the session runs.</summary>
    public string? JoinCode { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>The moment the code stops working at the latest: 24 hours after the start.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The position of the dilemma on screen, from 0.</summary>
    public int CurrentDilemma { get; private set; }

    /// <summary>The position of the decision point on screen within its dilemma, from 0.</summary>
    public int CurrentPoint { get; private set; }

    public SessionStage Stage { get; private set; }

    /// <summary>The round that accepts votes now, as stored text (see <see cref="VoteRound"/>); null when none does.</summary>
    public string? OpenRound { get; private set; }

    /// <summary>When the discussion timer runs out, during <see cref="SessionStage.Discussion"/>.</summary>
    public DateTimeOffset? TimerEndsAt { get; private set; }

    /// <summary>When the open reflections were deleted (a number of days after the session); the vote figures stay.</summary>
    public DateTimeOffset? ReflectionsErasedAt { get; private set; }

    public IReadOnlyList<SessionDilemma> Dilemmas => _dilemmas;

    public SessionDilemma Current => _dilemmas[CurrentDilemma];

    public DecisionPoint CurrentDecisionPoint => Current.Content.DecisionPoints[CurrentPoint];

    /// <summary>True on the last stage of the last decision point of the last dilemma.</summary>
    public bool AtLastStage =>
        Stage == SessionStage.MeldcodeView
        && CurrentDilemma == _dilemmas.Count - 1
        && CurrentPoint == Current.Content.DecisionPoints.Count - 1;

    public static DilemmaSession Prepare(Guid id, Guid organisationId, Guid trainerId, string title, IReadOnlyList<SessionDilemma> dilemmas, DateTimeOffset now)
    {
        var session = new DilemmaSession
        {
            Id = id,
            OrganisationId = organisationId,
            TrainerId = trainerId,
            CreatedAt = now,
            State = SessionState.Prepared,
        };
        session.Revise(title, dilemmas);
        return session;
    }

    /// <summary>Changes the title and the dilemmas, in the order given, while the session has not started.</summary>
    public void Revise(string title, IReadOnlyList<SessionDilemma> dilemmas)
    {
        ArgumentNullException.ThrowIfNull(dilemmas);
        if (State != SessionState.Prepared)
        {
            throw new DomainException("Een sessie die al begonnen is, kun je niet meer veranderen.");
        }

        if (dilemmas.Count == 0)
        {
            throw new DomainException("Kies minstens één dilemma.");
        }

        if (dilemmas.Count > SessionRules.MaxDilemmas)
        {
            throw new DomainException(string.Create(CultureInfo.InvariantCulture, $"Een sessie heeft hoogstens {SessionRules.MaxDilemmas} dilemma's."));
        }

        if (dilemmas.Select(d => d.SourceDilemmaId).Distinct().Count() != dilemmas.Count)
        {
            throw new DomainException("Een dilemma staat twee keer in de sessie.");
        }

        Title = Texts.Trimmed(title);
        _dilemmas.Clear();
        for (var i = 0; i < dilemmas.Count; i++)
        {
            dilemmas[i].Position = i;
            _dilemmas.Add(dilemmas[i]);
        }
    }

    /// <summary>Starts the session with a free join code: vote 1 of the first decision point opens.</summary>
    public void Start(string joinCode, DateTimeOffset now)
    {
        if (State != SessionState.Prepared)
        {
            throw new DomainException("Deze sessie is al begonnen.");
        }

        if (joinCode is not { Length: SessionRules.JoinCodeLength } || !joinCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A join code is six digits.", nameof(joinCode));
        }

        State = SessionState.Live;
        JoinCode = joinCode;
        StartedAt = now;
        ExpiresAt = now + SessionRules.LongestSession;
        MoveTo(0, 0);
    }

    /// <summary>Live and not past its 24 hours: the code works and rounds accept votes.</summary>
    public bool IsRunning(DateTimeOffset now) => State == SessionState.Live && now < ExpiresAt;

    /// <summary>
    /// Moves the session one stage on, as the trainer's "next" button does. The trainer's screen sends the stage it
    /// showed, so a double tap or a second device cannot skip a stage: if the session has moved on since, nothing
    /// happens and false is returned.
    /// </summary>
    public bool Advance(int dilemma, int point, SessionStage shownStage, int discussionMinutes, DateTimeOffset now)
    {
        EnsureRunning(now);
        if (dilemma != CurrentDilemma || point != CurrentPoint || shownStage != Stage)
        {
            return false;
        }

        switch (Stage)
        {
            case SessionStage.FirstVote:
                Stage = SessionStage.FirstResult;
                OpenRound = null;
                break;
            case SessionStage.FirstResult:
                if (discussionMinutes is < SessionRules.MinDiscussionMinutes or > SessionRules.MaxDiscussionMinutes)
                {
                    throw new DomainException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Kies voor het gesprek {SessionRules.MinDiscussionMinutes} tot {SessionRules.MaxDiscussionMinutes} minuten."));
                }

                Stage = SessionStage.Discussion;
                TimerEndsAt = now.AddMinutes(discussionMinutes);
                break;
            case SessionStage.Discussion:
                Stage = SessionStage.SecondVote;
                TimerEndsAt = null;
                OpenRound = new VoteRound(CurrentDilemma, CurrentPoint, 2).ToString();
                break;
            case SessionStage.SecondVote:
                Stage = SessionStage.Shift;
                OpenRound = null;
                break;
            case SessionStage.Shift:
                Stage = SessionStage.MeldcodeView;
                break;
            case SessionStage.MeldcodeView when AtLastStage:
                throw new DomainException("Dit was het laatste beslismoment. Sluit de sessie af.");
            case SessionStage.MeldcodeView when CurrentPoint < Current.Content.DecisionPoints.Count - 1:
                MoveTo(CurrentDilemma, CurrentPoint + 1);
                break;
            case SessionStage.MeldcodeView:
                MoveTo(CurrentDilemma + 1, 0);
                break;
            default:
                throw new InvalidOperationException($"Unknown stage {Stage}.");
        }

        return true;
    }

    /// <summary>Ends the session: the code stops working, an open round closes, the summary can be made.</summary>
    public void End(DateTimeOffset now)
    {
        if (State == SessionState.Prepared)
        {
            throw new DomainException("Deze sessie is nog niet begonnen.");
        }

        if (State == SessionState.Ended)
        {
            return;
        }

        State = SessionState.Ended;
        EndedAt = ExpiresAt is { } expires && expires < now ? expires : now;
        JoinCode = null;
        OpenRound = null;
        TimerEndsAt = null;
    }

    /// <summary>
    /// The answer a participant may cast in a round, in its stored form (an option's letter, or 1–5): refused when the
    /// round is not open or the answer is not one of the decision point's.
    /// </summary>
    public string Ballot(VoteRound round, string? answer, DateTimeOffset now)
    {
        if (!IsRunning(now) || OpenRound != round.ToString())
        {
            throw new DomainException(RoundClosedMessage);
        }

        return VoteAnswers.Normalise(_dilemmas[round.Dilemma].Content.DecisionPoints[round.Point], answer)
            ?? throw new DomainException("Kies een van de antwoorden.");
    }

    /// <summary>Notes that the open reflections were deleted, the given number of days after the session ended.</summary>
    public bool ReflectionsDueForErasure(DateTimeOffset now, int retentionDays) =>
        State == SessionState.Ended && ReflectionsErasedAt is null && EndedAt!.Value.AddDays(retentionDays) <= now;

    public void MarkReflectionsErased(DateTimeOffset now)
    {
        if (State != SessionState.Ended)
        {
            throw new DomainException("Reflecties verdwijnen pas na de sessie.");
        }

        ReflectionsErasedAt ??= now;
    }

    private void EnsureRunning(DateTimeOffset now)
    {
        if (!IsRunning(now))
        {
            throw new DomainException(State == SessionState.Prepared ? "Deze sessie is nog niet begonnen." : "Deze sessie is afgelopen.");
        }
    }

    private void MoveTo(int dilemma, int point)
    {
        CurrentDilemma = dilemma;
        CurrentPoint = point;
        Stage = SessionStage.FirstVote;
        TimerEndsAt = null;
        OpenRound = new VoteRound(dilemma, point, 1).ToString();
    }
}

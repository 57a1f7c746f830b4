namespace Meldcode.Domain.Dossiers;

/// <summary>
/// The afwegingskader as a pure function of the answers (domain.md §3). The questions are asked in
/// order; the first answer that leads to an outcome ends the path:
/// 1 no → close; 2 yes (acute or structural unsafety) → report, and keep helping where you can
/// (questions 3–5 are then worked through together with Veilig Thuis); 3 no → report; 4 no → report;
/// 4 yes → offer or organise help and monitor. Question 5, at the evaluation: yes → close with
/// monitoring agreements; no → report.
/// </summary>
public static class Afwegingskader
{
    public static Recommendation Recommend(WeighingAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Suspicion is not { } suspicion)
        {
            return Next(WeighingQuestion.Suspicion);
        }

        if (!suspicion)
        {
            return Ends(Outcome.Close);
        }

        if (!answers.SafetyAnswered)
        {
            return Next(WeighingQuestion.Safety);
        }

        if (answers.Unsafe)
        {
            return Ends(Outcome.ReportAndHelp);
        }

        if (answers.CanOfferHelp is not { } canHelp)
        {
            return Next(WeighingQuestion.Help);
        }

        if (!canHelp)
        {
            return Ends(Outcome.Report);
        }

        return answers.HelpAccepted switch
        {
            null => Next(WeighingQuestion.Acceptance),
            false => Ends(Outcome.Report),
            true => Ends(Outcome.HelpAndMonitor),
        };
    }

    /// <summary>Question 5 at the evaluation moment: the help works → close (with monitoring agreements); it does not → report.</summary>
    public static Outcome AfterEvaluation(bool helpBringsLastingSafety) =>
        helpBringsLastingSafety ? Outcome.Close : Outcome.Report;

    /// <summary>
    /// Whether a decision deviates from the recommendation (and so needs a justification and is flagged for the
    /// aandachtsfunctionaris). When the framework says "report" (with or without help), any decision that reports
    /// meets the meldnorm: reporting is never a deviation then, and help may always go alongside a report
    /// (domain.md §3). Otherwise only the recommended outcome itself is no deviation.
    /// </summary>
    public static bool Deviates(Outcome decided, Outcome recommended) =>
        recommended.IncludesReport() ? !decided.IncludesReport() : decided != recommended;

    /// <summary>
    /// Advice that goes with a decision that does not deviate but leaves out part of the recommendation: after
    /// acute or structural unsafety the framework says "report, and keep helping where you can"; a plain report
    /// meets the meldnorm, and this reminds the professional of the help. Null when there is nothing to add.
    /// </summary>
    public static string? AdviceBeside(Outcome decided, Outcome recommended) =>
        recommended == Outcome.ReportAndHelp && decided == Outcome.Report
            ? "Het afwegingskader raadt aan om naast de melding te blijven helpen waar je kunt. Blijf in contact met het kind en de ouders, en spreek met Veilig Thuis af wie welke hulp biedt."
            : null;

    /// <summary>Whether an outcome includes reporting to Veilig Thuis.</summary>
    public static bool IncludesReport(this Outcome outcome) => outcome is Outcome.Report or Outcome.ReportAndHelp;

    /// <summary>Whether an outcome includes offering or organising help.</summary>
    public static bool IncludesHelp(this Outcome outcome) => outcome is Outcome.HelpAndMonitor or Outcome.ReportAndHelp;

    private static Recommendation Next(WeighingQuestion question) => new(null, question);

    private static Recommendation Ends(Outcome outcome) => new(outcome, null);
}

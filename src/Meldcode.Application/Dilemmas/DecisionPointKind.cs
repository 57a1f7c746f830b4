namespace Meldcode.Application.Dilemmas;

/// <summary>What a decision point on the dilemma form is: a question with options, or a 1–5 scale.</summary>
public enum DecisionPointKind
{
    Choice = 1,
    Scale = 2,
}

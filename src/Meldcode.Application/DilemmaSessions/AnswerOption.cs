namespace Meldcode.Application.DilemmaSessions;

/// <summary>An answer as the screens show it: its letter or scale value, and its text.</summary>
public sealed record AnswerOption(string Answer, string Text);

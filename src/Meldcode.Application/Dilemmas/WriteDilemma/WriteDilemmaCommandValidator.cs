namespace Meldcode.Application.Dilemmas.WriteDilemma;

public sealed class WriteDilemmaCommandValidator : DilemmaContentValidator<WriteDilemmaCommand>;

namespace Meldcode.Application.Dilemmas.EditDilemma;

public sealed class EditDilemmaCommandValidator : DilemmaContentValidator<EditDilemmaCommand>;

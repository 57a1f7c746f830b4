namespace Meldcode.Application.Dossiers.RecordKindcheck;

public sealed class RecordKindcheckCommandValidator : AbstractValidator<RecordKindcheckCommand>
{
    public RecordKindcheckCommandValidator()
    {
        Include(new KindcheckAnswersValidator());
    }
}

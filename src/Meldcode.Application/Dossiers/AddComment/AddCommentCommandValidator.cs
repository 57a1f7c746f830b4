namespace Meldcode.Application.Dossiers.AddComment;

public sealed class AddCommentCommandValidator : AbstractValidator<AddCommentCommand>
{
    public AddCommentCommandValidator()
    {
        RuleFor(c => c.Text).RequiredText(FieldName.Singular("je opmerking"));
    }
}

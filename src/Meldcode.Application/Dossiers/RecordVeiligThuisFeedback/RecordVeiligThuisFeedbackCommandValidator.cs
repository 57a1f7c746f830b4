namespace Meldcode.Application.Dossiers.RecordVeiligThuisFeedback;

public sealed class RecordVeiligThuisFeedbackCommandValidator : AbstractValidator<RecordVeiligThuisFeedbackCommand>
{
    public RecordVeiligThuisFeedbackCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Feedback).Chosen("Kies wat Veilig Thuis heeft teruggekoppeld.");
        RuleFor(c => c.ReceivedOn).NotInTheFuture(clock, FieldName.Singular("de datum van de terugkoppeling"));
        RuleFor(c => c.FollowUpAgreements).OptionalText(FieldName.Plural("de vervolgafspraken"));
    }
}

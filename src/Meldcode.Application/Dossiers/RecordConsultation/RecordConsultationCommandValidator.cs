namespace Meldcode.Application.Dossiers.RecordConsultation;

public sealed class RecordConsultationCommandValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).Chosen("Kies met wie je overlegde.");
        RuleFor(c => c.HeldOn).NotInTheFuture(clock, FieldName.Singular("de datum van het overleg"));
        RuleFor(c => c.WithWhom).RequiredText(FieldName.Singular("de naam of rol van je gesprekspartner"), 200);
        RuleFor(c => c.Question).RequiredText(FieldName.Singular("de vraag"));
        RuleFor(c => c.Advice).RequiredText(FieldName.Singular("het advies"));
        RuleFor(c => c.AgreedActions).OptionalText(FieldName.Plural("de afspraken"));
        RuleFor(c => c.Consent).Chosen("Kies of toestemming om informatie te delen is gevraagd.");
    }
}

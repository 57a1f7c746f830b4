namespace Meldcode.Application.Dossiers.RecordConsultation;

public sealed class RecordConsultationCommandValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).Chosen("Kies met wie je overlegde.");
        RuleFor(c => c.HeldOn).NotInTheFuture(clock, "de datum van het overleg");
        RuleFor(c => c.WithWhom).RequiredText("met wie je overlegde (rol)", 200);
        RuleFor(c => c.Question).RequiredText("de vraag");
        RuleFor(c => c.Advice).RequiredText("het advies");
        RuleFor(c => c.AgreedActions).OptionalText("de afspraken");
        RuleFor(c => c.Consent).Chosen("Kies of toestemming om informatie te delen is gevraagd.");
    }
}

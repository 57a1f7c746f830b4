namespace Meldcode.Application.Dossiers.RecordEmergencyAction;

public sealed class RecordEmergencyActionCommandValidator : AbstractValidator<RecordEmergencyActionCommand>
{
    public RecordEmergencyActionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.WhatWasDone).RequiredText(FieldName.Singular("de beschrijving van wat je hebt gedaan"));
        RuleFor(c => c.WhomContacted).RequiredText(FieldName.Plural("de namen van wie je hebt gebeld of ingeschakeld"), 200);
        RuleFor(c => c.OccurredAt).NotNull().WithMessage("Vul in wanneer dit was.")
            .Must(at => at is null || at <= clock.GetUtcNow()).WithMessage(FieldName.Singular("het moment").InTheFuture());
    }
}

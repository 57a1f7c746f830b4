namespace Meldcode.Application.Dossiers.RecordReport;

public sealed class RecordReportCommandValidator : AbstractValidator<RecordReportCommand>
{
    public RecordReportCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ReportedOn).NotInTheFuture(clock, FieldName.Singular("de datum van de melding"));
        RuleFor(c => c.Region).RequiredText(FieldName.Singular("de Veilig Thuis-regio"), 200);
        RuleFor(c => c.ContactPerson).RequiredText(FieldName.Singular("de contactpersoon bij Veilig Thuis"), 200);
        RuleFor(c => c.Reference).OptionalText(FieldName.Singular("het kenmerk"), 200);
        RuleFor(c => c.WhatWasReported).RequiredText(FieldName.Singular("de beschrijving van wat je hebt gemeld"));
        RuleFor(c => c.ClientInformed).NotNull().WithMessage("Geef aan of je de cliënt vooraf over de melding hebt geïnformeerd.");
        When(c => c.ClientInformed == false, () =>
        {
            RuleFor(c => c.Exception).Chosen("Je hebt de cliënt niet vooraf geïnformeerd: kies welke uitzondering gold.");
            RuleFor(c => c.ExceptionExplanation).RequiredText(FieldName.Singular("de toelichting op de uitzondering"));
        });
    }
}

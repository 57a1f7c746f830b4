using FluentValidation;
using MediatR;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Common.Validation;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Commands;

/// <summary>Step 3: the conversation with the client.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordConversationCommand(
    Guid DossierId,
    int Version,
    DateOnly? HeldOn,
    bool WithParents,
    bool WithChild,
    bool WithColleague,
    string? OtherParticipants,
    string? ConcernsNamed,
    string? ClientReaction,
    string? Agreements) : IRequest<Unit>, IDossierChange;

public sealed class RecordConversationCommandValidator : AbstractValidator<RecordConversationCommand>
{
    public RecordConversationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).NotInTheFuture(clock, "de datum van het gesprek");
        RuleFor(c => c.WithParents).Must((c, _) => c.WithParents || c.WithChild).WithMessage("Kruis aan met wie je sprak: de ouder(s), het kind of allebei.");
        RuleFor(c => c.OtherParticipants).OptionalText("andere deelnemers", 200);
        RuleFor(c => c.ConcernsNamed).RequiredText("welke zorgen je hebt benoemd");
        RuleFor(c => c.ClientReaction).RequiredText("hoe de cliënt reageerde");
        RuleFor(c => c.Agreements).OptionalText("de afspraken");
    }
}

public sealed class RecordConversationCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordConversationCommand, Unit>
{
    public async Task<Unit> Handle(RecordConversationCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordConversation(
            new ConversationInput(request.HeldOn!.Value, request.WithParents, request.WithChild, request.WithColleague, request.OtherParticipants, request.ConcernsNamed!, request.ClientReaction!, request.Agreements),
            actor,
            now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>Step 3 skipped, with the reason: the conversation would endanger the child, others or the professional.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record SkipConversationCommand(Guid DossierId, int Version, ConversationSkipReason? Reason, string? Explanation) : IRequest<Unit>, IDossierChange;

public sealed class SkipConversationCommandValidator : AbstractValidator<SkipConversationCommand>
{
    public SkipConversationCommandValidator()
    {
        RuleFor(c => c.Reason).Chosen("Kies waarom het gesprek niet kan.");
        RuleFor(c => c.Explanation).RequiredText("een toelichting");
    }
}

public sealed class SkipConversationCommandHandler(DossierWorkspace workspace) : IRequestHandler<SkipConversationCommand, Unit>
{
    public async Task<Unit> Handle(SkipConversationCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.SkipConversation(request.Reason!.Value, request.Explanation!, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>Steps 4–5: answer one question of the afwegingskader. Returns the recommendation after the answer.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record AnswerWeighingQuestionCommand(
    Guid DossierId,
    int Version,
    WeighingQuestion Question,
    bool? Yes,
    bool? AcuteUnsafety,
    bool? StructuralUnsafety,
    string? Rationale) : IRequest<Recommendation>, IDossierChange;

public sealed class AnswerWeighingQuestionCommandValidator : AbstractValidator<AnswerWeighingQuestionCommand>
{
    public AnswerWeighingQuestionCommandValidator()
    {
        RuleFor(c => c.Question).IsInEnum().Must(q => q != WeighingQuestion.Result).WithMessage("Vraag 5 beantwoord je bij de evaluatie.");
        RuleFor(c => c.Yes).NotNull().When(c => c.Question != WeighingQuestion.Safety).WithMessage("Kies ja of nee.");
        RuleFor(c => c.AcuteUnsafety).NotNull().When(c => c.Question == WeighingQuestion.Safety).WithMessage("Kies of er acute onveiligheid is.");
        RuleFor(c => c.StructuralUnsafety).NotNull().When(c => c.Question == WeighingQuestion.Safety).WithMessage("Kies of er structurele onveiligheid is.");
        RuleFor(c => c.Rationale).RequiredText("je onderbouwing");
    }
}

public sealed class AnswerWeighingQuestionCommandHandler(DossierWorkspace workspace) : IRequestHandler<AnswerWeighingQuestionCommand, Recommendation>
{
    public Task<Recommendation> Handle(AnswerWeighingQuestionCommand request, CancellationToken cancellationToken) =>
        workspace.ChangeAsync(request, (d, actor, now) =>
        {
            d.AnswerWeighingQuestion(request.Question, request.Yes ?? false, request.AcuteUnsafety, request.StructuralUnsafety, request.Rationale!, actor, now);
            return d.Recommendation;
        }, cancellationToken);
}

/// <summary>Step 5: the decision. Deviating from the recommendation needs a justification.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record DecideCommand(Guid DossierId, int Version, Outcome? Outcome, string? Grounds, string? DeviationJustification) : IRequest<Unit>, IDossierChange;

public sealed class DecideCommandValidator : AbstractValidator<DecideCommand>
{
    public DecideCommandValidator()
    {
        RuleFor(c => c.Outcome).Chosen("Kies je besluit.");
        RuleFor(c => c.Grounds).RequiredText("de onderbouwing van je besluit");
        RuleFor(c => c.DeviationJustification).OptionalText("de verantwoording");
    }
}

public sealed class DecideCommandHandler(DossierWorkspace workspace) : IRequestHandler<DecideCommand, Unit>
{
    public async Task<Unit> Handle(DecideCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.Decide(request.Outcome!.Value, request.Grounds!, request.DeviationJustification, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>The report (melding) to Veilig Thuis, with open melden, tenzij.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordReportCommand(
    Guid DossierId,
    int Version,
    DateOnly? ReportedOn,
    string? Region,
    string? ContactPerson,
    string? Reference,
    string? WhatWasReported,
    bool? ClientInformed,
    OpenReportingException? Exception,
    string? ExceptionExplanation) : IRequest<Unit>, IDossierChange;

public sealed class RecordReportCommandValidator : AbstractValidator<RecordReportCommand>
{
    public RecordReportCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ReportedOn).NotInTheFuture(clock, "de datum van de melding");
        RuleFor(c => c.Region).RequiredText("de Veilig Thuis-regio", 200);
        RuleFor(c => c.ContactPerson).RequiredText("de contactpersoon bij Veilig Thuis", 200);
        RuleFor(c => c.Reference).OptionalText("het kenmerk", 200);
        RuleFor(c => c.WhatWasReported).RequiredText("wat je hebt gemeld");
        RuleFor(c => c.ClientInformed).NotNull().WithMessage("Geef aan of je de cliënt vooraf over de melding hebt geïnformeerd.");
        When(c => c.ClientInformed == false, () =>
        {
            RuleFor(c => c.Exception).Chosen("Je hebt de cliënt niet vooraf geïnformeerd: kies welke uitzondering gold.");
            RuleFor(c => c.ExceptionExplanation).RequiredText("een toelichting op de uitzondering");
        });
    }
}

public sealed class RecordReportCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordReportCommand, Unit>
{
    public async Task<Unit> Handle(RecordReportCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordReport(
            new ReportInput(request.ReportedOn!.Value, request.Region!, request.ContactPerson!, request.Reference, request.WhatWasReported!, request.ClientInformed!.Value, request.ClientInformed == true ? null : request.Exception, request.ClientInformed == true ? null : request.ExceptionExplanation),
            actor,
            now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordVeiligThuisFeedbackCommand(Guid DossierId, int Version, Guid ReportId, VeiligThuisFeedback? Feedback, DateOnly? ReceivedOn, string? FollowUpAgreements) : IRequest<Unit>, IDossierChange;

public sealed class RecordVeiligThuisFeedbackCommandValidator : AbstractValidator<RecordVeiligThuisFeedbackCommand>
{
    public RecordVeiligThuisFeedbackCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Feedback).Chosen("Kies wat Veilig Thuis heeft teruggekoppeld.");
        RuleFor(c => c.ReceivedOn).NotInTheFuture(clock, "de datum van de terugkoppeling");
        RuleFor(c => c.FollowUpAgreements).OptionalText("de vervolgafspraken");
    }
}

public sealed class RecordVeiligThuisFeedbackCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordVeiligThuisFeedbackCommand, Unit>
{
    public async Task<Unit> Handle(RecordVeiligThuisFeedbackCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordVeiligThuisFeedback(request.ReportId, request.Feedback!.Value, request.ReceivedOn!.Value, request.FollowUpAgreements, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record RecordHelpCommand(Guid DossierId, int Version, string? WhatHelp, string? ByWhom, DateOnly? EvaluationDate) : IRequest<Unit>, IDossierChange;

public sealed class RecordHelpCommandValidator : AbstractValidator<RecordHelpCommand>
{
    public RecordHelpCommandValidator()
    {
        RuleFor(c => c.WhatHelp).RequiredText("welke hulp");
        RuleFor(c => c.ByWhom).RequiredText("door wie", 200);
        RuleFor(c => c.EvaluationDate).NotNull().WithMessage("Kies een evaluatiedatum.");
    }
}

public sealed class RecordHelpCommandHandler(DossierWorkspace workspace) : IRequestHandler<RecordHelpCommand, Unit>
{
    public async Task<Unit> Handle(RecordHelpCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.RecordHelp(request.WhatHelp!, request.ByWhom!, request.EvaluationDate!.Value, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

/// <summary>Question 5 at the evaluation moment.</summary>
[Authorize]
[RequiresDossierPermission(DossierPermission.Work)]
public sealed record EvaluateHelpCommand(Guid DossierId, int Version, bool? HelpBringsLastingSafety, string? Rationale, string? MonitoringAgreements) : IRequest<Unit>, IDossierChange;

public sealed class EvaluateHelpCommandValidator : AbstractValidator<EvaluateHelpCommand>
{
    public EvaluateHelpCommandValidator()
    {
        RuleFor(c => c.HelpBringsLastingSafety).NotNull().WithMessage("Kies ja of nee.");
        RuleFor(c => c.Rationale).RequiredText("je onderbouwing");
        RuleFor(c => c.MonitoringAgreements).RequiredText("de afspraken over het volgen van de veiligheid").When(c => c.HelpBringsLastingSafety == true);
        RuleFor(c => c.MonitoringAgreements).OptionalText("de afspraken");
    }
}

public sealed class EvaluateHelpCommandHandler(DossierWorkspace workspace) : IRequestHandler<EvaluateHelpCommand, Unit>
{
    public async Task<Unit> Handle(EvaluateHelpCommand request, CancellationToken cancellationToken)
    {
        await workspace.ChangeAsync(request, (d, actor, now) => d.Evaluate(request.HelpBringsLastingSafety!.Value, request.Rationale!, request.MonitoringAgreements, actor, now), cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

public sealed record ConversationInput(
    DateOnly HeldOn,
    bool WithParents,
    bool WithChild,
    bool WithColleague,
    string? OtherParticipants,
    string ConcernsNamed,
    string ClientReaction,
    string? Agreements);

/// <summary>Step 3: a conversation with the client (parents and/or child).</summary>
public sealed class Conversation
{
    private Conversation()
    {
        ConcernsNamed = ClientReaction = string.Empty;
    }

    internal Conversation(ConversationInput input, DateOnly today, DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (input.HeldOn > today)
        {
            throw new DomainException("De datum van het gesprek kan niet in de toekomst liggen.");
        }

        if (!input.WithParents && !input.WithChild)
        {
            throw new DomainException("Een gesprek met de cliënt is met de ouder(s), het kind of allebei.");
        }

        Id = Guid.NewGuid();
        HeldOn = input.HeldOn;
        WithParents = input.WithParents;
        WithChild = input.WithChild;
        WithColleague = input.WithColleague;
        OtherParticipants = Texts.Optional(input.OtherParticipants, "Andere deelnemers", Texts.ShortMax);
        ConcernsNamed = Texts.Required(input.ConcernsNamed, "De zorgen die je hebt benoemd");
        ClientReaction = Texts.Required(input.ClientReaction, "De reactie");
        Agreements = Texts.Optional(input.Agreements, "De afspraken");
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public bool WithParents { get; private set; }

    public bool WithChild { get; private set; }

    public bool WithColleague { get; private set; }

    public string? OtherParticipants { get; private set; }

    public string ConcernsNamed { get; private set; }

    public string ClientReaction { get; private set; }

    public string? Agreements { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }
}

/// <summary>One answer to a question of the afwegingskader, with its grounds. Superseded answers stay, marked.</summary>
public sealed class WeighingAnswer
{
    private WeighingAnswer()
    {
        Rationale = string.Empty;
    }

    internal WeighingAnswer(WeighingQuestion question, bool yes, bool? acute, bool? structural, string rationale, DateTimeOffset answeredAt, Guid answeredBy)
    {
        Id = Guid.NewGuid();
        Question = question;
        Yes = yes;
        AcuteUnsafety = acute;
        StructuralUnsafety = structural;
        Rationale = Texts.Required(rationale, "De onderbouwing");
        AnsweredAt = answeredAt;
        AnsweredBy = answeredBy;
    }

    public Guid Id { get; private set; }

    public WeighingQuestion Question { get; private set; }

    public bool Yes { get; private set; }

    /// <summary>Question 2 only.</summary>
    public bool? AcuteUnsafety { get; private set; }

    /// <summary>Question 2 only.</summary>
    public bool? StructuralUnsafety { get; private set; }

    public string Rationale { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public Guid AnsweredBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    internal void Supersede(DateTimeOffset at) => SupersededAt = at;
}

/// <summary>Step 5: what the professional decided, against what the framework recommended.</summary>
public sealed class Decision
{
    public const int MinimumJustificationLength = 20;

    private Decision()
    {
        Grounds = string.Empty;
    }

    internal Decision(Outcome outcome, Outcome recommended, string grounds, string? deviationJustification, DateTimeOffset decidedAt, Guid decidedBy)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("Kies een besluit.");
        }

        Grounds = Texts.Required(grounds, "De onderbouwing van het besluit");
        IsDeviation = outcome != recommended;
        if (IsDeviation)
        {
            var justification = Texts.Optional(deviationJustification, "De verantwoording van de afwijking");
            if (justification is null || justification.Length < MinimumJustificationLength)
            {
                throw new DomainException(
                    $"Je besluit wijkt af van wat het afwegingskader aanraadt. Dat mag, maar leg in minstens {MinimumJustificationLength} tekens uit waarom.");
            }

            DeviationJustification = justification;
        }

        Id = Guid.NewGuid();
        Outcome = outcome;
        Recommended = recommended;
        DecidedAt = decidedAt;
        DecidedBy = decidedBy;
    }

    public Guid Id { get; private set; }

    public Outcome Outcome { get; private set; }

    public Outcome Recommended { get; private set; }

    public bool IsDeviation { get; private set; }

    public string? DeviationJustification { get; private set; }

    public string Grounds { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public Guid DecidedBy { get; private set; }
}

public sealed record ReportInput(
    DateOnly ReportedOn,
    string Region,
    string ContactPerson,
    string? Reference,
    string WhatWasReported,
    bool ClientInformed,
    OpenReportingException? Exception,
    string? ExceptionExplanation);

/// <summary>A report (melding) to Veilig Thuis, and later Veilig Thuis's feedback.</summary>
public sealed class VeiligThuisReport
{
    private VeiligThuisReport()
    {
        Region = ContactPerson = WhatWasReported = string.Empty;
    }

    internal VeiligThuisReport(ReportInput input, DateOnly today, DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (input.ReportedOn > today)
        {
            throw new DomainException("De datum van de melding kan niet in de toekomst liggen.");
        }

        if (input.ClientInformed)
        {
            if (input.Exception is not null)
            {
                throw new DomainException("Je hebt de cliënt vooraf geïnformeerd; dan geldt er geen uitzondering op open melden.");
            }
        }
        else
        {
            if (input.Exception is not { } exception || !Enum.IsDefined(exception))
            {
                throw new DomainException(
                    "Open melden, tenzij: je hebt de cliënt niet vooraf geïnformeerd. Kies welke uitzondering gold.");
            }

            ExceptionExplanation = Texts.Required(input.ExceptionExplanation, "De toelichting op de uitzondering");
        }

        Id = Guid.NewGuid();
        ReportedOn = input.ReportedOn;
        Region = Texts.RequiredShort(input.Region, "De Veilig Thuis-regio");
        ContactPerson = Texts.RequiredShort(input.ContactPerson, "De contactpersoon bij Veilig Thuis");
        Reference = Texts.Optional(input.Reference, "Het kenmerk van Veilig Thuis", Texts.ShortMax);
        WhatWasReported = Texts.Required(input.WhatWasReported, "Wat je hebt gemeld");
        ClientInformed = input.ClientInformed;
        Exception = input.ClientInformed ? null : input.Exception;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public string Region { get; private set; }

    public string ContactPerson { get; private set; }

    public string? Reference { get; private set; }

    public string WhatWasReported { get; private set; }

    public bool ClientInformed { get; private set; }

    public OpenReportingException? Exception { get; private set; }

    public string? ExceptionExplanation { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public VeiligThuisFeedback? Feedback { get; private set; }

    public DateOnly? FeedbackOn { get; private set; }

    public string? FollowUpAgreements { get; private set; }

    internal void RecordFeedback(VeiligThuisFeedback feedback, DateOnly receivedOn, string? followUp, DateOnly today)
    {
        if (Feedback is not null)
        {
            throw new DomainException("De terugkoppeling van Veilig Thuis is al vastgelegd. Een vergissing herstel je met een correctie in de tijdlijn.");
        }

        if (!Enum.IsDefined(feedback))
        {
            throw new DomainException("Kies wat Veilig Thuis heeft teruggekoppeld.");
        }

        if (receivedOn > today || receivedOn < ReportedOn)
        {
            throw new DomainException("De datum van de terugkoppeling ligt tussen de datum van de melding en vandaag.");
        }

        var followUpText = Texts.Optional(followUp, "De vervolgafspraken");
        Feedback = feedback;
        FeedbackOn = receivedOn;
        FollowUpAgreements = followUpText;
    }
}

/// <summary>Help offered or organised, with the moment it will be evaluated (question 5).</summary>
public sealed class HelpPlan
{
    private HelpPlan()
    {
        WhatHelp = ByWhom = string.Empty;
    }

    internal HelpPlan(string whatHelp, string byWhom, DateOnly evaluationDate, DateOnly today, DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (evaluationDate <= today)
        {
            throw new DomainException("De evaluatiedatum ligt in de toekomst.");
        }

        if (evaluationDate > today.AddYears(1))
        {
            throw new DomainException("Kies een evaluatiedatum binnen een jaar.");
        }

        Id = Guid.NewGuid();
        WhatHelp = Texts.Required(whatHelp, "Welke hulp");
        ByWhom = Texts.RequiredShort(byWhom, "Door wie");
        EvaluationDate = evaluationDate;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public string WhatHelp { get; private set; }

    public string ByWhom { get; private set; }

    public DateOnly EvaluationDate { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    public bool IsEvaluationOverdue(DateOnly today) => IsActive && EvaluationDate < today;

    public bool IsEvaluationDue(DateOnly today) => IsActive && EvaluationDate <= today;

    internal void End(DateTimeOffset at) => EndedAt = at;
}

/// <summary>The evaluation of the help: question 5 with its grounds.</summary>
public sealed class Evaluation
{
    private Evaluation()
    {
        Rationale = string.Empty;
    }

    internal Evaluation(Guid helpPlanId, bool helpBringsLastingSafety, string rationale, string? monitoringAgreements, DateTimeOffset evaluatedAt, Guid evaluatedBy)
    {
        Id = Guid.NewGuid();
        HelpPlanId = helpPlanId;
        HelpBringsLastingSafety = helpBringsLastingSafety;
        Rationale = Texts.Required(rationale, "De onderbouwing");
        MonitoringAgreements = helpBringsLastingSafety
            ? Texts.Required(monitoringAgreements, "De afspraken over het volgen van de veiligheid")
            : Texts.Optional(monitoringAgreements, "De afspraken");
        EvaluatedAt = evaluatedAt;
        EvaluatedBy = evaluatedBy;
    }

    public Guid Id { get; private set; }

    public Guid HelpPlanId { get; private set; }

    public bool HelpBringsLastingSafety { get; private set; }

    public string Rationale { get; private set; }

    public string? MonitoringAgreements { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public Guid EvaluatedBy { get; private set; }

    public Outcome Outcome => Afwegingskader.AfterEvaluation(HelpBringsLastingSafety);
}

/// <summary>What was done in acute danger, recorded afterwards.</summary>
public sealed class EmergencyAction
{
    private EmergencyAction()
    {
        WhatWasDone = WhomContacted = string.Empty;
    }

    internal EmergencyAction(string whatWasDone, string whomContacted, DateTimeOffset occurredAt, DateTimeOffset now, Guid recordedBy)
    {
        if (occurredAt > now)
        {
            throw new DomainException("Het moment van de actie kan niet in de toekomst liggen.");
        }

        Id = Guid.NewGuid();
        WhatWasDone = Texts.Required(whatWasDone, "Wat je hebt gedaan");
        WhomContacted = Texts.RequiredShort(whomContacted, "Wie je hebt gebeld of ingeschakeld");
        OccurredAt = occurredAt;
        RecordedAt = now;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public string WhatWasDone { get; private set; }

    public string WhomContacted { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }
}

/// <summary>One line of the append-only chronology. Never changed or removed; a correction is a new entry.</summary>
public sealed class ChronologyEntry
{
    private ChronologyEntry()
    {
        ActorName = Summary = string.Empty;
    }

    internal ChronologyEntry(int sequence, ChronologyEntryKind kind, Actor actor, DateTimeOffset occurredAt, string summary, Guid? correctsEntryId = null)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        Kind = kind;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        OccurredAt = occurredAt;
        Summary = summary;
        CorrectsEntryId = correctsEntryId;
    }

    public Guid Id { get; private set; }

    public int Sequence { get; private set; }

    public ChronologyEntryKind Kind { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Summary { get; private set; }

    public Guid? CorrectsEntryId { get; private set; }
}

using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

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

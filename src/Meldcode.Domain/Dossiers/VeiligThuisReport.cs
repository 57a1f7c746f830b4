using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Dossiers;

/// <summary>A report (melding) to Veilig Thuis, and later Veilig Thuis's feedback.</summary>
public sealed class VeiligThuisReport
{
    private VeiligThuisReport()
    {
        Region = ContactPerson = WhatWasReported = string.Empty;
    }

    internal VeiligThuisReport(ReportInput input, DateTimeOffset recordedAt, Guid recordedBy)
    {
        // Open melden, tenzij: an informed client leaves no room for an exception; without informing, the report
        // names the exception and explains it (the validator asks for both).
        if (input.ClientInformed)
        {
            if (input.Exception is not null)
            {
                throw new DomainException("Je hebt de cliënt vooraf geïnformeerd; dan geldt er geen uitzondering op open melden.");
            }
        }
        else
        {
            Exception = Guard.Defined(Guard.Present(input.Exception));
            ExceptionExplanation = Texts.Trimmed(input.ExceptionExplanation);
        }

        Id = Guid.NewGuid();
        ReportedOn = input.ReportedOn;
        Region = VeiligThuisRegions.Name(input.Region) ?? throw new DomainException("Vul de regio van Veilig Thuis in, bijvoorbeeld Utrecht.");
        ContactPerson = Texts.Trimmed(input.ContactPerson);
        Reference = Texts.TrimmedOrNull(input.Reference);
        WhatWasReported = Texts.Trimmed(input.WhatWasReported);
        ClientInformed = input.ClientInformed;
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

    /// <summary>Veilig Thuis's feedback, once; it cannot come before the report (the validator keeps it out of the future).</summary>
    internal void RecordFeedback(VeiligThuisFeedback feedback, DateOnly receivedOn, string? followUp)
    {
        if (Feedback is not null)
        {
            throw new DomainException("De terugkoppeling van Veilig Thuis is al vastgelegd. Een vergissing herstel je met een correctie in de tijdlijn.");
        }

        if (receivedOn < ReportedOn)
        {
            throw new DomainException("De datum van de terugkoppeling ligt tussen de datum van de melding en vandaag.");
        }

        Feedback = Guard.Defined(feedback);
        FeedbackOn = receivedOn;
        FollowUpAgreements = Texts.TrimmedOrNull(followUp);
    }
}

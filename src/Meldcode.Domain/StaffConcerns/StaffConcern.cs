using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.StaffConcerns;

/// <summary>
/// A suspicion that a staff member committed a violent or sexual offence against a child (onderwijs,
/// kinderopvang). Not a meldcode dossier: the board (bevoegd gezag / houder) must be informed at once
/// (meldplicht), must consult the vertrouwensinspecteur (overlegplicht), and when that yields a
/// reasonable suspicion must report to the police (aangifteplicht), informing the staff member and
/// the parents beforehand.
/// </summary>
public sealed class StaffConcern
{
    public const string ConfidentialInspectorPhone = "0900-111 3111";

    private StaffConcern()
    {
        Number = StaffMemberName = Description = RaisedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Number { get; private set; }

    public Guid RaisedBy { get; private set; }

    public string RaisedByName { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>When the board was informed: Meldcode informs the board role the moment the concern is raised.</summary>
    public DateTimeOffset BoardInformedAt { get; private set; }

    /// <summary>When a board member first read it.</summary>
    public DateTimeOffset? BoardAcknowledgedAt { get; private set; }

    public string StaffMemberName { get; private set; }

    public string Description { get; private set; }

    public DateOnly? InspectorConsultedOn { get; private set; }

    public string? InspectorOutcome { get; private set; }

    /// <summary>After the consultation: is there a reasonable suspicion (redelijk vermoeden)?</summary>
    public bool? ReasonableSuspicion { get; private set; }

    public string? ReasonableSuspicionGrounds { get; private set; }

    public DateOnly? PoliceReportOn { get; private set; }

    public string? PoliceReference { get; private set; }

    public bool StaffMemberInformedBeforehand { get; private set; }

    public bool ParentsInformedBeforehand { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public static StaffConcern Raise(Guid organisationId, Sector sector, string number, string staffMemberName, string description, Actor raisedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(raisedBy);
        if (sector is not (Sector.Education or Sector.Childcare))
        {
            throw new DomainException("Deze route is voor onderwijs en kinderopvang.");
        }

        return new StaffConcern
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Number = number,
            RaisedBy = raisedBy.UserId,
            RaisedByName = raisedBy.Name,
            RaisedAt = now,
            BoardInformedAt = now,
            StaffMemberName = Texts.Trimmed(staffMemberName),
            Description = Texts.Trimmed(description),
        };
    }

    public void Acknowledge(DateTimeOffset now) => BoardAcknowledgedAt ??= now;

    /// <summary>The board's consultation with the vertrouwensinspecteur (overlegplicht) and its conclusion; it cannot come before the concern was raised (the validator keeps it out of the future).</summary>
    public void RecordInspectorConsultation(DateOnly consultedOn, string outcome, bool reasonableSuspicion, string grounds)
    {
        EnsureOpen();
        if (ReasonableSuspicion is not null)
        {
            throw new DomainException("Het overleg met de vertrouwensinspecteur is al vastgelegd.");
        }

        if (consultedOn < DutchTime.Today(RaisedAt))
        {
            throw new DomainException("De datum van het overleg ligt tussen de melding en vandaag.");
        }

        var outcomeText = Texts.Trimmed(outcome);
        var groundsText = Texts.Trimmed(grounds);
        InspectorConsultedOn = consultedOn;
        InspectorOutcome = outcomeText;
        ReasonableSuspicion = reasonableSuspicion;
        ReasonableSuspicionGrounds = groundsText;
    }

    /// <summary>The police report (aangifte), only after a reasonable suspicion, not before that consultation, and only once staff member and parents were informed.</summary>
    public void RecordPoliceReport(DateOnly reportedOn, string reference, bool staffMemberInformed, bool parentsInformed)
    {
        EnsureOpen();
        if (ReasonableSuspicion != true)
        {
            throw new DomainException("Aangifte volgt als het overleg met de vertrouwensinspecteur een redelijk vermoeden oplevert. Leg dat overleg eerst vast.");
        }

        if (PoliceReportOn is not null)
        {
            throw new DomainException("De aangifte is al vastgelegd.");
        }

        if (!staffMemberInformed || !parentsInformed)
        {
            throw new DomainException("Informeer de medewerker en de ouders voordat je aangifte doet, en vink dat aan.");
        }

        if (reportedOn < InspectorConsultedOn)
        {
            throw new DomainException("De datum van de aangifte ligt tussen het overleg met de vertrouwensinspecteur en vandaag.");
        }

        var referenceText = Texts.Trimmed(reference);
        PoliceReportOn = reportedOn;
        PoliceReference = referenceText;
        StaffMemberInformedBeforehand = staffMemberInformed;
        ParentsInformedBeforehand = parentsInformed;
    }

    public void Close(DateTimeOffset now)
    {
        EnsureOpen();
        if (ReasonableSuspicion is null)
        {
            throw new DomainException("Leg eerst het overleg met de vertrouwensinspecteur vast.");
        }

        if (ReasonableSuspicion == true && PoliceReportOn is null)
        {
            throw new DomainException("Bij een redelijk vermoeden is aangifte verplicht. Leg de aangifte eerst vast.");
        }

        ClosedAt = now;
    }

    public bool MayBeSeenBy(Guid userId, bool isBoard) => IsVisibleTo(RaisedBy, userId, isBoard);

    /// <summary>The board sees every record; anyone else only the records they raised.</summary>
    public static bool IsVisibleTo(Guid raisedBy, Guid userId, bool isBoard) => isBoard || userId == raisedBy;

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException("Deze melding is afgesloten.");
        }
    }
}

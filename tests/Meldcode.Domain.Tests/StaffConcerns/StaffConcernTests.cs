using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.StaffConcerns;

namespace Meldcode.Domain.Tests.StaffConcerns;

public sealed class StaffConcernTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2026, 11, 18);

    private static readonly Actor Teacher = new(Guid.NewGuid(), "Sanne de Vries");

    private static readonly Guid BoardMember = Guid.NewGuid();

    [Theory]
    [InlineData(Sector.Education)]
    [InlineData(Sector.Childcare)]
    public void Schools_and_childcare_raise_a_concern_about_a_staff_member_and_the_board_is_informed_at_once(Sector sector)
    {
        var organisationId = Guid.NewGuid();

        var concern = StaffConcern.Raise(organisationId, sector, "M-2026-0003", "  Karel Pieters  ", "  Karel hield een kind in de gang stevig bij de keel.  ", Teacher, Now);

        Assert.NotEqual(Guid.Empty, concern.Id);
        Assert.Equal(organisationId, concern.OrganisationId);
        Assert.Equal("M-2026-0003", concern.Number);
        Assert.Equal("Karel Pieters", concern.StaffMemberName);
        Assert.Equal("Karel hield een kind in de gang stevig bij de keel.", concern.Description);
        Assert.Equal(Teacher.UserId, concern.RaisedBy);
        Assert.Equal(Teacher.Name, concern.RaisedByName);
        Assert.Equal(Now, concern.RaisedAt);
        Assert.Equal(Now, concern.BoardInformedAt);
        Assert.Null(concern.BoardAcknowledgedAt);
        Assert.Null(concern.ReasonableSuspicion);
        Assert.False(concern.IsClosed);
    }

    [Theory]
    [InlineData(Sector.YouthCare)]
    [InlineData(Sector.HealthCare)]
    [InlineData(Sector.SocialSupport)]
    [InlineData((Sector)42)]
    public void Other_sectors_cannot_use_the_staff_member_route(Sector sector)
    {
        var error = Assert.Throws<DomainException>(() => Raise(sector));

        Assert.Equal("Deze route is voor onderwijs en kinderopvang.", error.Message);
    }

    [Fact]
    public void The_inspector_consultation_and_the_police_report_are_each_recorded_once()
    {
        var concern = Raise();
        concern.RecordInspectorConsultation(Today, "Redelijk vermoeden.", true, "Het verhaal van twee kinderen klopt.");
        concern.RecordPoliceReport(Today, "PL-2026-123", staffMemberInformed: true, parentsInformed: true);

        Assert.Throws<DomainException>(() => concern.RecordInspectorConsultation(Today, "Toch niet.", false, "Andere lezing."));
        Assert.Throws<DomainException>(() => concern.RecordPoliceReport(Today, "PL-2026-999", staffMemberInformed: true, parentsInformed: true));

        Assert.True(concern.ReasonableSuspicion);
        Assert.Equal("PL-2026-123", concern.PoliceReference);
    }

    [Fact]
    public void The_board_acknowledges_the_first_time_it_reads_the_concern()
    {
        var concern = Raise();

        concern.Acknowledge(Now.AddHours(1));
        concern.Acknowledge(Now.AddHours(5));

        Assert.Equal(Now.AddHours(1), concern.BoardAcknowledgedAt);
    }

    [Fact]
    public void The_consultation_with_the_confidential_inspector_is_recorded_with_its_conclusion()
    {
        var concern = Raise();

        concern.RecordInspectorConsultation(Today, "  De inspecteur adviseert aangifte.  ", true, "  Twee kinderen vertellen hetzelfde.  ");

        Assert.Equal(Today, concern.InspectorConsultedOn);
        Assert.Equal("De inspecteur adviseert aangifte.", concern.InspectorOutcome);
        Assert.True(concern.ReasonableSuspicion);
        Assert.Equal("Twee kinderen vertellen hetzelfde.", concern.ReasonableSuspicionGrounds);
    }

    [Fact]
    public void The_consultation_cannot_lie_before_the_concern_was_raised()
    {
        var concern = Raise();

        var error = Assert.Throws<DomainException>(() => concern.RecordInspectorConsultation(Today.AddDays(-1), "Uitkomst.", true, "Onderbouwing."));

        Assert.Equal("De datum van het overleg ligt tussen de melding en vandaag.", error.Message);
        Assert.Null(concern.ReasonableSuspicion);
    }

    [Fact]
    public void The_day_the_concern_was_raised_is_the_day_in_Amsterdam()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);
        var concern = StaffConcern.Raise(Guid.NewGuid(), Sector.Childcare, "M-1", "Karel Pieters", "Iets gezien.", Teacher, lateEvening);

        Assert.Throws<DomainException>(() => concern.RecordInspectorConsultation(new DateOnly(2026, 11, 20), "Uitkomst.", false, "Onderbouwing."));
        concern.RecordInspectorConsultation(new DateOnly(2026, 11, 21), "Uitkomst.", false, "Onderbouwing.");

        Assert.Equal(new DateOnly(2026, 11, 21), concern.InspectorConsultedOn);
    }

    [Fact]
    public void A_police_report_before_the_consultation_is_refused()
    {
        var concern = Raise();

        var error = Assert.Throws<DomainException>(() => concern.RecordPoliceReport(Today, "PL-2026-777", true, true));

        Assert.Equal("Aangifte volgt als het overleg met de vertrouwensinspecteur een redelijk vermoeden oplevert. Leg dat overleg eerst vast.", error.Message);
        Assert.Null(concern.PoliceReportOn);
    }

    [Fact]
    public void A_police_report_without_a_reasonable_suspicion_is_refused()
    {
        var concern = Raise();
        concern.RecordInspectorConsultation(Today, "Geen aanleiding.", false, "Het verhaal klopt niet.");

        Assert.Throws<DomainException>(() => concern.RecordPoliceReport(Today, "PL-2026-777", true, true));
        Assert.Null(concern.PoliceReportOn);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void A_police_report_needs_the_staff_member_and_the_parents_informed_first(bool staffMemberInformed, bool parentsInformed)
    {
        var concern = WithReasonableSuspicion();

        var error = Assert.Throws<DomainException>(() => concern.RecordPoliceReport(Today, "PL-2026-777", staffMemberInformed, parentsInformed));

        Assert.Equal("Informeer de medewerker en de ouders voordat je aangifte doet, en vink dat aan.", error.Message);
        Assert.Null(concern.PoliceReportOn);
    }

    [Fact]
    public void A_police_report_after_a_reasonable_suspicion_with_everyone_informed_is_recorded()
    {
        var concern = WithReasonableSuspicion();

        concern.RecordPoliceReport(Today, " PL-2026-777 ", true, true);

        Assert.Equal(Today, concern.PoliceReportOn);
        Assert.Equal("PL-2026-777", concern.PoliceReference);
        Assert.True(concern.StaffMemberInformedBeforehand);
        Assert.True(concern.ParentsInformedBeforehand);
    }

    [Fact]
    public void The_police_report_cannot_lie_before_the_consultation()
    {
        var concern = WithReasonableSuspicion();

        var error = Assert.Throws<DomainException>(() => concern.RecordPoliceReport(Today.AddDays(-1), "PL-2026-777", true, true));

        Assert.Equal("De datum van de aangifte ligt tussen het overleg met de vertrouwensinspecteur en vandaag.", error.Message);
        Assert.Null(concern.PoliceReportOn);
    }

    [Fact]
    public void Closing_before_the_consultation_is_refused()
    {
        var concern = Raise();

        var error = Assert.Throws<DomainException>(() => concern.Close(Now));

        Assert.Equal("Leg eerst het overleg met de vertrouwensinspecteur vast.", error.Message);
        Assert.False(concern.IsClosed);
    }

    [Fact]
    public void Closing_after_a_reasonable_suspicion_needs_the_police_report()
    {
        var concern = WithReasonableSuspicion();

        var error = Assert.Throws<DomainException>(() => concern.Close(Now));

        Assert.Equal("Bij een redelijk vermoeden is aangifte verplicht. Leg de aangifte eerst vast.", error.Message);
        Assert.False(concern.IsClosed);

        concern.RecordPoliceReport(Today, "PL-2026-777", true, true);
        concern.Close(Now.AddDays(1));
        Assert.Equal(Now.AddDays(1), concern.ClosedAt);
    }

    [Fact]
    public void Without_a_reasonable_suspicion_the_concern_can_be_closed_after_the_consultation()
    {
        var concern = Raise();
        concern.RecordInspectorConsultation(Today, "Geen aanleiding.", false, "Het verhaal klopt niet.");

        concern.Close(Now);

        Assert.True(concern.IsClosed);
    }

    [Fact]
    public void A_closed_concern_cannot_change()
    {
        var concern = Raise();
        concern.RecordInspectorConsultation(Today, "Geen aanleiding.", false, "Het verhaal klopt niet.");
        concern.Close(Now);

        Assert.Equal("Deze melding is afgesloten.", Assert.Throws<DomainException>(() => concern.RecordInspectorConsultation(Today, "Toch.", true, "Nieuwe feiten.")).Message);
        Assert.Throws<DomainException>(() => concern.RecordPoliceReport(Today, "PL-1", true, true));
        Assert.Throws<DomainException>(() => concern.Close(Now));
        Assert.False(concern.ReasonableSuspicion);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, true)]
    public void Only_the_board_and_the_person_who_raised_it_may_see_a_concern(bool isRaiser, bool isBoard, bool maySee)
    {
        var concern = Raise();
        var user = isRaiser ? Teacher.UserId : isBoard ? BoardMember : Guid.NewGuid();

        Assert.Equal(maySee, concern.MayBeSeenBy(user, isBoard));
    }

    [Fact]
    public void The_confidential_inspectors_number_is_the_national_one()
    {
        Assert.Equal("0900-111 3111", StaffConcern.ConfidentialInspectorPhone);
    }

    private static StaffConcern Raise(Sector sector = Sector.Education) =>
        StaffConcern.Raise(Guid.NewGuid(), sector, "M-2026-0003", "Karel Pieters", "Karel hield een kind in de gang stevig bij de keel.", Teacher, Now);

    private static StaffConcern WithReasonableSuspicion()
    {
        var concern = Raise();
        concern.RecordInspectorConsultation(Today, "De inspecteur adviseert aangifte.", true, "Twee kinderen vertellen hetzelfde.");
        return concern;
    }
}

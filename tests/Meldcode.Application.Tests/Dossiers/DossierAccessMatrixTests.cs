using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AddComment;
using Meldcode.Application.Dossiers.AnswerConsultationRequest;
using Meldcode.Application.Dossiers.AnswerInspectionRequest;
using Meldcode.Application.Dossiers.DecideDestructionRequest;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Application.Dossiers.ExportForInspection;
using Meldcode.Application.Dossiers.ExtendInspectionDeadline;
using Meldcode.Application.Dossiers.GetColleagues;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Application.Dossiers.GetDossierRetention;
using Meldcode.Application.Dossiers.GetNewOwnerChoices;
using Meldcode.Application.Dossiers.GetVeiligThuisDraft;
using Meldcode.Application.Dossiers.HandOverDossier;
using Meldcode.Application.Dossiers.LiftLegalHold;
using Meldcode.Application.Dossiers.PlaceLegalHold;
using Meldcode.Application.Dossiers.RecordConsultation;
using Meldcode.Application.Dossiers.RecordInspectionRequest;
using Meldcode.Application.Dossiers.RecordDestructionRequest;
using Meldcode.Application.Dossiers.RecordSignal;
using Meldcode.Application.Dossiers.ReviewDecision;
using Meldcode.Application.Inbox.GetLeadAttention;

namespace Meldcode.Application.Tests.Dossiers;

/// <summary>
/// Every person around a dossier × every dossier request of the Application layer, against the rules
/// of <see cref="DossierAccess"/>: owner and collaborators do the work; the team's aandachtsfunctionaris
/// reads, records consultations and comments, and hands the dossier over; a consulted colleague reads and answers while the request
/// is open; everyone else does not even learn that the dossier exists.
/// </summary>
public sealed class DossierAccessMatrixTests : IClassFixture<AccessMatrixFixture>
{
    /// <summary>Everyone who may read a dossier may also read and download its documents.</summary>
    private static readonly Type[] ReadersMay =
    [
        typeof(GetDossierQuery), typeof(GetVeiligThuisDraftQuery), typeof(DownloadDossierDocumentCommand),

        // The postvak: "Bij de aandachtsfunctionaris" on the dossier.
        typeof(GetLeadAttentionQuery),

        // Bewaren: the term, the legal hold and a waiting request for early destruction.
        typeof(GetDossierRetentionQuery),
    ];

    /// <summary>Handing over and reviewing a decision (issue 13): the team's aandachtsfunctionaris only, not the people who work on the dossier.</summary>
    /// <summary>Requests to see the file (issue 14): the team's aandachtsfunctionaris records, extends, exports and answers them.</summary>
    private static readonly Type[] OnlyTheLeadMay =
    [
        typeof(HandOverDossierCommand), typeof(GetNewOwnerChoicesQuery), typeof(ReviewDecisionCommand),
        typeof(RecordInspectionRequestCommand), typeof(ExtendInspectionDeadlineCommand), typeof(ExportForInspectionCommand), typeof(AnswerInspectionRequestCommand),

        // Retention (issue 14): the legal hold and requests for early destruction.
        typeof(PlaceLegalHoldCommand), typeof(LiftLegalHoldCommand), typeof(RecordDestructionRequestCommand), typeof(DecideDestructionRequestCommand),
    ];
    private static readonly Type[] LeadMay = [.. ReadersMay, typeof(RecordConsultationCommand), typeof(AddCommentCommand), .. OnlyTheLeadMay];
    private static readonly Type[] ConsultedColleagueMay = [.. ReadersMay, typeof(AnswerConsultationRequestCommand)];

    private readonly AccessMatrixFixture _school;

    public DossierAccessMatrixTests(AccessMatrixFixture school)
    {
        _school = school;
    }

    public enum Expected
    {
        Allowed,

        /// <summary>May read the dossier, but not do this: forbidden.</summary>
        Forbidden,

        /// <summary>May not read the dossier: exactly what an unknown identifier gives.</summary>
        NotFound,
    }

    public static TheoryData<Who, string> Everyone_times_every_request()
    {
        var cases = new TheoryData<Who, string>();
        foreach (var who in Enum.GetValues<Who>())
        {
            foreach (var request in DossierRequestCatalogue.RequestTypes)
            {
                cases.Add(who, request.Name);
            }
        }

        return cases;
    }

    /// <summary>The rules, written out independently of the code under test.</summary>
    public static Expected ExpectedFor(Who who, Type request) => who switch
    {
        // Answering is for the colleague who was asked; handing over and reviewing for the lead: not for the people who work on the dossier.
        Who.Owner or Who.Collaborator => request == typeof(AnswerConsultationRequestCommand) || OnlyTheLeadMay.Contains(request) ? Expected.Forbidden : Expected.Allowed,
        Who.LeadOfTheTeam => LeadMay.Contains(request) ? Expected.Allowed : Expected.Forbidden,
        Who.ConsultedColleague => ConsultedColleagueMay.Contains(request) ? Expected.Allowed : Expected.Forbidden,
        _ => Expected.NotFound,
    };

    /// <summary>Changes, and downloads (which are recorded as export events).</summary>
    private static bool WritesToTheChronology(Type request) =>
        typeof(IDossierChange).IsAssignableFrom(request) || request == typeof(DownloadDossierDocumentCommand);

    [Fact]
    public void The_matrix_finds_the_dossier_requests_of_the_application_layer_by_reflection()
    {
        Assert.Contains(typeof(GetDossierQuery), DossierRequestCatalogue.RequestTypes);
        Assert.Contains(typeof(GetColleaguesQuery), DossierRequestCatalogue.RequestTypes);
        Assert.Contains(typeof(RecordSignalCommand), DossierRequestCatalogue.RequestTypes);
        Assert.True(DossierRequestCatalogue.RequestTypes.Count(t => typeof(IDossierChange).IsAssignableFrom(t)) >= 22);
    }

    [Fact]
    public void Every_dossier_request_has_a_factory_and_every_factory_a_request()
    {
        var missing = DossierRequestCatalogue.RequestTypes.Except(DossierRequestCatalogue.Factories.Keys).Select(t => t.Name).ToList();
        var stale = DossierRequestCatalogue.Factories.Keys.Except(DossierRequestCatalogue.RequestTypes).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "Add a factory to DossierRequestCatalogue for: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Factories for types that are no dossier requests: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_dossier_request_declares_an_authorization_rule()
    {
        var undeclared = DossierRequestCatalogue.RequestTypes
            .Where(t => !t.IsDefined(typeof(Common.Security.AuthorizeAttribute), inherit: true))
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(undeclared);
    }

    [Theory]
    [MemberData(nameof(Everyone_times_every_request))]
    public async Task Everyone_gets_exactly_the_access_the_rules_give_them(Who who, string request)
    {
        var type = DossierRequestCatalogue.Named(request);
        if (!DossierRequestCatalogue.Factories.TryGetValue(type, out var factory))
        {
            Assert.Fail($"{request} has no factory in DossierRequestCatalogue, so the matrix cannot check who may send it.");
            return;
        }

        var expected = ExpectedFor(who, type);
        var driver = _school.Dossiers;
        var dossierId = await _school.DossierForAsync(factory, mayChangeIt: expected == Expected.Allowed);
        var before = await driver.StateAsync(dossierId);

        var failure = await Record.ExceptionAsync(() => driver.SendAnyAsync(_school.School[who], factory.Build(_school.School, before)));

        var after = await driver.StateAsync(dossierId);
        switch (expected)
        {
            case Expected.Allowed when factory.RuleBroken is { } rule:
                var broken = Assert.IsType<DomainException>(failure);
                Assert.Equal(rule, broken.Message);
                AssertUnchanged(before, after);
                break;
            case Expected.Allowed when WritesToTheChronology(type):
                Assert.Null(failure);
                Assert.Equal(before.Version + 1, after.Version);
                Assert.True(after.ChronologyCount > before.ChronologyCount, "A change is written to the chronology.");
                break;
            case Expected.Allowed:
                Assert.Null(failure);
                AssertUnchanged(before, after);
                break;
            case Expected.Forbidden:
                Assert.IsType<ForbiddenAccessException>(failure);
                AssertUnchanged(before, after);
                break;
            case Expected.NotFound:
                Assert.IsType<NotFoundException>(failure);
                AssertUnchanged(before, after);
                break;
        }
    }

    private static void AssertUnchanged(DossierState before, DossierState after)
    {
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.ChronologyCount, after.ChronologyCount);
    }
}

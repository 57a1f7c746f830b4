using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.DecideDestructionRequest;
using Meldcode.Application.Dossiers.GetDossierRetention;
using Meldcode.Application.Dossiers.LiftLegalHold;
using Meldcode.Application.Dossiers.PlaceLegalHold;
using Meldcode.Application.Dossiers.RecordDestructionRequest;
using Meldcode.Domain.Retention;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Application.Dossiers.GetColleagues;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Application.Dossiers.GetNewOwnerChoices;
using Meldcode.Application.Dossiers.GetVeiligThuisDraft;
using Meldcode.Application.Inbox.GetLeadAttention;

namespace Meldcode.Application.Tests.Dossiers.Support;

/// <summary>
/// How the access matrix makes one request of a type: what the owner puts in the dossier first, and
/// a valid instance built from the dossier's state. When the matrix's dossier cannot take the change
/// whoever sends it, <see cref="RuleBroken"/> is the domain rule's message an allowed user gets.
/// </summary>
public sealed record DossierRequestFactory(
    Type RequestType,
    Func<DossierDriver, School, Guid, Task> Arrange,
    Func<School, DossierState, IDossierRequest> Build,
    string? RuleBroken);

/// <summary>Every request about one dossier in the Application layer, and a factory for each.</summary>
public static class DossierRequestCatalogue
{
    /// <summary>Found by reflection, so a new request cannot slip past the access matrix.</summary>
    public static IReadOnlyList<Type> RequestTypes { get; } = typeof(IDossierRequest).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDossierRequest).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyDictionary<Type, DossierRequestFactory> Factories { get; } = CreateFactories();

    public static Type Named(string name) => RequestTypes.Single(t => t.Name == name);

    private static Dictionary<Type, DossierRequestFactory> CreateFactories()
    {
        var factories = new Dictionary<Type, DossierRequestFactory>();

        void Add<TRequest>(Func<School, DossierState, TRequest> build, Func<DossierDriver, School, Guid, Task>? arrange = null, string? ruleBroken = null)
            where TRequest : IDossierRequest =>
            factories.Add(typeof(TRequest), new DossierRequestFactory(typeof(TRequest), arrange ?? ((_, _, _) => Task.CompletedTask), (school, state) => build(school, state), ruleBroken));

        static Func<DossierDriver, School, Guid, Task> Decided(Func<DossierDriver, School, Guid, Task>? then = null) =>
            async (driver, school, id) =>
            {
                await driver.DecideAsync(id, Outcome.ReportAndHelp);
                if (then is not null)
                {
                    await then(driver, school, id);
                }
            };

        Add((_, s) => new GetDossierQuery(s.Id));
        Add((_, s) => new GetColleaguesQuery(s.Id));
        Add((_, s) => new GetVeiligThuisDraftQuery(s.Id));
        Add((_, s) => new DownloadDossierDocumentCommand(s.Id, DossierDocumentKind.DossierRecord));

        // The postvak: "Bij de aandachtsfunctionaris" on the dossier.
        Add((_, s) => new GetLeadAttentionQuery(s.Id));

        Add((_, s) => ValidCommands.Carer(s));
        Add((_, s) => ValidCommands.Sibling(s));
        Add((school, s) => ValidCommands.Collaborator(s, school.ColleagueA));
        Add((school, s) => ValidCommands.RemoveCollaborator(s, school.Collaborator));

        Add((_, s) => ValidCommands.Signal(s));
        Add((_, s) => ValidCommands.Kindcheck(s), ruleBroken: "De kindcheck hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning.");

        Add((_, s) => ValidCommands.Consultation(s));
        Add((school, s) => ValidCommands.RequestConsultation(s, school.LeadB));
        Add((school, s) => ValidCommands.AnswerConsultation(s, school.Consultant));
        Add((school, s) => ValidCommands.WithdrawConsultation(s, school.Consultant));

        Add((_, s) => ValidCommands.Conversation(s));
        Add((_, s) => ValidCommands.SkipConversation(s));
        Add((_, s) => ValidCommands.Answer(s, WeighingQuestion.Suspicion, true), (driver, _, id) => driver.MakeReadyToWeighAsync(id));
        Add(
            (_, s) => ValidCommands.Decide(s, Outcome.ReportAndHelp),
            async (driver, _, id) =>
            {
                await driver.MakeReadyToWeighAsync(id);
                await driver.WeighTowardsAsync(id, Outcome.ReportAndHelp);
            });
        Add((_, s) => ValidCommands.Report(s), Decided());
        Add((_, s) => ValidCommands.CoSign(s), (driver, _, id) => driver.DecideAsync(id, Outcome.ReportAndHelp, coSign: false));
        Add((_, s) => ValidCommands.Feedback(s), Decided((driver, school, id) => driver.ChangeAsync(school.Owner, id, ValidCommands.Report)));
        Add((_, s) => ValidCommands.Help(s), Decided());
        Add((_, s) => ValidCommands.Evaluation(s, helpWorks: false), Decided((driver, school, id) => driver.ChangeAsync(school.Owner, id, s => ValidCommands.Help(s))));

        Add((_, s) => ValidCommands.EmergencyAction(s));
        Add((_, s) => ValidCommands.Comment(s));
        Add((_, s) => ValidCommands.Correction(s));
        Add((_, s) => ValidCommands.Close(s), ruleBroken: "Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.");

        // Handing over (issue 13).
        Add((_, s) => new GetNewOwnerChoicesQuery(s.Id));
        Add((school, s) => ValidCommands.HandOver(s, school.ColleagueA));

        // Requests to see the file (issue 14): recorded by the lead first, then extended, exported, answered.
        static Task Requested(DossierDriver driver, School school, Guid id) => driver.ChangeAsync(school.LeadA, id, ValidCommands.InspectionRequest);
        Add((_, s) => ValidCommands.InspectionRequest(s));
        Add((_, s) => ValidCommands.ExtendInspection(s), Requested);
        Add((_, s) => ValidCommands.ExportForInspection(s), Requested);
        Add((_, s) => ValidCommands.RefuseInspection(s), Requested);
        // Retention (issue 14): every reader sees the term and the hold; the team's aandachtsfunctionaris acts.
        Add((_, s) => new GetDossierRetentionQuery(s.Id));
        Add((_, s) => new PlaceLegalHoldCommand(s.Id, s.Version, "Er loopt een klacht bij de klachtencommissie."));
        Add((_, s) => new LiftLegalHoldCommand(s.Id, s.Version, "De klacht is afgehandeld."), ruleBroken: "Er staat geen bewaarplicht op dit dossier.");
        Add((_, s) => new RecordDestructionRequestCommand(s.Id, s.Version, DestructionRequester.ParentWithAuthority, 8, s.Today));
        Add((_, s) => new DecideDestructionRequestCommand(s.Id, s.Version, true, "De ouders vragen het."), ruleBroken: "Er ligt geen verzoek tot vernietiging. Leg eerst het verzoek vast.");

        return factories;
    }
}

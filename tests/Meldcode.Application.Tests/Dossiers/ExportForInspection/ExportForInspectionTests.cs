using Meldcode.Application.Common.Documents;
using Meldcode.Application.Dossiers.AddComment;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Application.Dossiers.ExportForInspection;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Domain.AccessLog;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace Meldcode.Application.Tests.Dossiers.ExportForInspection;

/// <summary>The export for someone who asked to see the file: the record without third parties, with who accessed it; logged and recorded.</summary>
public sealed class ExportForInspectionTests : SchoolTest
{
    private const string Marked = "Bevat wat de buurvrouw in vertrouwen vertelde.";
    private const string CommentText = "De buurvrouw belde: zij hoort vaak geschreeuw.";

    private PrintableDocument? _rendered;

    public ExportForInspectionTests()
    {
        Host.DocumentRenderer.RenderPdf(Arg.Do<PrintableDocument>(d => _rendered = d)).Returns([0x25, 0x50, 0x44, 0x46]);
    }

    private string RenderedText => PlainTextDocument.Write(_rendered ?? throw new InvalidOperationException("Nothing was rendered."));

    /// <summary>A dossier with every kind of third party: colleagues, the mother who asks, a father, a brother, a signal told by a neighbour, a comment.</summary>
    private async Task<Guid> DossierWithThirdPartiesAsync()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Collaborator(s, School.Collaborator));
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Carer);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Carer(s) with { Name = "Johan de Groot", Relation = "vader" });
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Sibling);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Signal(s) with { Source = SignalSource.ToldBySomeone, ToldBy = "Wilma Hendriks (buurvrouw)" });
        await Dossiers.ChangeAsync(School.LeadA, id, s => new AddCommentCommand(s.Id, s.Version, CommentText));
        await Dossiers.SendAsync(School.Owner, new GetDossierQuery(id));
        var mother = (await Dossiers.StateAsync(id)).Dossier.Carers.Single(c => c.Name == "Fatima Bakker");
        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.InspectionRequest(s) with { CarerId = mother.Id });
        return id;
    }

    [Fact]
    public async Task The_export_withholds_colleagues_other_family_members_the_neighbour_and_what_the_lead_marked()
    {
        var id = await DossierWithThirdPartiesAsync();
        var comment = (await Dossiers.StateAsync(id)).Dossier.Chronology.Single(e => e.Kind == ChronologyEntryKind.CommentAdded);

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.ExportForInspection(s, new WithheldItem(comment.Id, true, Marked)));

        var text = RenderedText;
        foreach (var thirdParty in new[] { "Anouk", "Jansen", "Bram", "de Boer", "Carla", "Visser", "Johan", "Groot", "Sem", "Wilma", "Hendriks", CommentText })
        {
            Assert.DoesNotContain(thirdParty, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Fatima Bakker (moeder, heeft gezag)", text, StringComparison.Ordinal);
        Assert.Contains("Noor Bakker", text, StringComparison.Ordinal);
        Assert.Contains(Redaction.Marker(Marked), text, StringComparison.Ordinal);
        Assert.Contains(Redaction.Marker(Redaction.StaffName), text, StringComparison.Ordinal);
        Assert.Contains(Redaction.Marker(Redaction.OtherFamily), text, StringComparison.Ordinal);
        Assert.Contains(Redaction.Marker(Redaction.OtherPerson), text, StringComparison.Ordinal);
        Assert.Equal("Basisschool De Regenboog", _rendered!.Description.CreatedBy);
    }

    [Fact]
    public async Task The_export_lists_who_accessed_the_file_by_role_from_the_access_log()
    {
        var id = await DossierWithThirdPartiesAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.ExportForInspection(s));

        var heading = _rendered!.Blocks.OfType<HeadingBlock>().Single(h => h.Text == "Wie het dossier heeft ingezien of gebruikt");
        var table = _rendered.Blocks.SkipWhile(b => b != heading).OfType<TableBlock>().First();
        Assert.Contains(table.Rows, r => r[1] == "Professional" && r[2] == "ingezien");
        Assert.Contains(table.Rows, r => r[1] == "Aandachtsfunctionaris" && r[2] == "gewijzigd");
        Assert.DoesNotContain(table.Rows, r => r.Any(cell => cell.Contains("Anouk", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_export_is_logged_and_the_request_and_the_chronology_record_what_was_withheld()
    {
        var id = await DossierWithThirdPartiesAsync();
        var comment = (await Dossiers.StateAsync(id)).Dossier.Chronology.Single(e => e.Kind == ChronologyEntryKind.CommentAdded);

        var file = await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.ExportForInspection(s, new WithheldItem(comment.Id, true, Marked)));

        var state = await Dossiers.StateAsync(id);
        Assert.Equal($"inzage-dossier-{state.Dossier.Number}.pdf", file.FileName);
        var request = Assert.Single(state.Dossier.InspectionRequests);
        Assert.Equal(_rendered!.Description.DocumentId, request.ExportReference);
        Assert.Contains($"regel {comment.Sequence} van de chronologie (reden: {Marked})", request.Withheld, StringComparison.Ordinal);
        Assert.Contains("gegevens van 1 andere ouder(s) of verzorger(s)", request.Withheld, StringComparison.Ordinal);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.Exported, entry.Kind);
        Assert.Contains(request.Withheld!, entry.Summary, StringComparison.Ordinal);
        var line = await Host.WithContextAsync(c => c.AccessLog.OrderBy(e => e.Sequence).LastAsync());
        Assert.Equal((AccessAction.Export, ExportForInspectionCommand.AccessPart, id, state.Dossier.Number), (line.Action, line.Part, line.SubjectId, line.SubjectNumber));
    }

    [Fact]
    public async Task A_ticked_item_needs_a_reason_and_nothing_is_saved_without_one()
    {
        var id = await DossierWithThirdPartiesAsync();
        var comment = (await Dossiers.StateAsync(id)).Dossier.Chronology.Single(e => e.Kind == ChronologyEntryKind.CommentAdded);

        var messages = await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => ValidCommands.ExportForInspection(s, new WithheldItem(comment.Id, true, " ")));

        Assert.Equal(["Vul de reden om dit onderdeel weg te laten in."], messages);
        Assert.Null(Assert.Single((await Dossiers.StateAsync(id)).Dossier.InspectionRequests).ExportedAt);
    }

    [Fact]
    public async Task A_requester_who_may_not_receive_the_file_gets_no_export()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.InspectionRequest(s) with { Relation = RequesterRelation.SomeoneElse });

        Assert.Equal("Dit inzageverzoek is al beantwoord.", await Dossiers.BrokenRuleAsync(School.LeadA, id, s => ValidCommands.ExportForInspection(s)));
    }
}

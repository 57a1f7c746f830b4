using Meldcode.Application.Common.Documents;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Application.Dossiers.GetVeiligThuisDraft;
using Meldcode.Infrastructure.Persistence;
using NSubstitute;

namespace Meldcode.Application.Tests.Dossiers.Documents;

/// <summary>The dossier record and the draft report for Veilig Thuis: what they say, who gets them, and that every download is on record.</summary>
public sealed class DossierDocumentsTests : SchoolTest
{
    private PrintableDocument? _rendered;

    public DossierDocumentsTests()
    {
        Host.DocumentRenderer.RenderPdf(Arg.Do<PrintableDocument>(d => _rendered = d)).Returns([0x25, 0x50, 0x44, 0x46]);
    }

    private PrintableDocument Rendered => _rendered ?? throw new InvalidOperationException("Nothing was rendered.");

    [Fact]
    public async Task Downloading_the_record_is_written_to_the_chronology_and_the_record_already_shows_it()
    {
        var id = await Dossiers.OpenAsync();

        var file = await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var state = await Dossiers.StateAsync(id);
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.Exported, entry.Kind);
        Assert.Equal(School.Owner.DisplayName, entry.ActorName);
        Assert.Equal(Rendered.Description.CreatedAt, entry.OccurredAt);
        Assert.Contains($"Dossierverslag meldcode (pdf, kenmerk {Rendered.Description.DocumentId})", entry.Summary, StringComparison.Ordinal);
        Assert.Contains(entry.Summary, PlainTextDocument.Write(Rendered), StringComparison.Ordinal);
        Assert.Equal([0x25, 0x50, 0x44, 0x46], file.Content);
        Assert.Equal("application/pdf", file.ContentType);
    }

    [Fact]
    public async Task The_file_name_carries_the_dossier_number_and_never_the_childs_name()
    {
        var id = await Dossiers.OpenAsync(firstName: "Noor");
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;

        var record = await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));
        var draft = await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.VeiligThuisDraft));

        Assert.Equal($"dossierverslag-{number}.pdf", record.FileName);
        Assert.Equal($"concept-melding-{number}.pdf", draft.FileName);
        Assert.DoesNotContain("Noor", record.FileName + draft.FileName, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bakker", record.FileName + draft.FileName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_record_describes_itself_with_organisation_reference_maker_and_moment()
    {
        var id = await Dossiers.OpenAsync();
        var number = (await Dossiers.StateAsync(id)).Dossier.Number;

        var before = Clock.Now;
        await Dossiers.SendAsync(School.LeadA, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var description = Rendered.Description;
        Assert.Equal("Dossierverslag meldcode", description.Title);
        Assert.Equal(School.Organisation.Name, description.Organisation);
        Assert.Equal($"Dossier {number}", description.Reference);
        Assert.Equal(School.LeadA.DisplayName, description.CreatedBy);
        Assert.InRange(description.CreatedAt, before, Clock.Now);
        Assert.StartsWith(number + "-", description.DocumentId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_dossier_can_still_be_downloaded_and_the_download_is_recorded()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);

        await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var state = await Dossiers.StateAsync(id);
        Assert.True(state.Dossier.IsClosed);
        Assert.Equal(ChronologyEntryKind.Exported, state.Dossier.Chronology[^1].Kind);
    }

    [Fact]
    public async Task Someone_who_may_not_read_the_dossier_gets_neither_document_and_nothing_is_recorded()
    {
        var id = await Dossiers.OpenAsync();
        var before = await Dossiers.StateAsync(id);

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School.LeadB, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord)));
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.SendAsync(School[Who.Administrator], new GetVeiligThuisDraftQuery(id)));

        Assert.Equal(before.ChronologyCount, (await Dossiers.StateAsync(id)).ChronologyCount);
        Assert.Null(_rendered);
    }

    [Fact]
    public async Task The_record_of_a_dossier_that_walked_every_step_holds_every_step_in_reading_order()
    {
        var id = await SaveWalkedDossierAsync();

        await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var text = PlainTextDocument.Write(Rendered);
        AssertInOrder(text,
            "Samenvatting",
            "Besluit: Melden bij Veilig Thuis, en blijven helpen waar je kunt",
            "Wijkt af van het advies: nee",
            "Ouders en verzorgers: Fatima Bakker (moeder, heeft gezag); Łukasz Kowalczyk (stiefvader)",
            "Acuut gevaar",
            "Stap 1: signalen in kaart brengen",
            "Feiten: Blauwe plek van ongeveer drie centimeter",
            "Eigen woorden van het kind: “Dat mag ik niet zeggen, anders wordt papa boos.”",
            "Interpretatie: Mogelijk letsel",
            "Bron: verteld door Eva Visser, vakleerkracht gym",
            "Eigen woorden van het kind: niet ingevuld",
            "Contra-indicatie: dit signaal pleit tegen het vermoeden.",
            "Stap 2: collegiale consultatie en advies",
            "Veilig Thuis (anoniem advies)",
            "Stap 3: gesprek met de cliënt",
            "Reactie van de cliënt: Moeder schrok",
            "Stap 4 en 5: wegen met het afwegingskader en beslissen",
            "Eerste weging: de signalen",
            "Vervangen:",
            "Aangevuld na het tweede overleg",
            "Het afwegingskader raadt aan: melden bij Veilig Thuis, en blijven helpen waar je kunt.",
            "Melding bij Veilig Thuis",
            "Cliënt vooraf geïnformeerd (open melden): Nee. Uitzondering:",
            "Terugkoppeling van Veilig Thuis: ",
            "Hulp en volgen",
            "Vraag 5: resultaat: ja",
            "Afspraken over volgen: Elke maand kort overleg met moeder",
            "Chronologie");
        Assert.DoesNotContain(": \n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chronology_in_the_record_shows_each_correction_right_after_the_entry_it_corrects()
    {
        var id = await SaveWalkedDossierAsync();

        await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var table = Rendered.Blocks.OfType<TableBlock>().Single();
        Assert.Equal(["Nr.", "Moment", "Wie", "Wat"], table.Columns.Select(c => c.Header));
        Assert.StartsWith("1", table.Rows[0][0], StringComparison.Ordinal);
        Assert.Contains("(correctie op 1)", table.Rows[1][0], StringComparison.Ordinal);
        Assert.Contains("Noor zit in groep 6", table.Rows[1][3], StringComparison.Ordinal);
        Assert.Contains("Geëxporteerd: Dossierverslag meldcode", table.Rows[^1][3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deviating_decision_is_marked_with_its_justification()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, Outcome.Report);
        await Dossiers.ChangeAsync(School.Owner, id, s => new Application.Dossiers.Decide.DecideCommand(s.Id, s.Version, Outcome.HelpAndMonitor, "Hulp kan wel.", "Moeder heeft zelf om hulp gevraagd en wil meewerken."));

        await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var text = PlainTextDocument.Write(Rendered);
        Assert.Contains("Wijkt af van het advies: ja (het afwegingskader raadde aan: melden bij Veilig Thuis)", text, StringComparison.Ordinal);
        Assert.Contains("Verantwoording van de afwijking: Moeder heeft zelf om hulp gevraagd en wil meewerken.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optional_fields_left_empty_read_niet_ingevuld_and_steps_not_taken_say_so()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.SendAsync(School.Owner, new DownloadDossierDocumentCommand(id, DossierDocumentKind.DossierRecord));

        var text = PlainTextDocument.Write(Rendered);
        Assert.Contains("Ouders en verzorgers: niet ingevuld", text, StringComparison.Ordinal);
        Assert.Contains("Geen signalen vastgelegd.", text, StringComparison.Ordinal);
        Assert.Contains("Geen consultaties vastgelegd.", text, StringComparison.Ordinal);
        Assert.Contains("Geen gesprek vastgelegd.", text, StringComparison.Ordinal);
        Assert.Contains("Nog niet gewogen.", text, StringComparison.Ordinal);
        Assert.Contains("Besluit: nog geen besluit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Melding bij Veilig Thuis", text, StringComparison.Ordinal);
        Assert.DoesNotContain(": \n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_report_follows_the_order_veilig_thuis_asks_for_and_keeps_sources_apart()
    {
        var id = await SaveWalkedDossierAsync();

        var draft = await Dossiers.SendAsync(School.Owner, new GetVeiligThuisDraftQuery(id));

        Assert.True(draft.DecidedToReport);
        AssertInOrder(draft.Text,
            "1. Melder",
            $"Naam: {School.Owner.DisplayName}",
            "2. Betrokkenen",
            "Naam: Noor Bakker",
            "Naam: Łukasz Kowalczyk",
            "Gezag: nee",
            "Sem Bakker (geboren",
            "3. Signalen",
            "Bron: eigen waarneming",
            "Letterlijk gezegd door het kind: “Dat mag ik niet zeggen",
            "Bron: verteld door Eva Visser, vakleerkracht gym",
            "Wat tegen het vermoeden pleit",
            "Moeder haalde Noor op",
            "4. Wat er al is gedaan",
            "Veilig Thuis (anoniem advies)",
            "Gesprek met de cliënt op",
            "Hulp door Schoolmaatschappelijk werk",
            "Actie bij acuut gevaar",
            "5. Netwerk en betrokken hulpverlening",
            "6. Is de cliënt geïnformeerd over de melding?",
            "Nee. Uitzondering: de veiligheid van het kind of van gezinsleden.",
            "7. Wat de melder vraagt",
            "Volgens onze weging is er sprake van structurele onveiligheid.",
            "Wij blijven het kind en het gezin helpen");
        Assert.DoesNotContain("Interpretatie van de melder: \n", draft.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_without_a_decision_to_report_says_so_and_asks_nothing_yet()
    {
        var id = await Dossiers.OpenAsync();

        var draft = await Dossiers.SendAsync(School.LeadA, new GetVeiligThuisDraftQuery(id));

        Assert.False(draft.DecidedToReport);
        Assert.Contains("Let op: in dit dossier is (nog) geen besluit vastgelegd om te melden.", draft.Text, StringComparison.Ordinal);
        Assert.Contains("Nog geen besluit om te melden vastgelegd.", draft.Text, StringComparison.Ordinal);
        Assert.Equal(1, (await Dossiers.StateAsync(id)).ChronologyCount);
    }

    [Fact]
    public async Task Hostile_text_stays_literal_text_and_control_characters_are_left_out_of_the_plain_text()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Signal(s) with { Facts = "<script>alert('x')</script> en \u0007bel\u001b[31m" });

        var draft = await Dossiers.SendAsync(School.Owner, new GetVeiligThuisDraftQuery(id));

        Assert.Contains("Feiten: <script>alert('x')</script> en bel[31m", draft.Text, StringComparison.Ordinal);
    }

    private async Task<Guid> SaveWalkedDossierAsync()
    {
        var owner = new Actor(School.Owner.Id, School.Owner.DisplayName);
        var lead = new Actor(School.LeadA.Id, School.LeadA.DisplayName);
        var dossier = DemoDossiers.WalkedThroughEveryStep(School.Organisation.Id, School.TeamA.Id, new DossierNumber(Clock.Today.Year, 900), owner, lead, Clock.Now.AddDays(-1));
        await Host.WithContextAsync(async context =>
        {
            context.Dossiers.Add(dossier);
            return await context.SaveChangesAsync();
        });
        return dossier.Id;
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected “{part}” after position {at} in:\n{text}");
            at = found + part.Length;
        }
    }
}

using System.Text;
using FluentValidation;
using Meldcode.Application.Common.Documents;
using Meldcode.Application.DilemmaSessions.DecideReflection;
using Meldcode.Application.DilemmaSessions.DownloadSessionSummary;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.DownloadSessionSummary;

/// <summary>
/// The summary as a PDF (what the use case hands the document port is asserted; the PDF itself is Infrastructure's)
/// and as CSV for a Dutch spreadsheet.
/// </summary>
public sealed class DownloadSessionSummaryTests : DilemmaSessionTest
{
    private static readonly byte[] Pdf = [0x25, 0x50, 0x44, 0x46];

    private PrintableDocument? _rendered;

    public DownloadSessionSummaryTests()
    {
        Host.DocumentRenderer.RenderPdf(Arg.Do<PrintableDocument>(d => _rendered = d)).Returns(Pdf);
    }

    private PrintableDocument Rendered => _rendered ?? throw new InvalidOperationException("Nothing was rendered.");

    [Fact]
    public async Task The_pdf_is_the_composed_summary_named_after_the_date_of_the_session()
    {
        var session = await EndedSessionAsync("Eerst overleggen met de intern begeleider.");

        var file = await Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(session, SummaryFormat.Pdf));

        Assert.Equal(Pdf, file.Content);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(file.Content));
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("dilemmasessie-2026-11-18.pdf", file.FileName);
        Assert.Equal("Samenvatting dilemmasessie", Rendered.Description.Title);
        Assert.Equal("Basisschool De Regenboog", Rendered.Description.Organisation);
        Assert.Equal(Trainer.DisplayName, Rendered.Description.CreatedBy);
        var text = PlainTextDocument.Write(Rendered);
        Assert.Contains("Teamdag meldcode", text, StringComparison.Ordinal);
        Assert.Contains("Dilemma 1: Beloof je het? (versie 1)", text, StringComparison.Ordinal);
        Assert.Contains("Beslismoment 1: Wat zeg je tegen Noor?", text, StringComparison.Ordinal);
        Assert.Contains("Van de 3 mensen die twee keer stemden, kozen er 2 iets anders: 1 van A naar B, 1 van C naar B.", text, StringComparison.Ordinal);
        Assert.Contains("“Eerst overleggen met de intern begeleider.”", text, StringComparison.Ordinal);
        Assert.Contains("minder dan 3 stemmen", text, StringComparison.Ordinal);
        var table = Rendered.Blocks.OfType<TableBlock>().First();
        Assert.Equal(["Antwoord", "Stem 1", "Stem 2", "Past bij de meldcode"], table.Columns.Select(c => c.Header));
        Assert.Equal(["1", "3", "ja"], table.Rows[1].Skip(1));
    }

    [Fact]
    public async Task The_csv_has_a_byte_order_mark_a_header_and_semicolons_and_hides_counts_under_three_votes()
    {
        var session = await EndedSessionAsync("Eerst overleggen.");

        var file = await Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(session, SummaryFormat.Csv));

        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal("dilemmasessie-2026-11-18.csv", file.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.Content[..3]);
        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n");
        Assert.Equal("Dilemma;Titel;Versie;Beslismoment;Vraag;Antwoord;Tekst;Stem 1;Stem 2;Past bij de meldcode;Verschuiving;Goedgekeurde reacties", lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        var rows = lines[1..^1].Select(l => l.Split(';')).ToList();
        Assert.Equal(3 + 3 + 3 + 5, rows.Count);
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.Equal(["1", "Beloof je het?", "1", "1", "Wat zeg je tegen Noor?", "B"], rows[1][..6]);
        Assert.Equal(["1", "3", "ja"], rows[1][7..10]);
        Assert.Equal("Eerst overleggen.", rows[1][11]);
        Assert.All(rows.Skip(3), r => Assert.Equal(["minder dan 3 stemmen", "minder dan 3 stemmen"], r[7..9]));
        Assert.Equal(["4", "ja"], [rows[^2][5], rows[^2][9]]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.com\",\"klik\")", "\"'=HYPERLINK(\"\"https://example.com\"\",\"\"klik\"\")\"")]
    [InlineData("+31 is een nummer", "'+31 is een nummer")]
    [InlineData("-eerst overleggen", "'-eerst overleggen")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Overleggen; daarna melden", "\"Overleggen; daarna melden\"")]
    public async Task A_reflection_a_spreadsheet_would_run_as_a_formula_or_split_is_written_as_text(string reflection, string cell)
    {
        var session = await EndedSessionAsync(reflection);

        var file = await Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(session, SummaryFormat.Csv));

        var lines = Encoding.UTF8.GetString(file.Content[3..]).Split("\r\n");
        Assert.EndsWith(";" + cell, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_that_has_not_started_has_no_summary_to_download()
    {
        var id = await Sessions.PrepareAsync();

        var pdf = await Assert.ThrowsAsync<DomainException>(() => Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(id, SummaryFormat.Pdf)));
        var csv = await Assert.ThrowsAsync<DomainException>(() => Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(id, SummaryFormat.Csv)));

        Assert.Equal("Deze sessie is nog niet begonnen: er is nog geen samenvatting.", pdf.Message);
        Assert.Equal(pdf.Message, csv.Message);
        Host.DocumentRenderer.DidNotReceiveWithAnyArgs().RenderPdf(default!);
    }

    [Fact]
    public async Task A_format_that_does_not_exist_is_refused_in_Dutch()
    {
        var id = await EndedSessionAsync("Eerst overleggen.");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(id, (SummaryFormat)7)));
        var missing = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AsTrainerAsync(new DownloadSessionSummaryQuery(id, null)));

        Assert.Equal(["Kies pdf of csv."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Kies pdf of csv."], missing.Errors.Select(e => e.ErrorMessage));
    }

    /// <summary>A session in which three people voted A, B, C and then B, B, B on the first point, with one approved reflection.</summary>
    private async Task<Guid> EndedSessionAsync(string reflection)
    {
        var session = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(session, FirstVote, "A", "B", "C");
        await Sessions.AdvanceToAsync(session.Id, SessionStage.SecondVote);
        await Sessions.VoteAsync(session, SecondVote, "B", "B", "B");
        await Sessions.ReflectAsync(session[0], reflection);
        await Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, (await ReflectionsAsync(session.Id)).Single().Id, Approve: true));
        await Sessions.EndAsync(session.Id);
        return session.Id;
    }
}

using Meldcode.Application.Dossiers;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Domain.Dossiers;
using Meldcode.Testing;
using static Meldcode.Infrastructure.Tests.Documents.Support.TestDocuments;

namespace Meldcode.Infrastructure.Tests.Documents;

/// <summary>The export for a requester, read back from the rendered PDF: what the requester reads has no third party in it.</summary>
public sealed class InspectionExportPdfTests
{
    [Fact]
    public void The_rendered_export_names_no_colleague_or_other_family_member_and_shows_the_markers_and_the_access_list()
    {
        var dossier = DossierBuilder.Open()
            .WithCarer("Petra Jansen", "moeder")
            .WithCarer("Kees Jansen", "vader")
            .WithSibling("Lieke Jansen")
            .WithSignal()
            .WithCollaborator(People.Colleague)
            .Build();
        var mother = dossier.Carers.Single(c => c.Name == "Petra Jansen");
        var request = dossier.RecordInspectionRequest("Petra Jansen", RequesterRelation.Parent, true, mother.Id, Clock.Today, People.Lead, Clock.Now);
        var source = DossierDocumentSource.Of(dossier, new DossierHeader(1, "Basisschool De Regenboog", "Locatie Noord", People.Owner.Name), People.Lead, Clock.Now);
        var access = new[] { new AccessListLine(Clock.Now, "Aandachtsfunctionaris", "ingezien", "dossiers/{id}") };
        var redaction = new Redaction(dossier, request, new Dictionary<Guid, string>(), access, [People.Owner.Name, People.Lead.Name]);

        using var pdf = Render(DossierRecordDocument.Compose(source, redaction));

        var text = pdf.Text();
        foreach (var name in new[] { "Sanne", "de Vries", "Mehmet", "Ingrid", "Kees", "Lieke" })
        {
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Petra Jansen", text, StringComparison.Ordinal);
        Assert.Contains("[achterwege gelaten: naam van een medewerker]", pdf.LayoutText(), StringComparison.Ordinal);
        Assert.Contains("Wie het dossier heeft ingezien of gebruikt", text, StringComparison.Ordinal);
        Assert.Equal("Basisschool De Regenboog", pdf.Info()["Author"]);
    }
}

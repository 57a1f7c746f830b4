using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.CorrectEntry;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>A correction of a timeline entry: a new entry that points at the old one and says why (also on a closed dossier).</summary>
public sealed class CorrectionModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty(SupportsGet = true, Name = "entry")]
    public Guid EntryId { get; set; }

    [FromFormFields]
    public CorrectEntryCommand Command { get; set; } = null!;

    /// <summary>The entry being corrected; null when it is not part of this dossier.</summary>
    public ChronologyEntry? Entry => View.Dossier.Chronology.FirstOrDefault(e => e.Id == EntryId);

    public IEnumerable<ChronologyEntry> EarlierCorrections => View.Dossier.Chronology.Where(e => e.CorrectsEntryId == EntryId);

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    protected override bool FormSubjectExists => Entry is not null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await LoadFormAsync(cancellationToken) ?? await SaveAsync(Command with { DossierId = Id, EntryId = EntryId }, "correctie", cancellationToken);
}

using System.Globalization;
using Meldcode.Domain.Drafts;

namespace Meldcode.Application.Drafts.SaveDraft;

/// <summary>A draft is what fits in one of our forms: a limited number of fields, of limited length.</summary>
public sealed class SaveDraftCommandValidator : AbstractValidator<SaveDraftCommand>
{
    public const int MaxFields = 100;
    public const int MaxNameLength = 100;

    /// <summary>All values together; the longest form (a report) holds a few texts of at most 10.000 characters each.</summary>
    public const int MaxCharacters = 100_000;

    public SaveDraftCommandValidator()
    {
        RuleFor(c => c.FormKey)
            .NotEmpty().WithMessage("Het concept hoort niet bij een formulier.")
            .MaximumLength(FormDraft.MaxFormKeyLength).WithMessage("Het concept hoort niet bij een formulier.");
        RuleFor(c => c.Fields)
            .NotNull().WithMessage("Het concept is leeg.")
            .Must(fields => fields.Count <= MaxFields).WithMessage("Dit formulier heeft te veel velden om als concept te bewaren.")
            .Must(fields => fields.All(f => !string.IsNullOrEmpty(f.Name) && f.Name.Length <= MaxNameLength && f.Value is not null))
            .WithMessage("Het concept hoort niet bij een formulier.")
            .Must(fields => fields.Sum(f => f.Value?.Length ?? 0) <= MaxCharacters)
            .WithMessage(string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"Dit concept is te lang om te bewaren (meer dan {MaxCharacters:N0} tekens). Maak de tekst korter of sla het formulier op."));
    }
}

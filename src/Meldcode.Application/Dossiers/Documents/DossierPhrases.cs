using System.Globalization;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>The Dutch sentences for parts of a dossier, the same on screen, in the record and in the draft report.</summary>
public static class DossierPhrases
{
    public static string Carer(Carer carer)
    {
        ArgumentNullException.ThrowIfNull(carer);
        return $"{carer.Name} ({carer.Relation}{(carer.HasParentalAuthority ? ", heeft gezag" : string.Empty)})";
    }

    public static string Sibling(Sibling sibling)
    {
        ArgumentNullException.ThrowIfNull(sibling);
        return sibling.DateOfBirth is { } born ? $"{sibling.Name} (geboren {DutchTime.Date(born)})" : sibling.Name;
    }

    public static string Kindcheck(Kindcheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.ChildrenPresent
            ? $"Positief: {check.NumberOfChildren?.ToString(CultureInfo.InvariantCulture) ?? "een onbekend aantal"} kind(eren), leeftijden {check.Ages ?? "niet ingevuld"}; zorg: {check.WhoCares ?? "niet ingevuld"}."
            : "Negatief: er wonen of verblijven geen kinderen bij de cliënt.";
    }

    /// <summary>
    /// The children in an adult client's household: what the latest kindcheck found, and the children recorded by name
    /// (the dossier's <see cref="Dossier.Siblings"/>), e.g. "Kindcheck positief: 2 kind(eren), …. Bij naam: Sem Bakker (geboren 01-02-2020)."
    /// </summary>
    public static string ChildrenInHousehold(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var latest = dossier.Kindchecks.Count == 0 ? null : Kindcheck(dossier.Kindchecks[^1]);
        var check = latest is null ? "Nog geen kindcheck vastgelegd." : $"Kindcheck {char.ToLowerInvariant(latest[0])}{latest[1..]}";
        var named = dossier.Siblings.Count == 0 ? "Bij naam: nog niet vastgelegd." : $"Bij naam: {string.Join("; ", dossier.Siblings.Select(Sibling))}.";
        return $"{check} {named}";
    }

    /// <summary>"03-04-2026 om 10:15, op het schoolplein, door juf Sanne".</summary>
    public static string Observed(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var at = signal.ObservedAt is { } time ? $" om {time.ToString("HH\\:mm", CultureInfo.InvariantCulture)}" : string.Empty;
        var place = signal.Place is null ? string.Empty : $", {signal.Place}";
        return $"{DutchTime.Date(signal.ObservedOn)}{at}{place}, door {signal.ObservedBy}";
    }

    public static string Source(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return signal.Source == SignalSource.ToldBySomeone ? $"verteld door {signal.ToldBy}" : "eigen waarneming";
    }

    public static string Participants(Conversation talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        return string.Join(", ", new[] { talk.WithParents ? "ouder(s)" : null, talk.WithChild ? "kind" : null, talk.WithColleague ? "collega" : null, talk.OtherParticipants }.OfType<string>());
    }

    public static string Answer(WeighingAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Question == WeighingQuestion.Safety
            ? $"acute onveiligheid: {DutchTerms.YesNo(answer.AcuteUnsafety == true)}, structurele onveiligheid: {DutchTerms.YesNo(answer.StructuralUnsafety == true)}"
            : DutchTerms.YesNo(answer.Yes);
    }

    /// <summary>Whether the client was told about the report beforehand, and if not, which exception applied and why.</summary>
    /// <summary>Where the review of the decision stands (four eyes), in one sentence; null when the decision did not go to review.</summary>
    public static string? Review(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Reviews.Count == 0 ? null : dossier.Reviews[^1] switch
        {
            { Status: ReviewStatus.CoSigned } r => $"medeondertekend door {r.ReviewedByName} op {DutchTime.Moment(r.ReviewedAt!.Value)}{(r.Comment is null ? "." : $". Opmerking: {r.Comment}")}",
            { Status: ReviewStatus.Disagreed } r => $"{r.ReviewedByName} is het niet eens met het besluit ({DutchTime.Moment(r.ReviewedAt!.Value)}). Reden: {r.Comment} Het besluit blijft staan.",
            var r => $"wacht op beoordeling door de aandachtsfunctionaris, sinds {DutchTime.Moment(r.RequestedAt)}.",
        };
    }

    public static string Informed(VeiligThuisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.ClientInformed
            ? "Ja"
            : $"Nee. Uitzondering: {DutchTerms.InSentence(DutchTerms.For(report.Exception!.Value))}. {report.ExceptionExplanation}".TrimEnd();
    }
}

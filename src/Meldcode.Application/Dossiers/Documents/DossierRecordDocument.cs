using Meldcode.Application.Common.Documents;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>
/// "Dossierverslag meldcode": the complete record of a dossier, to hand over or archive — a summary,
/// every step with every entry, and the whole chronology with corrections next to what they correct.
/// </summary>
public static class DossierRecordDocument
{
    public const string Title = "Dossierverslag meldcode";

    /// <summary>
    /// The record; with a <paramref name="redaction"/>, the record for someone who asked to see the file: third parties
    /// withheld (see <see cref="Redaction"/>) and the list of who accessed the file added.
    /// </summary>
    public static PrintableDocument Compose(DossierDocumentSource source, Redaction? redaction = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var d = source.Dossier;
        var doc = new DocumentBuilder();
        if (redaction is null)
        {
            doc.Chapter($"{Title} – dossier {d.Number}");
            doc.Text("Dit verslag bevat bijzondere persoonsgegevens. Bewaar en deel het alleen volgens de meldcode en het privacybeleid van je organisatie.", TextEmphasis.Muted);
        }
        else
        {
            doc.Chapter($"{Title} – dossier {d.Number} – inzage");
            doc.Text($"Dit is het dossier zoals {redaction.Request.RequesterName} het mag inzien (inzageverzoek van {DutchTime.Date(redaction.Request.ReceivedOn)}). Om anderen te beschermen staan sommige gegevens er niet in: namen van medewerkers, gegevens van andere gezinsleden en van anderen, en wat de aandachtsfunctionaris met een reden heeft weggelaten. Op die plaatsen staat [achterwege gelaten: reden].", TextEmphasis.Muted);
        }

        Summary(doc, source, redaction);
        People(doc, d, redaction);
        Acute(doc, d);
        Signals(doc, d, redaction);
        Consultations(doc, d, redaction);
        Conversation(doc, d, redaction);
        Weighing(doc, d);
        Reports(doc, d);
        Help(doc, d);
        Chronology(doc, d, redaction);
        if (redaction is null)
        {
            return new PrintableDocument(Description(source, Title, $"Verslag van dossier {d.Number} volgens de meldcode"), doc.Blocks);
        }

        AccessList(doc, redaction);
        // Made by the organisation: the name of the lead who made it is not the requester's business either.
        var description = new DocumentDescription(Title, $"Inzage in dossier {d.Number}", source.OrganisationName, $"Dossier {d.Number}", source.DocumentReference, source.MadeAt, source.OrganisationName);
        return new PrintableDocument(description, redaction.Scrub(doc.Blocks));
    }

    internal static DocumentDescription Description(DossierDocumentSource source, string title, string subject) =>
        new(title, subject, source.OrganisationName, $"Dossier {source.Dossier.Number}", source.DocumentReference, source.MadeAt, source.MadeBy.Name);

    private static void Summary(DocumentBuilder doc, DossierDocumentSource source, Redaction? redaction)
    {
        var d = source.Dossier;
        doc.Section("Samenvatting");
        doc.Fields(
            ("Dossiernummer", d.Number),
            (DutchTerms.For(d.Subject), d.PersonConcerned.FullName),
            ("Geboortedatum", DutchTime.Date(d.PersonConcerned.DateOfBirth)),
            ("Groep of klas", d.Child is { } child ? child.Group ?? string.Empty : null),
            ("Kinderen in het gezin", d.Subject == DossierSubject.Client ? DossierPhrases.ChildrenInHousehold(d) : null),
            ("Team of locatie", source.TeamName),
            ("Eigenaar", redaction is null ? source.OwnerName : Redaction.Marker(Redaction.StaffName)),
            ("Werken mee", d.Collaborators.Count == 0 ? "niemand" : redaction is null ? string.Join(", ", d.Collaborators.Select(c => c.Name)) : Redaction.Marker(Redaction.StaffName)),
            ("Status", DutchTerms.For(d.Status)),
            ("Geopend", DutchTime.Moment(d.OpenedAt)),
            ("Gesloten", d.ClosedAt is { } closed ? $"{DutchTime.Moment(closed)}. Reden: {d.CloseReason}" : null),
            ("Besluit", d.Decision is { } decision ? DutchTerms.For(decision.Outcome) : "nog geen besluit"),
            ("Wijkt af van het advies", d.Decision is { } decided ? (decided.IsDeviation ? $"ja (het afwegingskader raadde aan: {DutchTerms.InSentence(DutchTerms.For(decided.Recommended))})" : "nee") : null),
            ("Vier ogen", DossierPhrases.Review(d)),
            ("Acuut gevaar", d.IsAcute ? "ja, er zijn acute acties vastgelegd" : "nee"),
            ("Gemaakt", redaction is null ? $"{DutchTime.Moment(source.MadeAt)} door {source.MadeBy.Name}" : $"{DutchTime.Moment(source.MadeAt)} voor {redaction.Request.RequesterName}"));
    }

    private static void People(DocumentBuilder doc, Dossier d, Redaction? redaction)
    {
        var withheld = Redaction.Marker(Redaction.OtherFamily);
        var carers = d.Carers.Select(c => redaction is null || redaction.Shows(c) ? DossierPhrases.Carer(c) : withheld).Distinct();
        doc.Section(d.Subject == DossierSubject.Client ? "Kinderen in het gezin, ouders en verzorgers" : "Ouders, verzorgers, broers en zussen");
        doc.Fields(
            ("Ouders en verzorgers", d.Carers.Count == 0 ? string.Empty : string.Join("; ", carers)),
            (DutchTerms.SiblingsOf(d.Subject), d.Siblings.Count == 0 ? string.Empty : redaction is null ? string.Join("; ", d.Siblings.Select(DossierPhrases.Sibling)) : withheld));
    }

    private static void Acute(DocumentBuilder doc, Dossier d)
    {
        if (d.EmergencyActions.Count == 0)
        {
            return;
        }

        doc.Section("Acuut gevaar");
        foreach (var action in d.EmergencyActions)
        {
            doc.Item($"Actie op {DutchTime.Moment(action.OccurredAt)}");
            doc.Fields(("Wat is gedaan", action.WhatWasDone), ("Ingeschakeld", action.WhomContacted), ("Vastgelegd", DutchTime.Moment(action.RecordedAt)));
        }
    }

    private static void Signals(DocumentBuilder doc, Dossier d, Redaction? redaction)
    {
        doc.Section("Stap 1: signalen in kaart brengen");
        if (d.Signals.Count == 0 && d.Kindchecks.Count == 0)
        {
            doc.Text("Geen signalen vastgelegd.", TextEmphasis.Muted);
        }

        foreach (var check in d.Kindchecks)
        {
            doc.Item($"Kindcheck ({DutchTime.Moment(check.RecordedAt)})");
            doc.Text(DossierPhrases.Kindcheck(check));
        }

        var number = 0;
        foreach (var signal in d.Signals)
        {
            number++;
            doc.Item($"Signaal {number}: {DutchTerms.For(signal.Category)}");
            if (redaction?.ReasonFor(signal.Id) is { } reason)
            {
                doc.Text(Redaction.Marker(reason));
                continue;
            }

            if (signal.IsContraIndication)
            {
                doc.Text("Contra-indicatie: dit signaal pleit tegen het vermoeden.", TextEmphasis.Strong);
            }

            doc.Fields(
                ("Waargenomen", DossierPhrases.Observed(signal)),
                ("Bron", DossierPhrases.Source(signal)),
                ("Feiten", signal.Facts),
                ("Eigen woorden van het kind", signal.QuotedChildsOwnWords ?? string.Empty),
                ("Interpretatie", signal.Interpretation ?? string.Empty),
                ("Vastgelegd", DutchTime.Moment(signal.RecordedAt)));
        }
    }

    private static void Consultations(DocumentBuilder doc, Dossier d, Redaction? redaction)
    {
        doc.Section("Stap 2: collegiale consultatie en advies");
        if (d.Consultations.Count == 0)
        {
            doc.Text("Geen consultaties vastgelegd.", TextEmphasis.Muted);
        }

        foreach (var c in d.Consultations)
        {
            doc.Item($"{DutchTerms.For(c.Kind)} op {DutchTime.Date(c.HeldOn)}");
            if (redaction?.ReasonFor(c.Id) is { } reason)
            {
                doc.Text(Redaction.Marker(reason));
                continue;
            }

            doc.Fields(
                ("Met", c.WithWhom),
                ("Vraag", c.Question),
                ("Advies", c.Advice),
                ("Afspraken", c.AgreedActions ?? string.Empty),
                ("Toestemming om te delen", c.RequestId is null ? DutchTerms.For(c.Consent) : "niet van toepassing: advies binnen de organisatie, in Meldcode"));
        }

        foreach (var request in d.ConsultationRequests.Where(r => r.IsOpen))
        {
            doc.Item($"Open adviesvraag aan {request.ConsultantName}");
            doc.Fields(("Gevraagd", DutchTime.Moment(request.RequestedAt)), ("Vraag", request.Question));
        }
    }

    private static void Conversation(DocumentBuilder doc, Dossier d, Redaction? redaction)
    {
        doc.Section("Stap 3: gesprek met de cliënt");
        if (d.ConversationSkipReason is { } skip)
        {
            doc.Text($"Het gesprek is overgeslagen. Reden: {DutchTerms.InSentence(DutchTerms.For(skip))}.", TextEmphasis.Strong);
            doc.Fields(("Toelichting", d.ConversationSkipExplanation ?? string.Empty));
        }
        else if (d.Conversations.Count == 0)
        {
            doc.Text("Geen gesprek vastgelegd.", TextEmphasis.Muted);
        }

        foreach (var talk in d.Conversations)
        {
            doc.Item($"Gesprek op {DutchTime.Date(talk.HeldOn)}");
            if (redaction?.ReasonFor(talk.Id) is { } reason)
            {
                doc.Text(Redaction.Marker(reason));
                continue;
            }

            doc.Fields(
                ("Deelnemers", DossierPhrases.Participants(talk)),
                ("Benoemde zorgen", talk.ConcernsNamed),
                ("Reactie van de cliënt", talk.ClientReaction),
                ("Afspraken", talk.Agreements ?? string.Empty));
        }
    }

    private static void Weighing(DocumentBuilder doc, Dossier d)
    {
        doc.Section("Stap 4 en 5: wegen met het afwegingskader en beslissen");
        if (d.WeighingAnswers.Count == 0)
        {
            doc.Text("Nog niet gewogen.", TextEmphasis.Muted);
        }

        foreach (var answer in d.WeighingAnswers.OrderBy(a => a.Question).ThenBy(a => a.AnsweredAt))
        {
            doc.Item(DutchTerms.For(answer.Question));
            doc.Fields(
                ("Antwoord", DossierPhrases.Answer(answer)),
                ("Onderbouwing", answer.Rationale),
                ("Beantwoord", DutchTime.Moment(answer.AnsweredAt)),
                ("Vervangen", answer.SupersededAt is { } superseded ? $"{DutchTime.Moment(superseded)}, door een nieuw antwoord" : null));
        }

        if (d.Recommendation.Outcome is { } recommended)
        {
            doc.Text($"Het afwegingskader raadt aan: {DutchTerms.InSentence(DutchTerms.For(recommended))}.", TextEmphasis.Strong);
        }

        if (d.Decision is { } decision)
        {
            doc.Item($"Besluit: {DutchTerms.For(decision.Outcome)}");
            doc.Fields(
                ("Besloten", DutchTime.Moment(decision.DecidedAt)),
                ("Onderbouwing", decision.Grounds),
                ("Advies van het afwegingskader", DutchTerms.For(decision.Recommended)),
                ("Wijkt af van het advies", decision.IsDeviation ? "ja" : "nee"),
                ("Verantwoording van de afwijking", decision.IsDeviation ? decision.DeviationJustification ?? string.Empty : null),
                ("Advies bij dit besluit", decision.Advice),
                ("Vier ogen", DossierPhrases.Review(d)));
        }
    }

    private static void Reports(DocumentBuilder doc, Dossier d)
    {
        if (d.Reports.Count == 0)
        {
            return;
        }

        doc.Section("Melding bij Veilig Thuis");
        foreach (var report in d.Reports)
        {
            doc.Item($"Melding op {DutchTime.Date(report.ReportedOn)}");
            doc.Fields(
                ("Veilig Thuis-regio", VeiligThuisRegions.Name(report.Region) ?? report.Region),
                ("Contactpersoon", report.ContactPerson),
                ("Kenmerk van Veilig Thuis", report.Reference ?? string.Empty),
                ("Wat is gemeld", report.WhatWasReported),
                ("Cliënt vooraf geïnformeerd (open melden)", DossierPhrases.Informed(report)),
                ("Terugkoppeling van Veilig Thuis", report.Feedback is { } feedback ? $"{DutchTerms.For(feedback)} ({DutchTime.Date(report.FeedbackOn!.Value)})" : "nog niet ontvangen"),
                ("Vervolgafspraken", report.Feedback is null ? null : report.FollowUpAgreements ?? string.Empty));
        }
    }

    private static void Help(DocumentBuilder doc, Dossier d)
    {
        if (d.HelpPlans.Count == 0)
        {
            return;
        }

        doc.Section("Hulp en volgen");
        foreach (var plan in d.HelpPlans)
        {
            doc.Item($"Hulp door {plan.ByWhom}");
            doc.Fields(
                ("Welke hulp", plan.WhatHelp),
                ("Vastgelegd", DutchTime.Moment(plan.RecordedAt)),
                ("Evaluatiedatum", DutchTime.Date(plan.EvaluationDate)),
                ("Afgerond", plan.EndedAt is { } ended ? DutchTime.Moment(ended) : null));
            foreach (var evaluation in d.Evaluations.Where(e => e.HelpPlanId == plan.Id))
            {
                doc.Fields(
                    ("Evaluatie", DutchTime.Moment(evaluation.EvaluatedAt)),
                    (DutchTerms.For(WeighingQuestion.Result), DutchTerms.YesNo(evaluation.HelpBringsLastingSafety)),
                    ("Onderbouwing", evaluation.Rationale),
                    ("Afspraken over volgen", evaluation.HelpBringsLastingSafety ? evaluation.MonitoringAgreements ?? string.Empty : null));
            }
        }
    }

    private static void Chronology(DocumentBuilder doc, Dossier d, Redaction? redaction)
    {
        doc.Section("Chronologie");
        doc.Text("Alles wat in dit dossier is gebeurd, in volgorde. Niets is overschreven of verwijderd: een correctie staat direct onder de regel die zij corrigeert.", TextEmphasis.Muted);
        var corrections = d.Chronology.Where(e => e.CorrectsEntryId is not null).ToLookup(e => e.CorrectsEntryId!.Value);
        var rows = new List<IReadOnlyList<string>>(d.Chronology.Count);
        foreach (var entry in d.Chronology.Where(e => e.CorrectsEntryId is null))
        {
            rows.Add([entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), DutchTime.Moment(entry.OccurredAt), Who(entry, redaction), What(entry, redaction)]);
            foreach (var correction in corrections[entry.Id])
            {
                rows.Add([$"{correction.Sequence} (correctie op {entry.Sequence})", DutchTime.Moment(correction.OccurredAt), Who(correction, redaction), What(correction, redaction)]);
            }
        }

        doc.Table([new TableColumn("Nr.", 0.12), new TableColumn("Moment", 0.2), new TableColumn("Wie", 0.2), new TableColumn("Wat", 0.48)], rows);
    }

    private static string Who(ChronologyEntry entry, Redaction? redaction) => redaction is null ? entry.ActorName : "een medewerker";

    private static string What(ChronologyEntry entry, Redaction? redaction) =>
        redaction?.ReasonFor(entry.Id) is { } reason ? Redaction.Marker(reason) : entry.Summary;

    /// <summary>Who accessed the file, by role (the names of staff are third-party information), from the access log.</summary>
    private static void AccessList(DocumentBuilder doc, Redaction redaction)
    {
        doc.Section("Wie het dossier heeft ingezien of gebruikt");
        doc.Text("Uit het toegangslogboek: wanneer, in welke rol en wat er met het dossier is gedaan. Namen van medewerkers staan er niet in.", TextEmphasis.Muted);
        if (redaction.AccessList.Count == 0)
        {
            doc.Text("Het toegangslogboek heeft (nog) geen regels over dit dossier.", TextEmphasis.Muted);
            return;
        }

        doc.Table(
            [new TableColumn("Moment", 0.22), new TableColumn("Rol", 0.28), new TableColumn("Wat", 0.2), new TableColumn("Onderdeel", 0.3)],
            [.. redaction.AccessList.Select(l => (IReadOnlyList<string>)[DutchTime.Moment(l.At), l.Roles, l.Action, l.Part])]);
    }
}

using Meldcode.Application.Common.Documents;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>
/// "Concept melding": the content of a report to Veilig Thuis, taken from the dossier and ordered the
/// way Veilig Thuis asks for it — the reporter, the people involved, the signals with their sources,
/// what has been done, the network, whether the client knows, and what the reporter asks.
/// </summary>
public static class VeiligThuisDraftDocument
{
    public const string Title = "Concept melding aan Veilig Thuis";

    public static PrintableDocument Compose(DossierDocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var d = source.Dossier;
        var doc = new DocumentBuilder();
        doc.Chapter($"{Title} – dossier {d.Number}");
        doc.Text("Dit concept is gemaakt uit het dossier. Lees het na en vul het aan voordat je meldt: telefonisch via 0800-2000 of met het meldformulier van Veilig Thuis in je regio.", TextEmphasis.Muted);
        if (!DecidedToReport(d))
        {
            doc.Text("Let op: in dit dossier is (nog) geen besluit vastgelegd om te melden.", TextEmphasis.Strong);
        }

        Reporter(doc, source);
        Involved(doc, d);
        Signals(doc, d);
        DoneSoFar(doc, d);
        Network(doc, d);
        ClientInformed(doc, d);
        Request(doc, d);
        return new PrintableDocument(DossierRecordDocument.Description(source, Title, $"Concept van de melding aan Veilig Thuis uit dossier {d.Number}"), doc.Blocks);
    }

    /// <summary>Whether the decision recorded in the dossier is to report (with or without going on helping).</summary>
    public static bool DecidedToReport(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Decision?.Outcome is Outcome.Report or Outcome.ReportAndHelp;
    }

    private static void Reporter(DocumentBuilder doc, DossierDocumentSource source)
    {
        doc.Section("1. Melder");
        doc.Fields(
            ("Naam", source.MadeBy.Name),
            ("Organisatie", source.OrganisationName),
            ("Team of locatie", source.TeamName),
            ("Eigenaar van het dossier", source.OwnerName));
        doc.Text("Vul je telefoonnummer aan, zodat Veilig Thuis je kan terugbellen.", TextEmphasis.Muted);
    }

    private static void Involved(DocumentBuilder doc, Dossier d)
    {
        doc.Section("2. Betrokkenen");
        if (d.Child is { } child)
        {
            doc.Item("Het kind");
            doc.Fields(("Naam", child.FullName), ("Geboortedatum", DutchTime.Date(child.DateOfBirth)), ("Groep of klas", child.Group ?? string.Empty));
        }
        else
        {
            doc.Item("De cliënt (volwassene)");
            doc.Fields(("Naam", d.PersonConcerned.FullName), ("Geboortedatum", DutchTime.Date(d.PersonConcerned.DateOfBirth)));
            doc.Item("Kinderen in het gezin");
            doc.Text(DossierPhrases.ChildrenInHousehold(d));
        }

        doc.Item("Ouders en verzorgers");
        if (d.Carers.Count == 0)
        {
            doc.Text("Niet vastgelegd in het dossier.", TextEmphasis.Muted);
        }

        foreach (var carer in d.Carers)
        {
            doc.Fields(("Naam", carer.Name), ("Relatie tot het kind", carer.Relation), ("Gezag", DutchTerms.YesNo(carer.HasParentalAuthority)));
        }

        if (d.Subject == DossierSubject.Child)
        {
            doc.Item("Broers en zussen");
            doc.Text(d.Siblings.Count == 0 ? "Niet vastgelegd in het dossier." : string.Join("; ", d.Siblings.Select(DossierPhrases.Sibling)), d.Siblings.Count == 0 ? TextEmphasis.Muted : TextEmphasis.Normal);
        }
    }

    private static void Signals(DocumentBuilder doc, Dossier d)
    {
        doc.Section("3. Signalen");
        var signals = d.Signals.Where(s => !s.IsContraIndication).ToList();
        if (signals.Count == 0)
        {
            doc.Text("Geen signalen vastgelegd.", TextEmphasis.Muted);
        }

        foreach (var signal in signals)
        {
            SignalItem(doc, signal);
        }

        var contra = d.Signals.Where(s => s.IsContraIndication).ToList();
        if (contra.Count > 0)
        {
            doc.Item("Wat tegen het vermoeden pleit");
            foreach (var signal in contra)
            {
                SignalItem(doc, signal);
            }
        }
    }

    private static void SignalItem(DocumentBuilder doc, Signal signal)
    {
        doc.Fields(
            ("Soort", DutchTerms.For(signal.Category)),
            ("Waargenomen", DossierPhrases.Observed(signal)),
            ("Bron", DossierPhrases.Source(signal)),
            ("Feiten", signal.Facts),
            ("Letterlijk gezegd door het kind", signal.QuotedChildsOwnWords),
            ("Interpretatie van de melder", signal.Interpretation));
    }

    private static void DoneSoFar(DocumentBuilder doc, Dossier d)
    {
        doc.Section("4. Wat er al is gedaan");
        var nothing = true;
        foreach (var c in d.Consultations)
        {
            nothing = false;
            doc.Item($"{DutchTerms.For(c.Kind)} op {DutchTime.Date(c.HeldOn)}");
            doc.Fields(("Met", c.WithWhom), ("Advies", c.Advice), ("Afspraken", c.AgreedActions));
        }

        if (d.ConversationSkipReason is { } skip)
        {
            nothing = false;
            doc.Item("Gesprek met de cliënt");
            doc.Text($"Niet gevoerd. Reden: {DutchTerms.InSentence(DutchTerms.For(skip))}. {d.ConversationSkipExplanation}".TrimEnd());
        }

        foreach (var talk in d.Conversations)
        {
            nothing = false;
            doc.Item($"Gesprek met de cliënt op {DutchTime.Date(talk.HeldOn)}");
            doc.Fields(("Deelnemers", DossierPhrases.Participants(talk)), ("Benoemde zorgen", talk.ConcernsNamed), ("Reactie", talk.ClientReaction), ("Afspraken", talk.Agreements));
        }

        foreach (var plan in d.HelpPlans)
        {
            nothing = false;
            doc.Item($"Hulp door {plan.ByWhom}");
            doc.Fields(("Welke hulp", plan.WhatHelp), ("Evaluatie", DutchTime.Date(plan.EvaluationDate)));
        }

        foreach (var action in d.EmergencyActions)
        {
            nothing = false;
            doc.Item($"Actie bij acuut gevaar op {DutchTime.Moment(action.OccurredAt)}");
            doc.Fields(("Wat is gedaan", action.WhatWasDone), ("Ingeschakeld", action.WhomContacted));
        }

        if (nothing)
        {
            doc.Text("Niets vastgelegd in het dossier.", TextEmphasis.Muted);
        }
    }

    private static void Network(DocumentBuilder doc, Dossier d)
    {
        doc.Section("5. Netwerk en betrokken hulpverlening");
        var involved = d.HelpPlans.Select(p => p.ByWhom)
            .Concat(d.Consultations.Where(c => c.IsExpertConsultation).Select(c => c.WithWhom))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        doc.Text(involved.Count == 0 ? "Niet vastgelegd in het dossier." : string.Join("; ", involved), involved.Count == 0 ? TextEmphasis.Muted : TextEmphasis.Normal);
    }

    private static void ClientInformed(DocumentBuilder doc, Dossier d)
    {
        doc.Section("6. Is de cliënt geïnformeerd over de melding?");
        if (d.Reports.Count > 0)
        {
            doc.Text(DossierPhrases.Informed(d.Reports[^1]));
        }
        else if (d.ConversationSkipReason is { } skip)
        {
            doc.Text($"Nee. Het gesprek met de cliënt is overgeslagen: {DutchTerms.InSentence(DutchTerms.For(skip))}.");
        }
        else if (d.Conversations.Count > 0)
        {
            doc.Text($"De zorgen zijn op {DutchTime.Date(d.Conversations[^1].HeldOn)} met de cliënt besproken. Of de cliënt ook over de melding is verteld, staat nog niet in het dossier.");
        }
        else
        {
            doc.Text("Nog niet vastgelegd in het dossier.", TextEmphasis.Muted);
        }
    }

    private static void Request(DocumentBuilder doc, Dossier d)
    {
        doc.Section("7. Wat de melder vraagt");
        var safety = d.CurrentAnswerTo(WeighingQuestion.Safety);
        if (safety?.AcuteUnsafety == true)
        {
            doc.Text("Volgens onze weging is er sprake van acute onveiligheid.", TextEmphasis.Strong);
        }
        else if (safety?.StructuralUnsafety == true)
        {
            doc.Text("Volgens onze weging is er sprake van structurele onveiligheid.", TextEmphasis.Strong);
        }

        switch (d.Decision?.Outcome)
        {
            case Outcome.Report:
                doc.Text("Wij vragen Veilig Thuis de situatie te beoordelen en te bepalen wat er nodig is.");
                break;
            case Outcome.ReportAndHelp:
                doc.Text("Wij vragen Veilig Thuis de situatie te beoordelen en te bepalen wat er nodig is. Wij blijven het kind en het gezin helpen binnen onze mogelijkheden.");
                break;
            default:
                doc.Text("Nog geen besluit om te melden vastgelegd.", TextEmphasis.Muted);
                break;
        }

        if (d.Decision is { } decision)
        {
            doc.Fields(
                ("Onderbouwing van het besluit", decision.Grounds),
                ("Beoordeeld door de aandachtsfunctionaris (vier ogen)", DossierPhrases.Review(d)));
        }
    }
}

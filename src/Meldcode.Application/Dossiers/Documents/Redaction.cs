using System.Text.RegularExpressions;
using Meldcode.Application.Common.Documents;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>One line of the list of who accessed the file, as the requester sees it: a role, not a name.</summary>
public sealed record AccessListLine(DateTimeOffset At, string Roles, string Action, string Part);

/// <summary>
/// What the record withholds when it is made for someone who asked to see the file (AVG art. 15, lid 4): the names of
/// the professionals (who wrote entries, observed, consulted, worked on the dossier, reviewed), of other people who told
/// something, of the Veilig Thuis contact, the details of family members other than the requester, and whatever the lead
/// marked with a reason (a signal, a consultation, a conversation or a line of the chronology). Withheld text reads
/// "[achterwege gelaten: reden]". The record adds the list of who accessed the file, by role.
/// </summary>
public sealed class Redaction
{
    public const string StaffName = "naam van een medewerker";
    public const string OtherFamily = "gegevens van een ander gezinslid";
    public const string OtherPerson = "naam van iemand anders";

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "der", "den", "ter", "ten", "het", "aan", "bij", "uit", "tot", "ver", "voor", "over", "onder", "von", "ben", "bin", "juf", "meester", "mevrouw", "meneer",
    };

    private readonly Dictionary<Guid, string> _marked;
    private readonly List<(Regex Pattern, string Marker)> _names;

    public Redaction(Dossier dossier, InspectionRequest request, IReadOnlyDictionary<Guid, string> marked, IReadOnlyList<AccessListLine> accessList, IEnumerable<string> staffNames)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(accessList);
        ArgumentNullException.ThrowIfNull(staffNames);
        Request = request;
        AccessList = accessList;
        _marked = Linked(dossier, marked);
        _names = NamesToWithhold(dossier, request, staffNames);
    }

    public InspectionRequest Request { get; }

    public IReadOnlyList<AccessListLine> AccessList { get; }

    public static string Marker(string reason) => $"[achterwege gelaten: {reason}]";

    /// <summary>Whether a carer's details are shown: only the requester's own.</summary>
    public bool Shows(Carer carer) => carer?.Id == Request.CarerId;

    /// <summary>The lead's reason for withholding this item (a signal, consultation, conversation or chronology line), or null.</summary>
    public string? ReasonFor(Guid itemId) => _marked.GetValueOrDefault(itemId);

    /// <summary>The composed blocks with every remaining name of a professional or another person replaced by a marker.</summary>
    public IReadOnlyList<DocumentBlock> Scrub(IReadOnlyList<DocumentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return [.. blocks.Select(Scrub)];
    }

    /// <summary>What the export withholds, one item per line, for the request and the chronology.</summary>
    public static string Summary(Dossier dossier, InspectionRequest request, IReadOnlyDictionary<Guid, string> marked)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(marked);
        var lines = new List<string> { "namen van medewerkers (wie iets vastlegde, waarnam, adviseerde of meewerkte)" };
        var otherCarers = dossier.Carers.Count(c => c.Id != request.CarerId);
        if (otherCarers > 0)
        {
            lines.Add($"gegevens van {otherCarers} andere ouder(s) of verzorger(s)");
        }

        if (dossier.Siblings.Count > 0)
        {
            lines.Add($"gegevens van {dossier.Siblings.Count} {(dossier.Subject == DossierSubject.Client ? "kind(eren) in het gezin" : "broer(s) of zus(sen)")}");
        }

        if (dossier.Signals.Any(s => s.ToldBy is not null))
        {
            lines.Add("wie een signaal heeft verteld");
        }

        if (dossier.Reports.Count > 0)
        {
            lines.Add("de contactpersoon bij Veilig Thuis");
        }

        foreach (var (id, reason) in marked)
        {
            lines.Add($"{Describe(dossier, id)} (reden: {reason.Trim()})");
        }

        return string.Join(Environment.NewLine, lines.Select(l => $"- {l}"));
    }

    /// <summary>The items a lead can mark, with a name a person recognises; null when the id is none of them.</summary>
    public static string? Describe(Dossier dossier, Guid id)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var signal = dossier.Signals.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Id == id);
        if (signal.s is not null)
        {
            return $"signaal {signal.i + 1} ({DutchTerms.For(signal.s.Category)}, {DutchTime.Date(signal.s.ObservedOn)})";
        }

        if (dossier.Consultations.FirstOrDefault(c => c.Id == id) is { } consultation)
        {
            return $"consultatie van {DutchTime.Date(consultation.HeldOn)}";
        }

        if (dossier.Conversations.FirstOrDefault(c => c.Id == id) is { } talk)
        {
            return $"gesprek van {DutchTime.Date(talk.HeldOn)}";
        }

        return dossier.Chronology.FirstOrDefault(e => e.Id == id) is { } entry ? $"regel {entry.Sequence} van de chronologie" : null;
    }

    /// <summary>A marked item withholds its lines in the chronology too (written at the same moment), and the corrections of a marked line; a marked line its item.</summary>
    private static Dictionary<Guid, string> Linked(Dossier dossier, IReadOnlyDictionary<Guid, string> marked)
    {
        var result = new Dictionary<Guid, string>(marked);
        var items = dossier.Signals.Select(s => (s.Id, s.RecordedAt, Kinds: new[] { ChronologyEntryKind.SignalRecorded }))
            .Concat(dossier.Consultations.Select(c => (c.Id, c.RecordedAt, Kinds: new[] { ChronologyEntryKind.ConsultationRecorded, ChronologyEntryKind.ConsultationRequestAnswered })))
            .Concat(dossier.Conversations.Select(c => (c.Id, c.RecordedAt, Kinds: new[] { ChronologyEntryKind.ConversationRecorded })))
            .ToList();
        foreach (var (id, recordedAt, kinds) in items)
        {
            var entries = dossier.Chronology.Where(e => e.OccurredAt == recordedAt && kinds.Contains(e.Kind)).ToList();
            if (result.TryGetValue(id, out var reason))
            {
                entries.ForEach(e => result.TryAdd(e.Id, reason));
            }
            else if (entries.Select(e => result.GetValueOrDefault(e.Id)).FirstOrDefault(r => r is not null) is { } fromLine)
            {
                result[id] = fromLine;
            }
        }

        foreach (var correction in dossier.Chronology.Where(e => e.CorrectsEntryId is { } original && result.ContainsKey(original)))
        {
            result.TryAdd(correction.Id, result[correction.CorrectsEntryId!.Value]);
        }

        return result;
    }

    private static List<(Regex, string)> NamesToWithhold(Dossier dossier, InspectionRequest request, IEnumerable<string> staffNames)
    {
        var keep = new[] { dossier.PersonConcerned.FirstName, dossier.PersonConcerned.LastName }
            .Concat(request.RequesterName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(dossier.Carers.Where(c => c.Id == request.CarerId).SelectMany(c => c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = staffNames.Select(n => (Name: n, Marker: StaffName))
            .Concat(dossier.Chronology.Select(e => (Name: e.ActorName, Marker: StaffName)))
            .Concat(dossier.Collaborators.Select(c => (Name: c.Name, Marker: StaffName)))
            .Concat(dossier.Reviews.Where(r => r.ReviewedByName is not null).Select(r => (Name: r.ReviewedByName!, Marker: StaffName)))
            .Concat(dossier.ConsultationRequests.Select(r => (Name: r.ConsultantName, Marker: StaffName)))
            .Concat(dossier.Carers.Where(c => c.Id != request.CarerId).Select(c => (Name: c.Name, Marker: OtherFamily)))
            .Concat(dossier.Siblings.Select(s => (Name: s.Name, Marker: OtherFamily)))
            .ToList();

        // Whole names first, then the first names of people (free text often names someone by their first name only).
        var phrases = people
            .Concat(people.Select(p => (Name: p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty, p.Marker)))
            .Concat(dossier.Signals.Where(s => s.ToldBy is not null).Select(s => (Name: s.ToldBy!, Marker: OtherPerson)))
            .Concat(dossier.Signals.Select(s => (Name: s.ObservedBy, Marker: StaffName)))
            .Concat(dossier.Consultations.Select(c => (Name: c.WithWhom, Marker: OtherPerson)))
            .Concat(dossier.Reports.Select(r => (Name: r.ContactPerson, Marker: OtherPerson)))
            .Concat(dossier.Conversations.Where(c => c.OtherParticipants is not null).Select(c => (Name: c.OtherParticipants!, Marker: OtherPerson)))
            .Select(p => (Name: p.Name.Trim(), p.Marker))
            .Where(p => p.Name.Length > 2 && !keep.Contains(p.Name) && !NameParticles.Contains(p.Name))
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Name.Length);
        return [.. phrases.Select(p => (new Regex($@"(?<![\p{{L}}\[]){Regex.Escape(p.Name)}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), Marker(p.Marker)))];
    }

    private DocumentBlock Scrub(DocumentBlock block) => block switch
    {
        HeadingBlock h => new HeadingBlock(h.Level, Scrub(h.Text)),
        ParagraphBlock p => new ParagraphBlock(Scrub(p.Text), p.Emphasis),
        FieldsBlock f => new FieldsBlock([.. f.Fields.Select(x => new DocumentField(x.Label, x.Value is null ? null : Scrub(x.Value)))]),
        TableBlock t => new TableBlock(t.Columns, [.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Scrub)])]),
        _ => block,
    };

    private string Scrub(string text)
    {
        foreach (var (pattern, marker) in _names)
        {
            text = Replace(text, pattern, marker);
        }

        return text;
    }

    /// <summary>Replaces outside the markers already in the text, so a marker's own words are never replaced.</summary>
    private static string Replace(string text, Regex pattern, string marker)
    {
        var parts = Regex.Split(text, @"(\[achterwege gelaten: [^\]]*\])", RegexOptions.None, TimeSpan.FromSeconds(1));
        return string.Concat(parts.Select(part => part.StartsWith("[achterwege gelaten: ", StringComparison.Ordinal) ? part : pattern.Replace(part, marker)));
    }
}

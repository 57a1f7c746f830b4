using System.Text.Json;

namespace Meldcode.Application.Drafts;

/// <summary>One typed field of a form: its name as posted (<c>Facts</c>) and its value. A choice of several values is several fields of one name.</summary>
public sealed record DraftField(string Name, string Value);

/// <summary>How a draft's fields are stored in <see cref="Domain.Drafts.FormDraft.Fields"/>.</summary>
internal static class DraftFields
{
    public static string Write(IReadOnlyList<DraftField> fields) => JsonSerializer.Serialize(fields);

    public static IReadOnlyList<DraftField> Read(string stored) => JsonSerializer.Deserialize<List<DraftField>>(stored) ?? [];
}

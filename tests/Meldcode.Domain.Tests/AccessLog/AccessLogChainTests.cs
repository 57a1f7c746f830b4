using System.Reflection;
using Meldcode.Domain.AccessLog;

namespace Meldcode.Domain.Tests.AccessLog;

/// <summary>Each line of the access log carries a hash over its content and the line before it, so tampering shows.</summary>
public sealed class AccessLogChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 8, 30, 15, 250, TimeSpan.Zero);

    [Fact]
    public void A_chain_written_line_after_line_is_intact()
    {
        var verifier = AccessLogVerifier.Verify(Chain(5));

        Assert.True(verifier.IsIntact);
        Assert.Equal(5, verifier.Checked);
    }

    [Fact]
    public void An_empty_log_is_intact()
    {
        Assert.True(AccessLogVerifier.Verify([]).IsIntact);
    }

    [Fact]
    public void The_first_line_follows_on_from_the_genesis_hash_and_is_numbered_one()
    {
        var first = Chain(1)[0];

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AccessLogEntry.GenesisHash, first.PreviousHash);
        Assert.Equal(64, first.Hash.Length);
    }

    [Fact]
    public void A_line_is_kept_to_the_second_in_UTC()
    {
        var line = Chain(1)[0];

        Assert.Equal(new DateTimeOffset(2026, 11, 18, 8, 30, 15, TimeSpan.Zero), line.At);
        Assert.Equal(TimeSpan.Zero, line.At.Offset);
    }

    [Theory]
    [InlineData(nameof(AccessLogEntry.UserName), "Iemand Anders")]
    [InlineData(nameof(AccessLogEntry.Part), "dossiers/{id}")]
    [InlineData(nameof(AccessLogEntry.SubjectNumber), "2026-0099")]
    [InlineData(nameof(AccessLogEntry.ClientAddress), "10.0.0.99")]
    [InlineData(nameof(AccessLogEntry.Roles), "PrivacyOfficer")]
    public void A_line_changed_after_it_was_written_is_found(string property, string value)
    {
        var chain = Chain(5);
        Tamper(chain[2], property, value);

        var verifier = AccessLogVerifier.Verify(chain);

        Assert.Equal(new AccessLogBreak(3, AccessLogBreakKind.Changed), verifier.Break);
    }

    [Fact]
    public void A_refusal_rewritten_as_allowed_is_found()
    {
        var chain = Chain(3);
        Tamper(chain[1], nameof(AccessLogEntry.Outcome), AccessOutcome.Allowed);

        Assert.Equal(new AccessLogBreak(2, AccessLogBreakKind.Changed), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void A_removed_line_is_found_where_it_is_missing()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        Assert.Equal(new AccessLogBreak(3, AccessLogBreakKind.Missing), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void A_removed_last_line_cannot_be_told_from_a_shorter_log_but_the_first_line_can()
    {
        var chain = Chain(3);
        chain.RemoveAt(0);

        Assert.Equal(new AccessLogBreak(1, AccessLogBreakKind.Missing), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void A_line_rewritten_with_a_fresh_hash_no_longer_links_to_the_next()
    {
        var chain = Chain(4);
        Tamper(chain[1], nameof(AccessLogEntry.UserName), "Iemand Anders");
        Tamper(chain[1], nameof(AccessLogEntry.Hash), chain[1].ComputeHash());

        Assert.Equal(new AccessLogBreak(3, AccessLogBreakKind.NotLinked), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void A_removed_line_with_the_rest_renumbered_and_rehashed_is_found_on_the_line_after_it()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);
        Tamper(chain[1], nameof(AccessLogEntry.Sequence), 2L);
        Tamper(chain[1], nameof(AccessLogEntry.Hash), chain[1].ComputeHash());

        Assert.Equal(new AccessLogBreak(2, AccessLogBreakKind.NotLinked), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void Lines_out_of_order_are_found()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        Assert.Equal(new AccessLogBreak(2, AccessLogBreakKind.Missing), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void A_duplicated_line_is_found()
    {
        var chain = Chain(3);
        chain.Insert(2, chain[1]);

        Assert.Equal(new AccessLogBreak(2, AccessLogBreakKind.OutOfOrder), AccessLogVerifier.Verify(chain).Break);
    }

    [Fact]
    public void A_line_break_in_a_field_cannot_move_text_into_the_next_field_unnoticed()
    {
        var a = AccessLogEntry.Append(0, AccessLogEntry.GenesisHash, Line() with { UserName = "Anna\nProfessional", Roles = "" });
        var b = AccessLogEntry.Append(0, AccessLogEntry.GenesisHash, Line() with { UserName = "Anna", Roles = "Professional" });

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Each_break_is_described_in_plain_Dutch_with_its_line_number()
    {
        foreach (var kind in Enum.GetValues<AccessLogBreakKind>())
        {
            var text = new AccessLogBreak(42, kind).Describe();
            Assert.Contains("Regel 42", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_undefined_action_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AccessLogEntry.Append(0, AccessLogEntry.GenesisHash, Line() with { Action = (AccessAction)99 }));
    }

    [Fact]
    public void Text_longer_than_its_column_is_cut_to_fit_and_still_verifies()
    {
        var entry = AccessLogEntry.Append(0, AccessLogEntry.GenesisHash, Line() with { Part = new string('x', 500) });

        Assert.Equal(AccessLogEntry.PartMaxLength, entry.Part.Length);
        Assert.True(AccessLogVerifier.Verify([entry]).IsIntact);
    }

    private static AccessLine Line(int n = 0) => new(
        Start.AddSeconds(n),
        Guid.Parse("6f1d0a52-0000-4000-8000-000000000001"),
        Guid.Parse("6f1d0a52-0000-4000-8000-000000000002"),
        "Anna de Vries",
        "Professional",
        AccessAction.Read,
        AccessSubject.Dossier,
        Guid.Parse("6f1d0a52-0000-4000-8000-000000000003"),
        "2026-0042",
        "dossiers/{id:guid}",
        n % 3 == 1 ? AccessOutcome.Refused : AccessOutcome.Allowed,
        "192.0.2.10",
        "a1b2c3d4e5f6");

    private static List<AccessLogEntry> Chain(int count)
    {
        var chain = new List<AccessLogEntry>();
        for (var i = 0; i < count; i++)
        {
            var previous = chain.Count == 0 ? null : chain[^1];
            chain.Add(AccessLogEntry.Append(previous?.Sequence ?? 0, previous?.Hash ?? AccessLogEntry.GenesisHash, Line(i)));
        }

        return chain;
    }

    /// <summary>What someone with write access to the database file could do: change a stored value behind the log's back.</summary>
    private static void Tamper(AccessLogEntry entry, string property, object value) =>
        typeof(AccessLogEntry).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entry, value);
}

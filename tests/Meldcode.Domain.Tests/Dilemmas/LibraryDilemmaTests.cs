using Meldcode.Domain.Common;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Domain.Tests.Dilemmas;

public sealed class LibraryDilemmaTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Trainer = Guid.NewGuid();
    private static readonly Dilemma Secret = DilemmaLibrary.Find("beloof-je-het")!;

    [Fact]
    public void A_built_in_dilemma_belongs_to_no_organisation_and_starts_at_version_1()
    {
        var dilemma = LibraryDilemma.BuiltIn(Secret, Monday);

        Assert.Null(dilemma.OrganisationId);
        Assert.Equal(DilemmaOrigin.BuiltIn, dilemma.Origin);
        Assert.Equal("beloof-je-het", dilemma.Key);
        Assert.Equal(1, Assert.Single(dilemma.Versions).Number);
        Assert.Same(Secret, dilemma.Latest.Content);
        Assert.Null(dilemma.Latest.CreatedByUserId);
    }

    [Fact]
    public void A_built_in_dilemma_cannot_be_edited_only_duplicated()
    {
        var dilemma = LibraryDilemma.BuiltIn(Secret, Monday);

        var refused = Assert.Throws<DomainException>(() => dilemma.Edit(Secret, Trainer, Monday));

        Assert.Equal("Een ingebouwd dilemma kun je niet bewerken. Maak een kopie en bewerk die.", refused.Message);
        Assert.Single(dilemma.Versions);
    }

    [Fact]
    public void A_copy_gets_a_new_key_and_title_belongs_to_the_organisation_and_remembers_its_source()
    {
        var original = LibraryDilemma.BuiltIn(Secret, Monday);

        var copy = original.Duplicate(School, new HashSet<string> { "beloof-je-het" }, Trainer, Monday.AddHours(1));

        Assert.Equal((School, DilemmaOrigin.Copy, original.Id, Trainer), (copy.OrganisationId, copy.Origin, copy.CopiedFromId, copy.CreatedByUserId));
        Assert.Equal("beloof-je-het-kopie", copy.Key);
        Assert.Equal("Beloof je het? (kopie)", copy.Latest.Content.Title);
        Assert.Equal(1, copy.Latest.Number);
        Assert.Equal(Secret.Story, copy.Latest.Content.Story);
        Assert.Equal(Secret.DecisionPoints, copy.Latest.Content.DecisionPoints);
    }

    [Fact]
    public void A_second_copy_gets_a_key_of_its_own()
    {
        var original = LibraryDilemma.BuiltIn(Secret, Monday);

        var copy = original.Duplicate(School, new HashSet<string> { "beloof-je-het", "beloof-je-het-kopie" }, Trainer, Monday);

        Assert.Equal("beloof-je-het-kopie-2", copy.Key);
    }

    [Fact]
    public void Another_organisations_dilemma_cannot_be_duplicated()
    {
        var theirs = LibraryDilemma.Write(Guid.NewGuid(), Secret, Trainer, Monday);

        Assert.Throws<DomainException>(() => theirs.Duplicate(School, new HashSet<string>(), Trainer, Monday));
    }

    [Fact]
    public void Editing_adds_a_version_and_keeps_the_earlier_ones_as_they_were()
    {
        var copy = LibraryDilemma.BuiltIn(Secret, Monday).Duplicate(School, new HashSet<string>(), Trainer, Monday);
        var first = copy.Latest.Content;
        var edited = Retitled(first, "Beloof je het echt?");

        var version = copy.Edit(edited, Trainer, Monday.AddDays(1));

        Assert.Equal(2, version.Number);
        Assert.Equal([1, 2], copy.Versions.Select(v => v.Number));
        Assert.Same(first, copy.Version(1)!.Content);
        Assert.Equal("Beloof je het echt?", copy.Latest.Content.Title);
        Assert.Equal(Monday.AddDays(1), copy.Latest.CreatedAt);
        Assert.Null(copy.Version(3));
    }

    [Fact]
    public void An_edit_keeps_the_key_of_the_dilemma()
    {
        var written = LibraryDilemma.Write(School, Secret, Trainer, Monday);

        Assert.Throws<DomainException>(() => written.Edit(DilemmaLibrary.All[1], Trainer, Monday));
    }

    [Fact]
    public void A_built_in_dilemma_gets_a_new_version_only_when_the_products_content_changed()
    {
        var dilemma = LibraryDilemma.BuiltIn(Secret, Monday);

        Assert.Null(dilemma.UpdateBuiltIn(Retitled(Secret, Secret.Title), Monday));
        var version = dilemma.UpdateBuiltIn(Retitled(Secret, "Beloof je het, juf?"), Monday);

        Assert.Equal(2, version?.Number);
        Assert.Equal(2, dilemma.Versions.Count);
    }

    [Fact]
    public void An_archived_built_in_dilemma_returns_when_the_product_ships_it_again()
    {
        var dilemma = LibraryDilemma.BuiltIn(Secret, Monday);
        dilemma.Archive(Monday);
        Assert.True(dilemma.IsArchived);

        dilemma.UpdateBuiltIn(Secret, Monday);

        Assert.False(dilemma.IsArchived);
    }

    [Theory]
    [InlineData("Blauwe plekken na het weekend", "blauwe-plekken-na-het-weekend")]
    [InlineData("  Café? Één — twéé!  ", "cafe-een-twee")]
    [InlineData("???", "dilemma")]
    public void A_key_is_made_from_the_title(string title, string key)
    {
        Assert.Equal(key, DilemmaKeys.FromTitle(title));
    }

    [Fact]
    public void A_key_from_a_long_title_and_a_copys_key_stay_within_the_maximum()
    {
        var longKey = DilemmaKeys.FromTitle(new string('a', 200));
        var copyKey = DilemmaKeys.ForCopy(longKey, new HashSet<string> { longKey[..54] + "-kopie" });

        Assert.Equal(Dilemma.KeyMax, longKey.Length);
        Assert.True(copyKey.Length <= Dilemma.KeyMax);
        Assert.EndsWith("-kopie-2", copyKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_dilemmas_with_the_same_content_are_recognised_as_such()
    {
        Assert.True(Secret.HasSameContentAs(Retitled(Secret, Secret.Title)));
        Assert.False(Secret.HasSameContentAs(DilemmaLibrary.All[1]));
    }

    internal static Dilemma Retitled(Dilemma d, string title) =>
        new(d.Key, title, d.Story, d.Sectors, d.FormsOfAbuse, d.Themes, d.Step, d.Question, d.DecisionPoints, d.DiscussionPrompts);
}

using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dilemmas.DuplicateDilemma;
using Meldcode.Application.Tests.Dilemmas.Support;
using Meldcode.Domain.Dilemmas;

namespace Meldcode.Application.Tests.Dilemmas.DuplicateDilemma;

public sealed class DuplicateDilemmaTests : DilemmaTest
{
    [Fact]
    public async Task A_copy_of_a_built_in_dilemma_belongs_to_the_organisation_with_its_own_key_and_title()
    {
        var original = await BuiltInIdAsync("beloof-je-het");

        var copy = await StoredAsync(await AsTrainer(new DuplicateDilemmaCommand(original)));

        Assert.Equal((School.Organisation.Id, DilemmaOrigin.Copy, original, Trainer.Id), (copy.OrganisationId, copy.Origin, copy.CopiedFromId, copy.CreatedByUserId));
        Assert.Equal(("beloof-je-het-kopie", "Beloof je het? (kopie)", 1), (copy.Key, copy.Latest.Content.Title, copy.Latest.Number));
        Assert.Equal(Clock.GetUtcNow().Date, copy.CreatedAt.Date);
    }

    [Fact]
    public async Task Copying_twice_gives_two_copies_with_different_keys_and_another_organisation_may_use_the_same_key()
    {
        var original = await BuiltInIdAsync("beloof-je-het");

        var first = await StoredAsync(await AsTrainer(new DuplicateDilemmaCommand(original)));
        var second = await StoredAsync(await AsTrainer(new DuplicateDilemmaCommand(original)));
        var theirs = await StoredAsync(await AsOtherTrainer(new DuplicateDilemmaCommand(original)));

        Assert.Equal(["beloof-je-het-kopie", "beloof-je-het-kopie-2", "beloof-je-het-kopie"], new[] { first.Key, second.Key, theirs.Key });
    }

    [Fact]
    public async Task An_own_copy_can_be_copied_again()
    {
        var copy = await AsTrainer(new DuplicateDilemmaCommand(await BuiltInIdAsync("maandagochtend")));

        var copyOfCopy = await StoredAsync(await AsTrainer(new DuplicateDilemmaCommand(copy)));

        Assert.Equal(("maandagochtend-kopie-kopie", "Maandagochtend (kopie) (kopie)", copy), (copyOfCopy.Key, copyOfCopy.Latest.Content.Title, copyOfCopy.CopiedFromId));
    }

    [Fact]
    public async Task An_unknown_dilemma_cannot_be_copied()
    {
        var before = await CountAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => AsTrainer(new DuplicateDilemmaCommand(Guid.NewGuid())));

        Assert.Equal(before, await CountAsync());
    }
}

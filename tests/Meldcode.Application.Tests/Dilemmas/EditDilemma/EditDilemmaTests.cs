using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dilemmas.DuplicateDilemma;
using Meldcode.Application.Dilemmas.EditDilemma;
using Meldcode.Application.Tests.Dilemmas.Support;

namespace Meldcode.Application.Tests.Dilemmas.EditDilemma;

public sealed class EditDilemmaTests : DilemmaTest
{
    [Fact]
    public async Task Editing_a_copy_adds_a_version_keeps_the_earlier_one_and_keeps_the_key()
    {
        var copy = await AsTrainer(new DuplicateDilemmaCommand(await BuiltInIdAsync("beloof-je-het")));
        var first = (await StoredAsync(copy)).Latest.Content;

        var number = await AsTrainer(AsEdit(ValidForm("Beloof je het, juf?"), copy, 1));

        var stored = await StoredAsync(copy);
        Assert.Equal(2, number);
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Number));
        Assert.True(stored.Version(1)!.Content.HasSameContentAs(first));
        Assert.Equal(("Beloof je het, juf?", "beloof-je-het-kopie", Trainer.Id), (stored.Latest.Content.Title, stored.Latest.Content.Key, stored.Latest.CreatedByUserId));
    }

    [Fact]
    public async Task The_form_for_an_edit_starts_with_the_version_as_it_is_and_saving_it_unchanged_gives_the_same_content()
    {
        var id = await AsTrainer(ValidForm());
        var content = (await StoredAsync(id)).Latest.Content;

        await AsTrainer(EditDilemmaCommand.For(id, 1, content));

        Assert.True((await StoredAsync(id)).Latest.Content.HasSameContentAs(content));
    }

    [Fact]
    public async Task A_built_in_dilemma_cannot_be_edited()
    {
        var builtIn = await BuiltInIdAsync("beloof-je-het");

        var refused = await Assert.ThrowsAsync<DomainException>(() => AsTrainer(AsEdit(ValidForm("Beloof je het?"), builtIn, 1)));

        Assert.Equal("Een ingebouwd dilemma kun je niet bewerken. Maak een kopie en bewerk die.", refused.Message);
        Assert.Single((await StoredAsync(builtIn)).Versions);
    }

    [Fact]
    public async Task An_edit_of_a_version_that_is_no_longer_the_newest_is_refused_as_a_conflict()
    {
        var id = await AsTrainer(ValidForm());
        await AsTrainer(AsEdit(ValidForm("Eerst"), id, 1));

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsTrainer(AsEdit(ValidForm("Daarna"), id, 1)));

        Assert.Equal(EditDilemmaCommand.ConflictMessage, refused.Message);
        Assert.Equal(("Eerst", 2), ((await StoredAsync(id)).Latest.Content.Title, (await StoredAsync(id)).Latest.Number));
    }

    [Fact]
    public async Task An_edit_that_loses_the_race_to_another_save_is_refused_as_a_conflict()
    {
        var id = await AsTrainer(ValidForm());
        Clock.OnNextRead(() => AsTrainer(AsEdit(ValidForm("Tussendoor"), id, 1)).GetAwaiter().GetResult());

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AsTrainer(AsEdit(ValidForm("Te laat"), id, 1)));

        Assert.Equal(EditDilemmaCommand.ConflictMessage, refused.Message);
        Assert.Equal("Tussendoor", (await StoredAsync(id)).Latest.Content.Title);
    }

    [Fact]
    public async Task An_edit_is_checked_like_a_new_dilemma_and_nothing_is_saved()
    {
        var id = await AsTrainer(ValidForm());

        var refused = await Assert.ThrowsAsync<ValidationException>(() => AsTrainer(AsEdit(ValidForm(new string('t', 101)), id, 1)));

        Assert.Equal("De titel mag hoogstens 100 tekens lang zijn. Nu zijn het er 101.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Single((await StoredAsync(id)).Versions);
    }
}

using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dilemmas.BrowseDilemmas;
using Meldcode.Application.Dilemmas.DuplicateDilemma;
using Meldcode.Application.Dilemmas.GetDilemma;
using Meldcode.Application.Dilemmas.GetThemePacks;
using Meldcode.Application.Tests.Dilemmas.Support;

namespace Meldcode.Application.Tests.Dilemmas;

/// <summary>The access matrix of the dilemma library: every request, every person of the school but the trainer.</summary>
public sealed class DilemmaAccessTests : DilemmaTest
{
    public static TheoryData<Who> EveryoneButTheTrainer() => [.. Enum.GetValues<Who>().Where(w => w is not Who.Trainer)];

    /// <summary>One valid example of every request of the library; the test below fails when a request of the feature is missing here.</summary>
    private static object[] EveryRequest(Guid builtIn) =>
    [
        new BrowseDilemmasQuery(),
        new GetDilemmaQuery(builtIn),
        new DuplicateDilemmaCommand(builtIn),
        ValidForm(),
        AsEdit(ValidForm(), builtIn, 1),
        new GetThemePacksQuery(),
    ];

    [Fact]
    public async Task The_matrix_covers_every_request_of_the_dilemma_library()
    {
        var covered = EveryRequest(await BuiltInIdAsync("beloof-je-het")).Select(r => r.GetType()).ToHashSet();
        var feature = typeof(BrowseDilemmasQuery).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Meldcode.Application.Dilemmas.", StringComparison.Ordinal) == true)
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>)));

        Assert.All(feature, type => Assert.Contains(type, covered));
    }

    [Theory]
    [MemberData(nameof(EveryoneButTheTrainer))]
    public async Task Only_a_trainer_may_use_the_dilemma_library(Who who)
    {
        var builtIn = await BuiltInIdAsync("beloof-je-het");
        var before = await CountAsync();

        foreach (var request in EveryRequest(builtIn))
        {
            var refused = await Record.ExceptionAsync(() => Dossiers.SendAnyAsync(School[who], request));
            Assert.True(refused is ForbiddenAccessException, $"{request.GetType().Name} gave {refused?.GetType().Name ?? "no refusal"} for {who}");
        }

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_trainer_may_send_every_request_of_the_library()
    {
        var builtIn = await BuiltInIdAsync("beloof-je-het");

        foreach (var request in EveryRequest(builtIn))
        {
            var outcome = await Record.ExceptionAsync(() => Dossiers.SendAnyAsync(Trainer, request));
            Assert.True(outcome is null or Domain.Common.DomainException, $"{request.GetType().Name} gave {outcome?.GetType().Name}");
        }
    }

    [Fact]
    public async Task Another_organisations_dilemma_does_not_exist_for_the_trainer()
    {
        var theirs = await AsOtherTrainer(ValidForm("Hun eigen dilemma"));

        await Assert.ThrowsAsync<NotFoundException>(() => AsTrainer(new GetDilemmaQuery(theirs)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsTrainer(new DuplicateDilemmaCommand(theirs)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsTrainer(AsEdit(ValidForm("Overgenomen"), theirs, 1)));
        Assert.DoesNotContain(await AsTrainer(new BrowseDilemmasQuery()), d => d.Id == theirs);
        Assert.Equal("Hun eigen dilemma", (await StoredAsync(theirs)).Latest.Content.Title);
        Assert.Single((await StoredAsync(theirs)).Versions);
    }
}

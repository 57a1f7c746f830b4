using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Meldcode.Application.Common.Behaviours;
using Microsoft.Extensions.Logging;

namespace Meldcode.Application.Tests.Pipeline;

public sealed class UnhandledExceptionBehaviourTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();

    public sealed record SensitiveRequest(string ChildName) : IRequest<Unit>;

    [Fact]
    public async Task An_unexpected_failure_is_logged_with_the_request_type_but_not_its_content_and_rethrown()
    {
        var failure = new InvalidOperationException("disk full");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(new SensitiveRequest("Mila Jansen"), failure));

        Assert.Same(failure, thrown);
        var entry = Assert.Single(_logs.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(nameof(SensitiveRequest), entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Mila", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_failure_is_an_expected_outcome_and_not_logged_as_an_error()
    {
        await Assert.ThrowsAsync<ValidationException>(() =>
            Run(new SensitiveRequest("x"), new ValidationException([new ValidationFailure("ChildName", "Te kort.")])));

        Assert.Empty(_logs.Entries);
    }

    public void Dispose() => _logs.Dispose();

    private async Task<Unit> Run(SensitiveRequest request, Exception failure)
    {
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(_logs));
        var behaviour = new UnhandledExceptionBehaviour<SensitiveRequest, Unit>(factory.CreateLogger<UnhandledExceptionBehaviour<SensitiveRequest, Unit>>());
        return await behaviour.Handle(request, CancellationToken.None, () => Task.FromException<Unit>(failure));
    }
}

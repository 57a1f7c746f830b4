using FluentValidation;
using MediatR;
using Meldcode.Application.Authentication;
using Meldcode.Application.Authentication.SignInAsDemoUser;
using Meldcode.Application.Common.Behaviours;
using NSubstitute;

namespace Meldcode.Application.Tests.Pipeline;

public sealed class ValidationBehaviourTests : ApplicationTest
{
    public ValidationBehaviourTests()
    {
        Host.SignInSettings.DemoSignInEnabled.Returns(true);
    }

    [Fact]
    public async Task An_invalid_request_is_rejected_with_the_validators_message()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsync(new SignInAsDemoUserCommand(null)));

        var failure = Assert.Single(error.Errors);
        Assert.Equal(nameof(SignInAsDemoUserCommand.UserId), failure.PropertyName);
        Assert.Equal("Kies een demogebruiker om mee in te loggen.", failure.ErrorMessage);
    }

    [Fact]
    public async Task An_invalid_request_never_reaches_its_handler()
    {
        var handlerCalled = false;
        var behaviour = new ValidationBehaviour<SignInAsDemoUserCommand, SignInOutcome>([new SignInAsDemoUserCommandValidator()]);

        await Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(
            new SignInAsDemoUserCommand(Guid.Empty),
            CancellationToken.None,
            () =>
            {
                handlerCalled = true;
                return Task.FromResult(SignInOutcome.Refused(SignInRefusal.Deactivated));
            }));

        Assert.False(handlerCalled);
    }

    [Fact]
    public async Task Messages_from_all_validators_are_reported_together()
    {
        var first = new InlineValidator<Probe>();
        first.RuleFor(p => p.Name).NotEmpty();
        var second = new InlineValidator<Probe>();
        second.RuleFor(p => p.Age).GreaterThan(0).WithMessage("Leeftijd moet positief zijn.");
        var behaviour = new ValidationBehaviour<Probe, Unit>([first, second]);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            behaviour.Handle(new Probe(string.Empty, 0), CancellationToken.None, () => Task.FromResult(Unit.Value)));

        Assert.Equal(2, error.Errors.Count());
        Assert.Contains(error.Errors, e => e.ErrorMessage == "Leeftijd moet positief zijn.");
    }

    [Fact]
    public void FluentValidations_own_messages_are_in_Dutch()
    {
        var validator = new InlineValidator<Probe>();
        validator.RuleFor(p => p.Name).NotEmpty();

        var message = Assert.Single(validator.Validate(new Probe(string.Empty, 1)).Errors).ErrorMessage;

        Assert.Contains("mag niet leeg zijn", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_request_passes_through_to_the_handler()
    {
        var behaviour = new ValidationBehaviour<SignInAsDemoUserCommand, SignInOutcome>([new SignInAsDemoUserCommandValidator()]);
        var expected = SignInOutcome.Refused(SignInRefusal.NoOrganisation);

        var outcome = await behaviour.Handle(new SignInAsDemoUserCommand(Guid.NewGuid()), CancellationToken.None, () => Task.FromResult(expected));

        Assert.Same(expected, outcome);
    }

    public sealed record Probe(string Name, int Age) : IRequest<Unit>;
}

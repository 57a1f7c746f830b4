using MediatR;
using Meldcode.Application.Authentication;
using Meldcode.Application.Authentication.SignInAsDemoUser;
using Meldcode.Application.Common.Mediation;
using Meldcode.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Pipeline;

public sealed class MediatorRegistrationTests : ApplicationTest
{
    public static TheoryData<Type> RequestTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && ResponseTypeOf(t) is not null))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_application_layer_has_requests_to_check()
    {
        Assert.True(RequestTypes().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(RequestTypes))]
    public void Every_request_of_the_application_layer_has_a_registered_handler(Type requestType)
    {
        var handlerType = typeof(IRequestHandler<,>).MakeGenericType(requestType, ResponseTypeOf(requestType)!);
        using var scope = Host.Services.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetService(handlerType));
    }

    [Theory]
    [MemberData(nameof(RequestTypes))]
    public void Every_request_declares_who_may_send_it(Type requestType)
    {
        var declares = requestType.IsDefined(typeof(AuthorizeAttribute), inherit: true)
            || requestType.IsDefined(typeof(AllowAnonymousRequestAttribute), inherit: true);

        Assert.True(declares, $"{requestType.Name} must declare [Authorize] or [AllowAnonymousRequest].");
    }

    [Fact]
    public void Scanning_finds_the_handler_for_each_request_interface_it_implements()
    {
        var found = MediatorRegistration.FindHandlers(typeof(DependencyInjection).Assembly).ToList();

        Assert.Contains((typeof(IRequestHandler<SignInAsDemoUserCommand, SignInOutcome>), typeof(SignInAsDemoUserCommandHandler)), found);
        Assert.All(found, pair => Assert.True(pair.ServiceType.IsAssignableFrom(pair.ImplementationType)));
    }

    [Fact]
    public void Scanning_an_assembly_without_handlers_registers_only_the_mediator()
    {
        var services = new ServiceCollection().AddMediator(typeof(Uri).Assembly);

        Assert.Equal(
            [typeof(ServiceFactory), typeof(IMediator)],
            services.Select(s => s.ServiceType));
    }

    private static Type? ResponseTypeOf(Type type) =>
        type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            ?.GetGenericArguments()[0];
}

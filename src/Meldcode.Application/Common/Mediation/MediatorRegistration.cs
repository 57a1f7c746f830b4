using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Common.Mediation;

/// <summary>
/// MediatR 5.1.0 has no DI package; this registers the mediator and every handler of an assembly.
/// </summary>
public static class MediatorRegistration
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
    ];

    /// <summary>Registers <see cref="IMediator"/> and, transiently, every concrete handler found in <paramref name="assembly"/>.</summary>
    public static IServiceCollection AddMediator(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        services.AddScoped<ServiceFactory>(provider => provider.GetService);
        services.AddScoped<IMediator, Mediator>();

        foreach (var (serviceType, implementationType) in FindHandlers(assembly))
        {
            services.AddTransient(serviceType, implementationType);
        }

        return services;
    }

    /// <summary>Every (handler interface, implementation) pair in the assembly.</summary>
    public static IEnumerable<(Type ServiceType, Type ImplementationType)> FindHandlers(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return from type in assembly.GetTypes()
               where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
               from implemented in type.GetInterfaces()
               where implemented.IsGenericType && HandlerInterfaces.Contains(implemented.GetGenericTypeDefinition())
               select (implemented, type);
    }
}

using MediatR;
using Meldcode.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Support;

public static class SigningIn
{
    /// <summary>Sends a request signed in as <paramref name="user"/>, with the roles the user holds.</summary>
    public static Task<TResponse> SendAsAsync<TResponse>(this ApplicationHost host, User user, IRequest<TResponse> request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(user);
        host.SignInAs(user.Id, [.. user.Roles]);
        return host.SendAsync(request);
    }

    /// <summary>Who a session cookie with this user and session stands for now, as the web app asks on every request (null: refused).</summary>
    public static async Task<UserContext?> ForSessionAsync(this ApplicationHost host, Guid userId, Guid sessionId)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CurrentUserContext>().ForSessionAsync(userId, sessionId, CancellationToken.None);
    }
}

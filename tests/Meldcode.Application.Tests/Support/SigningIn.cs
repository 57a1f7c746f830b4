using MediatR;
using Meldcode.Domain.Users;

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
}

using MediatR;
using Meldcode.Application.Administration.GetManagedUser;
using Meldcode.Domain.Administration;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Administration.Support;

/// <summary>The school with its functioneel beheerder at work, and what the admin tests read back: users, the administration log.</summary>
public abstract class AdministrationTest : SchoolTest
{
    protected User Administrator => School[Who.Administrator];

    protected Task<T> AsAdministrator<T>(IRequest<T> request) => Host.SendAsAsync(Administrator, request);

    protected Task<ManagedUserDto> ManageAsync(Guid userId) => AsAdministrator(new GetManagedUserQuery(userId));

    protected Task<User> UserAsync(Guid id) => Host.WithContextAsync(c => c.Users.AsNoTracking().Include(u => u.Memberships).SingleAsync(u => u.Id == id));

    /// <summary>The administration log, newest first.</summary>
    protected Task<List<AdministrationLogEntry>> LogAsync() =>
        Host.WithContextAsync(c => c.AdministrationLog.AsNoTracking().OrderByDescending(e => e.At).ToListAsync());

    /// <summary>Someone who signed in through the organisation's provider for the first time and waits for a role.</summary>
    protected Task<User> AddWaitingUserAsync(string name, string? email) =>
        Host.WithContextAsync(async c =>
        {
            var user = User.Provision(School.Organisation, "https://login.regenboog.example", Guid.NewGuid().ToString(), name, email);
            c.Users.Add(user);
            await c.SaveChangesAsync();
            return user;
        });
}

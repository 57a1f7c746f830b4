using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Saving_a_changed_user_raises_its_version()
    {
        await _database.MigrateAsync();
        Guid userId;
        await using (var context = _database.CreateContext())
        {
            userId = (await DemoData.SaveAsync(context)).Professional.Id;
        }

        await using (var context = _database.CreateContext())
        {
            var user = await context.Users.SingleAsync(u => u.Id == userId);
            user.UpdateProfile("Sanne de Vries-Bakker", null);
            await context.SaveChangesAsync();

            Assert.Equal(1, context.Entry(user).Property<int>(ApplicationDbContext.VersionProperty).CurrentValue);
        }
    }

    [Fact]
    public async Task A_change_based_on_a_stale_copy_is_detected_not_silently_saved()
    {
        await _database.MigrateAsync();
        Guid userId;
        await using (var setup = _database.CreateContext())
        {
            userId = (await DemoData.SaveAsync(setup)).Professional.Id;
        }

        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var firstCopy = await first.Users.SingleAsync(u => u.Id == userId);
        var secondCopy = await second.Users.SingleAsync(u => u.Id == userId);

        firstCopy.UpdateProfile("Eerste wijziging", null);
        await first.SaveChangesAsync();
        secondCopy.UpdateProfile("Tweede wijziging", null);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.CreateContext();
        Assert.Equal("Eerste wijziging", (await check.Users.SingleAsync(u => u.Id == userId)).DisplayName);
    }

    public void Dispose() => _database.Dispose();
}

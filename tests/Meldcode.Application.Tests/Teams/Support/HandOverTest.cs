using Meldcode.Application.Teams.HandOverDossiersOf;
using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Tests.Teams.Support;

/// <summary>The school where an owner's dossiers are handed over at once: helpers to add people and to build the command from the dossiers' current versions.</summary>
public abstract class HandOverTest : SchoolTest
{
    public const string Reason = "Anouk is uit dienst.";

    /// <summary>A user of the school with the given roles (team-scoped ones in the teams given with them).</summary>
    protected Task<User> PersonAsync(string name, params (Role Role, Team Team)[] roles) =>
        Host.WithContextAsync(async context =>
        {
            var user = User.Create(School.Organisation, name, null);
            foreach (var (role, team) in roles)
            {
                user.Grant(role, team);
            }

            context.Users.Add(user);
            await context.SaveChangesAsync();
            return user;
        });

    /// <summary>The command for these dossiers at their current versions.</summary>
    protected async Task<HandOverDossiersOfCommand> HandOverAsync(User previousOwner, User newOwner, params Guid[] dossierIds)
    {
        var dossiers = new List<DossierAtVersion>();
        foreach (var id in dossierIds)
        {
            dossiers.Add(new DossierAtVersion(id, (await Dossiers.StateAsync(id)).Version));
        }

        return new HandOverDossiersOfCommand(previousOwner.Id, newOwner.Id, Reason, dossiers);
    }

    /// <summary>Each dossier's owner and version, to compare before and after a refused hand-over.</summary>
    protected async Task<IReadOnlyList<(Guid Owner, int Version, int Entries)>> SnapshotAsync(params Guid[] dossierIds)
    {
        var states = new List<(Guid, int, int)>();
        foreach (var id in dossierIds)
        {
            var state = await Dossiers.StateAsync(id);
            states.Add((state.Dossier.OwnerId, state.Version, state.ChronologyCount));
        }

        return states;
    }
}

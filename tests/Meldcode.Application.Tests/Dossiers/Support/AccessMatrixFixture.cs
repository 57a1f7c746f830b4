namespace Meldcode.Application.Tests.Dossiers.Support;

/// <summary>
/// The school the access matrix shares. Whoever may change the dossier gets a freshly arranged one; whoever
/// may not shares one per request type (the matrix asserts it stays untouched), which keeps the matrix quick.
/// </summary>
public sealed class AccessMatrixFixture : SchoolTest
{
    private readonly Dictionary<Type, Guid> _untouched = [];

    public async Task<Guid> DossierForAsync(DossierRequestFactory factory, bool mayChangeIt)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!mayChangeIt && _untouched.TryGetValue(factory.RequestType, out var shared))
        {
            return shared;
        }

        var id = await Dossiers.OpenWithEveryoneAsync();
        await factory.Arrange(Dossiers, School, id);
        if (!mayChangeIt)
        {
            _untouched[factory.RequestType] = id;
        }

        return id;
    }
}

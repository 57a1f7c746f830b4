namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>The browser tests share one running application and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<MeldcodeAppFixture>
{
    public const string Name = "Browser";
}

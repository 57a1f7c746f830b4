using System.Reflection;

namespace Meldcode.Application.Tests.Architecture;

/// <summary>Dependencies point inwards only; read from the compiled assemblies' references.</summary>
public sealed class LayerRuleTests
{
    private static readonly Assembly Domain = typeof(Domain.Users.User).Assembly;
    private static readonly Assembly ApplicationLayer = typeof(DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    private static HashSet<string> MeldcodeReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Meldcode.", StringComparison.Ordinal))
            .ToHashSet();

    [Fact]
    public void The_domain_references_nothing_of_ours()
    {
        Assert.Empty(MeldcodeReferencesOf(Domain));
    }

    [Fact]
    public void The_application_layer_references_only_the_domain()
    {
        Assert.Equal(new HashSet<string> { "Meldcode.Domain" }, MeldcodeReferencesOf(ApplicationLayer));
    }

    [Fact]
    public void Infrastructure_references_only_the_application_layer_and_the_domain()
    {
        Assert.Subset(new HashSet<string> { "Meldcode.Application", "Meldcode.Domain" }, MeldcodeReferencesOf(Infrastructure));
        Assert.Contains("Meldcode.Application", MeldcodeReferencesOf(Infrastructure));
    }

    [Fact]
    public void The_domain_and_application_layers_know_nothing_of_the_web()
    {
        foreach (var assembly in new[] { Domain, ApplicationLayer })
        {
            var names = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }
    }
}

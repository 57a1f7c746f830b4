using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>axe-core finds no WCAG 2.0/2.1 level A or AA violations on the main pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private readonly MeldcodeAppFixture _app;

    public AccessibilityTests(MeldcodeAppFixture app)
    {
        _app = app;
    }

    [Fact]
    public Task The_sign_in_page_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await page.GotoAsync("/inloggen");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");

            await AssertNoViolationsAsync(page);
        });

    [Fact]
    public Task The_start_page_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);

            await AssertNoViolationsAsync(page);
        });

    [Fact]
    public Task The_acute_danger_page_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await page.GotoAsync("/acuut-gevaar");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Acuut gevaar: wat doe je?");

            await AssertNoViolationsAsync(page);
        });

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAandAA);

        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                var failedChecks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).Where(message => !string.IsNullOrWhiteSpace(message));
                text.AppendLine().Append("      ").AppendJoin(" / ", failedChecks);
            }
        }

        return text.ToString();
    }
}

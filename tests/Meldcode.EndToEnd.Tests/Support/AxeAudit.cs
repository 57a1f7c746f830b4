using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// Runs axe-core (WCAG 2.0/2.1 level A and AA rules) on pages as a test walks through the app and
/// keeps what it found, so a walk along many pages reports every violation at once instead of
/// stopping at the first page that has one.
/// </summary>
internal sealed class AxeAudit
{
    /// <summary>The rules the app is held to: WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static AxeRunOptions WcagAandAA { get; } = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private readonly List<AuditedPage> _pages = [];
    private readonly ITestOutputHelper? _output;

    public AxeAudit(ITestOutputHelper? output = null)
    {
        _output = output;
    }

    /// <summary>Every page audited so far, in order, with how many rules it violated.</summary>
    public IReadOnlyList<AuditedPage> Pages => _pages;

    public bool HasViolations => _pages.Exists(page => page.Violations.Count > 0);

    /// <summary>Audits the page as it is now; <paramref name="description"/> names it in the report (e.g. "professional: signal form").</summary>
    public async Task CheckAsync(IPage page, string description)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(WcagAandAA);
        var audited = new AuditedPage(description, page.Url, result.Violations);
        _pages.Add(audited);
        _output?.WriteLine(audited.Violations.Count == 0
            ? $"axe: no violations on {description} <{audited.Url}>"
            : Describe($"{description} <{audited.Url}>", audited.Violations));
    }

    /// <summary>Fails with the id, help text, impact and targets of every violation on every audited page.</summary>
    public void AssertNoViolations()
    {
        Assert.True(_pages.Count > 0, "No page was audited.");
        Assert.False(HasViolations, Report());
    }

    /// <summary>The pages audited and, for those with violations, what axe found.</summary>
    public string Report()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe audited {_pages.Count} page(s); {_pages.Count(page => page.Violations.Count > 0)} with violations:");
        foreach (var page in _pages)
        {
            text.AppendLine().Append(page.Violations.Count == 0
                ? $"- {page.Description} <{page.Url}>: none"
                : Describe($"{page.Description} <{page.Url}>", page.Violations));
        }

        return text.ToString();
    }

    /// <summary>One page's violations: rule id, impact, help text and link, and each offending element with axe's messages.</summary>
    public static string Describe(string where, IEnumerable<AxeResultItem> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found accessibility violations on {where}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  - {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"      at {node.Target}: {node.Html}");
                var failedChecks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).Where(message => !string.IsNullOrWhiteSpace(message));
                text.AppendLine().Append("        ").AppendJoin(" / ", failedChecks);
            }
        }

        return text.ToString();
    }

    internal sealed record AuditedPage(string Description, string Url, IReadOnlyList<AxeResultItem> Violations);
}

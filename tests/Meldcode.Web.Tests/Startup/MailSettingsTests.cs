using Meldcode.Infrastructure;
using Meldcode.Web.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Startup;

/// <summary>Notification mail is off by default; switched on with settings that cannot deliver, Meldcode refuses to start in sentences.</summary>
public sealed class MailSettingsTests
{
    private static readonly Dictionary<string, string?> Complete = new()
    {
        ["Mail:Enabled"] = "true",
        ["Mail:From"] = "meldcode@regenboog.example",
        ["Mail:LinkBaseUrl"] = "https://meldcode.regenboog.example",
        ["Mail:Smtp:Host"] = "smtp.regenboog.example",
    };

    [Fact]
    public void Without_mail_settings_Meldcode_starts()
    {
        Assert.Null(Problem([]));
    }

    [Fact]
    public void Complete_mail_settings_are_accepted()
    {
        Assert.Null(Problem(Complete));
    }

    [Fact]
    public void Mail_switched_on_without_a_server_is_refused_with_the_key_to_set()
    {
        var settings = new Dictionary<string, string?>(Complete) { ["Mail:Smtp:Host"] = null };

        var reason = Problem(settings);

        Assert.NotNull(reason);
        Assert.StartsWith("Meldcode refuses to start. Notification mail is switched on (Mail:Enabled)", reason, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:Host must name the SMTP server", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_security_setting_is_refused_with_the_key_named()
    {
        var settings = new Dictionary<string, string?>(Complete) { ["Mail:Smtp:Security"] = "Tls" };

        var reason = Problem(settings);

        Assert.NotNull(reason);
        Assert.Contains("Mail:Smtp:Security", reason, StringComparison.Ordinal);
    }

    private static string? Problem(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
        return StartupChecks.MailSettingsProblem(provider);
    }
}

using Meldcode.Application.Notifications;
using Meldcode.Application.Tests.Notifications.Support;
using Meldcode.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.Tests.Notifications;

/// <summary>Switched on, the <c>Mail</c> settings must be able to deliver; otherwise Meldcode refuses to start and says what to set.</summary>
public sealed class MailOptionsValidatorTests
{
    [Fact]
    public void Switched_off_nothing_is_checked()
    {
        Assert.True(Validate(new Dictionary<string, string?> { ["Mail:Smtp:Port"] = "0" }).Succeeded);
    }

    [Fact]
    public void The_tests_settings_are_complete()
    {
        Assert.True(Validate(MailSettings.On()).Succeeded);
    }

    [Theory]
    [InlineData("Mail:From", "", "Mail:From must be the sender's e-mail address")]
    [InlineData("Mail:From", "Meldcode <meldcode@regenboog.example>", "Mail:From must be the sender's e-mail address")]
    [InlineData("Mail:From", "meldcode", "Mail:From must be the sender's e-mail address")]
    [InlineData("Mail:LinkBaseUrl", "", "Mail:LinkBaseUrl must be the https address")]
    [InlineData("Mail:LinkBaseUrl", "meldcode.regenboog.example", "Mail:LinkBaseUrl must be the https address")]
    [InlineData("Mail:LinkBaseUrl", "http://meldcode.regenboog.example", "Mail:LinkBaseUrl must be the https address")]
    [InlineData("Mail:LinkBaseUrl", "https://meldcode.regenboog.example/?a=1", "Mail:LinkBaseUrl must be the https address")]
    [InlineData("Mail:Smtp:Host", "", "Mail:Smtp:Host must name the SMTP server")]
    [InlineData("Mail:Smtp:Port", "0", "Mail:Smtp:Port must be a port number")]
    [InlineData("Mail:Smtp:Port", "70000", "Mail:Smtp:Port must be a port number")]
    [InlineData("Mail:Smtp:UserName", "meldcode", "Mail:Smtp:UserName and Mail:Smtp:Password go together")]
    [InlineData("Mail:Smtp:Password", "geheim", "Mail:Smtp:UserName and Mail:Smtp:Password go together")]
    [InlineData("Mail:Smtp:Timeout", "00:00:00", "Mail:Smtp:Timeout must be more than zero")]
    [InlineData("Mail:Smtp:Timeout", "00:10:00", "Mail:Smtp:Timeout must be more than zero")]
    [InlineData("Mail:MinimumInterval", "-00:01:00", "Mail:MinimumInterval must be from zero to one day")]
    [InlineData("Mail:MinimumInterval", "2.00:00:00", "Mail:MinimumInterval must be from zero to one day")]
    public void A_setting_that_cannot_work_is_refused_with_what_to_set(string key, string value, string expected)
    {
        var settings = MailSettings.On();
        settings[key] = value;

        var result = Validate(settings);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("docs/operations.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_password_is_not_sent_unencrypted_to_another_machine()
    {
        var settings = MailSettings.On();
        settings["Mail:Smtp:Host"] = "smtp.regenboog.example";
        settings["Mail:Smtp:UserName"] = "meldcode";
        settings["Mail:Smtp:Password"] = "geheim";

        var result = Validate(settings);
        settings["Mail:Smtp:Security"] = "StartTls";

        Assert.Contains(result.Failures!, f => f.StartsWith("Mail:Smtp:Security is None, which would send the SMTP password unencrypted", StringComparison.Ordinal));
        Assert.True(Validate(settings).Succeeded);
    }

    [Fact]
    public void Reading_incomplete_settings_throws_with_every_problem()
    {
        var settings = MailSettings.On();
        settings["Mail:From"] = null;
        settings["Mail:Smtp:Host"] = null;
        using var provider = Provider(settings);

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.Contains("Mail:From", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:Host", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meldcode_does_not_start_with_mail_switched_on_and_incomplete_settings()
    {
        var settings = MailSettings.On();
        settings["Mail:Smtp:Host"] = null;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddInfrastructure(builder.Configuration);
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Mail:Smtp:Host must name the SMTP server", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_off_StartTls_on_587_and_fifteen_minutes_between_mails()
    {
        using var provider = Provider([]);

        var options = provider.GetRequiredService<IOptions<MailOptions>>().Value;

        Assert.False(options.Enabled);
        Assert.Equal("Meldcode", options.FromName);
        Assert.Equal(SmtpSecurity.StartTls, options.Smtp.Security);
        Assert.Equal(587, options.Smtp.Port);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Smtp.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(15), options.MinimumInterval);
    }

    [Theory]
    [InlineData("https://meldcode.regenboog.example", "https://meldcode.regenboog.example/postvak")]
    [InlineData("https://meldcode.regenboog.example/", "https://meldcode.regenboog.example/postvak")]
    [InlineData("https://www.regenboog.example/meldcode", "https://www.regenboog.example/meldcode/postvak")]
    public void The_link_points_to_the_inbox_under_the_base_address(string linkBaseUrl, string expected)
    {
        Assert.Equal(expected, new MailOptions { LinkBaseUrl = linkBaseUrl }.InboxLink.AbsoluteUri);
    }

    private static ValidateOptionsResult Validate(Dictionary<string, string?> settings)
    {
        // The validator as Infrastructure registers it, on the settings as configuration binds them.
        using var provider = Provider(settings);
        var bound = new MailOptions();
        Configuration(settings).GetSection(MailOptions.SectionName).Bind(bound);
        return provider.GetRequiredService<IValidateOptions<MailOptions>>().Validate(Options.DefaultName, bound);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(Configuration(settings));
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}

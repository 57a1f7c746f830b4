using Meldcode.Application;
using Meldcode.Infrastructure;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web;
using Meldcode.Web.Configuration;
using Meldcode.Web.Filters;
using Meldcode.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);
var isMigrateCommand = args is ["migrate"];
var administratorToGrant = args is ["grant-administrator", var userCode] ? userCode : null;
var isVerifyAccessLogCommand = args is ["verify-access-log"];
var isCopyToPostgreSqlCommand = args is ["copy-to-postgresql"];
var isOperatorCommand = isMigrateCommand || administratorToGrant is not null || isVerifyAccessLogCommand || isCopyToPostgreSqlCommand;

builder.Logging.ClearProviders();
if (builder.Environment.IsDevelopment())
{
    builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
}
else
{
    builder.Logging.AddJsonConsole(options =>
    {
        options.UseUtcTimestamp = true;
        options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    });
}

if (!isOperatorCommand)
{
    if (StartupChecks.SignInProblem(builder.Environment, builder.Configuration) is { } refusal)
    {
        return StartupChecks.Refuse(refusal);
    }
}

builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddWebServices(builder.Configuration, builder.Environment);

var app = builder.Build();

if (isMigrateCommand)
{
    using var scope = app.Services.CreateScope();
    var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    Console.WriteLine(applied.Count == 0
        ? "The database is up to date; no migrations were pending."
        : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
    return 0;
}

if (administratorToGrant is not null)
{
    return await StartupChecks.GrantAdministratorAsync(app.Services, administratorToGrant, CancellationToken.None);
}

if (isVerifyAccessLogCommand)
{
    return await StartupChecks.VerifyAccessLogAsync(app.Services, CancellationToken.None);
}

if (isCopyToPostgreSqlCommand)
{
    return await StartupChecks.CopyToPostgreSqlAsync(app.Services, Console.Out, CancellationToken.None);
}

if (StartupChecks.MailSettingsProblem(app.Services) is { } mailRefusal)
{
    return StartupChecks.Refuse(mailRefusal);
}

if (await StartupChecks.PrepareDatabaseAsync(app.Services, app.Environment, app.Lifetime.ApplicationStopping) is { } databaseRefusal)
{
    return StartupChecks.Refuse(databaseRefusal);
}

app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<NulCharacterFormFilter>(); // before anything reads a form: the framework refuses a form with a NUL in it
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/fout/500",
    // Storage that is unavailable is answered by StorageFailureExceptionHandler (a 503) and logged by StorageHealth in one
    // plain line: not again as an unhandled exception with a stack trace.
    SuppressDiagnosticsCallback = context => StorageFailureExceptionHandler.IsStorageFailure(context.Exception),
});
app.UseStatusCodePagesWithReExecute("/fout/{0}");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStaticFiles(new StaticFileOptions
{
    // Public, versioned-by-content assets: browsers may keep them but must revalidate.
    OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
});
app.UseRouting();
app.UseRateLimiter(); // sign-in start and callback only (Security/OpenIdConnect/SignInRateLimits.cs), before authentication answers the callback
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Meldcode.Web.DependencyInjection.ReadyTag) }).AllowAnonymous();
app.MapRazorPages();
app.MapSessionEndpoints();
Meldcode.Web.Live.LiveUpdates.MapLiveUpdates(app);

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program
{
}

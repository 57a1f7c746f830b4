using MediatR;
using Meldcode.Application.AccessLog;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Notifications;
using Meldcode.Application.Retention;
using Meldcode.Infrastructure.Documents;
using Meldcode.Infrastructure.Notifications;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Infrastructure.Retention;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Meldcode.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database (SQLite in the data folder, <c>Storage:DataDirectory</c>, or PostgreSQL), the Data Protection key ring,
    /// mail, documents and the nightly jobs. Settings are resolved when first needed, so configuration from any source applies.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton<DataFolder>();
        // Database:Provider (Sqlite, the default, or PostgreSql with ConnectionStrings:Meldcode), read when first needed.
        services.AddSingleton(provider => DatabaseTarget.From(configuration, () => provider.GetRequiredService<DataFolder>().DatabasePath));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => new SqlitePragmaInterceptor(provider.GetRequiredService<IOptions<StorageOptions>>().Value.BusyTimeoutSeconds));
        services.AddSingleton<StorageHealth>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(StorageFailureBehaviour<,>)); // innermost: after the Application's behaviours
        // Pooled: a request reuses a context instead of building one (the session check alone uses one on every request).
        // Interceptors registered as IInterceptor join the pragma interceptor (none in the app; the fault tests add one).
        services.AddDbContextPool<ApplicationDbContext>((provider, options) => options
            .Use(provider.GetRequiredService<DatabaseTarget>(), provider.GetRequiredService<SqlitePragmaInterceptor>())
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddSingleton<IAccessLogStore, AccessLogStore>();
        services.Configure<AccessLogOptions>(configuration.GetSection(AccessLogOptions.SectionName));
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DevelopmentSeeder>();
        services.AddScoped<InstallationSetup>();
        services.AddScoped<BuiltInDilemmaSync>();
        services.AddScoped<FirstDataProtectionKey>();

        // PDF documents: the layout layer over PDFsharp (MIT) as the document port.
        services.AddPdfDocuments(configuration);

        // Notification mail (off unless Mail:Enabled): the outbox is sent by a hosted service over SMTP (ADR 0010).
        // Switched on, incomplete settings stop the start with the validator's sentences.
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddHostedService<MailDelivery>();

        // Retention: every night the job deletes what has passed its term (run once across processes by a claim per day).
        services.AddScoped<IJobRunClaims, JobRunClaims>();
        services.AddHostedService<RetentionJob>();

        // The key ring, so sessions survive a restart: in the data folder with SQLite (see docs/operations.md on protecting
        // that folder); in the database with PostgreSQL, so every instance reads and signs cookies with the same keys.
        services.AddDataProtection().SetApplicationName("Meldcode");
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseTarget, DataFolder, ILoggerFactory, IServiceProvider>((options, target, folder, loggerFactory, provider) =>
                options.XmlRepository = target.IsPostgreSql
                    ? new EntityFrameworkCoreXmlRepository<ApplicationDbContext>(provider, loggerFactory)
                    : new FileSystemXmlRepository(new DirectoryInfo(folder.KeysPath), loggerFactory));

        return services;
    }
}

using System.Globalization;
using Meldcode.Application.Administration;
using Meldcode.Application.Common.Behaviours;
using Meldcode.Application.Common.Mediation;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Application.Dossiers;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Drafts;
using Meldcode.Application.Drafts.SaveDraft;
using Meldcode.Application.Inbox;
using Meldcode.Application.Notifications;
using Meldcode.Application.Retention;
using Meldcode.Application.StaffConcerns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meldcode.Application;

public static class DependencyInjection
{
    /// <summary>The use cases, their validators and the request pipeline (outermost first).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        // Validation messages that FluentValidation writes itself are in Dutch as well.
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("nl");

        services.AddMediator(assembly);
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AccessLogBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Transient, includeInternalTypes: true);

        services.AddScoped<CurrentUserContext>();
        services.AddScoped<DossierWorkspace>();
        services.AddScoped<DossierInbox>();
        services.AddScoped<AdministrationChanges>();
        services.AddSingleton<DossierReadCache>();
        services.AddScoped<DossierHeaders>();
        services.AddScoped<DossierReader>();
        services.AddScoped(typeof(IResourceAuthorizer<>), typeof(DossierAuthorizer<>));
        services.AddScoped(typeof(IResourceAuthorizer<>), typeof(StaffConcernAuthorizer<>));
        services.AddScoped<AuthorizationVerdicts>();
        services.AddScoped<IAccessLog, AccessLogWriter>();
        services.AddSingleton<RecentReads>();
        services.AddOptions<AccessLogOptions>();
        services.AddScoped<IResourceAuthorizer<SaveDraftCommand>, SaveDraftAuthorizer>();
        services.AddScoped<SessionHousekeeping>();
        services.AddScoped<DraftHousekeeping>();
        services.AddOptions<DraftOptions>();
        services.AddOptions<DilemmaSessionOptions>();
        services.AddOptions<MailOptions>();
        services.AddScoped<IMailQueue, MailQueue>();
        services.AddScoped<MailDispatcher>();
        services.AddScoped<ControlledDeletion>();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<PrivacyOfficerHolds>();

        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}

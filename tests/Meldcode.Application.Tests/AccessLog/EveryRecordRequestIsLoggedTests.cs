using System.Reflection;
using MediatR;
using Meldcode.Application.AccessLog;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.StaffConcerns;
using Meldcode.Domain.AccessLog;

namespace Meldcode.Application.Tests.AccessLog;

/// <summary>No request about a dossier or a staff-member record can forget the access log: each declares how it accesses the record.</summary>
public sealed class EveryRecordRequestIsLoggedTests
{
    private static readonly Type[] Requests = typeof(AccessLoggedAttribute).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
        .ToArray();

    public static TheoryData<string> RecordRequests() =>
        [.. Requests.Where(t => typeof(IDossierRequest).IsAssignableFrom(t) || typeof(IStaffConcernRequest).IsAssignableFrom(t)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(RecordRequests))]
    public void A_request_about_a_dossier_or_a_staff_member_record_declares_its_access(string name)
    {
        var request = Requests.Single(t => t.FullName == name);

        var logged = request.GetCustomAttribute<AccessLoggedAttribute>();

        Assert.NotNull(logged);
        Assert.Equal(typeof(IStaffConcernRequest).IsAssignableFrom(request) ? AccessSubject.StaffConcern : AccessSubject.Dossier, logged.Subject);
    }

    [Fact]
    public void The_table_above_is_not_empty()
    {
        Assert.True(RecordRequests().Count > 30);
    }

    [Fact]
    public void A_request_that_creates_a_record_returns_the_new_record_s_id()
    {
        var creating = Requests.Where(t => t.GetCustomAttribute<AccessLoggedAttribute>() is { Action: AccessAction.Create }).ToList();

        Assert.NotEmpty(creating);
        Assert.All(creating, t => Assert.Contains(typeof(IRequest<Guid>), t.GetInterfaces()));
    }
}

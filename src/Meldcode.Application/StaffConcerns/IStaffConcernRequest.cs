namespace Meldcode.Application.StaffConcerns;

/// <summary>A request about one staff-member record; it is access-logged under that record.</summary>
public interface IStaffConcernRequest
{
    Guid Id { get; }
}

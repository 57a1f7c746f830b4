namespace Meldcode.Application.Administration.SearchUsers;

/// <summary>At most <see cref="SearchUsersQueryHandler.MaxResults"/> users; <see cref="MoreThanShown"/> says to search more precisely.</summary>
public sealed record UserSearchResult(IReadOnlyList<UserListItem> Users, bool MoreThanShown);

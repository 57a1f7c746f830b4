namespace Meldcode.Application.Administration.GetManagedUser;

public sealed record TeamOption(Guid Id, string Name);

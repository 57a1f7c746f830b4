using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Meldcode.Application.Common.Persistence;

/// <summary>
/// EF Core's compiled queries (<c>EF.CompileAsyncQuery</c>) serve the reads that every request or every dossier
/// page makes: translated once, they run without EF Core looking its query cache up from the expression tree each
/// time. They are compiled against <see cref="DbContext"/> (this layer does not know the Infrastructure's context
/// type) and run on the request's own context.
/// </summary>
public static class CompiledQueries
{
    public static DbContext AsDbContext(this IApplicationDbContext context) =>
        context as DbContext ?? throw new InvalidOperationException("Compiled queries run on an EF Core context.");
}

/// <summary>
/// A compiled query, compiled once per EF Core model. EF Core binds a compiled query to the model it first ran
/// against and refuses any other; an application has one model, but a process that configures contexts in more
/// than one way (the tests, the migration command beside the app) has several.
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for this context's model.</summary>
    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _byModel.GetValue(context.Model, _ => compile());
    }
}

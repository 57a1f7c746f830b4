using Meldcode.Infrastructure.Persistence;
using Npgsql;

namespace Meldcode.Infrastructure.Live;

/// <summary>
/// What the live notifications of this process share: the instance's own random name (so it recognises its own
/// notifications) and the PostgreSQL connections, apart from Entity Framework's, named <see cref="ApplicationName"/>
/// and <see cref="ListenerApplicationName"/> in <c>pg_stat_activity</c>. Only with PostgreSQL; with SQLite there is one
/// process and nothing to tell.
/// </summary>
public sealed class LiveConnections(DatabaseTarget target) : IAsyncDisposable, IDisposable
{
    /// <summary>How the connections that send notifications show in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "Meldcode live";

    /// <summary>How the one listening connection of an instance shows in <c>pg_stat_activity</c>.</summary>
    public const string ListenerApplicationName = "Meldcode live listener";

    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(target.ConnectionString) { ApplicationName = ApplicationName }.ConnectionString));

    /// <summary>This process among the instances: random per start, nothing that names the machine.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N")[..12];

    public bool Enabled => target.IsPostgreSql;

    /// <summary>A pooled connection to send notifications on.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        Enabled ? _dataSource.Value.OpenConnectionAsync(cancellationToken) : throw new InvalidOperationException("Live notifications need PostgreSQL.");

    /// <summary>A connection of its own (not pooled) to listen on, for as long as it stands.</summary>
    public async Task<NpgsqlConnection> OpenListenerAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            throw new InvalidOperationException("Live notifications need PostgreSQL.");
        }

        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { ApplicationName = ListenerApplicationName, Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource.IsValueCreated)
        {
            await _dataSource.Value.DisposeAsync().ConfigureAwait(false);
        }
    }
}

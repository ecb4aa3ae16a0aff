using Deliberations.Web.Data;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Hosting.Caching;

/// <summary>
/// A value that changes whenever anything commits to the database, whoever commits it
/// (<see cref="IDatabaseEngine.OpenDataVersion"/>), read at most once per
/// <see cref="PageCacheOptions.VersionCheckInterval"/>.
/// </summary>
public sealed class DataVersion(IDatabaseEngine engine, IOptions<PageCacheOptions> options, TimeProvider clock) : IDisposable
{
    private readonly Lock _lock = new();
    private IDataVersionSource? _source;
    private string _current = "";
    private long _checkedAt;

    public string Current
    {
        get
        {
            lock (_lock)
            {
                var now = clock.GetTimestamp();
                if (_source is null || clock.GetElapsedTime(_checkedAt, now) >= options.Value.VersionCheckInterval)
                {
                    _source ??= engine.OpenDataVersion();
                    _current = _source.Read();
                    _checkedAt = now;
                }

                return _current;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _source?.Dispose();
        }
    }
}

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Brings the export files up to date in the background when the site finds them missing or older
/// than the store: once at start (a store imported by an earlier version, files deleted, other
/// settings, a new version of the site) and whenever a download finds no file of the current state
/// (an import stopped before its end). One refresh at a time: asked again meanwhile, it hands back
/// the refresh under way, so thirty downloads waiting for a file cost one writing of it.
/// </summary>
public sealed class ExportRefresher(ExportWriter writer, IHostApplicationLifetime lifetime) : IHostedService
{
    private readonly Lock _lock = new();

    private Task _running = Task.CompletedTask;

    /// <summary>The refresh under way, or a new one; it never faults (the writer reports its failures).</summary>
    public Task Refresh()
    {
        lock (_lock)
        {
            if (_running.IsCompleted)
            {
                _running = Task.Run(RunAsync);
            }

            return _running;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Refresh();
        return Task.CompletedTask;
    }

    /// <summary>The host has already signalled <see cref="IHostApplicationLifetime.ApplicationStopping"/>, which stops the writing.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _running.WaitAsync(cancellationToken);

    private async Task RunAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await writer.RefreshAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The site stops: the temporary file is removed, the next start writes the files again.
        }
    }
}

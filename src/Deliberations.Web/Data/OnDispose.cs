namespace Deliberations.Web.Data;

/// <summary>Runs an action when disposed: what an engine sets back after an operation that changed a connection's settings.</summary>
internal sealed class OnDispose(Func<Task> action) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await action();
}

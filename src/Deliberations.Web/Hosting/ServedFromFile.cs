namespace Deliberations.Web.Hosting;

/// <summary>
/// Endpoint metadata: the answer is a file sent as it is (the CSV exports), for as long as the client
/// takes to download it, so it holds none of the places of <see cref="ReadSnapshotMiddleware"/>'s readers.
/// </summary>
public sealed class ServedFromFile;

using System.Net.Sockets;
using System.Text;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// Sends a request exactly as written, bytes included: HttpClient would escape, normalise or refuse
/// what hostile requests are made of (raw 0xFF bytes, <c>%2e%2e</c> segments, unknown verbs).
/// </summary>
public static class RawHttp
{
    /// <summary>A response as read off the socket: status code and the whole text, head and body.</summary>
    public sealed record Answer(int Status, string Text);

    /// <param name="head">Request line and headers, without Host, Connection or the blank line; characters U+0000-U+00FF go out as single bytes.</param>
    public static async Task<Answer> SendAsync(Uri server, string head)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        var request = $"{head}\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
        }
        catch (IOException)
        {
            // Kestrel answers and closes as soon as a header is too large, before the rest is sent.
        }

        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException) when (received.Length > 0)
        {
            // Kestrel may reset the connection after answering a request it refused.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var status = text.Length >= 12 && text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new Answer(status, text);
    }
}

using System.Text;
using Deliberations.Core.Json;
using Deliberations.Core.Parsing;

namespace Deliberations.Web.Cli;

/// <summary><c>parse FILE...</c>: one JSON object for one file, JSON Lines for several. Never touches a database.</summary>
public static class ParseCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var exit = 0;
        var single = files.Count == 1;
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                if (!File.Exists(file))
                {
                    await stderr.WriteLineAsync(Directory.Exists(file) ? $"{file}: is a folder, not a file" : $"{file}: no such file");
                    exit = 1;
                    continue;
                }

                bytes = await File.ReadAllBytesAsync(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"{file}: cannot be read: {ex.Message}");
                exit = 1;
                continue;
            }

            var extract = ExtractParser.Parse(bytes);
            await stdout.WriteLineAsync(ParsedExtractJson.ToJson(extract, file, indented: single));
        }

        await stdout.FlushAsync();
        return exit;
    }

    /// <summary>Console output must be UTF-8 whatever the terminal says, or accents break the JSON for scripts.</summary>
    public static void UseUtf8Console() => Console.OutputEncoding = new UTF8Encoding(false);
}

using System.Text.Json;
using Deliberations.Web.Cli;

namespace Deliberations.Web.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("parse", "--nope", "x.txt")]
    [InlineData("parse")]
    [InlineData("import", "--db")]
    public async Task Bad_command_lines_print_usage_and_exit_2(params string[] args)
    {
        var (exit, _, err) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage:", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_of_a_missing_file_exits_non_zero_with_one_line()
    {
        var (exit, output, err) = await Run("parse", "/nonexistent/extract.txt");
        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public async Task Parse_of_several_files_prints_json_lines_in_argument_order()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var a = Path.Combine(dir.FullName, "a.txt");
            var b = Path.Combine(dir.FullName, "b.txt");
            await File.WriteAllTextAsync(a, "Conseil du 18 mars 2019\n\nDélibération n° 2019-0001\n");
            await File.WriteAllBytesAsync(b, []);
            var (exit, output, _) = await Run("parse", a, b);
            Assert.Equal(0, exit);
            var lines = output.Trim().Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.Equal(a, JsonDocument.Parse(lines[0]).RootElement.GetProperty("file").GetString());
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal(b, second.RootElement.GetProperty("file").GetString());
            Assert.Contains(second.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

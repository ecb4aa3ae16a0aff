using System.Diagnostics;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// Files that cannot be extracts, filed among two good ones: each is reported with its reason, the
/// good ones are imported, and the store holds whole documents only.
/// </summary>
public sealed class FileFaultTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _folder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(_store.Path)!, "extraits")).FullName;
        File.Copy(Repo.Seed("000"), Path.Combine(_folder, "a.txt"));
        File.Copy(Repo.Seed("001"), Path.Combine(_folder, "b.txt"));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public static TheoryData<string, string> NotExtracts => new()
    {
        { "empty", "fichier vide" },
        { "pdf", "document PDF" },
        { "png", "image PNG" },
        { "jpeg", "image JPEG" },
        { "docx", "document bureautique (Word, OpenDocument)" },
        { "random", "contenu binaire" },
        { "100 MB", "trop volumineux pour un extrait : 100 Mo (limite 2 Mo" },
        { "one byte over the limit", "trop volumineux pour un extrait : 2 Mo (limite 2 Mo" },
    };

    [Theory]
    [MemberData(nameof(NotExtracts))]
    public async Task A_file_that_is_not_an_extract_is_reported_and_the_others_are_imported(string kind, string message)
    {
        var bad = Path.Combine(_folder, "m.txt");
        await WriteAsync(kind, bad);

        var summary = await _store.ImportAsync(_folder);

        AssertOnlyFailure(summary, bad, message);
        Assert.Equal(2, summary.New);
        Assert.Equal(2, await _store.QueryAsync(db => db.Documents.CountAsync()));
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [Fact]
    public async Task One_line_as_long_as_the_limit_is_read_and_kept_as_an_unidentified_text()
    {
        var line = Path.Combine(_folder, "ligne.txt");
        var unit = "Le Conseil délibère et approuve ; "u8.ToArray();
        var bytes = new byte[ExtractBytes.MaxBytes];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = unit[i % unit.Length];
        }

        await File.WriteAllBytesAsync(line, bytes);
        var clock = Stopwatch.StartNew();

        var summary = await _store.ImportAsync(_folder);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"2 MB on one line took {clock.Elapsed}");
        Assert.Equal((2, 1, 0), (summary.New, summary.Unidentified, summary.Failed));
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [LinuxFact]
    public async Task A_pipe_is_reported_without_waiting_for_a_writer()
    {
        var pipe = Path.Combine(_folder, "tube.txt");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var link = Path.Combine(_folder, "lien-tube.txt");
        File.CreateSymbolicLink(link, pipe);

        var summary = await _store.ImportAsync(_folder, pipe).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, summary.Results.Count(r => (r.File == pipe || r.File == link) && r.Outcome == ImportOutcome.Failed && r.Message!.Contains("fichier spécial (tube", StringComparison.Ordinal)));
        Assert.Equal((2, 3), (summary.New, summary.Failed));
    }

    [LinuxFact]
    public async Task A_dangling_link_and_a_link_to_itself_are_reported_in_french()
    {
        var dangling = Path.Combine(_folder, "casse.txt");
        var self = Path.Combine(_folder, "soi.txt");
        File.CreateSymbolicLink(dangling, "/nonexistent/extrait.txt");
        File.CreateSymbolicLink(self, self);

        var summary = await _store.ImportAsync(_folder);

        Assert.Equal((2, 2), (summary.New, summary.Failed));
        Assert.Contains(summary.Results, r => r.File == dangling && r.Message == "lien symbolique cassé (vers /nonexistent/extrait.txt)");
        Assert.Contains(summary.Results, r => r.File == self && r.Message == $"lien symbolique qui tourne en boucle (vers {self})");
    }

    [LinuxFact]
    public async Task A_link_is_judged_by_the_file_it_leads_to()
    {
        var big = Path.Combine(Path.GetDirectoryName(_store.Path)!, "gros.bin");
        await WriteAsync("100 MB", big);
        var link = Path.Combine(_folder, "lien-gros.txt");
        File.CreateSymbolicLink(link, big);

        var summary = await _store.ImportAsync(_folder);

        AssertOnlyFailure(summary, link, "trop volumineux pour un extrait : 100 Mo");
    }

    [LinuxFact]
    public async Task A_link_back_to_a_folder_above_is_reported_once_and_the_walk_ends()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "sous-dossier")).FullName;
        File.Copy(Repo.Seed("002"), Path.Combine(sub, "c.txt"));
        var loop = Path.Combine(sub, "retour");
        Directory.CreateSymbolicLink(loop, _folder);

        var summary = await _store.ImportAsync(_folder).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, summary.New);
        var failure = Assert.Single(summary.Results, r => r.Outcome == ImportOutcome.Failed);
        Assert.Equal(loop, failure.File);
        Assert.StartsWith("boucle de liens symboliques", failure.Message, StringComparison.Ordinal);
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [LinuxFact]
    public async Task Extracts_filed_through_links_are_imported_once()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(_store.Path)!, "ailleurs")).FullName;
        File.Copy(Repo.Seed("002"), Path.Combine(elsewhere, "c.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "d.txt"), Repo.Seed("003"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "lien-1"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(_folder, "lien-2"), elsewhere);

        var summary = await _store.ImportAsync(_folder);

        Assert.Equal((4, 0, 0), (summary.New, summary.Unchanged, summary.Failed));
    }

    [Fact]
    public async Task A_file_that_grows_while_it_is_read_is_not_stored()
    {
        var file = Path.Combine(_folder, "en-cours.txt");
        await File.WriteAllTextAsync(file, "Délibération n° 2021-0420\n");

        var (bytes, error) = ExtractBytes.ReadUnchanged(new FileInfo(file), path =>
        {
            var read = File.ReadAllBytes(path);
            File.AppendAllText(path, "objet : la suite, écrite pendant la lecture\n");
            return read;
        });

        Assert.Null(bytes);
        Assert.StartsWith("fichier en cours d'écriture", error, StringComparison.Ordinal);
        Assert.NotNull(ExtractBytes.ReadUnchanged(new FileInfo(file), File.ReadAllBytes).Bytes);
    }

    [Fact]
    public async Task A_folder_named_like_an_extract_is_walked_not_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "dossier.txt")).FullName;
        File.Copy(Repo.Seed("002"), Path.Combine(folder, "c.txt"));

        var summary = await _store.ImportAsync(_folder);

        Assert.Equal((3, 0), (summary.New, summary.Failed));
    }

    [UnprivilegedLinuxFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_file_without_read_permission_is_reported()
    {
        var locked = Path.Combine(_folder, "verrou.txt");
        File.Copy(Repo.Seed("002"), locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var summary = await _store.ImportAsync(_folder);

        AssertOnlyFailure(summary, locked, "illisible");
        Assert.Equal(2, summary.New);
    }

    private static void AssertOnlyFailure(ImportSummary summary, string file, string message)
    {
        var failure = Assert.Single(summary.Results, r => r.Outcome == ImportOutcome.Failed);
        Assert.Equal(file, failure.File);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    private static async Task WriteAsync(string kind, string path)
    {
        var noise = new byte[40_000];
        new Random(8).NextBytes(noise);
        switch (kind)
        {
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "pdf":
                await File.WriteAllBytesAsync(path, [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8, .. noise]);
                break;
            case "png":
                await File.WriteAllBytesAsync(path, [0x89, .. "PNG\r\n\u001a\n"u8, .. noise]);
                break;
            case "jpeg":
                await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF, 0xE0, .. noise]);
                break;
            case "docx":
                await File.WriteAllBytesAsync(path, [.. "PK\u0003\u0004"u8, .. noise]);
                break;
            case "random":
                await File.WriteAllBytesAsync(path, noise);
                break;
            case "100 MB":
                // Sparse: the size is what matters, the importer must not read it.
                await using (var file = File.Create(path))
                {
                    file.SetLength(100L * 1024 * 1024);
                }

                break;
            default:
                var text = await File.ReadAllBytesAsync(Repo.Seed("004"));
                await using (var file = File.Create(path))
                {
                    while (file.Length <= ExtractBytes.MaxBytes)
                    {
                        await file.WriteAsync(text.AsMemory(0, (int)Math.Min(text.Length, ExtractBytes.MaxBytes + 1 - file.Length)));
                    }
                }

                break;
        }
    }
}

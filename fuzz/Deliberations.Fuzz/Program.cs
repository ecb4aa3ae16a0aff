using Deliberations.Core.Json;
using Deliberations.Core.Parsing;
using SharpFuzz;

// AFL++ feeds one input per run through this target. The parser swallows reader exceptions into a
// reader-failed diagnostic, which afl would never see: turn that back into a crash so that it does.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var parsed = ExtractParser.Parse(buffer.ToArray());
    var failed = parsed.Diagnostics.FirstOrDefault(d => d.Code == "reader-failed");
    if (failed is not null)
    {
        throw new InvalidOperationException(failed.Message);
    }

    ParsedExtractJson.ToJson(parsed, "fuzz");
});

using System.Text.Json;

namespace Deliberations.Web.Features.Api;

/// <summary>
/// The OpenAPI document as the reference page shows it: operations grouped by tag, then every schema
/// with its properties. Built from the served document itself, so the page cannot drift from it.
/// </summary>
public sealed record OpenApiReference(string Title, string Description, IReadOnlyList<OpenApiReference.Group> Groups, IReadOnlyList<OpenApiReference.Schema> Schemas)
{
    public sealed record Group(string Name, IReadOnlyList<Operation> Operations);

    public sealed record Operation(string Id, string Path, string Summary, string Description, IReadOnlyList<Parameter> Parameters, IReadOnlyList<Response> Responses);

    public sealed record Parameter(string Name, string In, TypeText Type, bool Required, string Description);

    public sealed record Response(string Status, string Description, IReadOnlyList<string> ContentTypes, TypeText? Type);

    public sealed record Schema(string Name, string Description, IReadOnlyList<Property> Properties, IReadOnlyList<string> Values);

    public sealed record Property(string Name, TypeText Type, string Description);

    /// <summary>A type in words, with the schema it names (for a link), if any.</summary>
    public sealed record TypeText(string Text, string? SchemaName);

    public const string SchemaPrefix = "#/components/schemas/";

    public static OpenApiReference From(JsonElement document)
    {
        var info = document.GetProperty("info");
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (Tag: Tag(p.Value.GetProperty("get")), Operation: ReadOperation(p.Name, p.Value.GetProperty("get"))))
            .ToList();
        var groups = operations.GroupBy(o => o.Tag).Select(g => new Group(g.Key, [.. g.Select(o => o.Operation)])).ToList();
        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var all)
            ? all.EnumerateObject().Select(s => ReadSchema(s.Name, s.Value)).ToList()
            : [];
        return new OpenApiReference(Text(info, "title"), Text(info, "description"), groups, schemas);
    }

    /// <summary>The anchor of a schema on the page: <c>schema-DecisionDetail</c>.</summary>
    public static string Anchor(string schemaName) => "schema-" + schemaName;

    private static string Tag(JsonElement operation) =>
        operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString()! : "Autres";

    private static Operation ReadOperation(string path, JsonElement get)
    {
        var parameters = get.TryGetProperty("parameters", out var ps)
            ? ps.EnumerateArray().Select(p => new Parameter(
                Text(p, "name"), Text(p, "in"), Describe(p.GetProperty("schema")),
                p.TryGetProperty("required", out var r) && r.GetBoolean(), Text(p, "description"))).ToList()
            : [];
        var responses = get.GetProperty("responses").EnumerateObject().Select(r =>
        {
            var content = r.Value.TryGetProperty("content", out var c) ? c.EnumerateObject().ToList() : [];
            var schema = content.Select(x => x.Value).FirstOrDefault(x => x.TryGetProperty("schema", out _));
            return new Response(r.Name, Text(r.Value, "description"), [.. content.Select(x => x.Name)],
                schema.ValueKind == JsonValueKind.Object ? Describe(schema.GetProperty("schema")) : null);
        }).ToList();
        return new Operation(Text(get, "operationId"), path, Text(get, "summary"), Text(get, "description"), parameters, responses);
    }

    private static Schema ReadSchema(string name, JsonElement schema)
    {
        var properties = schema.TryGetProperty("properties", out var ps)
            ? ps.EnumerateObject().Select(p => new Property(p.Name, Describe(p.Value), Text(p.Value, "description"))).ToList()
            : [];
        var values = schema.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(v => v.ToString()).ToList() : [];
        return new Schema(name, Text(schema, "description"), properties, values);
    }

    /// <summary><c>string (date) ou null</c>, <c>liste de DecisionItem</c>, <c>OfficialRef ou null</c>.</summary>
    private static TypeText Describe(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Replace(SchemaPrefix, "", StringComparison.Ordinal);
            return new TypeText(name, name);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            var branches = oneOf.EnumerateArray().Select(Describe).ToList();
            var named = branches.FirstOrDefault(b => b.SchemaName is not null);
            return new TypeText(string.Join(" ou ", branches.Select(b => b.Text)), named?.SchemaName);
        }

        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : [];
        var nullable = types.Remove("null");
        TypeText described;
        if (types.Contains("array") && schema.TryGetProperty("items", out var items))
        {
            var item = Describe(items);
            described = new TypeText("liste de " + item.Text, item.SchemaName);
        }
        else
        {
            var format = schema.TryGetProperty("format", out var f) ? $" ({f.GetString()})" : "";
            described = new TypeText((types.Count == 0 ? "null" : string.Join(" ou ", types)) + format, null);
        }

        return nullable && types.Count > 0 ? described with { Text = described.Text + " ou null" } : described;
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}

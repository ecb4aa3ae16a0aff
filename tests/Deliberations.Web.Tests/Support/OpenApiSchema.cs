using System.Globalization;
using System.Text.Json;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// Checks a JSON value against a schema of the site's OpenAPI document (3.1): the property names on
/// both sides, and each value's type and format. Only what the document uses: $ref, oneOf with null,
/// type names or arrays of them, enum, items, properties, date and date-time formats.
/// </summary>
public sealed class OpenApiSchema(JsonElement document)
{
    public static async Task<OpenApiSchema> FetchAsync(HttpClient client)
    {
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        return new OpenApiSchema(JsonDocument.Parse(json).RootElement);
    }

    public JsonElement Document => document;

    public IEnumerable<string> Paths => document.GetProperty("paths").EnumerateObject().Select(p => p.Name);

    /// <summary>The content types the document declares for a successful GET of <paramref name="path"/>.</summary>
    public IReadOnlyList<string> ContentTypes(string path) =>
        [.. Ok(path).GetProperty("content").EnumerateObject().Select(c => c.Name)];

    /// <summary>The schema of a successful JSON GET of <paramref name="path"/>.</summary>
    public JsonElement ResponseSchema(string path) =>
        Ok(path).GetProperty("content").GetProperty("application/json").GetProperty("schema");

    /// <summary>Every mismatch between <paramref name="value"/> and <paramref name="schema"/>, with the JSON path where it is.</summary>
    public List<string> Check(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private JsonElement Ok(string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200");

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Replace("#/components/schemas/", "", StringComparison.Ordinal);
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private void Check(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            var branches = oneOf.EnumerateArray().Select(Resolve).ToList();
            if (value.ValueKind == JsonValueKind.Null)
            {
                if (!branches.Any(b => Types(b).Contains("null")))
                {
                    errors.Add($"{at}: null where the schema allows none");
                }

                return;
            }

            schema = branches.First(b => !Types(b).SequenceEqual(["null"]));
        }

        var types = Types(schema);
        var kind = value.ValueKind switch
        {
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => value.TryGetInt64(out _) && types.Contains("integer") ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "undefined",
        };
        if (types.Count > 0 && !types.Contains(kind))
        {
            errors.Add($"{at}: {kind} where the schema says {string.Join("|", types)}");
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var declared = schema.TryGetProperty("properties", out var properties)
                    ? properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value)
                    : [];
                var actual = value.EnumerateObject().Select(p => p.Name).ToHashSet();
                errors.AddRange(actual.Except(declared.Keys).Select(p => $"{at}.{p}: not in the schema"));
                errors.AddRange(declared.Keys.Except(actual).Select(p => $"{at}.{p}: in the schema, missing from the response"));
                foreach (var property in value.EnumerateObject().Where(p => declared.ContainsKey(p.Name)))
                {
                    Check(declared[property.Name], property.Value, $"{at}.{property.Name}", errors);
                }

                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, $"{at}[{index++}]", errors);
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == text))
                {
                    errors.Add($"{at}: '{text}' is not one of the schema's values");
                }

                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                if (format == "date" && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add($"{at}: '{text}' is not an ISO date");
                }

                if (format == "date-time" && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add($"{at}: '{text}' is not an ISO date and time");
                }

                break;
        }
    }

    private static List<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OktaCiam.Connector.Testing.Tests.Emulator;

/// <summary>Starts emulators and talks to them over real loopback HTTP, the way a client would.</summary>
internal static class EmulatorHarness
{
    public static Task<OktaEmulator> StartAsync(OktaEmulatorSeed? seed = null, Action<OktaEmulatorOptions>? configure = null)
    {
        var options = new OktaEmulatorOptions { Seed = seed ?? new OktaEmulatorSeed() };
        configure?.Invoke(options);
        return OktaEmulator.StartAsync(options);
    }

    public static HttpClient Client(this OktaEmulator emulator, string? token = null)
    {
        var client = new HttpClient { BaseAddress = emulator.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", token ?? emulator.ApiToken);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Content = body is null ? new ByteArrayContent([]) : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Follows rel="next" Link headers and collects every item.</summary>
    public static async Task<(List<JsonNode> Items, int Pages)> GetAllPagesAsync(this HttpClient client, string url)
    {
        var items = new List<JsonNode>();
        var pages = 0;
        string? next = url;
        while (next is not null)
        {
            var (response, body) = await client.GetJsonAsync(next);
            response.EnsureSuccessStatusCode();
            pages++;
            items.AddRange(body!.AsArray().Select(n => n!));
            next = NextLink(response);
            pages.Should().BeLessThan(100_000, "paging must terminate");
        }

        return (items, pages);
    }

    public static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var header in values)
        {
            foreach (var part in header.Split(", <"))
            {
                if (part.Contains("rel=\"next\"", StringComparison.Ordinal))
                {
                    var start = part.IndexOf('<') + 1;
                    var end = part.IndexOf('>');
                    return part[start..end];
                }
            }
        }

        return null;
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    public static string ErrorCode(this JsonNode? body) => body?["errorCode"]?.GetValue<string>() ?? string.Empty;

    public static string Search(string expression) => "/api/v1/users?search=" + Uri.EscapeDataString(expression);
}

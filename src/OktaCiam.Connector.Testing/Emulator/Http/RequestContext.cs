using Microsoft.AspNetCore.Http;

namespace OktaCiam.Connector.Testing;

/// <summary>Everything a handler needs about one request.</summary>
internal sealed class RequestContext
{
    public required HttpContext Http { get; init; }

    public required OktaEmulator Emulator { get; init; }

    public required string[] Args { get; init; }

    public required Principal Principal { get; init; }

    public required LogActor Actor { get; init; }

    public required string RequestId { get; init; }

    public required RenderOptions Render { get; init; }

    public byte[]? Body { get; init; }

    public EmulatedOrg Org => Emulator.Org;

    public string? Query(string name)
    {
        var values = Http.Request.Query[name];
        return values.Count == 0 ? null : values[0];
    }
}

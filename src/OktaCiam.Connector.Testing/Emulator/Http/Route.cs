namespace OktaCiam.Connector.Testing;

/// <summary>One endpoint: method, path template, rate-limit bucket, required OAuth scope and handler.</summary>
internal sealed class Route
{
    public Route(string method, string template, string? scope, Func<RequestContext, EmulatorResponse> handler)
        : this(method, template, scope, ctx => new ValueTask<EmulatorResponse>(handler(ctx)))
    {
    }

    public Route(string method, string template, string? scope, Func<RequestContext, ValueTask<EmulatorResponse>> handler)
    {
        Method = method;
        Template = template;
        Scope = scope;
        Handler = handler;
        Segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Bucket = method + " " + template;
    }

    public string Method { get; }

    public string Template { get; }

    public string[] Segments { get; }

    public string Bucket { get; }

    /// <summary>The scope an OAuth token needs (and an API token owner's roles must grant); null for the unauthenticated token endpoint.</summary>
    public string? Scope { get; }

    public Func<RequestContext, ValueTask<EmulatorResponse>> Handler { get; }
}

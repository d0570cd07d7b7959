using System.Text.RegularExpressions;

namespace OktaCiam.Connector.Testing;

/// <summary>An injected fault with the requests it applies to; counts what it matched and fired.</summary>
public sealed class EmulatorFaultRule
{
    private readonly EmulatorFaults _owner;
    private readonly Regex _path;
    private int _matched;
    private int _fired;

    internal EmulatorFaultRule(EmulatorFaults owner, EmulatorFault fault, string? method, string pathPattern, int skip, int times)
    {
        _owner = owner;
        Fault = fault;
        Method = method;
        PathPattern = pathPattern;
        Skip = skip;
        Times = times;
        _path = new Regex("^" + Regex.Escape(pathPattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    /// <summary>Gets the fault.</summary>
    public EmulatorFault Fault { get; }

    /// <summary>Gets the HTTP method it applies to, or <see langword="null"/> for any.</summary>
    public string? Method { get; }

    /// <summary>Gets the path pattern; <c>*</c> matches any characters, slashes included (for example <c>/api/v1/groups/*/users/*</c>).</summary>
    public string PathPattern { get; }

    /// <summary>Gets how many matching requests pass untouched before the fault fires.</summary>
    public int Skip { get; }

    /// <summary>Gets how many times the fault fires (<see cref="int.MaxValue"/> for every matching request).</summary>
    public int Times { get; }

    /// <summary>Gets how many requests matched so far.</summary>
    public int Matched => Volatile.Read(ref _matched);

    /// <summary>Gets how many times the fault fired so far.</summary>
    public int Fired => Volatile.Read(ref _fired);

    /// <summary>Stops this fault.</summary>
    public void Remove() => _owner.Remove(this);

    internal bool TryFire(string method, string path)
    {
        if ((Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) || !_path.IsMatch(path))
        {
            return false;
        }

        var n = Interlocked.Increment(ref _matched);
        if (n <= Skip || Volatile.Read(ref _fired) >= Times)
        {
            return false;
        }

        Interlocked.Increment(ref _fired);
        return true;
    }
}

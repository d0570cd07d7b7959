namespace OktaCiam.Connector;

/// <summary>The filter's verdict on a fresh <c>GET</c> by id, as an object the client's single-object reader can return.</summary>
/// <typeparam name="T">The record model.</typeparam>
/// <param name="Value">The record when managed; otherwise null.</param>
/// <param name="Reason"><see cref="ExclusionReason.None"/> when managed, otherwise why not.</param>
internal sealed record OktaConfirmation<T>(T? Value, ExclusionReason Reason)
    where T : class
{
    /// <summary>Gets a value indicating whether the record is managed.</summary>
    public bool IsManaged => Reason == ExclusionReason.None && Value is not null;

    /// <summary>Creates a reader that passes a single-object body through <paramref name="filter"/>.</summary>
    public static OktaObjectReader<OktaConfirmation<T>> Reader(ManagedIdentityFilter filter, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        async (body, cancellationToken) =>
        {
            var record = await filter.ReadManagedAsync(body, typeInfo, cancellationToken).ConfigureAwait(false);
            return new OktaConfirmation<T>(record.Value, record.Reason);
        };
}

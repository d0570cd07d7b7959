using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OktaCiam.Connector;
using OktaCiam.Connector.Abstractions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Okta CIAM connector in an <see cref="IServiceCollection"/>.</summary>
public static class OktaCiamServiceCollectionExtensions
{
    /// <summary>Registers the default Okta CIAM connector, configured by a delegate.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for optional extras.</returns>
    /// <remarks>
    /// Resolve it as <see cref="IConnector"/>. Options are validated when the host starts (and on first use without a host);
    /// registering twice is harmless.
    /// </remarks>
    public static IOktaCiamConnectorBuilder AddOktaCiamConnector(this IServiceCollection services, Action<OktaCiamOptions> configure)
        => services.AddOktaCiamConnector(Options.Options.DefaultName, configure);

    /// <summary>Registers a named Okta CIAM connector, configured by a delegate, for hosts that talk to several Okta orgs.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The instance's name; resolve it as a keyed <see cref="IConnector"/> with this key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for optional extras.</returns>
    public static IOktaCiamConnectorBuilder AddOktaCiamConnector(this IServiceCollection services, string name, Action<OktaCiamOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<OktaCiamOptions>(name).Configure(configure);
        return services.AddOktaCiamConnectorCore(name);
    }

    /// <summary>Registers the default Okta CIAM connector, bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding <see cref="OktaCiamOptions"/>, for example <c>configuration.GetSection("OktaCiam")</c>.</param>
    /// <returns>A builder for optional extras.</returns>
    public static IOktaCiamConnectorBuilder AddOktaCiamConnector(this IServiceCollection services, IConfiguration section)
        => services.AddOktaCiamConnector(Options.Options.DefaultName, section);

    /// <summary>Registers a named Okta CIAM connector, bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The instance's name; resolve it as a keyed <see cref="IConnector"/> with this key.</param>
    /// <param name="section">The section holding <see cref="OktaCiamOptions"/>.</param>
    /// <returns>A builder for optional extras.</returns>
    public static IOktaCiamConnectorBuilder AddOktaCiamConnector(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(section);

        services.AddOptions<OktaCiamOptions>(name).Bind(section);
        return services.AddOktaCiamConnectorCore(name);
    }

    private static OktaCiamConnectorBuilder AddOktaCiamConnectorCore(this IServiceCollection services, string name)
    {
        var builder = new OktaCiamConnectorBuilder(name, services);

        // Registering the same instance again only adds its configuration, never a second set of services.
        if (services.Any(d => d.ServiceType == typeof(OktaCiamConnectorBuilder) && Equals(d.ServiceKey, name)))
        {
            return builder;
        }

        services.AddKeyedSingleton(name, builder);
        services.AddOptionsWithValidateOnStart<OktaCiamOptions, OktaCiamOptionsValidator>(name);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OktaCiamOptions>, OktaCiamOptionsDataValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddOktaClient(name);

        services.TryAddKeyedSingleton<IConnector>(name, static (sp, key) => OktaCiamConnector.Create(sp, (string)key!));
        if (name == Options.Options.DefaultName)
        {
            services.TryAddSingleton<IConnector>(static sp => sp.GetRequiredKeyedService<IConnector>(Options.Options.DefaultName));
        }

        return builder;
    }

    private sealed record OktaCiamConnectorBuilder(string Name, IServiceCollection Services) : IOktaCiamConnectorBuilder;
}

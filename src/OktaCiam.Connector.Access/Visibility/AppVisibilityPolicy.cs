using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Access;

/// <summary>Answers "may this principal see the app?" from the app's visibility settings.</summary>
public static class AppVisibilityPolicy
{
    /// <summary>Decides whether <paramref name="viewer"/> may see an app with the given settings.</summary>
    /// <param name="app">The app's settings.</param>
    /// <param name="viewer">The principal asking.</param>
    /// <returns>
    /// <see langword="true"/> when the app is unrestricted, or the viewer is a host admin, the app's admin, already holds
    /// access, or is a member of one of the groups the app is restricted to.
    /// </returns>
    public static bool CanSee(AppSettings app, AppViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(viewer);

        if (!app.Visibility.IsRestricted || viewer.IsHostAdmin || viewer.IsAppAdmin || viewer.HoldsAccess)
        {
            return true;
        }

        foreach (var groupId in app.Visibility.GroupIds)
        {
            if (viewer.GroupIds.Contains(groupId, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

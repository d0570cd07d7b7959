using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary>Renders Okta objects straight into a <see cref="Utf8JsonWriter"/> in the shapes of Okta's API (see the spec examples).</summary>
internal static class OktaJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Created = JsonEncodedText.Encode("created");
    private static readonly JsonEncodedText Activated = JsonEncodedText.Encode("activated");
    private static readonly JsonEncodedText StatusChanged = JsonEncodedText.Encode("statusChanged");
    private static readonly JsonEncodedText LastLogin = JsonEncodedText.Encode("lastLogin");
    private static readonly JsonEncodedText LastUpdated = JsonEncodedText.Encode("lastUpdated");
    private static readonly JsonEncodedText PasswordChanged = JsonEncodedText.Encode("passwordChanged");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Profile = JsonEncodedText.Encode("profile");
    private static readonly JsonEncodedText Credentials = JsonEncodedText.Encode("credentials");
    private static readonly JsonEncodedText Password = JsonEncodedText.Encode("password");
    private static readonly JsonEncodedText RecoveryQuestion = JsonEncodedText.Encode("recovery_question");
    private static readonly JsonEncodedText Question = JsonEncodedText.Encode("question");
    private static readonly JsonEncodedText Provider = JsonEncodedText.Encode("provider");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Okta = JsonEncodedText.Encode("OKTA");
    private static readonly JsonEncodedText Links = JsonEncodedText.Encode("_links");
    private static readonly JsonEncodedText Href = JsonEncodedText.Encode("href");
    private static readonly JsonEncodedText Method = JsonEncodedText.Encode("method");
    private static readonly JsonEncodedText Post = JsonEncodedText.Encode("POST");
    private static readonly JsonEncodedText Self = JsonEncodedText.Encode("self");
    private static readonly JsonEncodedText TypeLink = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText SchemaLink = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText ActivateLink = JsonEncodedText.Encode("activate");
    private static readonly JsonEncodedText SuspendLink = JsonEncodedText.Encode("suspend");
    private static readonly JsonEncodedText DeactivateLink = JsonEncodedText.Encode("deactivate");
    private static readonly JsonEncodedText ResetPasswordLink = JsonEncodedText.Encode("resetPassword");
    private static readonly JsonEncodedText ExpirePasswordLink = JsonEncodedText.Encode("expirePassword");
    private static readonly JsonEncodedText ForgotPasswordLink = JsonEncodedText.Encode("forgotPassword");
    private static readonly JsonEncodedText ChangeRecoveryQuestionLink = JsonEncodedText.Encode("changeRecoveryQuestion");
    private static readonly JsonEncodedText ChangePasswordLink = JsonEncodedText.Encode("changePassword");

    /// <summary>Writes a user; lists carry only the self link (as in Okta's list examples), a single GET carries the lifecycle and credential links too.</summary>
    public static void WriteUser(Utf8JsonWriter w, EmulatedOrg org, in UserRow row, RenderOptions options, bool allLinks = false)
    {
        var s = row.State;
        w.WriteStartObject();
        w.WriteString(Id, row.Id);
        w.WriteString(Status, s.Status);
        WriteTime(w, Created, s.Created);
        WriteTime(w, Activated, s.Activated);
        WriteTime(w, StatusChanged, s.StatusChanged);
        WriteTime(w, LastLogin, s.LastLogin);
        WriteTime(w, LastUpdated, s.LastUpdated);
        WriteTime(w, PasswordChanged, s.PasswordChanged);
        w.WriteStartObject(Type);
        w.WriteString(Id, org.UserTypeId);
        w.WriteEndObject();
        w.WritePropertyName(Profile);
        if (s.Profile is { } profile)
        {
            w.WriteRawValue(profile, skipInputValidation: true);
        }
        else
        {
            org.Customers.WriteProfile(w, s.Position);
        }

        if (!options.OmitCredentials)
        {
            w.WriteStartObject(Credentials);
            if (s.PasswordChanged != 0)
            {
                w.WriteStartObject(Password);
                w.WriteEndObject();
            }

            if (s.HasRecoveryQuestion)
            {
                w.WriteStartObject(RecoveryQuestion);
                w.WriteString(Question, "What's my childhood elementary school?");
                w.WriteEndObject();
            }

            w.WriteStartObject(Provider);
            w.WriteString(Type, Okta);
            w.WriteString(Name, Okta);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartObject(Links);
        var users = options.UsersPrefix;
        var id = row.Id;
        WriteHref(w, Self, users, id, default, post: false);
        if (!allLinks)
        {
            w.WriteEndObject();
            w.WriteEndObject();
            return;
        }

        WriteHref(w, TypeLink, options.MetaPrefix, org.UserTypePath, default, post: false);
        WriteHref(w, SchemaLink, options.MetaPrefix, org.UserSchemaPath, default, post: false);
        if (s.Status == "DEPROVISIONED")
        {
            WriteHref(w, ActivateLink, users, id, "/lifecycle/activate"u8, post: true);
        }
        else
        {
            WriteHref(w, SuspendLink, users, id, "/lifecycle/suspend"u8, post: true);
            WriteHref(w, DeactivateLink, users, id, "/lifecycle/deactivate"u8, post: true);
            if (!options.OmitCredentialsLinks)
            {
                WriteHref(w, ResetPasswordLink, users, id, "/lifecycle/reset_password"u8, post: true);
                WriteHref(w, ExpirePasswordLink, users, id, "/lifecycle/expire_password"u8, post: true);
                WriteHref(w, ForgotPasswordLink, users, id, "/credentials/forgot_password"u8, post: true);
                WriteHref(w, ChangeRecoveryQuestionLink, users, id, "/credentials/change_recovery_question"u8, post: true);
                WriteHref(w, ChangePasswordLink, users, id, "/credentials/change_password"u8, post: true);
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes <c>"name": {"href": prefix + id + suffix}</c> without allocating the URL.</summary>
    private static void WriteHref(Utf8JsonWriter w, JsonEncodedText name, ReadOnlySpan<byte> prefix, string id, ReadOnlySpan<byte> suffix, bool post)
    {
        Span<byte> buffer = stackalloc byte[1024];
        var length = prefix.Length + Encoding.UTF8.GetMaxByteCount(id.Length) + suffix.Length;
        if (length > buffer.Length)
        {
            buffer = new byte[length];
        }

        prefix.CopyTo(buffer);
        var n = prefix.Length;
        n += Encoding.UTF8.GetBytes(id, buffer[n..]);
        suffix.CopyTo(buffer[n..]);
        n += suffix.Length;
        w.WriteStartObject(name);
        w.WriteString(Href, buffer[..n]);
        if (post)
        {
            w.WriteString(Method, Post);
        }

        w.WriteEndObject();
    }

    public static void WriteGroup(Utf8JsonWriter w, in GroupRow row, RenderOptions options)
    {
        var s = row.State;
        w.WriteStartObject();
        w.WriteString(Id, row.Record.Id);
        WriteTime(w, Created, s.Created);
        WriteTime(w, LastUpdated, s.LastUpdated);
        WriteTime(w, "lastMembershipUpdated", row.Record.LastMembershipUpdated);
        w.WriteStartArray("objectClass");
        w.WriteStringValue(s.Type == "APP_GROUP" ? "okta:windows_security_principal" : "okta:user_group");
        w.WriteEndArray();
        w.WriteString(Type, s.Type);
        w.WritePropertyName(Profile);
        w.WriteRawValue(s.Profile, skipInputValidation: true);
        w.WriteStartObject(Links);
        w.WriteStartArray("logo");
        foreach (var size in (ReadOnlySpan<string>)["medium", "large"])
        {
            w.WriteStartObject();
            w.WriteString(Name, size);
            w.WriteString(Href, string.Concat(options.Base, "/img/logos/groups/", s.Type == "APP_GROUP" ? "active_directory-" : "okta-", size, ".png"));
            w.WriteString(Type, "image/png");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (s.SourceAppId is { } source)
        {
            WriteLink(w, "source", string.Concat(options.Base, "/api/v1/apps/", source));
        }

        var group = string.Concat(options.Base, "/api/v1/groups/", row.Record.Id);
        WriteLink(w, "users", group + "/users");
        WriteLink(w, "apps", group + "/apps");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A role assignment as listed for a user or a group; <paramref name="assigneeHref"/> is the user or group it is assigned to.</summary>
    public static void WriteRoleAssignment(Utf8JsonWriter w, EmulatedOrg org, RoleAssignmentRecord a, string assigneeHref, RenderOptions options)
    {
        w.WriteStartObject();
        w.WriteString(Id, a.Id);
        if (a.RoleId is not null)
        {
            w.WriteString("role", a.RoleId);
        }

        w.WriteString("label", org.RoleLabelLocked(a));
        w.WriteString(Type, a.Type);
        w.WriteString(Status, "ACTIVE");
        WriteTime(w, Created, a.Created);
        WriteTime(w, LastUpdated, a.LastUpdated);
        w.WriteString("assignmentType", a.AssignedToGroup ? "GROUP" : "USER");
        if (a.ResourceSetId is not null)
        {
            w.WriteString("resource-set", a.ResourceSetId);
        }

        w.WriteStartObject(Links);
        WriteLink(w, "assignee", assigneeHref);
        if (a.ResourceSetId is not null && a.RoleId is not null)
        {
            var set = string.Concat(options.Base, "/api/v1/iam/resource-sets/", a.ResourceSetId);
            WriteLink(w, "resource-set", set);
            WriteLink(w, "member", string.Concat(set, "/bindings/", a.RoleId, "/members/", a.Id));
            WriteLink(w, "role", string.Concat(options.Base, "/api/v1/iam/roles/", a.RoleId));
            WriteLink(w, "permissions", string.Concat(options.Base, "/api/v1/iam/roles/", a.RoleId, "/permissions"));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteCustomRole(Utf8JsonWriter w, CustomRoleRecord role, RenderOptions options)
    {
        w.WriteStartObject();
        w.WriteString(Id, role.Id);
        w.WriteString("label", role.Label);
        w.WriteString("description", role.Description);
        WriteTime(w, Created, role.Created);
        WriteTime(w, LastUpdated, role.LastUpdated);
        w.WriteStartObject(Links);
        var href = string.Concat(options.Base, "/api/v1/iam/roles/", role.Id);
        WriteLink(w, "permissions", href + "/permissions");
        WriteLink(w, "self", href);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteResourceSet(Utf8JsonWriter w, ResourceSetRecord set, RenderOptions options)
    {
        w.WriteStartObject();
        w.WriteString(Id, set.Id);
        w.WriteString("label", set.Label);
        w.WriteString("description", set.Description);
        WriteTime(w, Created, set.Created);
        WriteTime(w, LastUpdated, set.LastUpdated);
        w.WriteStartObject(Links);
        var href = string.Concat(options.Base, "/api/v1/iam/resource-sets/", set.Id);
        WriteLink(w, "self", href);
        WriteLink(w, "resources", href + "/resources");
        WriteLink(w, "bindings", href + "/bindings");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteLink(Utf8JsonWriter w, string name, string href, bool post = false)
    {
        w.WriteStartObject(name);
        w.WriteString(Href, href);
        if (post)
        {
            w.WriteString(Method, Post);
        }

        w.WriteEndObject();
    }

    public static void WriteSelfLink(Utf8JsonWriter w, string href) => WriteLink(w, Self.ToString(), href);

    public static void WriteTime(Utf8JsonWriter w, JsonEncodedText name, long unixMilliseconds)
    {
        if (unixMilliseconds == 0)
        {
            w.WriteNull(name);
            return;
        }

        Span<byte> buffer = stackalloc byte[24];
        w.WriteString(name, buffer[..OktaTime.FormatUtf8(unixMilliseconds, buffer)]);
    }

    public static void WriteTime(Utf8JsonWriter w, string name, long unixMilliseconds) => WriteTime(w, JsonEncodedText.Encode(name), unixMilliseconds);
}

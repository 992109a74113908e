using System.ComponentModel.DataAnnotations;

namespace CjmBot.Storage;

/// <summary>Configuration section <c>Storage</c>: which state store to use and how to reach Table Storage.</summary>
public sealed class TableStorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Prefix + the longest table suffix ("Conversations") must stay a valid table name: a letter first, letters
    /// and digits, at most 63 characters.
    /// </summary>
    public const string TablePrefixPattern = "^[A-Za-z][A-Za-z0-9]{0,49}$";

    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.AzureTables;

    /// <summary>A storage account connection string; <c>UseDevelopmentStorage=true</c> targets Azurite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The Table service endpoint (<c>https://{account}.table.core.windows.net</c>), used with a token credential
    /// instead of <see cref="ConnectionString"/>: no key leaves the account. The identity needs the role
    /// "Storage Table Data Contributor".
    /// </summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>
    /// With <see cref="ServiceUri"/>: the client id of the user-assigned managed identity to sign in as. Empty means
    /// DefaultAzureCredential (environment, workload identity, managed identity, developer tools, in that order).
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required]
    [RegularExpression(TablePrefixPattern, ErrorMessage = "Storage:TablePrefix must start with a letter and contain only letters and digits (at most 50 characters).")]
    public string TablePrefix { get; set; } = "cjm";

    public string StateTableName => TablePrefix + "State";

    /// <summary>One partition per workshop: frame, progress and contributions.</summary>
    public string WorkshopsTableName => TablePrefix + "Workshops";

    /// <summary>One partition per conversation: the workshops held in it.</summary>
    public string ConversationsTableName => TablePrefix + "Conversations";

    /// <summary>The durable schedule (question timers, reminders).</summary>
    public string JobsTableName => TablePrefix + "Jobs";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (Provider == StorageProvider.AzureTables && !hasConnectionString && ServiceUri is null)
        {
            yield return new ValidationResult(
                "Storage:ConnectionString or Storage:ServiceUri is required when Storage:Provider is AzureTables (use UseDevelopmentStorage=true for Azurite).",
                [nameof(ConnectionString), nameof(ServiceUri)]);
        }

        if (hasConnectionString && ServiceUri is not null)
        {
            yield return new ValidationResult(
                "Set either Storage:ConnectionString or Storage:ServiceUri, not both.",
                [nameof(ConnectionString), nameof(ServiceUri)]);
        }

        // A bearer token must never travel in clear text; the Azure SDK refuses it too, but only at the first request.
        if (ServiceUri is not null && (!ServiceUri.IsAbsoluteUri || ServiceUri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                "Storage:ServiceUri must be an absolute https address such as https://myaccount.table.core.windows.net.",
                [nameof(ServiceUri)]);
        }

        if (!string.IsNullOrWhiteSpace(ManagedIdentityClientId))
        {
            if (ServiceUri is null)
            {
                yield return new ValidationResult(
                    "Storage:ManagedIdentityClientId is used only with Storage:ServiceUri.",
                    [nameof(ManagedIdentityClientId)]);
            }

            if (!Guid.TryParse(ManagedIdentityClientId, out _))
            {
                yield return new ValidationResult(
                    "Storage:ManagedIdentityClientId must be the client id (a GUID) of a user-assigned managed identity.",
                    [nameof(ManagedIdentityClientId)]);
            }
        }
    }
}

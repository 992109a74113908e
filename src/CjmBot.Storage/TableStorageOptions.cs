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
        if (Provider == StorageProvider.AzureTables && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString is required when Storage:Provider is AzureTables (use UseDevelopmentStorage=true for Azurite).",
                [nameof(ConnectionString)]);
        }
    }
}

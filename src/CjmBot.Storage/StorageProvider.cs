namespace CjmBot.Storage;

/// <summary>Where bot state lives.</summary>
public enum StorageProvider
{
    /// <summary>In-process only: state is lost on restart. For tests and local runs.</summary>
    Memory,

    /// <summary>Azure Table Storage (or Azurite locally).</summary>
    AzureTables,
}

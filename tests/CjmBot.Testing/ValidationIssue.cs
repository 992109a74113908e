namespace CjmBot.Testing;

/// <summary>One finding of a tools/validate-*.mjs script: where (JSON path), a stable code, and the text.</summary>
public sealed record ValidationIssue(string Path, string Code, string Message)
{
    public override string ToString() => Path.Length == 0 ? $"{Code}: {Message}" : $"{Path}: {Code}: {Message}";
}

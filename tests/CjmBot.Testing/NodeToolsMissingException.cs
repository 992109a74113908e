namespace CjmBot.Testing;

/// <summary>Node or the project's Node tools are not installed; the message says what to run.</summary>
public sealed class NodeToolsMissingException : InvalidOperationException
{
    public NodeToolsMissingException()
    {
    }

    public NodeToolsMissingException(string message)
        : base(message)
    {
    }

    public NodeToolsMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

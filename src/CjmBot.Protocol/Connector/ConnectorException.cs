using System.Net;

namespace CjmBot.Protocol.Connector;

/// <summary>The Bot Connector answered a call with a non-success status.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string? errorMessage, string? correlationId)
        : base($"The Bot Connector answered {(int)statusCode} {errorCode ?? statusCode.ToString()}: {errorMessage ?? "(no message)"} (operation {correlationId ?? "unknown"}).")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        CorrelationId = correlationId;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary><c>error.code</c> of the ErrorResponse body, e.g. <c>ConversationNotFound</c>.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> header: what Microsoft support asks for.</summary>
    public string? CorrelationId { get; }
}

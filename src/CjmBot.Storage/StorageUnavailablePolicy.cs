using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using CjmBot.Protocol.State;

namespace CjmBot.Storage;

/// <summary>
/// Outermost policy of the Table Storage pipeline (per call, so outside the client's retries): a request that still
/// fails to reach storage after those retries, or still gets a server error, becomes a <see cref="StorageUnavailableException"/>.
/// Answers that mean something to the caller (404, 409 on a redelivery, 412 on an ETag race) pass through unchanged.
/// </summary>
internal sealed class StorageUnavailablePolicy : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception exception) when (IsUnreachable(exception, message))
        {
            throw Unavailable(message, exception);
        }

        ThrowOnServerError(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnreachable(exception, message))
        {
            throw Unavailable(message, exception);
        }

        ThrowOnServerError(message);
    }

    private static void ThrowOnServerError(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Status >= 500)
        {
            throw new StorageUnavailableException(
                $"Table Storage answered {message.Response.Status} to {message.Request.Method} after its retries.",
                new RequestFailedException(message.Response));
        }
    }

    private static StorageUnavailableException Unavailable(HttpMessage message, Exception exception) =>
        new($"Table Storage could not be reached for {message.Request.Method} after its retries.", exception);

    /// <summary>A network failure or a timeout, not the caller giving up.</summary>
    private static bool IsUnreachable(Exception exception, HttpMessage message) =>
        !message.CancellationToken.IsCancellationRequested && exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions.All(inner => IsUnreachable(inner, message)),
            RequestFailedException failed => failed.Status == 0 || failed.Status >= 500,
            HttpRequestException or SocketException or IOException or TimeoutException => true,
            OperationCanceledException => true,
            _ => false,
        };
}

using System.Text;
using System.Text.Json;
using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Protocol.Turns;
using CjmBot.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the one door of the bot. Order matters: size, syntax, authentication and
/// tenant are all checked before the bot sees the activity, so a refused request never runs a turn.
/// </summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var botOptions = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var endpointOptions = services.GetRequiredService<IOptions<MessagesEndpointOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint).FullName!);

        var body = await ReadBodyAsync(context, endpointOptions.MaxRequestBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(context, logger, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"An activity is at most {endpointOptions.MaxRequestBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        var (activity, parseError) = Parse(body);
        if (activity is null)
        {
            await RefuseAsync(context, logger, StatusCodes.Status400BadRequest, "Invalid activity", parseError!).ConfigureAwait(false);
            return;
        }

        if (!botOptions.DisableAuthentication)
        {
            var validator = services.GetRequiredService<BotFrameworkTokenValidator>();
            var header = context.Request.Headers.Authorization;
            var authentication = await validator
                .AuthenticateAsync(header.Count == 1 ? header[0] : null, activity, context.RequestAborted)
                .ConfigureAwait(false);
            if (!authentication.Succeeded)
            {
                await RefuseAuthenticationAsync(context, authentication).ConfigureAwait(false);
                return;
            }
        }

        if (!botOptions.IsTenantAllowed(activity.GetTenantId()))
        {
            Log.TenantNotAllowed(logger, activity.Id, activity.GetTenantId());
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tenant not allowed").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await RunTurnAsync(context, activity, endpointOptions.TurnTimeout, logger).ConfigureAwait(false);
    }

    private static async Task RunTurnAsync(HttpContext context, Activity activity, TimeSpan turnTimeout, ILogger logger)
    {
        var services = context.RequestServices;
        var adapter = services.GetRequiredService<ChannelAdapter>();
        var bot = services.GetRequiredService<IBot>();
        using var timeout = new CancellationTokenSource(turnTimeout, services.GetRequiredService<TimeProvider>());

        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await adapter.ProcessActivityAsync(activity, bot, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Log.TurnTimedOut(logger, activity.Type, activity.Id, turnTimeout);
            // An invoke needs an answer the client can show; other activities are acknowledged so that
            // the channel does not redeliver a turn that may already have sent messages.
            invokeResponse = activity.Type == ActivityTypes.Invoke ? new InvokeResponse(StatusCodes.Status500InternalServerError) : null;
        }

        if (invokeResponse is null)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        context.Response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(ProtocolJson.Write(invokeResponse.Body), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, int limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            // One byte over the limit, so that the read loop below is what notices and answers.
            sizeFeature.MaxRequestBodySize = limit + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static (Activity? Activity, string? Error) Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object.");
            }

            // The schema defaults Type to "message"; the wire must still say what the activity is.
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return (null, "The activity has no type.");
            }

            var activity = ProtocolJson.Deserialize<Activity>(root);
            return activity is null ? (null, "The body is not an activity.") : (activity, null);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid activity JSON.");
        }
    }

    private static Task RefuseAsync(HttpContext context, ILogger logger, int statusCode, string title, string detail)
    {
        Log.RequestRefused(logger, statusCode, title);
        return Results.Problem(statusCode: statusCode, title: title, detail: detail).ExecuteAsync(context);
    }

    private static Task RefuseAuthenticationAsync(HttpContext context, BotAuthenticationResult authentication)
    {
        var statusCode = authentication.Status switch
        {
            BotAuthenticationStatus.Forbidden => StatusCodes.Status403Forbidden,
            BotAuthenticationStatus.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status401Unauthorized,
        };
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        // The validator already logged the reason; the caller learns only the status.
        return Results.Problem(statusCode: statusCode, title: "Request not authenticated").ExecuteAsync(context);
    }
}

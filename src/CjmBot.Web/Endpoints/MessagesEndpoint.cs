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

        await RunTurnAsync(context, activity, endpointOptions).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the turn apart from the request: an invoke is answered as soon as its answer is known (within the budget); a
    /// message as soon as its turn begins to reply (what it records is stored by then, so an acknowledged answer is never
    /// one still waiting for storage) or ends, at the latest after <see cref="MessagesEndpointOptions.AcknowledgeWithin"/>.
    /// The replies themselves, which wait for the Bot Connector, go on after the acknowledgement.
    /// </summary>
    private static async Task RunTurnAsync(HttpContext context, Activity activity, MessagesEndpointOptions options)
    {
        var services = context.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var running = services.GetRequiredService<BackgroundTurns>().Start(activity, out var mayAnswerEarly);
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        Task wait = isInvoke ? running.Answer : running.Acknowledgeable;
        if (mayAnswerEarly)
        {
            await Task.WhenAny(wait, Task.Delay(isInvoke ? options.InvokeBudget : options.AcknowledgeWithin, time)).ConfigureAwait(false);
        }
        else
        {
            await Task.WhenAny(wait).ConfigureAwait(false);
        }

        if (!isInvoke)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var invokeResponse = running.Answer.IsCompletedSuccessfully
            ? running.Answer.Result ?? new InvokeResponse(StatusCodes.Status500InternalServerError)
            : new InvokeResponse(StatusCodes.Status200OK, AdaptiveCardInvokeResponse.Message("⏳").ToJson());
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

            if (!HasOnlyWellFormedStrings(root))
            {
                return (null, "The activity holds text that is not valid Unicode.");
            }

            var activity = ProtocolJson.Deserialize<Activity>(root);
            return activity is null ? (null, "The body is not an activity.") : (activity, null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            return (null, "The body is not valid activity JSON.");
        }
    }

    /// <summary>
    /// Every property name and string value decodes to well-formed UTF-16 (no lone surrogate such as <c>"\ud800"</c>):
    /// checked once here, so nothing later (a route reading an extension field, a log, a store) can fail on one.
    /// </summary>
    private static bool HasOnlyWellFormedStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsWellFormed(element.GetString()!);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsWellFormed(property.Name) || !HasOnlyWellFormedStrings(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!HasOnlyWellFormedStrings(item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
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

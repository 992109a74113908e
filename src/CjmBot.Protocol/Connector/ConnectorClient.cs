using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API over a typed <see cref="HttpClient"/>. Authentication and retries are
/// message handlers of that client (<c>BotAuthenticationHandler</c>, <see cref="ConnectorRetryHandler"/>).
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string CorrelationHeader = "X-Correlating-OperationId";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<Activity, ResourceResponse>(
            HttpMethod.Post, BuildUri(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities"), activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<Activity, ResourceResponse>(
            HttpMethod.Post, ActivityUri(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<Activity, ResourceResponse>(
            HttpMethod.Put, ActivityUri(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public async Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, ActivityUri(serviceUrl, conversationId, activityId));
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationParameters, ConversationResourceResponse>(
            HttpMethod.Post, BuildUri(serviceUrl, "v3/conversations"), parameters, cancellationToken);

    public async Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Segment(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        using var request = new HttpRequestMessage(HttpMethod.Get, BuildUri(serviceUrl, path));
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<PagedMembersResult>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Joins a serviceUrl and a relative path with exactly one slash: Teams serviceUrls usually end with
    /// <c>/</c>, local emulators' do not, and <c>//v3</c> is rejected by the connector.
    /// </summary>
    internal static Uri BuildUri(string serviceUrl, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{serviceUrl}' is not an absolute http(s) serviceUrl.", nameof(serviceUrl));
        }

        return new Uri(serviceUrl.TrimEnd('/') + "/" + relativePath.TrimStart('/'), UriKind.Absolute);
    }

    /// <summary>Teams ids carry <c>:</c>, <c>;</c>, <c>@</c> and <c>=</c>: every id is one escaped path segment.</summary>
    private static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    private static Uri ActivityUri(string serviceUrl, string conversationId, string activityId) =>
        BuildUri(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}");

    private async Task<TResponse> SendAsync<TBody, TResponse>(HttpMethod method, Uri uri, TBody body, CancellationToken cancellationToken)
        where TResponse : new()
    {
        using var content = new ByteArrayContent(ProtocolJson.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = JsonMediaType;
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<TResponse>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Some answers (202 to a typing activity, 200 to a delete) carry no body: that is an empty result.</summary>
    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : new()
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return new T();
        }

        return JsonSerializer.Deserialize(bytes, ProtocolJson.TypeInfo<T>()) ?? new T();
    }

    private async Task EnsureSuccessAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        Log.ConnectorCallFailed(
            logger, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, error?.Code, error?.Message, correlationId);
        throw new ConnectorException(response.StatusCode, error?.Code, error?.Message, correlationId);
    }

    private static async Task<ErrorDetail?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return ProtocolJson.Deserialize<ErrorResponse>(text)?.Error;
        }
        catch (JsonException)
        {
            // Proxies and gateways answer with HTML or plain text; keep the start of it as the message.
            return new ErrorDetail { Message = text.Length > 200 ? text[..200] : text };
        }
    }
}

using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Protocol.Routing;

public delegate Task RouteHandler(ITurnContext turnContext, CancellationToken cancellationToken);

public delegate Task<InvokeResponse> InvokeHandler(ITurnContext turnContext, CancellationToken cancellationToken);

public delegate Task<CardActionResult> CardActionHandler(ITurnContext turnContext, CardAction action, CancellationToken cancellationToken);

/// <summary>
/// Named routes, first match wins: card actions by verb, then the other routes in registration order,
/// then the fallbacks. A duplicate route name or verb is a programming error and throws at registration.
/// </summary>
public sealed class ActivityRouter(ILogger logger)
{
    private readonly List<Route> _routes = [];
    private readonly List<Route> _fallbacks = [];
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> CardVerbs => _cardActions.Keys;

    public ActivityRouter On(string name, Func<ITurnContext, bool> selector, RouteHandler handler)
    {
        Register(name);
        _routes.Add(new Route(name, selector, handler));
        return this;
    }

    public ActivityRouter OnActivity(string name, string activityType, RouteHandler handler) =>
        On(name, turn => turn.Activity.Type == activityType, handler);

    /// <summary>Handles an invoke by name; what the handler returns is the HTTP answer of the invoke.</summary>
    public ActivityRouter OnInvoke(string invokeName, InvokeHandler handler) =>
        On("invoke/" + invokeName, turn => turn.Activity.Type == ActivityTypes.Invoke && turn.Activity.Name == invokeName,
            async (turn, cancellationToken) => turn.InvokeResponse = await handler(turn, cancellationToken).ConfigureAwait(false));

    /// <summary>Runs only when no other route matched.</summary>
    public ActivityRouter OnFallback(string name, Func<ITurnContext, bool> selector, RouteHandler handler)
    {
        Register(name);
        _fallbacks.Add(new Route(name, selector, handler));
        return this;
    }

    public ActivityRouter OnCardAction(string verb, CardActionHandler handler)
    {
        Register("card/" + verb);
        _cardActions.Add(verb, handler);
        return this;
    }

    /// <summary>Routes one turn. Returns false when nothing matched.</summary>
    public async Task<bool> RouteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (CardAction.TryRead(turn.Activity) is { } action)
        {
            await RunCardActionAsync(turn, action, cancellationToken).ConfigureAwait(false);
            return true;
        }

        foreach (var route in _routes.Concat(_fallbacks))
        {
            if (route.Selector(turn))
            {
                Log.RouteMatched(logger, route.Name, turn.Activity.Type);
                await route.Handler(turn, cancellationToken).ConfigureAwait(false);
                return true;
            }
        }

        Log.NoRoute(logger, turn.Activity.Type, turn.Activity.Name);
        return false;
    }

    private async Task RunCardActionAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!_cardActions.TryGetValue(action.Verb, out var handler))
        {
            Log.NoRoute(logger, turn.Activity.Type, action.Verb);
            await AnswerAsync(turn, action, CardActionResult.Error(400, "UnknownVerb", $"Unknown card action '{action.Verb}'."), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        Log.RouteMatched(logger, "card/" + action.Verb, turn.Activity.Type);
        var result = await handler(turn, action, cancellationToken).ConfigureAwait(false);
        await AnswerAsync(turn, action, result, cancellationToken).ConfigureAwait(false);
        if (result.FollowUp is { } followUp)
        {
            await followUp(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Execute answers in the invoke response; Submit cannot, so it updates the card message or posts the text.</summary>
    private static async Task AnswerAsync(ITurnContext turn, CardAction action, CardActionResult result, CancellationToken cancellationToken)
    {
        if (action.IsExecute)
        {
            var body = result switch
            {
                { IsError: true } => AdaptiveCardInvokeResponse.Error(result.StatusCode, result.ErrorCode!, result.Message!),
                { Card: { } card } => AdaptiveCardInvokeResponse.Card(card),
                _ => AdaptiveCardInvokeResponse.Message(result.Message ?? ""),
            };
            turn.InvokeResponse = new InvokeResponse(200, body.ToJson());
            return;
        }

        if (result is { Card: { } replacement, ReplacesMessage: true } && action.CardActivityId is { } cardId)
        {
            await turn.UpdateActivityAsync(
                new Activity { Id = cardId, Attachments = [Attachment.AdaptiveCard(replacement)] }, cancellationToken).ConfigureAwait(false);
        }
        else if (result.Card is { } card)
        {
            await turn.SendActivityAsync(new Activity { Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken).ConfigureAwait(false);
        }
        else if (!string.IsNullOrEmpty(result.Message))
        {
            await turn.SendActivityAsync(new Activity { Text = result.Message }, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Register(string name)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"A route named '{name}' is already registered.");
        }
    }

    private sealed record Route(string Name, Func<ITurnContext, bool> Selector, RouteHandler Handler);
}
